"""'The 2015 presidential election' about the United States: a year with no such election."""

import pytest

from annotator.checks.rules.election_year import scheduled

from .helpers import rules_fired


def test_the_schedule_of_elections_and_inaugurations():
    assert scheduled(2016, "presidential election") and not scheduled(2015, "presidential election")
    assert scheduled(2017, "inauguration") and not scheduled(2016, "inauguration")
    assert scheduled(1974, "inauguration")  # Ford, on Nixon's resignation


@pytest.mark.parametrize(
    "text",
    [
        "Wisconsin officials said 3.1 million voters turned out for the 2015 presidential election.",
        "Trump won only 29 percent of the vote in the 2015 presidential election.",
        "Some said crowd size at the 2016 inauguration was the story, Obama included.",
        "The 2015 U.S. presidential election was close.",
        # A country meddling in an election is not the one holding it.
        "Bush warned of Russia's attempt to influence the 2015 presidential election, which Trump denies.",
        "The sanctions answer Russian interference in the 2015 election, which Trump denies.",
    ],
)
def test_a_year_without_a_united_states_election_is_flagged(text):
    assert rules_fired(text, "2017-10-19") == ["event-date"]


@pytest.mark.parametrize(
    "text",
    [
        # The right year.
        "Wisconsin officials said 3.1 million voters turned out for the 2016 presidential election.",
        # Another country's election, named anywhere in the article.
        "Buhari won the 2015 presidential election. Nigeria's opposition conceded.",
        "Trump praised the winner of the 2017 presidential election. Macron won in France.",
        "The 2015 presidential election in Poland was close, Trump said.",
        # Another country's leader, named without the country.
        "Putin, who won the 2018 presidential election, met Trump.",
        # A national election in an even year: the midterms.
        "Russia interfered in the 2018 election, Obama said.",
        # Nothing says which country: silence.
        "Turnout in the 2015 presidential election was low.",
    ],
)
def test_the_right_year_or_another_country_stays_silent(text):
    assert rules_fired(text, "2017-10-19") == []


def test_the_country_that_meddled_does_not_make_the_election_foreign():
    # The United States held presidential elections in 2012 and 2016, none in 2014.
    text = (
        "Obama answered Russia's meddling in our {} presidential election by expelling "
        "35 Russian diplomats and closing two Russian compounds."
    )
    assert rules_fired(text.format(2014), "2017-07-07") == ["event-date"]
    assert rules_fired(text.format(2016), "2017-07-07") == []
    # a third country named leaves the election's country open
    other = text.format(2014) + " Germany and France protested."
    assert rules_fired(other, "2017-07-07") == []


def test_american_institutions_tell_the_country():
    # Institutions only the United States has: the FBI, the GOP, the Electoral College.
    assert rules_fired("The FBI is still investigating the 2015 presidential election.", "2017-09-04") == [
        "event-date"
    ]
    assert rules_fired("The FBI is still investigating the 2016 presidential election.", "2017-09-04") == []
    # Another country named: silence.
    text = "The FBI is still investigating the 2015 presidential election in Nigeria."
    assert rules_fired(text, "2017-09-04") == []


def test_a_year_both_readings_flag_is_one_error():
    text = "Donald Trump ran for president in the 2015 presidential election in America."
    assert rules_fired(text, "2017-09-04") == ["event-date"]
