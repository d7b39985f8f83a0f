"""A when-clause whose act meets the event as it happens ("in 1963 when the communist leader
repelled their invasion at the Bay of Pigs") dates the event; "about a year ago" is six months
to a year and a half; the Taliban's entry into Kabul is the city's fall."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    (
        "2000-06-01",
        "Exiles failed to oust Castro in 1963 when the leader repelled their invasion at the Bay of Pigs.",
        "Exiles failed to oust Castro in 1961 when the leader repelled their invasion at the Bay of Pigs.",
    ),
    (
        "2017-06-01",
        "In 2016, when Russia launched its annexation of Crimea, nobody objected.",
        "In 2014, when Russia launched its annexation of Crimea, nobody objected.",
    ),
    (
        "2017-09-16",
        "About a year ago, Trump shocked the country by responding to the violence in Charlottesville.",
        "About a month ago, Trump shocked the country by responding to the violence in Charlottesville.",
    ),
    (
        "2022-08-15",
        "The Taliban entered Kabul two weeks after the last American troops left Afghanistan.",
        "The Taliban entered Kabul two weeks before the last American troops left Afghanistan.",
    ),
    (
        "2022-08-15",
        "The Taliban swept into Kabul on August 15, 2020.",
        "The Taliban swept into Kabul on August 15, 2021.",
    ),
]

SILENT = [
    ("2000-06-01", "He spoke in 1963, when he recalled how Castro defeated the invasion at the Bay of Pigs."),
    ("2000-06-01", "He was born in 1963, when the Bay of Pigs invasion was still fresh."),
    ("2018-02-16", "About a year ago, the Unite the Right rally shocked the country."),
    ("1997-08-15", "The Taliban entered Kabul in September 1996."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_the_wrong_twin_alone_is_flagged(published, wrong, right):
    assert len(shown_rules(wrong, published)) == 1
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_other_times_and_rough_counts_stay_silent(published, text):
    assert shown_rules(text, published) == []
