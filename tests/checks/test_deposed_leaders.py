"""A coup told by the leader it deposed ("Gabon's army toppled Ali Bongo", "Myanmar's military
ousted Aung San Suu Kyi"), a count after a body of people's act ("after the army toppled X"),
and a main clause about now read by its own "-s" verb ("the war goes on")."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    (
        "2024-03-01",
        "Myanmar's military ousted Aung San Suu Kyi in February 2020.",
        "Myanmar's military ousted Aung San Suu Kyi in February 2021.",
    ),
    (
        "2024-03-01",
        "Gabon's army toppled Ali Bongo in August 2022.",
        "Gabon's army toppled Ali Bongo in August 2023.",
    ),
    (
        "2024-03-01",
        "Niger's presidential guard ousted Mohamed Bazoum in July 2022.",
        "Niger's presidential guard ousted Mohamed Bazoum in July 2023.",
    ),
    (
        "2015-03-01",
        "Egypt's army toppled Mohamed Morsi in July 2012.",
        "Egypt's army toppled Mohamed Morsi in July 2013.",
    ),
    (
        "2024-03-01",
        "Two years after Myanmar's military ousted Aung San Suu Kyi, the country is at war.",
        "Three years after Myanmar's military ousted Aung San Suu Kyi, the country is at war.",
    ),
    (
        "2025-03-01",
        "Three years after the army toppled Ali Bongo, elections are planned.",
        "A year and a half after the army toppled Ali Bongo, elections are planned.",
    ),
    (
        "2025-03-01",
        "Four years after Russian troops invaded Ukraine, the war goes on.",
        "Three years after Russian troops invaded Ukraine, the war goes on.",
    ),
]

# A past main clause, a noun in "-s" opening it, and one date flagged once.
SILENT = [
    ("2025-03-01", "Four years after Russian troops invaded Ukraine, Ukraine's forces retook the city."),
    ("2025-03-01", "Four years after Russian troops invaded Ukraine, the streets lay empty."),
    ("2025-03-01", "Four years after Russian troops invaded Ukraine, the talks collapsed."),
    ("2024-03-01", "Aung San Suu Kyi was deposed in a coup."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_a_coup_told_by_its_deposed_leader_is_checked(published, wrong, right):
    assert shown_rules(wrong, published) in (["event-date"], ["elapsed-time"])
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_past_clauses_and_nouns_stay_silent(published, text):
    assert shown_rules(text, published) == []


def test_one_date_given_to_one_event_named_twice_is_flagged_once():
    text = "The coup in Myanmar in February 2020 ousted Aung San Suu Kyi."
    assert shown_rules(text, "2023-01-01") == ["event-date"]
