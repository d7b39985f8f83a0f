"""Other ways news dates a known event: "held the day before", "a NATO summit set for
Washington in June"."""

from .helpers import rules_fired, timex_for


def test_a_date_right_after_held_is_the_event_s_date():
    wrong = "On January 20th, crowds protested the inauguration of Donald Trump, held the day before."
    timexes = [
        timex_for(wrong, "January 20th", "2017-01-20"),
        timex_for(wrong, "the day before", "2017-01-19"),
    ]
    assert rules_fired(wrong, "2017-06-03", timexes) == ["event-date"]
    right = "On January 21st, crowds protested the inauguration of Donald Trump, held the day before."
    timexes = [
        timex_for(right, "January 21st", "2017-01-21"),
        timex_for(right, "the day before", "2017-01-20"),
    ]
    assert rules_fired(right, "2017-06-03", timexes) == []


def test_the_place_a_series_summit_is_set_for_picks_the_meeting():
    wrong = "The issue is expected to dominate a NATO summit set for Washington in June."
    assert rules_fired(wrong, "1999-03-12", [timex_for(wrong, "June", "1999-06")]) == ["event-date"]
    right = "The issue is expected to dominate a NATO summit set for Washington in April."
    assert rules_fired(right, "1999-03-12", [timex_for(right, "April", "1999-04")]) == []


def test_a_series_summit_set_for_a_place_is_still_to_come():
    text = "The issue is expected to dominate a NATO summit set for Washington in April."
    assert rules_fired(text, "1999-06-01", [timex_for(text, "April", "1999-04")]) == ["event-tense"]
    assert rules_fired(text, "1999-03-12", [timex_for(text, "April", "1999-04")]) == []
