"""A year closing a phrase set beside an event ("Hurricane Sandy, the deadliest hurricane in
the Atlantic in 2010") is the event's year; another time inside the phrase is not."""

import pytest

from .helpers import shown_rules

# (published, wrong year, right year)
_TWINS = [
    (
        "2017-08-29",
        "He opposed aid for Hurricane Sandy, the most destructive hurricane in the Atlantic in 2010, then.",
        "He opposed aid for Hurricane Sandy, the most destructive hurricane in the Atlantic in 2012, then.",
    ),
    (
        "2018-01-01",
        "Survivors of Hurricane Maria, the worst storm on the island of 2016, are still waiting.",
        "Survivors of Hurricane Maria, the worst storm on the island of 2017, are still waiting.",
    ),
    (
        "2023-03-01",
        "Residents rebuilt after Hurricane Ian, the costliest storm in Florida in 2021, moved on.",
        "Residents rebuilt after Hurricane Ian, the costliest storm in Florida in 2022, moved on.",
    ),
    (
        "2000-06-01",
        "Castro repelled the Bay of Pigs invasion, a humiliation for Kennedy of 1963, with ease.",
        "Castro repelled the Bay of Pigs invasion, a humiliation for Kennedy of 1961, with ease.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), _TWINS)
def test_a_wrong_year_beside_the_event_is_flagged(published, wrong, right):
    assert shown_rules(wrong, published) == ["event-date"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(
    "text",
    [
        # The year belongs to another storm, or to a time the phrase turns to.
        "Survivors of Hurricane Maria, the worst storm on the island since Georges in 1998, still wait.",
        "Survivors of Hurricane Maria, a storm worse than Georges in 1998, are still waiting.",
        "Survivors of Hurricane Maria, the storm that the island remembered in 2016, are still waiting.",
        # A year within a long event's span.
        "Veterans of the Soviet war in Afghanistan, the Kremlin's quagmire of 1985, met Putin.",
    ],
)
def test_a_year_the_phrase_gives_to_something_else_is_left_alone(text):
    assert shown_rules(text, "2018-01-01") == []
