"""The scanner finds what one combined regex of every rule would, and the rules it tries at a
busy opening are exactly those whose prefixes fit, however the walk to them was shared."""

from __future__ import annotations

import re

from annotator.temporal import scanner
from annotator.temporal.patterns import RULES
from annotator.temporal.scanner_tables import dump_tables, load_tables, tables_key

TEXT = (
    "The president said on Tuesday that the three-year deal, signed 30 years ago in "
    "March 1989, ended last week. Then, the 12th of June 2015 at 10:30 a.m., two weeks "
    "later, the summit of the following year met the previous decade's targets; thirty "
    "days earlier, that morning, the 1990s, this spring and 2016-17 were all mentioned."
)


def _combined_matches(text: str) -> list[tuple[str, int, int]]:
    combined = re.compile("|".join(rf"(?P<{name}>{scanner._BODIES[name]})(?![\w])" for name, _ in RULES))
    found, position = [], 0
    for at in range(len(text)):
        if at < position or (at and (text[at - 1].isalnum() or text[at - 1] in "_$'")):
            continue
        match = combined.match(text, at)
        if match is not None:
            found.append((match.lastgroup, match.start(), match.end()))
            position = match.end()
    return found


def test_rule_matches_are_the_combined_regex_matches() -> None:
    found = [(m.lastgroup, m.start(), m.end()) for m in scanner.rule_matches(TEXT)]
    assert found == _combined_matches(TEXT)
    assert len(found) > 10


def test_an_opening_tries_the_rules_a_walk_from_the_root_finds() -> None:
    trie = scanner._deep_prefixes()
    keys = {TEXT[at : at + scanner._DEEP_WIDTH] for at in range(len(TEXT))}
    tried = 0
    for key in sorted(keys):
        expected = scanner._matchers(scanner._fitting(trie, key))
        assert scanner._matchers_for(key) == expected, key
        tried += expected is not None
    assert tried > 20
    assert scanner._matchers_for("Alabama") is None  # "Al" may start "All year", "Ala" none


def test_the_stored_tables_are_those_the_rules_make_now() -> None:
    """Fails when a rule, a setting or the way the tables are worked out has changed since
    the stored tables were written (``make scanner-tables`` writes them again)."""
    stored = load_tables(scanner._tables_key(), scanner._ANY)
    assert stored is not None, "the stored scanner tables are missing or were made from other rules"
    trie, finder = stored
    built = scanner._built_deep_prefixes()
    assert trie == built
    assert finder == scanner._finder_source(built, scanner._FINDER_WIDTH)
    assert scanner._deep_prefixes() == built


def test_the_characters_a_rule_starts_with_are_read_off_the_stored_deep_trie() -> None:
    """The finder's first-character class comes from the stored deep trie, so an import
    parses no rule; it is what the rules' own first characters give."""
    parsed = scanner._parsed()
    direct = scanner._trie({name: scanner._sequence(tree) for name, tree in parsed.items()})
    assert {klass for klass in direct if klass is not None} == {
        klass for klass in scanner._deep_prefixes() if klass is not None
    }
    assert "year" in scanner._fitting(direct, "19") and scanner._fitting(direct, "qx") == ()


def test_tables_stored_for_other_rules_or_damaged_are_not_used(tmp_path) -> None:
    path = tmp_path / "tables.pickle.gz"
    key = scanner._tables_key()
    dump_tables(key, {scanner._ANY: {None: {"year"}}}, "19", scanner._ANY, path)
    trie, finder = load_tables(key, scanner._ANY, path)
    assert trie == {scanner._ANY: {None: {"year"}}} and finder == "19"
    assert next(iter(trie)) is scanner._ANY  # the scanner tells "any character" by identity
    assert load_tables(tables_key([("year", r"\d{4}")], {}), scanner._ANY, path) is None
    path.write_bytes(b"not a table")
    assert load_tables(key, scanner._ANY, path) is None
