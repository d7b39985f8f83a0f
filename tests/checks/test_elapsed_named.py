"""Counts from a start the sentence names itself: a year written beside the thing counted,
a place's annexation."""

from .helpers import rules_fired


def test_a_count_from_a_year_written_beside_the_treaty_fires_when_it_does_not_reach_today():
    wrong = "He doesn't understand the 1949 treaty, 30 years after it was signed."
    assert rules_fired(wrong, "2017-05-25") == ["elapsed-time"]
    right = "He doesn't understand the 1949 treaty, 68 years after it was signed."
    assert rules_fired(right, "2017-05-25") == []


def test_a_count_from_a_written_year_in_a_past_clause_may_be_shorter_not_longer():
    shorter = "Nixon ignored the 1949 treaty, 25 years after it was signed."
    assert rules_fired(shorter, "2017-05-25") == []
    longer = "Nixon ignored the 1949 treaty, 80 years after it was signed."
    assert rules_fired(longer, "2017-05-25") == ["elapsed-time"]


def test_a_place_occupied_for_longer_than_since_its_annexation_fires():
    wrong = "Russia's actions in Crimea, occupied for seven years, created a human rights crisis."
    assert rules_fired(wrong, "2017-06-05") == ["elapsed-time"]
    right = "Russia's actions in Crimea, occupied for three years, created a human rights crisis."
    assert rules_fired(right, "2017-06-05") == []


def test_a_place_whose_occupation_the_base_does_not_know_is_not_counted():
    text = "Northern Cyprus, occupied for seven years, voted."
    assert rules_fired(text, "2017-06-05") == []
    text = "Parts of Ukraine, occupied for seven years, voted."
    assert rules_fired(text, "2023-06-05") == []


def test_a_finished_war_given_a_wrong_length_is_explained_by_its_length_and_end():
    from annotator.checks.engine import check_text

    text = "Saddam Hussein plunged his country into a fruitless five-year Iran-Iraq war."
    [finding] = [f for f in check_text(text, "1991-02-25") if f.shown]
    assert "lasted from 1980-09-22 to 1988-08-20, 7.9 years" in finding.message
    assert "ended 2.5 years before 1991-02-25" in finding.message
