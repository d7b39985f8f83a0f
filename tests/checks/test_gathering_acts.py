"""A gathering told in the past by its own acts, an act done at it, or leaving it: the
meeting had taken place, so before it met such a sentence tells a coming one as past."""

import pytest

from .helpers import rules_fired

# (written before the meeting, written after it, text)
_TWINS = [
    ("2023-04-20", "2023-06-20", "Sunak pledged at the G7 summit in Hiroshima to back Ukraine."),
    ("2023-07-01", "2023-07-20", "Zelensky complained at the NATO summit in Vilnius about the timetable."),
    ("2021-06-01", "2021-07-01", "Biden walked out of the G7 summit in Cornwall early."),
    ("2019-08-01", "2019-09-01", "The G7 summit in Biarritz ended without a joint communique."),
    ("2018-06-01", "2018-07-01", "The G7 summit in Charlevoix, aides said, had produced nothing."),
    ("2017-06-29", "2017-07-20", "Putin walked away with a goody bag after he left the G20 summit."),
    # an act with its object, and a sentence the gathering opens
    ("2023-06-10", "2023-09-20", "Leaders adopted a joint declaration at the G20 summit in New Delhi."),
    ("2025-06-10", "2025-07-10", "At the NATO summit in The Hague, allies agreed to spend 5 percent of GDP."),
    ("2019-08-01", "2019-09-01", "At the G7 summit in Biarritz, Macron welcomed Iran's foreign minister."),
    (
        "2023-06-01",
        "2023-07-20",
        "At the NATO summit in Vilnius, allies agreed to drop the membership action plan for Ukraine.",
    ),
]


@pytest.mark.parametrize(("before", "after", "text"), _TWINS)
def test_a_meeting_told_by_what_happened_at_it_is_past(before, after, text):
    assert rules_fired(text, before) == ["event-tense"]
    assert rules_fired(text, after) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # Plans and expectations: the participle of a plan, a condition, a guess.
        ("2018-06-01", "Leaders are expected at the G7 summit in Charlevoix next week."),
        ("2018-06-01", "The G7 summit in Charlevoix is expected to produce little."),
        ("2023-07-01", "If allies agreed at the NATO summit in Vilnius to invite Kyiv, Russia would object."),
        ("2023-07-01", "Leaders must succeed at the NATO summit in Vilnius."),
        # Leaving for a meeting comes before it.
        ("2017-07-06", "Trump left for the G20 summit in Hamburg on Wednesday."),
        # On its last day it has met.
        ("2017-07-08", "The G20 summit in Hamburg ended with a communique on trade."),
        # An object that is a plan, a clause whose subject did something else earlier.
        ("2023-06-10", "Officials announced the agenda for talks at the G20 summit in New Delhi."),
        ("2023-06-10", "Leaders have prepared a declaration to sign at the G20 summit in New Delhi."),
        ("2025-06-10", "At the NATO summit in The Hague, allies are expected to agree to spend more."),
        ("2025-06-10", "At the NATO summit in The Hague, leaders who agreed last year to pay will meet."),
        # The subject is someone else's, not the meeting's.
        ("2023-07-01", "Critics of the NATO summit in Vilnius adopted a resolution."),
    ],
)
def test_plans_departures_and_other_subjects_are_left_alone(published, text):
    assert rules_fired(text, published) == []
