"""People told as candidates of an election in a year they stood in none
(``resources/kb/curated/candidates.csv``)."""

import pytest

from annotator.checks.rules.election_candidates import candidates

from .helpers import rules_fired


def test_every_listed_politician_names_a_source_and_only_election_years():
    people = set(candidates().values())
    assert len(people) >= 20
    for person in people:
        assert person.source.startswith("Wikipedia: ")
        assert all(1950 <= year <= 2025 for year in person.elections)
    assert 2012 not in candidates()["Trump"].elections and 2016 in candidates()["Trump"].elections


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # The subject with a verb of standing.
        (
            "Senator Ted Cruz was defeated while running as a Republican candidate in the 2014 election.",
            "Senator Ted Cruz was defeated while running as a Republican candidate in the 2016 election.",
        ),
        (
            "Mitt Romney ran for president in the 2016 election.",
            "Mitt Romney ran for president in the 2012 election.",
        ),
        # The election first, then its candidate.
        (
            "During the 2014 election, Mike Pence campaigned on cutting taxes in Indiana.",
            "During the 2012 election, Mike Pence campaigned on cutting taxes in Indiana.",
        ),
        # The one a supporter backs.
        (
            "The senator backed Hillary Clinton during the 2012 election.",
            "The senator backed Hillary Clinton during the 2016 election.",
        ),
        # The one who spends a campaign's money.
        (
            "Trump spent his own campaign money on his golf clubs during the 2012 election cycle.",
            "Trump spent his own campaign money on his golf clubs during the 2016 election cycle.",
        ),
        # A campaign owned, run in the election's year or the year before.
        (
            "Ben Carson's 2012 presidential campaign drew evangelical voters.",
            "Ben Carson's 2015 presidential campaign drew evangelical voters.",
        ),
        # A race told with its bare year: the campaign's year may be the one before the vote.
        ("Trump ran for president in 2012.", "Bernie Sanders ran for president in 2015."),
        # A party's nominee of a year, before or beside the name.
        (
            "2012 Republican nominee Donald Trump criticized the senator.",
            "2012 Republican nominee Mitt Romney criticized the senator.",
        ),
        (
            "Sarah Palin, the 2012 vice presidential nominee, spoke first.",
            "Sarah Palin, the 2008 vice presidential nominee, spoke first.",
        ),
    ],
)
def test_a_candidate_in_a_year_without_a_candidacy_is_flagged(wrong, right):
    assert rules_fired(wrong, "2018-03-01") == ["event-date"]
    assert rules_fired(right, "2018-03-01") == []


@pytest.mark.parametrize(
    "text",
    [
        # Whoever acts on a candidate is not one.
        "Trump endorsed Romney in the 2012 election.",
        "Trump campaigned for Romney in the 2012 election.",
        # Plans, guesses, conditions and denials.
        "Trump considered running in the 2012 election.",
        "Trump did not run in the 2012 election.",
        "Had he run in the 2012 election, Trump would have lost.",
        # Another person of the name.
        "Ivanka Trump campaigned on women's issues in the 2012 election.",
        "Donald Trump Jr. ran on his father's name in the 2012 election.",
        # A role that may be another's, in a list of names.
        "He met Mitt Romney, the 2012 Republican nominee, Donald Trump and others.",
        "He met Donald Trump, the 2012 Republican nominee Mitt Romney and others.",
        # A year the writing has not reached.
        "Pence ran for president in the 2028 election.",
    ],
)
def test_actors_plans_and_namesakes_stay_silent(text):
    assert rules_fired(text, "2017-09-04") == []
