"""A party's national win dated to a month or year in which its country held no national
election (``resources/kb/curated/parties.csv`` and the base's election series)."""

import pytest

from annotator.checks.rules.election_wins import party_countries

from .helpers import rules_fired


def test_a_party_name_may_belong_to_several_countries():
    assert party_countries()["Labor"] == {"Australia", "Israel"}
    assert party_countries()["Labour"] == {"United Kingdom"}


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # A leader taken into power by the win: a national election.
        (
            "Anthony Albanese became prime minister after Labor's victory in May 2021.",
            "Anthony Albanese became prime minister after Labor's victory in May 2022.",
        ),
        # "general election" in the phrase.
        (
            "Shinzo Abe celebrated the LDP's general election victory of December 2013.",
            "Shinzo Abe celebrated the LDP's general election victory of December 2014.",
        ),
        # The date before the noun.
        (
            "Boris Johnson swept into Downing Street after the Conservatives' December 2018 landslide.",
            "Boris Johnson stayed in Downing Street after the Conservatives' December 2019 landslide.",
        ),
    ],
)
def test_a_national_win_without_a_national_election_is_flagged(wrong, right):
    assert rules_fired(wrong, "2025-02-01") == ["event-date"]
    assert rules_fired(right, "2025-02-01") == []


@pytest.mark.parametrize(
    "text",
    [
        # Nothing makes the win a national election: a local or by-election landslide.
        "Keir Starmer hailed Labour's landslide in May 2023.",
        "Keir Starmer swept into Downing Street after Labour's landslide in the July 2023 by-election.",
        # A country whose party of that name the list does not hold, or no country at all.
        "Jacinda Ardern came to power after Labour's victory in 2016.",
        "Labour swept into power after Labour's landslide in July 2023.",
    ],
)
def test_local_wins_and_uncertain_countries_stay_silent(text):
    assert rules_fired(text, "2025-02-01") == []
