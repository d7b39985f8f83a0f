"""Another country's national election dated in a year or month it held none ("the 2021
Italian general election", "the UK general election of July 2023"), judged against the
series the knowledge base lists for that country."""

import pytest

from annotator.checks.kb.election_series import election_series
from annotator.checks.kb.model import default_kb
from annotator.checks.rules.election_calendar import _PARLIAMENTARY

from .helpers import rules_fired

# (published, wrong, right): each wrong sentence with its correct twin.
_TWINS = [
    # The country after the election.
    (
        "2022-06-01",
        "Turnout fell in the 2019 general election in Italy.",
        "Turnout fell in the 2018 general election in Italy.",
    ),
    # A parliamentary country's election by itself.
    (
        "2022-06-01",
        "Justin Trudeau won a second minority in the 2020 Canadian election.",
        "Justin Trudeau won a second minority in the 2021 Canadian election.",
    ),
    (
        "2023-06-01",
        "Anthony Albanese won the Australian election of May 2021.",
        "Anthony Albanese won the Australian election of May 2022.",
    ),
    (
        "2023-05-02",
        "Justin Trudeau lost his majority in the 2020 Canadian federal election but stayed on.",
        "Justin Trudeau lost his majority in the 2019 Canadian federal election but stayed on.",
    ),
    (
        "2018-01-10",
        "Angela Merkel's CDU lost votes in the 2016 German federal election, and talks dragged on.",
        "Angela Merkel's CDU lost votes in the 2017 German federal election, and talks dragged on.",
    ),
    (
        "2023-03-01",
        "Narendra Modi's BJP swept the 2018 Indian general election.",
        "Narendra Modi's BJP swept the 2019 Indian general election.",
    ),
    (
        "2019-02-01",
        "Jair Bolsonaro won Brazil's 2017 presidential election in a runoff.",
        "Jair Bolsonaro won Brazil's 2018 presidential election in a runoff.",
    ),
    (
        "2021-06-01",
        "Pedro Sanchez was returned in the Spanish general election of November 2018.",
        "Pedro Sanchez was returned in the Spanish general election of November 2019.",
    ),
    (
        "2024-02-01",
        "Netanyahu came back to power after the Israeli general election of November 2021.",
        "Netanyahu came back to power after the Israeli general election of November 2022.",
    ),
    (
        "2025-09-01",
        "Keir Starmer won a landslide in the UK general election of June 2024.",
        "Keir Starmer won a landslide in the UK general election of July 2024.",
    ),
    (
        "1999-05-01",
        "Tony Blair led Labour to victory in the 1996 British general election.",
        "Tony Blair led Labour to victory in the 1997 British general election.",
    ),
    (
        "2016-03-01",
        "Shinzo Abe's coalition kept its majority in Japan's 2013 general election.",
        "Shinzo Abe's coalition kept its majority in Japan's 2014 general election.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), _TWINS)
def test_an_election_in_a_year_the_country_held_none_is_flagged(published, wrong, right):
    assert rules_fired(wrong, published) == ["event-date"]
    assert rules_fired(right, published) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # A city's election, a presidential country's bare "election", elections in plural.
        ("2022-06-01", "Sadiq Khan won London's 2021 election easily."),
        ("2023-06-01", "Berlin's 2023 election was a rerun of the botched 2021 vote."),
        ("2020-06-01", "Putin won the 2018 Russian election."),
        ("2020-06-01", "Erdogan won the 2014 Turkish election."),
        ("2023-06-01", "The 2018 UK elections went badly for Labour in London."),
        ("2022-06-01", "Turnout fell in the 2020 election in Canada's Quebec province."),
        ("2022-06-01", "Turnout fell in the 2019 elections in Spain."),
        ("2022-06-01", "Turnout fell in the 2021 election in Scotland."),
        # A region's election, a by-election, a local or a primary: another series.
        ("2021-06-01", "The 2016 Scottish parliamentary election gave the SNP a minority."),
        ("2020-11-30", "The 2020 British Columbia general election returned the NDP."),
        ("2022-06-01", "Labour lost a 2021 by-election in Hartlepool after the UK general election of 2019."),
        ("2023-06-01", "The 2022 Italian local elections went badly for the League."),
        # An election the writing has not passed: expected then, whatever came of it.
        ("2023-06-01", "Polls ahead of the 2024 UK general election show Labour far ahead."),
        ("2022-06-01", "The Conservatives would lose the 2023 UK general election, polls suggest."),
        # A kind of election the base lists no series of for that country.
        ("2023-06-01", "The 2021 Mexican legislative elections cost Morena its supermajority."),
        ("2023-06-01", "The 2022 Indian presidential election chose Droupadi Murmu."),
        # Japan's upper house is also elected in parliamentary elections.
        ("2022-06-01", "Japan's 2019 parliamentary election gave Abe's coalition the upper house."),
        # A year before the series begins.
        ("2000-06-01", "Helmut Kohl won the 1987 German federal election."),
        # The Turkish snap election of November 2015.
        (
            "2016-06-01",
            "Erdogan's AKP won back its majority in the Turkish general election of November 2015.",
        ),
    ],
)
def test_other_series_and_years_not_yet_passed_are_left_alone(published, text):
    assert rules_fired(text, published) == []


def test_each_listed_series_holds_every_election_of_its_span():
    """The series the rule reads are whole: no two elections further apart than a parliament's term
    or a presidency's apart (France's seven-year term before 2002, Mexico's six), so a year missing inside
    the span had none."""
    longest = {"presidential": 6, "general": 5, "federal": 5, "legislative": 5, "House of Councillors": 3}
    terms = {("France", "presidential"): 7, ("Mexico", "general"): 6}  # a septennat, a sexenio
    series = election_series(default_kb())
    assert set(series) >= _PARLIAMENTARY  # every parliamentary country has its series
    for country, kinds in series.items():
        for kind, events in kinds.items():
            years = [e.start.lo.year for e in events]
            gaps = [b - a for a, b in zip(years, years[1:], strict=False)]
            term = terms.get((country, kind), longest[kind])
            assert all(gap <= term for gap in gaps), (country, kind, years)
