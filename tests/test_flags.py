"""Flags and review decisions: decisions survive re-runs and can be undone."""

from __future__ import annotations

import pytest


def finding(fingerprint: str, start: int = 0, end: int = 10, rule: str = "office-term") -> dict:
    return {
        "rule": rule,
        "severity": "error",
        "start": start,
        "end": end,
        "quote": "former US President",
        "message": "Trump was in office on the article's date.",
        "evidence": [{"fact": "Donald Trump, President from 2025-01-20", "source": "Q22686"}],
        "fingerprint": fingerprint,
    }


def test_decisions_survive_a_new_check_run(workspace):
    flags = workspace.flags
    flags.replace_for_article(2, [finding("a"), finding("b", 20, 30)])
    first, second = flags.list(article_id=2)
    flags.decide(first["id"], "dismissed", reviewer="rev", reason="Quoted or reported speech")
    flags.replace_for_article(2, [finding("a", 5, 15), finding("b", 25, 35), finding("c")])
    states = {f["fingerprint"]: (f["state"], f["reason"]) for f in flags.list(article_id=2)}
    assert states == {
        "a": ("dismissed", "Quoted or reported speech"),
        "b": ("open", None),
        "c": ("open", None),
    }
    assert flags.open_counts() == {2: 2}
    assert workspace.articles.rows([2])[2]["open_flags"] == 2
    assert flags.list(state="dismissed")[0]["evidence"][0]["source"] == "Q22686"


def test_confirm_as_claim_is_one_undoable_step(workspace):
    workspace.flags.replace_for_article(2, [finding("a", 100, 130)])
    flag = workspace.flags.list()[0]
    claim = workspace.flags.confirm_as_claim(flag["id"], reviewer="rev", verdict="false")
    assert claim["kind"] == "claim" and claim["verdict"] == "false"
    assert (claim["start"], claim["end"]) == (100, 130)
    stored = workspace.flags.get(flag["id"])
    assert stored["state"] == "confirmed" and stored["annotation_id"] == claim["id"]
    workspace.undo("rev")
    assert workspace.flags.get(flag["id"])["state"] == "open"
    assert workspace.annotations.get(claim["id"]) is None


def test_changing_and_reopening_a_decision(workspace):
    workspace.flags.replace_for_article(1, [finding("x")])
    flag_id = workspace.flags.list()[0]["id"]
    workspace.flags.decide(flag_id, "confirmed", reviewer="rev")
    workspace.flags.decide(flag_id, "dismissed", reviewer="rev", reason="Not a date problem")
    assert workspace.flags.get(flag_id)["state"] == "dismissed"
    workspace.flags.reopen(flag_id, actor="rev")
    assert workspace.flags.get(flag_id)["state"] == "open"
    workspace.undo("rev")
    assert workspace.flags.get(flag_id)["state"] == "dismissed"
    with pytest.raises(ValueError):
        workspace.flags.decide(flag_id, "maybe", reviewer="rev")


def test_flag_ids_sort_filter_and_search_in_sql(workspace):
    flags = workspace.flags
    flags.replace_for_article(1, [finding("w", rule="weekday"), finding("o")])
    flags.replace_for_article(2, [{**finding("i"), "severity": "info", "quote": "Budapest"}])
    by_severity = flags.ids(order_by="severity")
    assert [flags.get(i)["severity"] for i in by_severity] == ["error", "error", "info"]
    assert flags.ids(order_by="severity", descending=True)[0] == by_severity[-1]
    assert [flags.get(i)["rule"] for i in flags.ids(rule="weekday")] == ["weekday"]
    assert [flags.get(i)["quote"] for i in flags.ids(search="budap")] == ["Budapest"]
    rows = flags.rows(by_severity)
    assert set(rows) == set(by_severity) and rows[by_severity[0]]["state"] == "open"
    facets = flags.facets()
    assert facets["rules"] == ["office-term", "weekday"] and {a for a, _ in facets["articles"]} == {1, 2}
    assert flags.total() == 3
