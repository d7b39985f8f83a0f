"""Counts from a person's taking office, which news makes without naming the office: a bare
"took office" names the office leading a country, so "Fourteen years after David Cameron took
office" runs from his premiership, not from his later years as foreign secretary, and "Eight
years after Antonio Costa took office" from his premiership, not from his presidency of the
European Council; a count that office does not fit is still flagged."""

import pytest

from .helpers import shown_rules

# (published, right, wrong)
TWINS = [
    (
        "2024-07-05",
        "Fourteen years after David Cameron took office, Labour returned to power.",
        "Twenty years after David Cameron took office, Labour returned to power.",
    ),
    (
        "2025-03-01",
        "Eight years after Mark Rutte took office, the Dutch economy was booming.",
        "Twenty years after Mark Rutte took office, the Dutch economy was booming.",
    ),
    (
        "2016-03-01",
        "Ten years after Jens Stoltenberg took office, Norway was rich.",
        "Twenty years after Jens Stoltenberg took office, Norway was rich.",
    ),
    (
        "2025-03-01",
        "Eight years after Antonio Costa took office, Portugal was growing.",
        "Twelve years after Antonio Costa took office, Portugal was growing.",
    ),
    (
        "2025-03-01",
        "Two years after Kaja Kallas took office, Estonia was in recession.",
        "Twelve years after Kaja Kallas took office, Estonia was in recession.",
    ),
]


def test_a_lesser_office_taken_earlier_is_not_what_a_bare_took_office_names():
    # Johnson was mayor of London from 2008, but "took office" speaks of his premiership
    text = "Eleven years after Boris Johnson took office, he moved into Downing Street."
    assert shown_rules(text, "2023-01-10") == ["elapsed-time"]


def test_a_second_term_of_the_same_office_is_counted_from_its_own_start():
    # Trump's latest inauguration, not his first, is the one "eight years since" must fit
    assert shown_rules("It has been eight years since Donald Trump was inaugurated.", "2025-12-01") == [
        "elapsed-time"
    ]
    assert shown_rules("It has been eleven months since Donald Trump was inaugurated.", "2025-12-01") == []


# A count said in a speech the sentence dates to a year or a month that holds the event:
# (published, right, wrong)
SAID_THEN = [
    (
        "2026-01-10",
        "In his 2021 inaugural address, Biden said that two weeks ago, a mob had stormed the Capitol.",
        "In his March 2021 address, Biden said that two weeks ago, a mob had stormed the Capitol.",
    ),
    (
        "2026-01-10",
        "In his January 2021 inaugural, Biden said that two weeks ago, a mob had stormed the Capitol.",
        "In his 2021 inaugural address, Biden said that two years ago, a mob had stormed the Capitol.",
    ),
    (
        "2025-06-01",
        "In a 2014 speech, Obama said that two weeks ago, Russia had annexed Crimea.",
        "In a 2015 speech, Obama said that two weeks ago, Russia had annexed Crimea.",
    ),
    (
        "2025-06-01",
        "In a 2005 address, Bush said that a week ago, Hurricane Katrina had struck.",
        "In a 2006 address, Bush said that a week ago, Hurricane Katrina had struck.",
    ),
]


# "N years after <event>, in <year>, ...": the year the count reaches, not the event's date.
# (published, right, wrong)
COUNTED_TO = [
    (
        "2025-06-24",
        "Fifty years after the Six-Day War, in 2017, Israel marked the reunification of Jerusalem.",
        "Fifty years after the Six-Day War, in 2020, Israel marked the reunification of Jerusalem.",
    ),
    (
        "2025-06-24",
        "Twenty years after the Rwandan genocide, in 2014, Kigali held a commemoration.",
        "Twenty years after the Rwandan genocide, in 2019, Kigali held a commemoration.",
    ),
    (
        "2025-06-24",
        "Ten years after the Fukushima disaster, in 2021, Japan decided to release the water.",
        "Ten years after the Fukushima disaster, in 2016, Japan decided to release the water.",
    ),
    (
        "2025-06-24",
        "A decade after the Boston Marathon bombing, in 2023, the city held a day of service.",
        "A decade after the Boston Marathon bombing, in 2019, the city held a day of service.",
    ),
    (
        "2025-06-24",
        "Five years after Hurricane Katrina, in 2010, the BP spill hit the coast.",
        "Five years after Hurricane Katrina, in 2013, the BP spill hit the coast.",
    ),
    (
        "2025-06-24",
        "Six months after the Brexit referendum, in December 2016, talks had not begun.",
        "Six months after the Brexit referendum, in March 2018, talks had not begun.",
    ),
]
# "Before <event>, in <year>, ...": the time of what the sentence tells, before or after the
# event as the opening says. (published, right, wrong)
PLACED = [
    (
        "2025-06-24",
        "Before the Brexit referendum, in 2015, David Cameron won an unexpected majority.",
        "Before the Brexit referendum, in 2017, David Cameron won an unexpected majority.",
    ),
    (
        "2025-06-24",
        "Months after the Brexit referendum, in March 2017, Theresa May triggered Article 50.",
        "Months after the Brexit referendum, in March 2015, Theresa May triggered Article 50.",
    ),
    (
        "2025-06-24",
        "Shortly after the Capitol riot, in February 2021, the Senate acquitted Trump.",
        "Shortly after the Capitol riot, in February 2020, the Senate acquitted Trump.",
    ),
    (
        "2025-06-24",
        "Soon after the September 11 attacks, in October 2001, the United States invaded Afghanistan.",
        "Soon after the September 11 attacks, in October 2000, the United States invaded Afghanistan.",
    ),
    (
        "2025-06-24",
        "Two years before the Brexit referendum, in 2014, Scotland voted to stay in the UK.",
        "Two years before the Brexit referendum, in 2019, Scotland voted to stay in the UK.",
    ),
    (
        "2025-06-24",
        "Three years before the Six-Day War, in 1964, the PLO was founded.",
        "Three years before the Six-Day War, in 1970, the PLO was founded.",
    ),
    (
        "2025-06-24",
        "In the year after the Fukushima disaster, in 2012, Japan shut all its reactors.",
        "In the year after the Fukushima disaster, in 2009, Japan shut all its reactors.",
    ),
]

CASES = [(*case, "elapsed-time") for case in TWINS + SAID_THEN] + [
    (*case, "event-date") for case in COUNTED_TO
]


@pytest.mark.parametrize(("published", "right", "wrong", "rule"), CASES)
def test_a_count_is_read_from_and_to_the_dates_english_means(published, right, wrong, rule):
    """A bare "took office" counts from leading the country; a short count may run to a year
    its sentence gives that holds the event; a date after an opening count is where it ends."""
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == [rule]
