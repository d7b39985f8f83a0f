"""A date given to a journey to or from an event ("arrived at the G20 summit on Thursday"), or
to gathering for it, is the journey's: a day or two off the event's own is no error, a month off still is."""

import pytest

from .helpers import shown_rules

# (published, the journey's day, a date no journey fits)
_TWINS = [
    (
        "2017-07-06",
        "Merkel, who arrived at the G20 summit in Hamburg on Thursday, said trade would dominate.",
        "Merkel, who arrived at the G20 summit in Hamburg in June, said trade would dominate.",
    ),
    (
        "2023-05-25",
        "Sunak returned from the G7 summit in Hiroshima on Monday.",
        "Sunak returned from the G7 summit in Hiroshima in April.",
    ),
    (
        "2024-07-12",
        "Biden flew to the NATO summit in Washington on Monday.",
        "Biden flew to the NATO summit in Washington in May.",
    ),
    (
        "2018-06-12",
        "Macron arrived at the G7 summit in Charlevoix on Thursday.",
        "Macron arrived at the G7 summit in Charlevoix in April.",
    ),
    (
        # gathering for a summit the day before it opens (7 July 2017)
        "2017-07-10",
        "On Thursday, leaders gathered for the G20 summit in Hamburg.",
        "In June, leaders gathered for the G20 summit in Hamburg.",
    ),
]


@pytest.mark.parametrize(("published", "journey", "wrong"), _TWINS)
def test_a_journey_dated_days_off_the_event_is_no_error(published, journey, wrong):
    assert "event-date" not in shown_rules(journey, published)
    assert "event-date" in shown_rules(wrong, published)
