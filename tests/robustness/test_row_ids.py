"""Row ids are never reused, so undo and redo work while someone else writes.

Undo deletes a row and redo puts it back under the same id; if another person's
new row took that id meanwhile, redo would be refused ("was changed since").
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from annotator.store import open_database, schema
from annotator.workspace import Workspace


@pytest.fixture
def people(db_path):
    """Alice and Bob with the same database open, as two windows or two machines."""
    alice = Workspace.open(db_path)
    bob = Workspace.open(db_path, seed=False)
    yield alice, bob
    alice.close()
    bob.close()


def test_redo_after_another_person_created_a_row(people):
    alice, bob = people
    mine = alice.annotations.create(1, "claim", 0, 10, annotator="alice")
    assert alice.undo("alice") is not None  # the row is gone
    theirs = bob.annotations.create(1, "claim", 20, 30, annotator="bob")
    assert theirs["id"] != mine["id"]
    assert alice.redo("alice") is not None
    assert alice.annotations.get(mine["id"])["uid"] == mine["uid"]
    assert bob.annotations.get(theirs["id"])["uid"] == theirs["uid"]


def test_undo_of_a_delete_after_another_person_created_a_row(people):
    alice, bob = people
    mine = alice.annotations.create(1, "claim", 0, 10, annotator="alice")
    alice.annotations.delete(mine["id"], actor="alice")
    bob.annotations.create(1, "speaker", 20, 30, annotator="bob")
    alice.undo("alice")  # brings the deleted annotation back under its id
    assert alice.annotations.get(mine["id"])["uid"] == mine["uid"]


def test_link_ids_are_not_reused_either(people):
    alice, bob = people
    claim = alice.annotations.create(1, "claim", 0, 10, annotator="alice")
    speaker = alice.annotations.create(1, "speaker", 12, 18, annotator="alice")
    link = alice.annotations.link(claim["id"], speaker["id"], "speaker", actor="alice")
    alice.undo("alice")
    other = bob.annotations.create(1, "speaker", 20, 30, annotator="bob")
    bob_link = bob.annotations.link(claim["id"], other["id"], "speaker", actor="bob")
    assert bob_link != link


def test_an_existing_database_keeps_its_data_and_history(db_path):
    """A file of the schema before ids were kept unique is migrated in place."""
    conn = sqlite3.connect(db_path)
    old = sqlite_utils.Database(conn)
    schema.MIGRATIONS[0](old)
    old.execute("PRAGMA user_version = 1")
    old["articles"].insert({"id": 1, "iri": "urn:a", "text": "Some text here.", "content_hash": "h"})
    old["annotations"].insert_all(
        [
            {
                "id": n,
                "uid": f"u{n}",
                "article_id": 1,
                "kind": "claim",
                "start": 0,
                "end": 4,
                "quote": "Some",
                "annotator": "alice",
            }
            for n in (1, 2)
        ]
    )
    # Annotation 3 was deleted (its deletion is in the history): its id stays taken.
    old["ops"].insert({"id": 1, "actor": "alice", "label": "Delete"})
    old["changes"].insert(
        {"op_id": 1, "tbl": "annotations", "row_id": 3, "before": '{"id": 3}', "after": None}
    )
    conn.commit()
    conn.close()

    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert [r["uid"] for r in db.query("select uid from annotations order by id")] == ["u1", "u2"]
        assert list(db.query("select * from articles_fts where articles_fts match 'text'"))
        new_id = (
            db["annotations"]
            .insert(
                {
                    "uid": "u-new",
                    "article_id": 1,
                    "kind": "claim",
                    "start": 5,
                    "end": 9,
                    "quote": "text",
                    "annotator": "bob",
                }
            )
            .last_pk
        )
        assert new_id == 4
        assert list(db.query("select rowid from annotations_fts where annotations_fts match 'text'"))
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()
