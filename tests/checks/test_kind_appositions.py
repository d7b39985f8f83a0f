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
