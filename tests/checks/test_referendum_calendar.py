"""A country's referendum named with a year in which it held none
(``resources/kb/curated/referendums.csv``)."""

import pytest

from annotator.checks.rules.referendum_calendar import referendum_years

from .helpers import rules_fired


def test_every_listed_country_names_a_source():
    for country, (years, source) in referendum_years().items():
        assert source.startswith("Wikipedia: Referendums in"), country
        assert years and max(years) <= 2025
    assert 2016 in referendum_years()["United Kingdom"][0]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # The people as the clause's subject.
        (
            "Australians turned down a republic in a November 2001 referendum.",
            "Australians turned down a republic in a November 1999 referendum.",
        ),
        # The country's own word before the date or the noun.
        (
            "Britain's 2015 referendum on leaving the EU split families.",
            "Britain's 2016 referendum on leaving the EU split families.",
        ),
        (
            "The 1990 Canadian referendum on the Charlottetown Accord failed.",
            "The 1992 Canadian referendum on the Charlottetown Accord failed.",
        ),
    ],
)
def test_a_referendum_in_a_year_without_one_is_flagged(wrong, right):
    assert rules_fired(wrong, "2024-10-14") == ["event-date"]
    assert rules_fired(right, "2024-10-14") == []


@pytest.mark.parametrize(
    "text",
    [
        # A region's people or a vote placed elsewhere.
        "Western Australians voted in a 2009 referendum on daylight saving.",
        "Australians followed a 2004 referendum in New Zealand.",
        # A country the list does not hold.
        "Italy's 2016 referendum ended Renzi's government.",
        # A year still to come.
        "The 2026 Australian referendum may be on a republic.",
    ],
)
def test_regions_other_places_and_coming_years_stay_silent(text):
    assert rules_fired(text, "2024-10-14") == []
