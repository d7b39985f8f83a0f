"""A storm told as still to strike ("Irma will have on Florida", "Ian is about to make
landfall") in a passage written after it was over."""

import pytest

from .helpers import rules_fired

# (written after the storm, written while it came, text)
_TWINS = [
    ("2017-10-10", "2017-09-08", "Trump spoke about the damage Hurricane Irma will have on Florida."),
    ("2022-11-15", "2022-09-27", "Hurricane Ian is about to make landfall near Fort Myers."),
    ("2013-01-10", "2012-10-27", "Superstorm Sandy will hit New Jersey hardest, forecasters say."),
    ("2006-01-10", "2005-08-27", "Hurricane Katrina is expected to strike New Orleans on Monday."),
    ("2024-11-20", "2024-10-07", "Hurricane Milton will slam into Tampa Bay, officials warned."),
]


@pytest.mark.parametrize(("after", "coming", "text"), _TWINS)
def test_a_storm_told_as_coming_after_it_blew_out_is_flagged(after, coming, text):
    assert rules_fired(text, after) == ["event-tense"]
    assert rules_fired(text, coming) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # What a storm will be remembered for is no act of its own.
        ("2018-01-10", "Hurricane Maria will be remembered as the island's worst disaster."),
        # Told in the past: the storm was coming then.
        ("2018-01-10", "Hurricane Maria was about to hit Puerto Rico when the power failed."),
        # A guess about a storm.
        ("2018-01-10", "If Hurricane Maria will hit again, nobody knows."),
    ],
)
def test_memories_past_tellings_and_guesses_are_left_alone(published, text):
    assert rules_fired(text, published) == []
