"""W3C Web Annotation: every exported annotation passes the suite's MUSTs; imports of any shape."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from exchange_data import annotate
from shared_files import shared_path
from w3c_suite import ModelSuite

from annotator.exchange import ExchangeError, export_annotations, import_annotations
from annotator.workspace import Workspace


@pytest.fixture(scope="module")
def suite() -> ModelSuite:
    return ModelSuite(shared_path("w3c-web-annotation-tests"))


@pytest.fixture
def collection(workspace: Workspace, tmp_path: Path) -> dict:
    annotate(workspace)
    out = tmp_path / "set.jsonld"
    assert export_annotations(workspace, "w3c", out).count == 5
    return json.loads(out.read_text(encoding="utf-8"))


def test_suite_has_the_must_assertions(suite):
    counts = {test: len(musts) for test, musts in suite.tests.items()}
    assert counts == {
        "annotations/annotationMusts.test": 54,
        "collections/collectionMusts.test": 10,
        "collections/pages/pageMusts.test": 15,
    }


def test_every_exported_annotation_passes_every_must(suite, collection):
    results = suite.check_collection(collection)
    items = collection["first"]["items"]
    assert len(results) == 2 + 1 + len(items)
    assert {key: [f.assertion for f in fails] for key, fails in results.items() if fails} == {}


def test_runner_catches_broken_annotations(suite, collection):
    item = collection["first"]["items"][0]
    assert suite.check(item) == []
    no_context = {k: v for k, v in item.items() if k != "@context"}
    assert "annotations/3.1-annotationContextValidated.json" in {f.assertion for f in suite.check(no_context)}
    # The model's motivation check is a SHOULD-level assertion; ours pass it, a bad one not.
    motivation = "annotations/3.3.5-annotationMotivationImplemented.json"
    assert all(suite.passes(motivation, i) for i in collection["first"]["items"])
    assert not suite.passes(motivation, {**item, "motivation": "liking"})
    assert suite.check({**item, "type": "Note"})
    assert suite.check({k: v for k, v in item.items() if k != "target"})
    bad_date = {**item, "created": "yesterday"}
    assert "annotations/3.3.1-annotationCreatedValidated.json" in {f.assertion for f in suite.check(bad_date)}
    bad_selector = copy.deepcopy(item)
    del bad_selector["target"]["selector"][0]["exact"]
    assert suite.check(bad_selector)
    assert suite.check({**collection, "total": -1}, "collection")


def test_runner_agrees_with_the_suite_samples(suite):
    samples = shared_path("w3c-web-annotation-tests", "tools", "samples")
    caught = 0
    for path in sorted((samples / "incorrect").glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        caught += bool(suite.check(document))
    assert caught >= 20
    assert suite.check(json.loads((samples / "correct" / "anno1.json").read_text())) == []


def test_exported_annotation_content(collection, workspace):
    items = {item["id"]: item for item in collection["first"]["items"]}
    claim = next(
        i for i in items.values() if i["motivation"] == "assessing" and i["creator"]["name"] == "alice"
    )
    purposes = {b["purpose"]: b.get("value") for b in claim["body"]}
    assert purposes["tagging"] == "claim"
    assert purposes["commenting"].startswith("Said at a press conference")
    assert [b["value"] for b in claim["body"] if b["purpose"] == "assessing"] == [
        "Mostly false",
        "Needs context",
    ]
    assert purposes["classifying"] == "Published"
    linked = {b["source"] for b in claim["body"] if b["purpose"] == "linking"}
    assert linked == {
        f"urn:uuid:{uid}"
        for (uid,) in workspace.db.execute("select uid from annotations where kind in ('speaker', 'date')")
    }
    quote, position = claim["target"]["selector"]
    text = workspace.articles.get(3)["text"]
    assert text[position["start"] : position["end"]] == quote["exact"] == "no longer on the table"
    assert quote["prefix"] == text[position["start"] - 32 : position["start"]]
    assert quote["suffix"] == text[position["end"] : position["end"] + 32]
    assert claim["target"]["source"] == workspace.articles.get(3)["iri"]
    assert claim["id"].startswith("urn:uuid:")


def test_round_trip_through_w3c_keeps_what_the_model_carries(collection, tmp_path):
    path = tmp_path / "set.jsonld"
    path.write_text(json.dumps(collection), encoding="utf-8")
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        report = import_annotations(fresh, path, actor="dana")
        assert report.imported == 5 and report.unanchored == [] and report.reanchored == []
        claim = next(fresh.db.query("select * from annotations where verdict_label is not null"))
        assert (claim["verdict"], claim["verdict_label"], claim["status"]) == (
            "mostly_false",
            "Needs context",
            "published",
        )
        date = next(fresh.db.query("select * from annotations where kind = 'date'"))
        assert date["date_value"] == "2025-03-14" and date["origin"] == "import"
        assert fresh.annotations.linked(claim["id"], "date")["uid"] == date["uid"]
        assert fresh.annotations.linked(claim["id"], "speaker")["quote"] == "Rutte"
        assert report.links == 2
    finally:
        fresh.close()


def _foreign(text: str, iri: str, start: int, end: int, **extra) -> dict:
    """An annotation as another tool writes it: no ids of ours, a comment, a tag."""
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://hypothes.example/a/1",
        "type": "Annotation",
        "creator": "https://people.example/erin",
        "body": [
            {"type": "TextualBody", "value": "Speaker", "purpose": "tagging"},
            {"type": "TextualBody", "value": "who is this?"},
        ],
        "target": {
            "source": iri,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - 20) : start],
                    "suffix": text[end : end + 20],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
        **extra,
    }


@pytest.mark.parametrize("shape", ["single", "array", "page", "collection"])
def test_imports_every_w3c_shape(workspace, tmp_path, shape):
    article = workspace.articles.get(3)
    start = article["text"].index("Rutte")
    node = _foreign(article["text"], article["iri"], start, start + 5)
    document = {
        "single": node,
        "array": [node],
        "page": {"type": "AnnotationPage", "items": [node]},
        "collection": {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "AnnotationCollection",
            "first": {"items": [node]},
        },
    }[shape]
    path = tmp_path / "other-tool.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = import_annotations(workspace, path, actor="dana")
    assert report.imported == 1
    row = next(workspace.db.query("select * from annotations"))
    assert (row["kind"], row["quote"], row["note"]) == ("speaker", "Rutte", "who is this?")
    assert row["annotator"] == "https://people.example/erin"
    again = import_annotations(workspace, path, actor="dana")
    assert again.duplicates == [row["uid"]]


def test_reanchors_when_the_text_moved_and_reports_what_is_gone(workspace, tmp_path):
    article = workspace.articles.get(3)
    text = article["text"]
    start = text.index("no longer on the table")
    moved = _foreign(text, article["iri"], start, start + 22)
    moved["target"]["selector"][1] = {"type": "TextPositionSelector", "start": start + 7, "end": start + 29}
    gone = _foreign(text, article["iri"], start, start + 22, id="urn:uuid:" + "1" * 32)
    gone["target"]["selector"][0]["exact"] = "a sentence this article never had"
    gone["target"]["selector"][1] = {"type": "TextPositionSelector", "start": 0, "end": 5}
    path = tmp_path / "drifted.json"
    path.write_text(json.dumps([moved, gone]), encoding="utf-8")
    report = import_annotations(workspace, path, actor="dana")
    assert report.imported == 1
    assert report.reanchored[0]["to"] == [start, start + 22]
    assert report.unanchored[0]["where"] == "item 2"
    assert "quote not found" in report.unanchored[0]["reason"]


def test_rejects_a_file_that_is_no_annotation_set(workspace, tmp_path):
    path = tmp_path / "notes.json"
    path.write_text(json.dumps([{"type": "Annotation", "body": "x"}]), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"notes.json: item 1: the annotation has no target"):
        import_annotations(workspace, path, actor="dana")
    path.write_bytes(b"\xff\xfe garbage")
    with pytest.raises(ExchangeError, match="not UTF-8"):
        import_annotations(workspace, path, actor="dana")
    assert workspace.db["annotations"].count == 0


def test_imports_w3c_json_lines_and_rejects_empty_files(workspace, tmp_path):
    article = workspace.articles.get(3)
    start = article["text"].index("Rutte")
    node = _foreign(article["text"], article["iri"], start, start + 5)
    other = {**node, "id": "http://hypothes.example/a/2"}
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(node) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    assert import_annotations(workspace, path, actor="dana").imported == 2
    empty = tmp_path / "empty.json"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="empty.json: the file is empty"):
        import_annotations(workspace, empty, actor="dana")
