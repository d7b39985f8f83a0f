"""The scanner's prefix trie and candidate finder, stored prebuilt beside the program.

Working out every rule's seven-character prefixes and the finder regex from them takes
about a fifth of a second, paid by every process that tags before it has checked a single
article; reading them back from a file takes a few hundredths. The file is keyed by the
rules' own text and the settings the tables are made with, so a changed rule is never
matched with an old table: the scanner then works the tables out itself. A change to how
they are worked out is caught by tests/temporal/test_temporal_scanner.py, which builds
them anew and compares; ``make scanner-tables`` writes the file again.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import pickle
from pathlib import Path
from typing import Any

from annotator.paths import resource_path

#: Raised when the way the tables are worked out changes, so older files no longer match.
FORMAT = 2
_ANY_ID = "any class"  # the scanner's "any character" marker is one object, kept so


def tables_path() -> Path:
    return resource_path("temporal", "scanner_tables.pickle.gz")


def tables_key(rules: list[tuple[str, str]], settings: dict[str, Any]) -> str:
    """A digest of what the tables are made from: the rules and the scanner's settings."""
    text = json.dumps([FORMAT, rules, settings], sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, any_marker: str) -> None:
        super().__init__(file, protocol=5)
        self.any_marker = any_marker

    def persistent_id(self, obj: Any) -> str | None:
        return _ANY_ID if obj is self.any_marker else None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, any_marker: str) -> None:
        super().__init__(file)
        self.any_marker = any_marker

    def persistent_load(self, pid: Any) -> str:
        if pid != _ANY_ID:
            raise pickle.UnpicklingError(f"unknown object in the scanner tables: {pid!r}")
        return self.any_marker

    def find_class(self, module: str, name: str) -> Any:  # plain data only
        raise pickle.UnpicklingError(f"the scanner tables hold no {module}.{name}")


def load_tables(key: str, any_marker: str, path: Path | None = None) -> tuple[dict, str] | None:
    """The stored (deep prefix trie, finder source) when made from the same rules and
    settings, else None (the caller builds them)."""
    try:
        raw = gzip.decompress((path or tables_path()).read_bytes())
        stored_key, trie, finder = _Unpickler(io.BytesIO(raw), any_marker).load()
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
        return None
    if stored_key != key or not isinstance(trie, dict) or not isinstance(finder, str):
        return None
    return trie, finder


def dump_tables(key: str, trie: dict, finder: str, any_marker: str, path: Path) -> None:
    buffer = io.BytesIO()
    _Pickler(buffer, any_marker).dump((key, trie, finder))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(buffer.getvalue(), compresslevel=9, mtime=0))
