"""Events told as going on: "the war in Gaza, now in its third year" is the one Gaza war still
going on at the date written, of the several the name fits; "the war will end" while it goes
on is right, and wrong only once it is over."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    (
        "2024-11-01",
        "Israel's war in Gaza, now in its fourth year, has displaced most of the strip.",
        "Israel's war in Gaza, now in its second year, has displaced most of the strip.",
    ),
    (
        "2025-10-20",
        "The Gaza war, now in its fifth year, shows no sign of ending.",
        "The Gaza war, now in its third year, shows no sign of ending.",
    ),
    (
        "2025-12-01",
        "After five years of war in Gaza, the strip lies in ruins.",
        "After two years of war in Gaza, the strip lies in ruins.",
    ),
]

# "will end" told while the event goes on.
GOING_ON = [
    ("2024-05-01", "Russia's full-scale invasion of Ukraine will end soon, officials said."),
    ("2024-03-01", "Officials say the war in Gaza will end when the hostages are freed."),
    ("2009-01-10", "The war in Gaza will end soon, officials said."),
    ("2023-07-11", "The NATO summit in Vilnius will end on Wednesday with a communique."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_a_count_of_the_gaza_war_going_on_is_checked(published, wrong, right):
    assert shown_rules(wrong, published) == ["elapsed-time"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), GOING_ON)
def test_an_end_still_to_come_is_right_while_the_event_goes_on(published, text):
    assert shown_rules(text, published) == []


def test_an_end_still_to_come_is_wrong_once_the_event_is_over():
    assert shown_rules("The war in Gaza will end soon, officials said.", "2009-03-10") == ["event-tense"]
    assert shown_rules("The NATO summit in Vilnius will end on Wednesday.", "2023-07-20") == ["event-tense"]
