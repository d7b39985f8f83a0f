"""An election told as past by a verb of taking part in it ("campaigned hard in the 2020
election" in 2017), and the clauses that say nothing of its time."""

import pytest

from .helpers import rules_fired


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("He campaigned hard in the 2020 election.", "He campaigned hard in the 2016 election."),
        ("She ran for president in the 2020 election.", "She ran for president in the 2016 election."),
        (
            "Millions of Americans voted in the 2020 election.",
            "Millions of Americans voted in the 2016 election.",
        ),
        ("The party competed in the 2020 election.", "The party competed in the 2016 election."),
    ],
)
def test_taking_part_in_an_election_more_than_a_year_ahead_is_flagged(wrong, right):
    assert rules_fired(wrong, "2017-08-05") == ["event-tense"]
    assert rules_fired(right, "2017-08-05") == []


@pytest.mark.parametrize(
    "text",
    [
        # Plans and intentions.
        "He planned to run in the 2020 election.",
        "He said he would campaign hard in the 2020 election.",
        # A stretch before the vote that may have begun at the writing.
        "Heading into the 2018 midterms, Democrats held a small lead.",
        # What is held is not the vote.
        "Democrats held rallies before the 2018 midterms.",
    ],
)
def test_plans_and_other_holdings_stay_silent(text):
    assert rules_fired(text, "2017-08-05") == []


def test_early_voting_weeks_before_the_count_stays_silent():
    assert rules_fired("He voted early in the 2020 election.", "2020-10-20") == []
