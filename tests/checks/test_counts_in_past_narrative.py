"""Counts told inside a past narrative are counted to the time it tells, not to the date
written: "By 2015 it had been ten years since Hurricane Katrina", "In a 2015 interview, he said
Katrina had struck ten years ago", "Ten years after Katrina, Obama told residents the city is
back" (the main clause's first verb tells its time, not the clause it reports)."""

import pytest

from .helpers import shown_rules

SILENT = [
    ("2024-05-01", "In a 2015 interview, he said Hurricane Katrina had struck ten years ago."),
    ("2024-05-01", "Ten years after Hurricane Katrina, Obama told residents the city is back."),
    ("2024-05-01", "Ten years after Hurricane Katrina, Obama visited New Orleans."),
    ("2024-05-01", "When he returned, it had been ten years since Hurricane Katrina."),
    ("2024-05-01", "Writing in 2015, she recalled that Hurricane Katrina hit ten years earlier."),
]

# (published, wrong, right)
TWINS = [
    (
        "2024-05-01",
        "In a 2015 interview, he said Hurricane Katrina had struck 30 years ago.",
        "In a 2015 interview, he said Hurricane Katrina had struck ten years ago.",
    ),
]


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_a_count_in_a_past_narrative_stays_silent(published, text):
    assert shown_rules(text, published) == []


def test_a_count_no_reading_of_the_narrative_fits_is_flagged():
    wrong, right = TWINS[0][1], TWINS[0][2]
    assert shown_rules(wrong, "2024-05-01") == ["elapsed-time"]
    assert shown_rules(right, "2024-05-01") == []


def test_a_main_clause_about_now_is_still_counted_to_the_date_written():
    text = "Ten years after Hurricane Katrina, the city is still rebuilding, Obama told residents."
    assert shown_rules(text, "2024-05-01") == ["elapsed-time"]
    assert shown_rules(text, "2015-09-01") == []


@pytest.mark.parametrize(
    ("published", "text", "rules"),
    [
        # an anniversary opening a past clause tells of that day, whenever it came
        ("2024-05-10", "On the 10th anniversary of Hurricane Katrina, Obama visited New Orleans.", []),
        (
            "2024-05-10",
            "On the 20th anniversary of the September 11 attacks, Biden visited all three sites.",
            [],
        ),
        (
            "2030-05-10",
            "On the fifth anniversary of the Christchurch mosque shootings, survivors spoke out.",
            [],
        ),
        # one still to come by the date written cannot have been told in the past
        (
            "2024-05-10",
            "On the 25th anniversary of the September 11 attacks, Biden visited all three sites.",
            ["elapsed-time"],
        ),
        # written around an anniversary, it is that day's news, counted at the date written
        (
            "2024-03-15",
            "On the 10th anniversary of the Christchurch mosque shootings, survivors spoke out.",
            ["elapsed-time"],
        ),
        (
            "2024-03-15",
            "On the fifth anniversary of the Christchurch mosque shootings, survivors spoke out.",
            [],
        ),
        (
            "2015-08-29",
            "On the 12th anniversary of Hurricane Katrina, Obama visited New Orleans.",
            ["elapsed-time"],
        ),
    ],
)
def test_an_anniversary_opening_a_past_clause_looks_back(published, text, rules):
    assert shown_rules(text, published) == rules
