"""Schedules, datelines and listings abbreviate the weekday ("Wed., June 17", "Thurs, Oct. 1",
"Fri., 19 June"): the abbreviation must fit the date as the full name must. A newspaper's
name before a date ("The Sun, June 18") is no weekday, and a range of weekdays names its
last day by the second."""

import pytest

from .helpers import shown_rules

# (published, right, wrong)
TWINS = [
    (
        "2020-06-10",
        "The hearing is set for Wed., June 17, 2020, at 10 a.m.",
        "The hearing is set for Wed., June 18, 2020, at 10 a.m.",
    ),
    (
        "2020-06-10",
        "The hearing is set for Thurs., June 18, at 10 a.m.",
        "The hearing is set for Thurs., June 17, at 10 a.m.",
    ),
    (
        "2020-06-10",
        "Voting runs from Mon. June 15 to Fri. June 19.",
        "Voting runs from Mon. June 15 to Fri. June 20.",
    ),
    ("2020-06-10", "Doors open Sat., June 20, at 9 a.m.", "Doors open Sat., June 21, at 9 a.m."),
    ("2020-06-10", "The last day is Fri., 19 June.", "The last day is Fri., 20 June."),
    ("2021-09-28", "The council meets Thu, Sept. 30 at noon.", "The council meets Thu, Sept. 29 at noon."),
    (
        "2020-06-10",
        "Hearings Mon.-Wed., June 15-17, in Room 4.",
        "Hearings Mon.-Wed., June 16-18, in Room 4.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_an_abbreviated_weekday_must_fit_its_date(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["weekday"]


@pytest.mark.parametrize(
    "text",
    [
        "As The Sun, June 18, 2020, reported, the hearing was set.",
        "The Sun, 18 June 2020, carried the story on its front page.",
        "Critics of the Fed, June 18 minutes in hand, pressed for a cut.",
    ],
)
def test_words_like_an_abbreviation_are_no_weekday(text):
    assert shown_rules(text, "2020-06-10") == []
