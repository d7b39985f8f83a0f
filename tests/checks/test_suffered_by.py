"""People or places "affected by", "displaced by" or "damaged by" an event at a time the
clause gives: only what has happened has affected anyone, so the event must come first."""

import pytest

from .helpers import shown_rules

# (published, a time before the event, a time after it)
_TWINS = [
    (
        "2017-10-28",
        "He served meals in early July to those affected by Hurricane Harvey in Houston.",
        "He served meals in early September to those affected by Hurricane Harvey in Houston.",
    ),
    (
        "2017-12-01",
        "In June, families displaced by Hurricane Maria moved to Orlando.",
        "In November, families displaced by Hurricane Maria moved to Orlando.",
    ),
    (
        "2023-12-01",
        "In May 2022, homes damaged by Hurricane Ian were still empty.",
        "In May 2023, homes damaged by Hurricane Ian were still empty.",
    ),
    (
        "2013-12-01",
        "In March 2012, towns flooded by Superstorm Sandy were rebuilt.",
        "In March 2013, towns flooded by Superstorm Sandy were rebuilt.",
    ),
]


@pytest.mark.parametrize(("published", "before", "after"), _TWINS)
def test_suffering_an_event_before_it_came_is_flagged(published, before, after):
    assert shown_rules(before, published) == ["event-tense"]
    assert shown_rules(after, published) == []


@pytest.mark.parametrize(
    "text",
    [
        "In August, officials prepared shelters for those who will be affected by Hurricane Harvey.",
        "In August, areas expected to be hit by Hurricane Harvey were evacuated.",
        "In August, towns that could be flooded by Hurricane Harvey were warned.",
    ],
)
def test_what_may_yet_be_suffered_is_left_alone(text):
    assert shown_rules(text, "2017-08-20") == []
