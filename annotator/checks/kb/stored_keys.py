"""Reading and writing the stored keys of the event aliases (``event_variant_table`` works
them out): the keys the mention index finds each alias by, and each alias's variants,
which the shipped knowledge base indexes its events by. The file is read once per process
(and again only when it changes), however many bases ask.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from annotator.paths import resource_path

#: Raised when the way the keys are worked out changes, so older files no longer match.
FORMAT = 2
_READ: dict[str, Any] = {}  # the file's version (path, time, size) and content, as last read


def table_path() -> Path:
    return resource_path("kb", "event_variants.json.gz")


def table_key(qualifiers: Mapping[str, str]) -> str:
    """A digest of the country words the shapes are made with."""
    text = json.dumps([FORMAT, sorted(qualifiers.items())], ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _stored(path: Path) -> dict[str, Any]:
    """The file's content, read once per version of the file."""
    try:
        stat = path.stat()
    except OSError:
        return {}
    version = (str(path), stat.st_mtime_ns, stat.st_size)
    if _READ.get("version") != version:
        try:
            stored = json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, EOFError, ValueError):
            stored = {}
        _READ.clear()
        _READ.update(version=version, content=stored if isinstance(stored, dict) else {})
    return _READ["content"]


def load_table(key: str, path: Path | None = None) -> dict[str, list[str]]:
    """The stored keys by entry when made from the same country words, else none."""
    stored = _stored(path or table_path())
    if stored.get("key") != key or not isinstance(stored.get("shapes"), dict):
        return {}
    return stored["shapes"]


def load_variants(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The stored variants by alias (made without the country words), or none."""
    stored = _stored(path or table_path())
    if stored.get("format") != FORMAT or not isinstance(stored.get("variants"), dict):
        return {}
    return {alias: frozenset(found) for alias, found in stored["variants"].items()}


def dump_table(
    key: str,
    shapes: Mapping[str, Collection[str]],
    path: Path,
    variants: Mapping[str, Collection[str]] | None = None,
) -> None:
    data = {
        "format": FORMAT,
        "key": key,
        "shapes": {name: sorted(found) for name, found in sorted(shapes.items())},
        "variants": {alias: sorted(found) for alias, found in sorted((variants or {}).items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode(), compresslevel=9, mtime=0))
