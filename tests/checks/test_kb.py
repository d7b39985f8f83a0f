from datetime import date

from annotator.checks.kb.facts import FuzzyDay
from annotator.checks.kb.model import default_kb


def test_shipped_base_loads_with_sources():
    kb = default_kb()
    assert len(kb.terms) > 150
    assert len(kb.events) > 40
    assert all(t.source for t in kb.terms)
    assert all(e.source for e in kb.events)


def test_person_lookup_by_alias_surname_and_close_spelling():
    kb = default_kb()
    assert [p.name for p in kb.find_people("Donald J. Trump")] == ["Donald Trump"]
    assert [p.name for p in kb.find_people("Zelenskyy")] == ["Volodymyr Zelensky"]
    assert [p.name for p in kb.find_people("Volodymyr Zelenskyi")] == ["Volodymyr Zelensky"]
    assert kb.find_people("Nobody Knownperson") == []


def test_event_lookup_by_alias_and_fuzzy():
    kb = default_kb()
    ids = {e.id for e in kb.find_events("summit in Washington")}
    assert ids == {
        "washington-summit-1987",
        "nato-summit-1999-washington",
        "g20-summit-2008-washington",
        "nuclear-security-summit-2010",
        "nuclear-security-summit-2016",
        "nato-summit-2024-washington",
        "washington-summit-2025-08",
    }
    assert [e.id for e in kb.find_events("Budapest Memorandumm")] == ["budapest-memorandum"]


def test_terms_by_title_and_country():
    kb = default_kb()
    rutte = kb.find_people("Mark Rutte")[0]
    assert [t.office for t in kb.terms_for(rutte.id, "Prime Minister", ["Netherlands"])] == [
        "Prime Minister of the Netherlands"
    ]
    assert kb.terms_for(rutte.id, "Prime Minister", ["NATO"]) == []


def test_precision_is_kept():
    month = FuzzyDay.parse("2024-09", "month")
    assert (month.lo, month.hi) == (date(2024, 9, 1), date(2024, 9, 30))
    year = FuzzyDay.parse("2024-03-05", "year")
    assert (year.lo, year.hi, year.precision) == (date(2024, 1, 1), date(2024, 12, 31), "year")


JANE_EXAMPLE = {
    "person": "Jane Example",
    "office": "Mayor of Exampleton",
    "titles": "Mayor",
    "organisation_or_country": "Exampleton",
    "start": "2020",
    "start_precision": "year",
    "end": "",
    "role": "office",
    "source": "user",
}


def test_user_facts_are_merged():
    kb = default_kb().with_extra(
        terms=[JANE_EXAMPLE],
        events=[
            {
                "id": "example-fair",
                "name": "Exampleton fair",
                "kind": "fair",
                "start": "2023-05-01",
                "aliases": "the Exampleton fair",
                "source": "user",
            }
        ],
    )
    assert [p.name for p in kb.find_people("Jane Example")] == ["Jane Example"]
    assert [e.id for e in kb.find_events("the Exampleton fair")] == ["example-fair"]
    assert len(default_kb().find_people("Jane Example")) == 0


def test_people_names_agree_with_the_listing_user_facts_included():
    kb = default_kb().with_extra(terms=[JANE_EXAMPLE])
    names = kb.people_names()
    assert names == {pid: name for pid, name, _summary in kb.people_listing()}
    assert "Jane Example" in names.values()
    merkel = next(p for p in kb.find_people("Angela Merkel") if p.name == "Angela Merkel")
    assert names[merkel.id] == "Angela Merkel"
