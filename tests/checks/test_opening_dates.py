"""A date opening a sentence, after a short lead ("Four years ago, on Jan. 31, 2020,"), dates
an event named as a whole clause right after it ("Britain left the EU")."""

import pytest

from .helpers import shown_rules

# (published, wrong date, right date)
_TWINS = [
    (
        "2024-01-31",
        "Four years ago, on Jan. 31, 2021, Britain left the European Union after 47 years.",
        "Four years ago, on Jan. 31, 2020, Britain left the European Union after 47 years.",
    ),
    (
        "2019-01-01",
        "On May 8, 2017, the United States withdrew from the Iran nuclear deal.",
        "On May 8, 2018, the United States withdrew from the Iran nuclear deal.",
    ),
    (
        "2015-06-01",
        "A year ago, in 2013, Russia annexed Crimea.",
        "A year ago, in 2014, Russia annexed Crimea.",
    ),
    (
        "2020-01-01",
        "Thirty years ago, in 1990, the Berlin Wall fell.",
        "Thirty years ago, in 1989, the Berlin Wall fell.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), _TWINS)
def test_an_opening_date_dates_the_clause_that_names_the_event(published, wrong, right):
    assert shown_rules(wrong, published) == ["event-date"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(
    "text",
    [
        # The date is another act's: the event is counted from, or told as a condition.
        "In 2021, a year after Britain left the European Union, exports fell.",
        "In 1990, months after the Berlin Wall fell, Germans voted.",
        "In 2013, if Russia annexed Crimea, the West would respond.",
    ],
)
def test_a_date_of_another_act_is_left_alone(text):
    assert "event-date" not in shown_rules(text, "2024-01-31")
