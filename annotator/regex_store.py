"""The program's regular expressions, compiled beforehand and stored beside it.

The tagger and the checks compile some 440 patterns, many of them long alternations, and
re's parser and compiler (pure Python) took a third of a cold start doing it. ``make
regex-table`` records every pattern the program compiles up to its first checked articles,
with the code re's compiler makes of it; at start-up ``preload`` hands each one's code to
the regex engine (``_sre.compile``, the call re's own compiler ends with) and puts the
compiled patterns where ``re.compile`` looks first, its cache. A pattern is found there by
its own text and flags, so one that has changed since is simply compiled as usual; a file
made by another Python (another engine) is not used at all. The file holds only what re
makes itself: tests/test_regex_store.py compiles each pattern anew and compares.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine, which re's compiler hands its code to
import array
import gzip
import io
import pickle
import re
import re._compiler as sre_compile  # type: ignore[import-not-found]  # no stubs for re's internals
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.paths import resource_path

#: Raised when the file's layout changes.
FORMAT = 1
Entry = tuple  # (pattern, flags, final flags, code as bytes, groups, group index, index group)


def store_path() -> Path:
    return resource_path("regex", "compiled.pickle.gz")


def engine_key() -> tuple:
    """What the stored code is valid for: the interpreter and its regex engine's version."""
    return (
        FORMAT,
        sys.implementation.name,
        sys.version_info[:2],
        _sre.MAGIC,
        _sre.CODESIZE,
        array.array("I").itemsize,
    )


def compiled_entry(pattern: str | bytes, flags: int) -> Entry:
    """What re's compiler makes of a pattern, as plain data."""
    parsed = sre_parse.parse(pattern, flags)
    code = sre_compile._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    return (
        pattern,
        flags,
        flags | parsed.state.flags,
        array.array("I", code).tobytes(),
        parsed.state.groups - 1,
        group_index,
        tuple(index_group),
    )


def pattern_of(entry: Entry) -> re.Pattern:
    """The compiled pattern of a stored entry, built as re's compiler builds it."""
    pattern, _flags, final_flags, code, groups, group_index, index_group = entry
    words = array.array("I")
    words.frombytes(code)
    return _sre.compile(pattern, final_flags, words.tolist(), groups, group_index, index_group)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:  # plain data only
        raise pickle.UnpicklingError(f"the stored regexes hold no {module}.{name}")


def _read(path: Path | None) -> tuple[Any, Any]:
    """(engine key, entries) as stored, or (None, None) from a missing or damaged file."""
    try:
        raw = gzip.decompress((path or store_path()).read_bytes())
        key, entries = _Unpickler(io.BytesIO(raw)).load()
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
        return None, None
    return key, entries


def stored_engine_key(path: Path | None = None) -> tuple | None:
    """The engine the stored file was made for (None: no readable file)."""
    return _read(path)[0]


def load_entries(path: Path | None = None) -> list[Entry]:
    """The stored entries when made by this interpreter's regex engine, else none."""
    key, entries = _read(path)
    if key != engine_key() or not isinstance(entries, list):
        return []
    return entries


def dump_entries(patterns: Iterable[tuple[str | bytes, int]], path: Path) -> None:
    """Store what re's compiler makes of each (pattern, flags), in the order given (the
    order of first use: re's cache lets its oldest entries go first)."""
    entries = [compiled_entry(p, f) for p, f in dict.fromkeys((p, int(f)) for p, f in patterns)]
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no references between equal objects: the same entries, the same bytes
    pickler.dump((engine_key(), entries))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(buffer.getvalue(), compresslevel=9, mtime=0))


def preload(path: Path | None = None) -> int:
    """Put the stored patterns into re's cache, where ``re.compile`` finds them; how many."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):  # another re: nothing is preloaded, all is compiled
        return 0
    count = 0
    for entry in load_entries(path):
        pattern, flags = entry[0], entry[1]
        key = (type(pattern), pattern, flags)
        if key not in cache:
            cache[key] = pattern_of(entry)
            count += 1
    # re drops its oldest entry for each pattern it compiles once the cache holds its
    # maximum: the stored patterns come beside that room, not out of it, or the first ones
    # stored (the tagger's, compiled first) would go as soon as anything else is compiled.
    room = getattr(re, "_MAXCACHE", None)
    if isinstance(room, int) and count:
        re._MAXCACHE = max(room, len(cache) + room)  # type: ignore[attr-defined]
    return count
