"""An election told by its result ("was elected in the 2018 midterms", "were defeated in")
before the vote, or by a candidate's not running more than a year ahead."""

import pytest

from .helpers import rules_fired

# (before the vote, after it, text)
_TWINS = [
    ("2018-10-01", "2018-12-01", "Ocasio-Cortez was elected in the 2018 midterms."),
    ("2022-10-01", "2022-12-01", "Several Republicans were defeated in the 2022 midterms."),
    ("2017-09-08", "2018-12-08", "Dent did not seek re-election in the 2018 midterms."),
    ("2010-09-01", "2010-12-01", "Dozens of Democrats lost their seats in the 2010 midterms."),
    (
        "2005-01-01",
        "2005-10-01",
        "Schroeder's party was defeated in the 2005 German federal election.",
    ),
]


@pytest.mark.parametrize(("before", "after", "text"), _TWINS)
def test_a_result_told_before_the_vote_is_flagged(before, after, text):
    assert rules_fired(text, before) == ["event-tense"]
    assert rules_fired(text, after) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # A wish or a condition tells no result.
        ("2018-10-01", "Ocasio-Cortez hopes she was elected in the 2018 midterms, aides joked."),
        ("2018-10-01", "If Democrats were defeated in the 2018 midterms, Pelosi would step aside."),
        # Not running is decided before the vote: months ahead it may be so already.
        ("2018-08-01", "Flake, who did not seek re-election in the 2018 midterms, criticized Trump."),
    ],
)
def test_wishes_conditions_and_decisions_shortly_ahead_are_left_alone(published, text):
    assert rules_fired(text, published) == []
