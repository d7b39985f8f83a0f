"""Counts whose start the text settles without naming an event: a year written after "ago",
the holder's own term, an event named by its own verb, a war counted from its end, and the
date of an act placed at an event."""

import pytest

from .helpers import shown_rules


def test_a_count_ago_that_the_year_beside_it_contradicts_fires():
    assert shown_rules("The bill passed just three years ago in 2012.", "2017-03-01") == ["elapsed-time"]
    assert shown_rules("The bill passed just five years ago in 2012.", "2017-03-01") == []
    assert shown_rules("The mill closed 20 years ago, back in 1997, and never reopened.", "2017-03-01") == []


def test_a_count_ago_before_a_span_of_years_is_left_alone():
    text = "The mill closed three years ago in 2012-2013 after a long strike."
    assert shown_rules(text, "2017-03-01") == []


def test_a_count_into_the_named_holders_presidency_is_measured_from_the_term():
    wrong = "Obama is 400 days into his presidency and his approval has slipped."
    assert shown_rules(wrong, "2009-06-01") == ["elapsed-time"]
    right = "Obama is 130 days into his presidency and his approval has slipped."
    assert shown_rules(right, "2009-06-01") == []
    since = "Obama has not golfed once in the nine months since he's been president."
    assert shown_rules(since, "2009-05-01") == ["elapsed-time"]


def test_a_round_count_into_a_presidency_allows_a_few_days():
    assert shown_rules("Trump is 200 days into his presidency and he is losing support.", "2017-08-11") == []


def test_a_past_count_into_a_presidency_or_two_holders_is_not_judged():
    past = "Ten months into his presidency, Obama signed the stimulus."
    assert shown_rules(past, "2017-06-01") == []
    two = "Obama is 400 days into his presidency, Medvedev said in an interview."
    assert shown_rules(two, "2009-06-01") == []


def test_since_a_subject_and_an_event_named_by_its_verb_counts_from_the_event():
    wrong = "Seven years after Russia annexed Crimea, the peninsula's economy is still shrinking."
    assert shown_rules(wrong, "2017-03-18") == ["elapsed-time"]
    right = "Three years after Russia annexed Crimea, the peninsula's economy is still shrinking."
    assert shown_rules(right, "2017-03-18") == []


def test_a_war_ended_some_years_ago_is_counted_from_its_end():
    wrong = "American troops helped end the war in Bosnia almost seven years ago and stayed on."
    assert shown_rules(wrong, "1999-03-12") == ["elapsed-time"]
    right = "American troops helped end the war in Bosnia almost four years ago and stayed on."
    assert shown_rules(right, "1999-03-12") == []


def test_a_date_of_an_act_at_an_event_is_the_events_date():
    wrong = "The leaders agreed in May 2016 at the Warsaw summit to station troops in Poland."
    assert shown_rules(wrong, "2017-03-01") == ["event-date"]
    right = "The leaders agreed in July 2016 at the Warsaw summit to station troops in Poland."
    assert shown_rules(right, "2017-03-01") == []
    other = "The leaders agreed in May 2016, ahead of the Warsaw summit, to station troops in Poland."
    assert shown_rules(other, "2017-03-01") == []


def test_an_organisation_that_marks_its_anniversary_in_a_relative_clause_is_counted():
    wrong = "The ministers met to plan for NATO, which will celebrate its 45th anniversary next month."
    assert shown_rules(wrong, "1999-03-12") == ["elapsed-time"]
    right = "The ministers met to plan for NATO, which will celebrate its 50th anniversary next month."
    assert shown_rules(right, "1999-03-12") == []


def test_a_count_later_between_two_years_the_story_gives_fires_when_they_disagree():
    wrong = "The plant opened in 1990, when demand was high. Almost 20 years later, in 1998, it closed."
    assert shown_rules(wrong, "2017-03-01") == ["elapsed-time"]
    right = "The plant opened in 1990, when demand was high. Almost ten years later, in 2000, it closed."
    assert shown_rules(right, "2017-03-01") == []
    named = "The 1990 law was popular. Two years later, in 1998, it was repealed."
    assert shown_rules(named, "2017-03-01") == []


def test_a_main_clause_with_still_before_an_unread_verb_is_counted_to_now():
    wrong = "Five years after the Fukushima nuclear disaster, fishermen still haul empty nets."
    assert shown_rules(wrong, "2021-03-11") == ["elapsed-time"]
    right = "Ten years after the Fukushima nuclear disaster, fishermen still haul empty nets."
    assert shown_rules(right, "2021-03-11") == []


# "N years on from EVENT" and "N years following EVENT" count like "after":
# (text, right date, wrong date)
_ON_FROM = [
    (
        "Two years on from the October 7 attack, the hostages' families still wait.",
        "2025-10-07",
        "2026-10-07",
    ),
    ("Ten years on from the Brexit referendum, Britain is still divided.", "2026-06-23", "2024-06-23"),
    (
        "A year on from the Turkey-Syria earthquake, survivors still live in tents.",
        "2024-02-06",
        "2025-02-06",
    ),
    ("Sixteen years on from Hurricane Katrina, New Orleans faces Ida.", "2021-08-29", "2017-08-29"),
    ("Two weeks following the fall of Kabul, the Taliban are in charge.", "2021-08-29", "2021-10-30"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _ON_FROM)
def test_a_count_on_from_or_following_an_event_is_measured_like_after(text, right, wrong):
    assert shown_rules(text, right) == []
    assert shown_rules(text, wrong) == ["elapsed-time"]


def test_years_on_without_an_event_are_left_alone():
    assert (
        shown_rules("Ten years on, the survivors of the Brexit referendum campaign meet again.", "2019-06-23")
        == []
    )
