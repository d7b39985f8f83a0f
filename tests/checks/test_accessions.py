"""Members' accessions named together, and acts that order events ("before Moscow announced")."""

from annotator.checks.analysis.accessions import accession_mentions
from annotator.checks.analysis.mentions import find_mentions
from annotator.checks.kb.model import default_kb

from .helpers import rules_fired, timex_for


def _accessions(text: str) -> list[tuple[str, list[str]]]:
    kb = default_kb()
    found = accession_mentions(text, kb, find_mentions(text, kb).events)
    return [(m.text, [e.id for e in m.events]) for m in found]


def test_a_list_of_members_with_a_weekday_and_an_adverb_is_one_mention_of_each_accession():
    found = _accessions("Poland, Hungary and the Czech Republic Friday formally joined NATO at a ceremony.")
    assert found == [
        (
            "Poland, Hungary and the Czech Republic Friday formally joined NATO",
            ["poland-joins-nato", "hungary-joins-nato", "czech-republic-joins-nato"],
        )
    ]


def test_plans_other_unions_and_lists_going_on_are_not_accessions():
    assert _accessions("Poland and Hungary are scheduled to join NATO in April next year.") == []
    assert _accessions("Croatia completed its accession to the European Union in 2013.") == []
    assert _accessions("Croatia completed its accession in July, Brussels said.") == []
    assert _accessions("Ukraine, Poland and Hungary joined NATO, he claimed.") == []
    assert _accessions("Estonia joined the alliance against piracy.") == []


def test_an_accession_told_as_done_before_it_happened_fires():
    text = "Poland, Hungary and the Czech Republic Friday formally joined NATO."
    assert rules_fired(text, "1998-03-13") == ["event-tense"]
    assert rules_fired(text, "1999-03-13") == []
    conditional = "If Poland and Hungary joined NATO, Moscow would protest."
    assert rules_fired(conditional, "1998-03-13") == []


def test_an_accession_given_a_month_it_did_not_happen_in_fires():
    wrong = "Poland and Hungary became full members of NATO in April this year."
    fired = rules_fired(wrong, "1999-12-03", [timex_for(wrong, "April this year", "1999-04")])
    assert "event-date" in fired
    right = "Poland and Hungary became full members of NATO in March this year."
    assert rules_fired(right, "1999-12-03", [timex_for(right, "March this year", "1999-03")]) == []


def test_two_accessions_in_the_wrong_order_fire():
    assert rules_fired("Finland joined the alliance after Sweden completed its accession.", "2024-05-01") == [
        "event-order"
    ]
    right = "Sweden joined the alliance after Finland completed its accession."
    assert rules_fired(right, "2024-05-01") == []


def test_an_actor_announcing_an_event_places_it_after_what_came_before():
    wrong = "Ukrainian troops recaptured Kherson before Moscow announced its annexation of four regions."
    assert rules_fired(wrong, "2022-12-01") == ["event-order"]
    right = "Moscow announced its annexation of four regions before Ukrainian troops recaptured Kherson."
    assert rules_fired(right, "2022-12-01") == []
    right = "Ukrainian troops fought for months before Moscow announced its annexation of four regions."
    assert rules_fired(right, "2022-12-01") == []


def test_joining_a_programme_or_forces_of_the_alliance_is_not_an_accession():
    assert _accessions("Montenegro joined NATO's Membership Action Plan in 2009.") == []
    assert _accessions("Finland joined NATO exercises in the Baltic.") == []
    assert _accessions("Sweden joined the NATO-led mission.") == []
    assert rules_fired("Montenegro joined NATO's Membership Action Plan in 2009.", "2016-05-01") == []
