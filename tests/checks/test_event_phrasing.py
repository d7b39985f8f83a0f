"""Other ways news dates a known event: "held the day before", "a NATO summit set for
Washington in June"."""

from .helpers import rules_fired, shown_rules, timex_for


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


def test_a_relative_date_after_the_event_s_place_dates_the_event():
    # The G20 summit in Hamburg was held on 2017-07-07/08.
    text = "Ivanka is still getting heat for the stunt at the G20 summit in Germany {}."
    assert shown_rules(text.format("last month"), "2017-07-10") == ["event-date"]
    assert shown_rules(text.format("last week"), "2017-07-10") == []
    assert shown_rules("The G20 summit in Hamburg last month was tense.", "2017-07-10") == ["event-date"]
    # a place and then an absolute date stay with the place rule ("in Madrid in July 1997")
    assert shown_rules("The G20 summit in Germany this week will be tense.", "2017-07-03") == []


def test_the_firing_of_comey_and_mueller_s_appointment_in_their_order():
    # Comey was dismissed on 2017-05-09, Mueller appointed special counsel on 2017-05-17.
    text = "Mueller was appointed special counsel shortly {} Trump fired FBI Director James Comey."
    assert shown_rules(text.format("before"), "2017-10-27") == ["event-order"]
    assert shown_rules(text.format("after"), "2017-10-27") == []
    assert shown_rules("Trump fired James Comey in June 2017.", "2017-10-27") == ["event-date"]


def test_days_weeks_or_months_between_two_events_leave_out_a_namesake_years_away():
    # "the Vilnius summit": the Eastern Partnership's of 2013 and NATO's of 2023-07-11/12;
    # the Wagner mutiny was on 2023-06-23/24.
    assert shown_rules("The Wagner mutiny came weeks after the Vilnius summit.", "2023-08-01") == [
        "event-order"
    ]
    assert shown_rules("The Wagner mutiny came weeks before the Vilnius summit.", "2023-08-01") == []
    # years apart, the 2013 summit may be meant
    assert shown_rules("The Wagner mutiny came years after the Vilnius summit.", "2023-08-01") == []


def test_a_war_counted_since_a_date_is_dated_by_its_outbreak():
    # Russia's full-scale invasion began on 2022-02-24; the war goes on.
    text = "Six million Ukrainians have fled since Russia's full-scale invasion in February {}."
    assert shown_rules(text.format("2023"), "2024-05-10") == ["event-date"]
    assert shown_rules(text.format("2022"), "2024-05-10") == []
    # any day of the war is a day of it where nothing counts from it
    assert shown_rules("Casualties rose during the war in Ukraine in 2023.", "2024-05-10") == []
