"""Dismissals and resignations of senior officials of Donald Trump's first administration
(2017-2019), as news of those years names and dates them."""

import pytest

from .helpers import shown_rules

# (wrong: (published, text), right: (published, text))
TWINS = [
    (
        ("2017-09-01", "Bannon's firing in July 2017 pleased his critics."),
        ("2017-09-01", "Bannon's firing in August 2017 pleased his critics."),
    ),
    (
        ("2017-03-01", "Sally Yates was fired in February 2017 for defying the travel ban."),
        ("2017-03-01", "Sally Yates was fired in January 2017 for defying the travel ban."),
    ),
    (
        ("2020-01-15", "Trump fired John Bolton in September 2018."),
        ("2020-01-15", "Trump fired John Bolton in September 2019."),
    ),
    (
        ("2018-03-20", "Days before Rex Tillerson was fired, Trump is weighing a summit with Kim."),
        ("2018-03-10", "Days before Rex Tillerson was fired, Trump is weighing a summit with Kim."),
    ),
]

SILENT = [
    ("2017-12-01", "Obama fired Flynn as head of the Defense Intelligence Agency in 2014."),
    ("2019-01-05", "Jim Mattis resigned in December 2018 over the Syria withdrawal."),
]


@pytest.mark.parametrize(("wrong", "right"), TWINS)
def test_a_departure_given_a_wrong_time_is_flagged(wrong, right):
    assert len(shown_rules(wrong[1], wrong[0])) == 1
    assert shown_rules(right[1], right[0]) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_other_dismissals_and_right_dates_stay_silent(published, text):
    assert shown_rules(text, published) == []
