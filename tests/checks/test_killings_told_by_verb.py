"""A killing told by how it was done ("Shinzo Abe was shot dead", "was gunned down") names the
known killing of that person, and the date that ends the place it was done at is its date
("Jovenel Moise was shot dead at his home in July 2021")."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    (
        "2026-01-10",
        "Charlie Kirk was shot dead at a university in Utah in September 2024.",
        "Charlie Kirk was shot dead at a university in Utah in September 2025.",
    ),
    (
        "2022-03-10",
        "Jovenel Moise was shot dead at his home in July 2020.",
        "Jovenel Moise was shot dead at his home in July 2021.",
    ),
    (
        "2022-03-10",
        "Jovenel Moïse was gunned down at his home in July 2020.",
        "Jovenel Moïse was gunned down at his home in July 2021.",
    ),
    (
        "2019-03-10",
        "Jamal Khashoggi was murdered inside the Saudi consulate in Istanbul in October 2017.",
        "Jamal Khashoggi was murdered inside the Saudi consulate in Istanbul in October 2018.",
    ),
    (
        "2021-03-10",
        "Qasem Soleimani was killed near Baghdad airport in January 2019.",
        "Qasem Soleimani was killed near Baghdad airport in January 2020.",
    ),
    (
        "2023-07-10",
        "Shinzo Abe was shot dead days after Japan's upper house election.",
        "Shinzo Abe was shot dead days before Japan's upper house election.",
    ),
]

# "was shot" alone may be a wound survived; a date of something else in the clause.
SILENT = [
    ("2023-03-10", "Shinzo Abe was shot in 2021, a rumour said."),
    ("2021-03-10", "Qasem Soleimani was killed near Baghdad airport in a strike recalled in January 2021."),
    ("2025-03-10", "Ronald Reagan was shot outside a Washington hotel in March 1981."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_a_killing_told_by_its_verb_is_dated_and_ordered(published, wrong, right):
    assert shown_rules(wrong, published) in (["event-date"], ["event-order"])
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_a_wound_or_another_date_stays_silent(published, text):
    assert shown_rules(text, published) == []
