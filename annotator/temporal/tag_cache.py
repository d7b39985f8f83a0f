"""The tagger's finds per article text and publication date, kept for re-runs of the checks.

Tagging costs about as much as all the rules together, and a re-run of the checks (after a
knowledge-base edit, say) sees mostly the same texts with the same dates. ``tag`` is a pure
function of the text and the anchor date, so its finds are remembered under a digest of the
text and the date: an edited text or a changed date is simply a different key.

Entries are kept compact (one string per article; each timex's text is cut from the article
again when read back), so a corpus of ten thousand articles takes a few tens of megabytes.
Worker processes of a corpus run record what they tagged and hand it back to the process
that started them, which then forks its next workers with everything already known.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import date

from .timex import Timex

LIMIT = 20_000  # articles remembered; the oldest entries go first
_FIELD = "\x1f"
_RECORD = "\x1e"

Key = tuple[bytes, date | None]
_entries: dict[Key, str] = {}
_recorded: list[tuple[Key, str]] | None = None  # new entries, kept only in worker processes
_lock = threading.Lock()  # the app checks on a worker thread while its window may estimate


def _key(text: str, dct: date | None) -> Key:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return digest, dct


def _encode(timexes: list[Timex]) -> str:
    return _RECORD.join(
        f"{t.start}{_FIELD}{t.end}{_FIELD}{t.type}{_FIELD}{t.value}{_FIELD}{'' if t.mod is None else t.mod}"
        for t in timexes
    )


def _decode(text: str, encoded: str) -> list[Timex]:
    found: list[Timex] = []
    if not encoded:
        return found
    for record in encoded.split(_RECORD):
        start, end, type_, value, mod = record.split(_FIELD)
        begin, stop = int(start), int(end)
        found.append(Timex(begin, stop, text[begin:stop], type_, value, mod or None))
    return found


def tagged(text: str, dct: date | None) -> list[Timex]:
    """``tag(text, dct)``, from memory when this text was tagged with this date before."""
    key = _key(text, dct)
    encoded = _entries.get(key)
    if encoded is not None:
        return _decode(text, encoded)
    from .tagger import tag

    found = tag(text, dct)
    encoded = _encode(found)
    _store(key, encoded)
    if _recorded is not None:
        _recorded.append((key, encoded))
    return found


def _store(key: Key, encoded: str) -> None:
    with _lock:
        if key not in _entries and len(_entries) >= LIMIT:
            del _entries[next(iter(_entries))]
        _entries[key] = encoded


def record_new() -> None:
    """Keep a list of what this process tags from now on (a worker process, for its parent).

    Called first thing in a forked worker, which also takes a fresh lock: another thread of
    the parent may have held the inherited one at the moment of the fork."""
    global _recorded, _lock
    _lock = threading.Lock()
    _recorded = []


def take_recorded() -> list[tuple[Key, str]]:
    """The entries tagged since the last call, for ``remember`` in the parent process."""
    if _recorded is None:
        return []
    taken = _recorded[:]
    _recorded.clear()
    return taken


def remember(entries: list[tuple[Key, str]]) -> None:
    """Keep entries another process tagged (from its ``take_recorded``)."""
    for key, encoded in entries:
        _store(key, encoded)


def clear() -> None:
    """Forget every entry (timings of a first run; tests)."""
    with _lock:
        _entries.clear()
    if _recorded is not None:
        _recorded.clear()


def size() -> int:
    """How many articles are remembered."""
    return len(_entries)
