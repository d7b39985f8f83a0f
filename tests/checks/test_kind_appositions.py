"""A place and its kind in apposition name the event ("Benghazi, the attack that killed four
Americans in 2012"), so the relative clause's date is the event's."""

import pytest

from annotator.checks.engine import analyse_article

from .helpers import shown_rules


def test_the_place_and_its_kind_name_the_event():
    text = "It may be like Benghazi, the attack that killed four Americans in 2012, critics said."
    named = [(m.text, [e.id for e in m.events]) for m in analyse_article(text, "2017-10-23").mentions.events]
    assert ("Benghazi, the attack", ["benghazi-attack-2012"]) in named


@pytest.mark.parametrize(
    ("year", "rules"),
    [("2013", ["event-date"]), ("2012", [])],
)
def test_the_relative_clause_dates_the_event(year, rules):
    text = f"It may be like Benghazi, the attack that killed four Americans in {year}, critics said."
    assert shown_rules(text, "2017-10-23") == rules


def test_a_place_whose_kind_the_base_does_not_name_names_nothing():
    text = "Officials in Manchester, the city where the attack that killed 22 people took place in 2017, met."
    assert shown_rules(text, "2017-10-23") == []
    text = "It may be like Paris, the riot that shook the city in 2013, critics said."
    assert [m.text for m in analyse_article(text, "2017-10-23").mentions.events] == []


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("We all remember the violence that occurred in Charlottesville, Virginia in June.", ["event-date"]),
        ("We all remember the violence that occurred in Charlottesville, Virginia in August.", []),
        ("We all remember the violence in Charlottesville, Virginia, in June.", ["event-date"]),
        ("We all remember the violence in Charlottesville, Virginia, in August.", []),
    ],
)
def test_a_clause_of_happening_and_a_state_stand_between_the_name_and_its_date(text, rules):
    assert shown_rules(text, "2017-10-08") == rules


def test_a_description_is_read_only_in_the_shape_the_base_names():
    """'the shooting that took place in Uvalde' describes; the base names 'Uvalde shooting'."""
    text = "The shooting that took place in Uvalde, Texas, in May 2021 killed 21 people."
    assert shown_rules(text, "2023-10-08") == []


def test_any_white_space_may_follow_the_relative_pronoun():
    assert shown_rules(
        "We all remember the violence that  occurred in Charlottesville in June.", "2017-10-08"
    ) == ["event-date"]
    text = "It may be like Benghazi, the attack that\nkilled four Americans in 2013, critics said."
    assert shown_rules(text, "2017-10-23") == ["event-date"]
