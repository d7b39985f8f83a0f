"""The stored compiled regexes (``make regex-table``) are what re compiles of the program's
patterns now, cover every pattern compiled before the first checked articles, and are found
by re.compile; a file for another regex engine, or a damaged one, is not used."""

from __future__ import annotations

import re
import subprocess
import sys

from annotator.regex_store import (
    compiled_entry,
    dump_entries,
    engine_key,
    load_entries,
    pattern_of,
    preload,
    stored_engine_key,
)


def test_stored_code_is_what_re_compiles_now():
    """Under the Python the file was made with, every entry is what re compiles now; under
    another (another regex engine) the file is left unused."""
    assert stored_engine_key() is not None, "the stored regexes are missing (make regex-table)"
    entries = load_entries()
    if stored_engine_key() != engine_key():
        assert entries == [] and preload() == 0
        return
    assert len(entries) > 300
    for entry in entries:
        assert compiled_entry(entry[0], entry[1]) == entry, entry[0]


def test_every_pattern_compiled_before_the_first_articles_is_stored():
    """Fails when a pattern was added or changed since the table was written (``make
    regex-table`` writes it again). Run in a fresh interpreter, which compiles them all; only
    the Python the file was made with uses it."""
    if stored_engine_key() != engine_key():
        assert load_entries() == []
        return
    code = (
        "from annotator.checks.regex_table import recorded_patterns\n"
        "from annotator.regex_store import load_entries\n"
        "stored = {(e[0], e[1]) for e in load_entries()}\n"
        "for pattern, flags in recorded_patterns():\n"
        "    if (pattern, flags) not in stored: print(repr(pattern)[:200])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "", f"patterns not stored (make regex-table):\n{done.stdout}"


def test_a_stored_pattern_is_the_one_re_compile_gives_and_matches_alike(tmp_path):
    path = tmp_path / "compiled.pickle.gz"
    source = r"(?P<year>1[89]\d\d|20\d\d)(?:-(?P<month>[01]\d))?\b zq-store-test"
    dump_entries([(source, re.IGNORECASE), (source, re.IGNORECASE), (b"zq[a-c]+", 0)], path)
    assert [e[0] for e in load_entries(path)] == [source, b"zq[a-c]+"]
    assert preload(path) == 2
    assert preload(path) == 0  # already there
    stored = re.compile(source, re.IGNORECASE)
    assert stored is re.compile(source, re.IGNORECASE)
    fresh = pattern_of(compiled_entry(source, re.IGNORECASE))
    assert stored.groupindex == fresh.groupindex == {"year": 1, "month": 2}
    for text in ("1984-07 ZQ-STORE-TEST", "2031 zq-store-test", "1776 zq-store-test"):
        found = stored.search(text)
        assert (found and (found.span(), found.groups())) == (
            (m := fresh.search(text)) and (m.span(), m.groups())
        )
    assert re.compile(b"zq[a-c]+").fullmatch(b"zqabc")


def test_a_file_for_another_engine_or_damaged_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "compiled.pickle.gz"
    dump_entries([(r"zq-other-engine\d+", 0)], path)
    assert load_entries(path)
    monkeypatch.setattr("annotator.regex_store.engine_key", lambda: (*engine_key(), "another"))
    assert load_entries(path) == []
    assert preload(path) == 0
    monkeypatch.undo()
    path.write_bytes(b"not a table")
    assert load_entries(path) == []


_KEEPS_STORED = """
import re
import annotator  # preloads the stored patterns
from annotator.regex_store import load_entries
entries = load_entries()
for n in range(400):  # what other libraries compile before a lazily compiled pattern is used
    re.compile(f"unrelated pattern {n}")
kept = sum((type(e[0]), e[0], e[1]) in re._cache for e in entries)
print(kept, len(entries))
"""


def test_patterns_compiled_later_do_not_push_the_stored_ones_out_of_re_s_cache():
    """re drops its oldest entry for each new pattern once its cache is full: the stored
    patterns (the tagger's first, some compiled only at the first tagging) come beside re's
    usual room, so the others a session compiles meanwhile do not push them out."""
    if stored_engine_key() != engine_key():
        return  # nothing is preloaded under another regex engine
    done = subprocess.run([sys.executable, "-c", _KEEPS_STORED], capture_output=True, text=True, check=True)
    kept, stored = map(int, done.stdout.split())
    assert stored > 300
    assert kept == stored
