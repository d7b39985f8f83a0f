"""Undo, redo and the audit trail, through the core API on a real database."""

from __future__ import annotations

import pytest

from annotator.store import ConflictError
from annotator.workspace import Workspace


def test_undo_and_redo_every_kind_of_edit(workspace):
    ws = workspace
    claim = ws.annotations.create(5, "claim", 0, 20, annotator="ana")
    speaker = ws.annotations.create(5, "speaker", 25, 36, annotator="ana")
    ws.annotations.link(claim["id"], speaker["id"], "speaker", actor="ana")
    ws.annotations.update(claim["id"], {"verdict": "false"}, actor="ana")

    assert ws.undo("ana")["label"] == "Edit verdict"
    assert ws.annotations.get(claim["id"])["verdict"] is None
    assert ws.undo("ana")["label"] == "Set speaker"
    assert ws.annotations.linked(claim["id"], "speaker") is None
    assert ws.redo("ana")["label"] == "Set speaker"
    assert ws.annotations.linked(claim["id"], "speaker")["id"] == speaker["id"]
    assert ws.redo("ana")["label"] == "Edit verdict"
    assert ws.annotations.get(claim["id"])["verdict"] == "false"
    assert ws.redo("ana") is None


def test_delete_is_undone_with_its_links(workspace):
    ws = workspace
    claim = ws.annotations.create(5, "claim", 0, 20, annotator="ana")
    date = ws.annotations.create(5, "date", 40, 47, annotator="ana", date_value="2024-12-03")
    ws.annotations.link(claim["id"], date["id"], "date", actor="ana")
    ws.annotations.delete(date["id"], actor="ana")
    assert ws.annotations.get(date["id"]) is None
    assert ws.annotations.links_of(claim["id"]) == []
    ws.undo("ana")
    assert ws.annotations.get(date["id"]) == date
    assert ws.annotations.linked(claim["id"], "date")["id"] == date["id"]


def test_undo_survives_reopening_and_switching_articles(db_path):
    with Workspace.open(db_path) as ws:
        first = ws.annotations.create(1, "claim", 0, 10, annotator="ana")
        second = ws.annotations.create(3, "event", 0, 10, annotator="ana")
    with Workspace.open(db_path) as ws:
        ws.undo("ana")
        assert ws.annotations.get(second["id"]) is None
        ws.undo("ana")
        assert ws.annotations.get(first["id"]) is None
        assert ws.undo_redo_labels("ana")[1].startswith("Tag claim")


def test_a_new_edit_drops_what_could_be_redone(workspace):
    ws = workspace
    ann = ws.annotations.create(1, "claim", 0, 10, annotator="ana")
    ws.annotations.update(ann["id"], {"note": "one"}, actor="ana")
    ws.undo("ana")
    ws.annotations.update(ann["id"], {"note": "two"}, actor="ana")
    assert ws.redo("ana") is None
    assert ws.annotations.get(ann["id"])["note"] == "two"


def test_undo_is_per_annotator(workspace):
    ws = workspace
    mine = ws.annotations.create(1, "claim", 0, 10, annotator="ana")
    theirs = ws.annotations.create(1, "claim", 20, 30, annotator="ben")
    ws.undo("ana")
    assert ws.annotations.get(mine["id"]) is None
    assert ws.annotations.get(theirs["id"]) is not None


def test_undo_refuses_to_overwrite_someone_elses_later_change(workspace):
    ws = workspace
    ann = ws.annotations.create(1, "claim", 0, 10, annotator="ana")
    ws.annotations.update(ann["id"], {"note": "ana's"}, actor="ana")
    ws.annotations.update(ann["id"], {"note": "ben's"}, actor="ben")
    with pytest.raises(ConflictError):
        ws.undo("ana")
    assert ws.annotations.get(ann["id"])["note"] == "ben's"


def test_stale_update_is_refused(workspace):
    ws = workspace
    ann = ws.annotations.create(1, "claim", 0, 10, annotator="ana")
    ws.annotations.update(ann["id"], {"note": "first"}, actor="ben")
    with pytest.raises(ConflictError):
        ws.annotations.update(ann["id"], {"note": "stale"}, actor="ana", expected_modified=ann["modified"])
    assert ws.annotations.get(ann["id"])["note"] == "first"


def test_history_shows_who_changed_what_and_when(workspace):
    ws = workspace
    ann = ws.annotations.create(1, "claim", 0, 10, annotator="ana")
    ws.annotations.update(ann["id"], {"verdict": "true", "note": "ok"}, actor="ben")
    entries = ws.history("annotations", ann["id"])
    assert [e["actor"] for e in entries] == ["ana", "ben"]
    assert entries[1]["fields"] == ["note", "verdict"]
    assert entries[1]["before"]["verdict"] is None and entries[1]["after"]["verdict"] == "true"
    ws.undo("ben")
    assert ws.history("annotations", ann["id"])[1]["state"] == "undone"


def test_metadata_and_publication_date_edits_are_undoable(workspace):
    from annotator.core.pubdate import parse_pubdate

    ws = workspace
    ws.articles.update(4, {"outlet": "Kyiv Post"}, actor="ana")
    ws.articles.set_published(4, parse_pubdate("2024-10", "user"), actor="ana")
    assert ws.articles.pubdate(4).precision == "month"
    ws.undo("ana")
    assert ws.articles.pubdate(4).value == "2024-10-03"
    ws.undo("ana")
    assert ws.articles.get(4)["outlet"] is None


def test_invalid_annotations_are_refused_and_store_nothing(workspace):
    from annotator.core.annotations import AnnotationError

    ws = workspace
    length = len(ws.articles.get(1)["text"])
    for bad in (
        dict(kind="claim", start=5, end=5),
        dict(kind="claim", start=-1, end=5),
        dict(kind="claim", start=0, end=length + 1),
        dict(kind="rumour", start=0, end=5),
    ):
        with pytest.raises(AnnotationError):
            ws.annotations.create(1, annotator="ana", **bad)
    with pytest.raises(AnnotationError):
        ws.annotations.create(1, "claim", 0, 5, annotator="ana", verdict="pants_on_fire")
    assert ws.db.execute("select count(*) from annotations").fetchone()[0] == 0
    assert ws.db.execute("select count(*) from ops").fetchone()[0] == 0
