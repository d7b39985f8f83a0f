"""A finding of US intelligence about Russian interference credited to an election it was
not about."""

import pytest

from annotator.checks.rules.interference_findings import ASSESSED

from .helpers import rules_fired


def test_every_finding_names_its_source():
    assert 2016 in ASSESSED and 2012 not in ASSESSED
    assert all("20" in source for source in ASSESSED.values())


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "The intelligence community concluded that Russia meddled in the 2014 election.",
            "The intelligence community concluded that Russia meddled in the 2016 election.",
        ),
        (
            "Seventeen agencies, the CIA too, say Russians interfered in our 2010 presidential election.",
            "Seventeen agencies, the CIA too, say Russians interfered in our 2016 presidential election.",
        ),
    ],
)
def test_a_finding_credited_to_another_election_is_flagged(wrong, right):
    assert rules_fired(wrong, "2019-05-01") == ["event-date"]
    assert rules_fired(right, "2019-05-01") == []


@pytest.mark.parametrize(
    "text",
    [
        # No finding of the intelligence community is credited.
        "Putin said Russia interfered with the 2012 election.",
        # Another country's election.
        "The CIA found that Russia meddled in the 2014 election in Ukraine.",
        "US intelligence agencies concluded Russia meddled in the 2015 election, Ukrainian officials said.",
    ],
)
def test_other_claims_and_other_countries_stay_silent(text):
    assert rules_fired(text, "2019-05-01") == []
