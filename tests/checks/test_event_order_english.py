"""event-order on the ways English orders two events: each wrong sentence is flagged and its
correct twin (the same words with the right order or event) stays silent."""

from __future__ import annotations

import pytest

from .helpers import rules_fired

ORDER = ["event-order"]

# "before" a war, a storm or a civil war means before it broke out: something placed before
# it that happened while it went on is misplaced.
BEFORE_AN_OUTBREAK = [
    ("2024-01-10", "The death of Henry Kissinger came weeks before the Israel-Hamas war.",
     "The death of Silvio Berlusconi came months before the Israel-Hamas war."),
    ("2015-05-01", "The death of Hugo Chávez came two years before the Syrian civil war.",
     "The Tunisian revolution came months before the Syrian civil war."),
    ("2012-05-01", "The death of Kim Jong Il came before the Iraq War.",
     "The death of Kim Jong Il came before the Iraq War ended."),
    ("2015-01-01", "Flight MH17 was shot down months before the war in Donbas.",
     "The Orange Revolution came a decade before the war in Donbas."),
    ("2017-12-01", "Weeks before Hurricane Maria, the Las Vegas massacre left 58 dead.",
     "Weeks after Hurricane Maria, the Las Vegas massacre left 58 dead."),
    ("2017-12-01", "The Las Vegas massacre came weeks before Hurricane Maria.",
     "The Las Vegas massacre came weeks after Hurricane Maria."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), BEFORE_AN_OUTBREAK)
def test_before_a_long_event_means_before_its_outbreak(published, wrong, right):
    assert rules_fired(wrong, published) == ORDER
    assert rules_fired(right, published) == []
