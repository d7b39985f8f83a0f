"""An organisation's anniversary told through "its" ("the alliance celebrates its 50th
anniversary"), and dated by the time a "when" clause hangs on."""

from .helpers import rules_fired, shown_rules, timex_for

_PLAN = "The three are to join NATO in April next year when the alliance celebrates its {nth} anniversary."


def test_the_alliance_s_anniversary_is_counted_from_the_founding_of_the_organisation_named_before():
    wrong = _PLAN.format(nth="45th")
    fired = rules_fired(wrong, "1998-12-03", [timex_for(wrong, "April next year", "1999-04")])
    assert fired == ["elapsed-time"]
    right = _PLAN.format(nth="50th")
    assert rules_fired(right, "1998-12-03", [timex_for(right, "April next year", "1999-04")]) == []


def test_a_when_clause_is_judged_at_the_month_it_hangs_on_not_a_year_either_way():
    text = _PLAN.format(nth="50th")
    fired = rules_fired(text, "1999-09-01", [timex_for(text, "April next year", "2000-04")])
    assert fired == ["elapsed-time"]


def test_the_alliance_with_no_organisation_named_before_is_not_counted():
    text = "Leaders met in April when the alliance celebrated its 45th anniversary."
    assert rules_fired(text, "1999-06-01", [timex_for(text, "April", "1999-04")]) == []


def test_an_organisation_named_as_subject_celebrating_its_anniversary():
    wrong = "NATO celebrated its 60th anniversary in Washington."
    assert rules_fired(wrong, "1999-05-01") == ["elapsed-time"]
    right = "NATO celebrated its 50th anniversary in Washington."
    assert rules_fired(right, "1999-05-01") == []


def test_a_clause_dated_to_another_month_keeps_a_year_either_way():
    text = "In January 2000, leaders marked the 50th anniversary of the North Atlantic Treaty."
    assert rules_fired(text, "2000-02-01", [timex_for(text, "January 2000", "2000-01")]) == []


def test_a_clause_dated_within_a_month_of_the_anniversary_day_takes_that_year_s_count():
    # The Sandy Hook shooting was on 2012-12-14: "yesterday" (2017-12-15) was its fifth.
    text = "Yesterday was the {} anniversary of the Sandy Hook shooting."
    assert rules_fired(text.format("fourth"), "2017-12-16", _yesterday(text, "fourth")) == ["elapsed-time"]
    assert rules_fired(text.format("fifth"), "2017-12-16", _yesterday(text, "fifth")) == []


def _yesterday(text: str, nth: str) -> list:
    return [timex_for(text.format(nth), "Yesterday", "2017-12-15")]


def test_a_year_mark_is_an_anniversary():
    text = "Today marks the {} mark since the Boston Marathon bombing."
    assert shown_rules(text.format("three-year"), "2018-04-15") == ["elapsed-time"]
    assert shown_rules(text.format("five-year"), "2018-04-15") == []
    assert shown_rules(text.format("5 year"), "2018-04-15") == []
    # a mark that is no count of years stays unread
    assert (
        shown_rules("Prices passed the 5 dollar mark since the Boston Marathon bombing.", "2018-04-15") == []
    )
