"""The store: schema, migrations, refusal of newer files, transactions, round trips."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.store import SchemaTooNewError, open_database, schema, transaction
from annotator.store.database import schema_version
from annotator.workspace import Workspace


def test_new_database_has_current_schema_in_wal_mode(db_path):
    db = open_database(db_path)
    assert schema_version(db) == schema.SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for table in ("articles", "annotations", "links", "flags", "reviews", "ops", "changes"):
        assert db[table].exists(), table
    assert db["articles_fts"].exists() and db["annotations_fts"].exists()
    db.close()


def test_newer_database_is_refused_with_a_clear_message(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer version of annotator"):
        open_database(db_path)


def test_older_database_is_migrated_and_keeps_its_data(db_path, monkeypatch):
    with Workspace.open(db_path) as ws:
        before = ws.articles.listing()

    def add_reading_time(db):
        db["articles"].add_column("reading_minutes", int)

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_reading_time])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    db = open_database(db_path)
    assert schema_version(db) == schema.SCHEMA_VERSION
    assert "reading_minutes" in db["articles"].columns_dict
    assert [row["title"] for row in db.query("select title from articles order by id")] == [
        row["title"] for row in before
    ]
    db.close()


def test_a_failed_migration_leaves_the_old_schema(db_path, monkeypatch):
    open_database(db_path).close()

    def broken(db):
        db["articles"].add_column("half_done", str)
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(Exception, match="migration to schema"):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    assert "half_done" not in columns
    conn.close()


def test_transaction_rolls_back_everything_on_error(empty_workspace):
    db = empty_workspace.db
    with pytest.raises(RuntimeError), transaction(db):
        db["meta"].insert({"key": "a", "value": "1"})
        with transaction(db):
            db["meta"].insert({"key": "b", "value": "2"})
        raise RuntimeError("stop")
    assert db.execute("select count(*) from meta").fetchone()[0] == 0


def test_annotation_round_trip_keeps_every_field(workspace, db_path):
    ann = workspace.annotations.create(
        2,
        "claim",
        10,
        40,
        annotator="maria",
        status="in_review",
        verdict="misleading",
        verdict_label="Needs context",
        note="Compare with the Bloomberg interview",
        evidence=["https://example.org/a", "https://example.org/b"],
        attrs={"claim_date": "2025-04-15"},
    )
    workspace.close()
    with Workspace.open(db_path) as again:
        stored = again.annotations.get(ann["id"])
        text = again.articles.get(2)["text"]
    assert stored == ann
    assert stored["quote"] == text[10:40]
    assert stored["evidence"] == ["https://example.org/a", "https://example.org/b"]
    assert stored["attrs"] == {"claim_date": "2025-04-15"}
    assert stored["created"].endswith("Z") and stored["uid"]


def test_article_iri_is_url_or_text_hash(empty_workspace, tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"text": "One text.", "url": "https://news.example/one"}\n{"text": "Two text."}\n',
        encoding="utf-8",
    )
    empty_workspace.import_paths([tmp_path / "a.jsonl"])
    first, second = empty_workspace.articles.listing()
    assert first["iri"] == "https://news.example/one"
    assert second["iri"] == "urn:sha256:" + empty_workspace.articles.get(second["id"])["content_hash"]
    assert empty_workspace.articles.find(second["iri"])["id"] == second["id"]


def test_full_text_search_covers_articles_and_annotation_notes(workspace):
    assert set(workspace.articles.ids(search="Budapest")) == {5}
    assert workspace.articles.ids(search="zzzunfindable") == []
    workspace.annotations.create(1, "claim", 0, 7, annotator="a", note="checkmeplease")
    assert workspace.articles.ids(search="checkmeplease") == [1]
    # characters that mean something to FTS5 are taken as plain words
    assert workspace.articles.ids(search='NATO" OR (') != []
