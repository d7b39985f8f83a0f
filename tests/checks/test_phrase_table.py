"""A phrase table knows every proper word prefix of its phrases and, for the matchers that
start from first words, which words begin a phrase and what may follow them."""

from __future__ import annotations

from annotator.checks.analysis.mention_words import NameTable, PhraseTable


def test_every_proper_word_prefix_is_known() -> None:
    table = PhraseTable({"george walker bush": 1, "george washington": 2, "bush": 3, "new york city hall": 4})
    assert table.prefixes == {"george walker", "george", "new", "new york", "new york city"}
    assert table.whole == {"bush"}
    assert table.seconds == {"george": {"walker", "washington"}, "new": {"york"}}
    assert table.firsts == {"bush", "george", "new"}


def test_a_lone_surname_does_not_count_alone() -> None:
    names = NameTable({"obama": ("surname", "p1"), "barack obama": ("name", "p1"), "trump": ("name", "p2")})
    assert names.whole == {"trump"}
    assert names.prefixes == {"barack"}
    assert names.entry("barack obama") == ("name", frozenset({"p1"}))
