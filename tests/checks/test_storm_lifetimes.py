"""A storm lives from the day it is named to the day it dissipates: it cannot be named before
it formed, told as still to strike once it has blown out, or counted from a day before it
formed. A count runs from any day of its life (it strikes days after it forms), and a count
from two storms named together may run from either."""

import pytest

from .helpers import shown_rules

# (rule, wrong: (published, text), right: (published, text))
TWINS = [
    (
        "elapsed-time",
        ("2017-09-29", "Three weeks after Hurricane Maria hit Puerto Rico, the island remains dark."),
        ("2017-10-12", "Three weeks after Hurricane Maria hit Puerto Rico, the island remains dark."),
    ),
    (
        "elapsed-time",
        ("2017-09-29", "Three weeks after Maria swept over Puerto Rico, we only had 4,400 troops there."),
        ("2017-09-29", "Nine days after Maria swept over Puerto Rico, we only had 4,400 troops there."),
    ),
    (
        "elapsed-time",
        (
            "2017-09-30",
            "It has been forty days since Puerto Rico was devastated by Hurricane Irma and Hurricane Maria.",
        ),
        (
            "2017-09-30",
            "It has been ten days since Puerto Rico was devastated by Hurricane Irma and Hurricane Maria.",
        ),
    ),
    (
        "event-tense",
        ("2017-09-15", "Hurricane Harvey is a Category four storm that s about to hit landfall in Texas."),
        ("2017-08-24", "Hurricane Harvey is a Category four storm that s about to hit landfall in Texas."),
    ),
    (
        "event-tense",
        ("2017-09-15", "Hurricane Harvey, which is about to hit Texas, is a Category four storm."),
        ("2017-08-24", "Hurricane Harvey, which is about to hit Texas, is a Category four storm."),
    ),
    (
        "event-tense",
        ("2017-08-25", "Hurricane Irma was responsible for the deaths of at least 102 people."),
        ("2017-09-25", "Hurricane Irma was responsible for the deaths of at least 102 people."),
    ),
]

SILENT = [
    (
        "2017-09-20",
        "Hurricane Harvey's floodwaters had receded from most of Houston by Sept. 10, officials said.",
    ),
    ("2017-09-12", "Hurricane Irma weakened to a tropical storm on Monday as it moved into Georgia."),
    ("2017-10-05", "Two weeks after Hurricane Maria, much of Puerto Rico is still without power."),
    ("2017-10-02", "Puerto Rico has been without power for nearly two weeks since Hurricane Maria hit."),
    ("2015-08-29", "Ten years ago today, Hurricane Katrina made landfall in Louisiana."),
    ("2017-09-15", "Hurricane Harvey, which will be remembered for its floods, hit Texas."),
    ("2017-09-15", "Hurricane Harvey was a Category four storm that hit Texas."),
    ("2012-11-05", "A week after Superstorm Sandy, thousands remain without power in New Jersey."),
]


@pytest.mark.parametrize(("rule", "wrong", "right"), TWINS)
def test_a_storm_is_read_within_its_life(rule, wrong, right):
    assert shown_rules(wrong[1], wrong[0]) == [rule]
    assert shown_rules(right[1], right[0]) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_what_a_storm_did_in_its_life_stays_silent(published, text):
    assert shown_rules(text, published) == []
