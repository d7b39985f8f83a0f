"""The kind noun of an apposition is read after "the" as a word of its own, in any case
("The attack that", "the bombing, which"), never after letters that end another word."""

import pytest

from annotator.checks.analysis.kind_appositions import _KIND_RX
from annotator.checks.engine import analyse_article


@pytest.mark.parametrize(
    "text",
    [
        "Benghazi, the attack that killed",
        "Benghazi - The attack that killed",
        "(THE bombing, which ",
        "the\nsiege that ",
        "—the coup which ",
    ],
)
def test_the_kind_is_read_after_the_word_the(text):
    found = _KIND_RX.search(text)
    assert found is not None
    assert found.start() == text.lower().index("the")


@pytest.mark.parametrize(
    "text",
    [
        "to soothe attacks that",
        "breathe raid which ",
        "2the attack that ",
        "_the attack that ",
        "theattack that ",
    ],
)
def test_letters_that_end_another_word_are_no_the(text):
    assert _KIND_RX.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "We all remember the violence that  took\tplace in Charlottesville, Virginia in June.",
        "We all remember the violence which broke  out in Charlottesville, Virginia in June.",
    ],
)
def test_a_clause_of_happening_is_read_across_any_spaces(text):
    named = [m.text for m in analyse_article(text, "2017-10-23").mentions.events]
    assert any(name.startswith("violence ") and name.endswith("Charlottesville") for name in named)
