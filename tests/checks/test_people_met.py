"""People met, sat beside or listed together in a report without a date: each is named by
the title they hold at the meeting, which a news report's past puts lately. A holder whose
term ended years earlier is flagged wherever in the list they stand; the twin with the
holder of the day stays silent, and so do people who are only someone else's possessor."""

import pytest

from .helpers import shown_rules

# (written, pattern, wrong holder, right holder)
MET_TOGETHER = [
    (
        "2017-07-08",
        "Ivanka took her father's place at the table, sitting beside British Prime Minister "
        "Theresa May and Chinese President {}.",
        "Hu Jintao",
        "Xi Jinping",
    ),
    (
        "2017-07-08",
        "Trump met with Chinese President Xi Jinping and British Prime Minister {} on the sidelines.",
        "David Cameron",
        "Theresa May",
    ),
    (
        "2019-06-30",
        "Trump met with Japanese Prime Minister Shinzo Abe, Indian Prime Minister Narendra Modi and "
        "German Chancellor {} at the summit.",
        "Gerhard Schroeder",
        "Angela Merkel",
    ),
    (
        "2023-05-21",
        "Biden sat next to French President {} at the dinner in Hiroshima.",
        "Francois Hollande",
        "Emmanuel Macron",
    ),
]


@pytest.mark.parametrize(("written", "pattern", "wrong", "right"), MET_TOGETHER)
def test_each_person_met_holds_the_title_at_the_meeting(written, pattern, wrong, right):
    assert "office-term" in shown_rules(pattern.format(wrong), written)
    assert shown_rules(pattern.format(right), written) == []


@pytest.mark.parametrize(
    "text",
    [
        # a possessor is not the person met
        "Trump met with President Obama's former aides on Tuesday.",
        "Trump met with Chinese President Xi Jinping and President Obama s former ambassador.",
        # a later verb of its own takes the second person out of the list of people met
        "Ivanka met with Prime Minister Theresa May, and later praised President Obama.",
    ],
)
def test_someone_named_beside_the_people_met_is_not_met(text):
    assert shown_rules(text, "2017-07-08") == []
