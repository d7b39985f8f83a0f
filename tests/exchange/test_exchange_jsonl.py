"""Native JSONL: a lossless round trip, provenance, duplicates, and all-or-nothing imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_data import annotate

from annotator.exchange import (
    ExchangeCancelled,
    ExchangeError,
    Selection,
    export_annotations,
    import_annotations,
)
from annotator.workspace import Workspace

FIELDS = (
    "uid",
    "kind",
    "start",
    "end",
    "quote",
    "status",
    "verdict",
    "verdict_label",
    "date_value",
    "date_type",
    "note",
    "evidence",
    "attrs",
    "annotator",
    "origin",
    "created",
    "modified",
)


def _annotations(ws: Workspace) -> dict[str, dict]:
    out = {}
    for row in ws.db.query(
        "select annotations.*, articles.iri from annotations join articles on articles.id = article_id"
    ):
        row["evidence"], row["attrs"] = json.loads(row["evidence"]), json.loads(row["attrs"])
        out[row["uid"]] = row
    return out


def _links(ws: Workspace) -> set[tuple]:
    return set(
        ws.db.execute(
            """select s.uid, t.uid, links.role, links.annotator, links.created from links
           join annotations s on s.id = source_id join annotations t on t.id = target_id"""
        ).fetchall()
    )


def _reviews(ws: Workspace) -> set[tuple]:
    return set(
        ws.db.execute(
            """select a.uid, r.fingerprint, r.decision, r.reason, r.reviewer, r.decided_at
           from reviews r join annotations a on a.id = r.annotation_id"""
        ).fetchall()
    )


@pytest.fixture
def exported(workspace: Workspace, tmp_path: Path) -> Path:
    annotate(workspace)
    out = tmp_path / "set.jsonl"
    report = export_annotations(workspace, "jsonl", out)
    assert report.count == 5
    return out


def test_every_line_carries_article_links_and_reviews(workspace, exported):
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    claim = next(r for r in lines if r["kind"] == "claim" and r["verdict"] == "mostly_false")
    assert claim["article"]["source"] == "seeds/002_c6b9259fc4542ad4.txt"
    assert claim["article"]["iri"].startswith("urn:sha256:")
    assert claim["article"]["published"] == "2025-03-14"
    assert {link["role"] for link in claim["links"]} == {"speaker", "date"}
    date = next(r for r in lines if r["kind"] == "date")
    assert date["reviews"][0]["decision"] == "confirmed"
    assert date["reviews"][0]["reviewer"] == "carol"


def test_round_trip_into_fresh_database_keeps_every_field(workspace, exported, tmp_path):
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        report = import_annotations(fresh, exported, actor="dana", exact=True)
        assert (report.imported, report.links, report.reviews) == (5, 2, 1)
        before, after = _annotations(workspace), _annotations(fresh)
        assert before.keys() == after.keys()
        for uid, row in before.items():
            for field in (*FIELDS, "iri"):
                assert after[uid][field] == row[field], (uid, field)
        assert _links(fresh) == _links(workspace)
        assert _reviews(fresh) == _reviews(workspace)
    finally:
        fresh.close()


def test_default_import_records_provenance_and_is_one_undo(workspace, exported, tmp_path):
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        report = import_annotations(fresh, exported, actor="dana")
        rows = _annotations(fresh)
        for uid, original in _annotations(workspace).items():
            row = rows[uid]
            assert row["origin"] == "import"
            assert row["attrs"]["provenance"]["file"] == "set.jsonl"
            assert row["attrs"]["provenance"]["origin"] == original["origin"]
            assert row["attrs"]["provenance"]["imported_at"].endswith("Z")
            assert row["annotator"] == original["annotator"]
            assert {k: v for k, v in row["attrs"].items() if k != "provenance"} == original["attrs"]
        assert fresh.undo_redo_labels("dana")[0] == "Import 5 annotation(s) from set.jsonl"
        op = fresh.undo("dana")
        assert op["id"] == report.op_id
        assert fresh.db["annotations"].count == 0 and fresh.db["links"].count == 0
        assert fresh.db["reviews"].count == 0
        fresh.redo("dana")
        assert fresh.db["annotations"].count == 5 and _links(fresh) == _links(workspace)
    finally:
        fresh.close()


def test_reimport_reports_duplicates_and_updates_newer(workspace, exported):
    report = import_annotations(workspace, exported, actor="dana")
    assert report.imported == 0 and len(report.duplicates) == 5 and report.op_id is None
    lines = exported.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["note"], record["modified"] = "revised elsewhere", "2999-01-01T00:00:00.000Z"
    newer = exported.with_name("newer.jsonl")
    newer.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = import_annotations(workspace, newer, actor="dana")
    assert report.updated == 1
    row = next(workspace.db.query("select note from annotations where uid = ?", [record["uid"]]))
    assert row["note"] == "revised elsewhere"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r.update(kind="opinion"), "line 2: unknown kind 'opinion'"),
        (lambda r: r.pop("uid"), "line 2: 'uid' is missing"),
        (lambda r: r.update(start="ten"), "line 2: 'start' is missing or not a number"),
        (lambda r: r.update(verdict="pants_on_fire"), "unknown verdict 'pants_on_fire'"),
        (lambda r: r["article"].clear(), "line 2: the article has no iri, url or source"),
    ],
)
def test_half_valid_file_is_rejected_and_changes_nothing(workspace, exported, tmp_path, mutate, message):
    lines = exported.read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[1])
    mutate(bad)
    path = tmp_path / "half.jsonl"
    path.write_text("\n".join([lines[0], json.dumps(bad), *lines[2:]]) + "\n", encoding="utf-8")
    target = Workspace.open(tmp_path / "target.db")
    try:
        with pytest.raises(ExchangeError) as info:
            import_annotations(target, path, actor="dana")
        assert "half.jsonl" in str(info.value) and message in str(info.value)
        assert target.db["annotations"].count == 0 and target.db["ops"].count == 0
    finally:
        target.close()


def test_broken_json_line_is_named(workspace, exported, tmp_path):
    path = tmp_path / "broken.jsonl"
    lines = exported.read_text(encoding="utf-8").splitlines()
    path.write_text(lines[0] + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"broken.jsonl: line 2: not JSON"):
        import_annotations(workspace, path, actor="dana")


def test_cancel_rolls_back(workspace, exported, tmp_path):
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        with pytest.raises(ExchangeCancelled):
            import_annotations(fresh, exported, actor="dana", cancelled=lambda: True)
        assert fresh.db["annotations"].count == 0 and fresh.db["ops"].count == 0
    finally:
        fresh.close()


def test_cancelled_export_leaves_no_file(workspace, tmp_path):
    annotate(workspace)
    out = tmp_path / "never.jsonl"
    with pytest.raises(ExchangeCancelled):
        export_annotations(workspace, "jsonl", out, cancelled=lambda: True)
    assert list(tmp_path.glob("never*")) == [] and list(tmp_path.glob(".never*")) == []


def test_unknown_article_is_reported_not_guessed(workspace, exported, tmp_path):
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    for record in lines:
        record["article"] = {"iri": "https://elsewhere.example/story", "source": "x/y.txt"}
    path = tmp_path / "elsewhere.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    fresh = Workspace.open(tmp_path / "fresh.db")
    try:
        report = import_annotations(fresh, path, actor="dana")
        assert report.imported == 0 and report.skipped == 5
        assert "no article 'https://elsewhere.example/story'" in report.unanchored[0]["reason"]
    finally:
        fresh.close()


def test_filters_select_what_is_exported(workspace, tmp_path):
    annotate(workspace)
    out = tmp_path / "bob.jsonl"
    export_annotations(workspace, "jsonl", out, Selection(annotators=["bob"]))
    assert [json.loads(x)["annotator"] for x in out.read_text().splitlines()] == ["bob"]
    export_annotations(workspace, "jsonl", out, Selection(articles=["3"], kinds=["claim"]))
    assert len(out.read_text().splitlines()) == 1
    export_annotations(workspace, "jsonl", out, Selection(states=["in_review", "unstarted"]))
    assert {json.loads(x)["status"] for x in out.read_text().splitlines()} == {"in_review", "unstarted"}
    with pytest.raises(ExchangeError, match="no article 'nowhere'"):
        export_annotations(workspace, "jsonl", out, Selection(articles=["nowhere"]))
