"""Browsing the knowledge base (the app's view reads it so) and changing one's own facts."""

from __future__ import annotations

import pytest

from annotator.checks.kb import browse
from annotator.checks.kb.model import default_kb
from annotator.checks.runner import (
    add_fact,
    correct_fact,
    remove_fact,
    run_checks,
    user_facts,
    user_kb,
)
from annotator.core.pubdate import parse_pubdate

MAYOR = {
    "person": "Jan Example",
    "office": "Mayor of Exampleton",
    "start": "2020-01-01",
    "source": "town hall",
}


def _entry(listed: list[browse.Entry], text: str, kind: str = browse.PERSON) -> browse.Entry:
    return next(listed[n] for n in browse.matching(listed, text) if listed[n].kind == kind)


def test_the_listing_is_searched_by_name_office_country_and_without_accents():
    listed = browse.entries(default_kb())
    assert len(listed) > 20_000  # every person of the shipped base, plus the events
    merkel = _entry(listed, "merkel chancellor")
    assert merkel.name == "Angela Merkel" and "Germany" in merkel.summary
    assert any(listed[n].name == "Recep Tayyip Erdoğan" for n in browse.matching(listed, "erdogan turkey"))
    summit = _entry(listed, "g20 hangzhou", browse.EVENT)
    assert summit.summary.startswith("2016-09-04")
    assert browse.matching(listed, "") == list(range(len(listed)))
    assert browse.matching(listed, "zzqx nobody") == []


def test_articles_naming_a_person_come_with_the_flags_that_cite_them(workspace):
    workspace.articles.set_published(4, parse_pubdate("2023-10-03", "user"), actor="editor")
    run_checks(workspace)
    kb = default_kb()
    rutte = _entry(browse.entries(kb), "mark rutte nato")
    found = {article["id"]: article for article in browse.mentioning_articles(workspace, kb, rutte)}
    assert set(found) == {1, 2, 3, 4, 5}  # every sample article names him
    cited = [flag for flag in found[4]["flags"]]
    assert cited and all(browse.cites(flag, rutte) for flag in cited)
    assert all(flag["article_id"] == 4 for flag in cited)
    nobody = browse.Entry(browse.PERSON, "zz", "Zebulon Quaxworth", "", "zebulon quaxworth")
    assert browse.mentioning_articles(workspace, kb, nobody) == []


def test_a_user_fact_is_listed_corrected_and_removed_each_undoably(empty_workspace):
    ws = empty_workspace
    fact = add_fact(ws, "office", MAYOR, author="ed")
    listed = browse.entries(user_kb(ws))
    mayor = _entry(listed, "jan example exampleton")
    assert browse.facts_about(user_facts(ws), mayor)[0]["id"] == fact["id"]

    correct_fact(ws, fact["id"], {**MAYOR, "end": "2024-06-30"}, author="ed")
    term = user_kb(ws).person(mayor.key).terms[-1]
    assert term.end is not None and term.end.text == "2024-06-30"
    assert [f["id"] for f in user_facts(ws)] == [fact["id"]]  # the same fact, not a second one
    ws.undo("ed")
    assert user_kb(ws).person(mayor.key).terms[-1].end is None

    remove_fact(ws, fact["id"], author="ed")
    assert user_facts(ws) == [] and user_kb(ws).person(mayor.key) is None
    ws.undo("ed")
    assert [f["data"]["person"] for f in user_facts(ws)] == ["Jan Example"]


def test_correcting_or_removing_refuses_bad_data_and_unknown_facts(empty_workspace):
    ws = empty_workspace
    fact = add_fact(ws, "office", MAYOR, author="ed")
    with pytest.raises(ValueError, match="start"):
        correct_fact(ws, fact["id"], {**MAYOR, "start": "soon"}, author="ed")
    assert user_facts(ws)[0]["data"]["start"] == "2020-01-01"
    with pytest.raises(ValueError, match="no knowledge-base fact 99"):
        remove_fact(ws, 99, author="ed")
    with pytest.raises(ValueError, match="no knowledge-base fact 99"):
        correct_fact(ws, 99, MAYOR, author="ed")


def test_a_flag_leads_to_the_person_or_event_its_evidence_cites():
    term = {"evidence": [{"kind": "term", "person": "Mark Rutte", "office": "Secretary General of NATO"}]}
    assert browse.entry_of_flag(term) == (browse.PERSON, "mark rutte")
    event = {"evidence": [{"kind": "event", "id": "g20-2016", "name": "G20"}]}
    assert browse.entry_of_flag(event) == (browse.EVENT, "g20-2016")
    assert browse.entry_of_flag({"evidence": []}) is None
