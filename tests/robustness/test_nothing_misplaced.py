"""Annotation sets never move an annotation onto other words or another article.

A uid that already belongs to another article is not an update; a fuzzy match
may differ only in spacing, punctuation, quote marks and case; a quote found
twice without context to choose is "ambiguous"; links go through the same
checks as the app's own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.exchange.anchoring import Unplaced, locate
from annotator.exchange.importer import import_annotations
from annotator.exchange.jsonl import FORMAT_TAG
from annotator.workspace import Workspace

TRUMP = "Intro. President Trump said the talks would resume in March. Nothing more was said."
BIDEN = "Intro. President Biden said the talks would resume in March. Nothing more was said."
CRIMEA = (
    "The peninsula was annexed after the vote of 24 February 2014. Later, on "
    "24 February 2022, the invasion began."
)


def _articles(ws: Workspace, tmp_path: Path, *texts: str) -> list[dict]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"a{n}.txt").write_text(f"Article {n}\n\n{text}\n", encoding="utf-8")
    ws.import_paths([folder])
    found = []
    for n in range(len(texts)):
        rows = list(ws.db.query("select id from articles where source like ?", [f"%a{n}.txt"]))
        found.append(ws.articles.get(rows[0]["id"]))
    return found


def _record(article: dict, start: int, end: int, quote: str, uid: str, **more) -> dict:
    return {
        "format": FORMAT_TAG,
        "uid": uid,
        "kind": "claim",
        "start": start,
        "end": end,
        "quote": quote,
        "annotator": "elsewhere",
        "article": {"iri": article["iri"]},
        **more,
    }


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_a_uid_of_another_article_never_moves_the_annotation(empty_workspace, tmp_path):
    ws = empty_workspace
    a, b = _articles(
        ws, tmp_path, "Alpha text about the budget in May.", "Beta article, quite different words here."
    )
    start = a["text"].index("budget")
    mine = ws.annotations.create(a["id"], "claim", start, start + 6, annotator="me", note="mine")
    quote_b = "quite different"
    at_b = b["text"].index(quote_b)
    record = _record(
        b, at_b, at_b + len(quote_b), quote_b, mine["uid"], note="theirs", modified="2999-01-01T00:00:00Z"
    )
    report = import_annotations(ws, _write(tmp_path / "set.jsonl", [record]), actor="imp")

    kept = ws.annotations.get(mine["id"])
    assert (kept["article_id"], kept["start"], kept["end"], kept["quote"], kept["note"]) == (
        a["id"],
        start,
        start + 6,
        "budget",
        "mine",
    )
    assert report.updated == 0
    assert report.imported == 0
    refused = {u["uid"]: u["reason"] for u in report.unanchored}
    assert mine["uid"] in refused and "another article" in refused[mine["uid"]]
    assert ws.annotations.for_article(b["id"]) == []


def test_an_update_of_the_same_article_still_applies(empty_workspace, tmp_path):
    ws = empty_workspace
    (a,) = _articles(ws, tmp_path, "Alpha text about the budget in May.")
    start = a["text"].index("budget")
    mine = ws.annotations.create(a["id"], "claim", start, start + 6, annotator="me", note="old")
    record = _record(a, start, start + 6, "budget", mine["uid"], note="new", modified="2999-01-01T00:00:00Z")
    report = import_annotations(ws, _write(tmp_path / "set.jsonl", [record]), actor="imp")
    assert report.updated == 1
    assert ws.annotations.get(mine["id"])["note"] == "new"


def test_fuzzy_placement_refuses_other_words(empty_workspace, tmp_path):
    ws = empty_workspace
    biden, crimea = _articles(ws, tmp_path, BIDEN, CRIMEA)
    trump_quote = "President Trump said the talks would resume in March."
    year_quote = "The peninsula was annexed after the vote of 24 February 2022."
    records = [
        _record(biden, 7, 7 + len(trump_quote), trump_quote, "u-name"),
        _record(crimea, 0, len(year_quote), year_quote, "u-year"),
    ]
    report = import_annotations(ws, _write(tmp_path / "set.jsonl", records), actor="imp")
    assert report.imported == 0 and report.reanchored == []
    reasons = {u["uid"]: u["reason"] for u in report.unanchored}
    assert set(reasons) == {"u-name", "u-year"}
    for reason in reasons.values():
        assert "differs" in reason


def test_fuzzy_placement_accepts_spacing_punctuation_quotes_and_case(empty_workspace, tmp_path):
    ws = empty_workspace
    text = "He said: \u201cthe talks,  would resume in March\u201d, and left."
    (article,) = _articles(ws, tmp_path, text)
    quote = 'He said "The talks would resume in march", and'
    report = import_annotations(
        ws, _write(tmp_path / "set.jsonl", [_record(article, 3, 20, quote, "u-loose")]), actor="imp"
    )
    assert report.imported == 1, report.unanchored
    (placed,) = ws.annotations.for_article(article["id"])
    assert placed["quote"].startswith("He said:") and placed["quote"].endswith(", and")
    assert report.reanchored[0]["method"] == "fuzzy"


@pytest.mark.parametrize(
    "quote, text",
    [
        ("Trump said", "Intro. Biden said it. Later Biden said it again."),
        ("the 2014 vote", "After the 2022 vote came the invasion."),
    ],
)
def test_anchor_tells_why_words_that_differ_are_not_placed(quote, text):
    spot = locate(text, start=7, end=7 + len(quote), exact=quote)
    assert isinstance(spot, Unplaced) and "differs" in spot.reason


def test_a_quote_twice_without_context_is_ambiguous(empty_workspace, tmp_path):
    ws = empty_workspace
    (article,) = _articles(ws, tmp_path, "The minister resigned. Then the minister resigned.")
    record = _record(article, 0, 5, "minister resigned", "u-twice")
    record.pop("start"), record.pop("end")
    record.update(start=900, end=917)  # a position that is not in this copy of the text
    report = import_annotations(ws, _write(tmp_path / "set.jsonl", [record]), actor="imp")
    assert report.imported == 0
    (unplaced,) = report.unanchored
    assert "ambiguous" in unplaced["reason"] and "2" in unplaced["reason"]
    assert "not found" not in unplaced["reason"]


def test_anchor_reports_ambiguous_quotes():
    spot = locate("the minister resigned; the minister resigned", exact="minister resigned")
    assert isinstance(spot, Unplaced) and spot.reason.startswith("ambiguous")


def test_a_claim_linked_to_itself_is_refused_like_in_the_app(empty_workspace, tmp_path):
    ws = empty_workspace
    (article,) = _articles(ws, tmp_path, "Alpha text about the budget in May.")
    start = article["text"].index("budget")
    record = _record(
        article, start, start + 6, "budget", "u-self", links=[{"role": "speaker", "target": "u-self"}]
    )
    report = import_annotations(ws, _write(tmp_path / "set.jsonl", [record]), actor="imp")
    assert report.imported == 1
    assert report.links == 0
    assert list(ws.db.query("select * from links")) == []
    assert any("itself" in problem for problem in report.problems)
