"""Free elections dated inside a span in which the country held none."""

import pytest

from annotator.checks.rules.free_elections import UNFREE

from .helpers import rules_fired


def test_every_span_names_its_source_and_the_first_free_vote():
    for first, last, ended, source in UNFREE.values():
        assert first < last < int(ended[:4]) and source.startswith("Wikipedia: ")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Hungary's communists ruled until the first free elections of 1985.",
            "Hungary's communists ruled until the first free elections of 1990.",
        ),
        (
            "Spain returned to democracy with the 1975 free elections.",
            "Spain returned to democracy with the 1977 free elections.",
        ),
    ],
)
def test_free_elections_inside_the_span_are_flagged(wrong, right):
    assert rules_fired(wrong, "2017-07-06") == ["event-date"]
    assert rules_fired(right, "2017-07-06") == []


@pytest.mark.parametrize(
    "text",
    [
        # A demand: the elections need not have been held.
        "In Poland, Solidarity called for the free elections of 1981.",
        # Two listed countries before the phrase: whose elections is not certain.
        "Spain and Portugal waited until the free elections of 1976.",
        # A country the list does not hold.
        "Chile waited until the free elections of 1989.",
    ],
)
def test_demands_and_uncertain_countries_stay_silent(text):
    assert rules_fired(text, "2017-07-06") == []
