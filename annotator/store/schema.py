"""The schema and its migrations, versioned by ``PRAGMA user_version``.

Each migration is a function that takes the database from version N-1 to N.
Tables are created through sqlite-utils so the file stays readable by other
SQLite tools (Datasette, the sqlite3 shell) as is.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from annotator.store.errors import StoreError
from annotator.store.rebuild import add_autoincrement
from annotator.store.transactions import transaction

Migration = Callable[[sqlite_utils.Database], None]

#: Called with the database and its current version before migrating it.
#: The backup module installs itself here so that no migration runs unsaved.
#: Called with the database and its old version before the first migration step.
BeforeMigration = Callable[[sqlite_utils.Database, int], None]


def _create_articles(db: sqlite_utils.Database) -> None:
    db.table("articles").create(
        {
            "id": int,
            "iri": str,
            "title": str,
            "outlet": str,
            "author": str,
            "url": str,
            "source": str,
            "published": str,
            "published_precision": str,
            "published_earliest": str,
            "published_latest": str,
            "published_provenance": str,
            "published_note": str,
            "status": str,
            "text": str,
            "content_hash": str,
            "imported_at": str,
            "modified": str,
            "meta": str,
        },
        pk="id",
        not_null={"text", "content_hash", "iri"},
        defaults={"status": "unstarted", "meta": "{}"},
    )
    db.table("articles").create_index(["content_hash"], unique=True)
    db.table("articles").create_index(["iri"])
    db.table("articles").create_index(["published"])
    db.table("articles").create_index(["title"])
    db.table("articles").enable_fts(["title", "text"], create_triggers=True)


def _create_annotations(db: sqlite_utils.Database) -> None:
    db.table("annotations").create(
        {
            "id": int,
            "uid": str,
            "article_id": int,
            "kind": str,
            "start": int,
            "end": int,
            "quote": str,
            "status": str,
            "verdict": str,
            "verdict_label": str,
            "date_value": str,
            "date_type": str,
            "note": str,
            "evidence": str,
            "attrs": str,
            "annotator": str,
            "origin": str,
            "created": str,
            "modified": str,
        },
        pk="id",
        not_null={"uid", "article_id", "kind", "start", "end", "quote", "annotator"},
        defaults={"evidence": "[]", "attrs": "{}", "origin": "manual"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("annotations").create_index(["uid"], unique=True)
    db.table("annotations").create_index(["article_id", "start"])
    db.table("annotations").create_index(["kind", "status"])
    db.table("annotations").create_index(["annotator"])
    db.table("annotations").enable_fts(["quote", "note"], create_triggers=True)
    db.table("links").create(
        {
            "id": int,
            "source_id": int,
            "target_id": int,
            "role": str,
            "annotator": str,
            "created": str,
        },
        pk="id",
        not_null={"source_id", "target_id", "role"},
        foreign_keys=[("source_id", "annotations", "id"), ("target_id", "annotations", "id")],
    )
    db.table("links").create_index(["source_id", "role", "target_id"], unique=True)
    db.table("links").create_index(["target_id"])


def _create_flags(db: sqlite_utils.Database) -> None:
    db.table("flags").create(
        {
            "id": int,
            "article_id": int,
            "rule": str,
            "severity": str,
            "start": int,
            "end": int,
            "quote": str,
            "message": str,
            "evidence": str,
            "fingerprint": str,
            "found_at": str,
        },
        pk="id",
        not_null={"article_id", "rule", "severity", "fingerprint"},
        defaults={"evidence": "[]"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("flags").create_index(["article_id", "fingerprint"], unique=True)
    db.table("flags").create_index(["rule", "severity"])
    db.table("reviews").create(
        {
            "id": int,
            "article_id": int,
            "fingerprint": str,
            "decision": str,
            "reason": str,
            "reviewer": str,
            "decided_at": str,
            "annotation_id": int,
        },
        pk="id",
        not_null={"article_id", "fingerprint", "decision"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("reviews").create_index(["article_id", "fingerprint"], unique=True)


def _create_support(db: sqlite_utils.Database) -> None:
    db.table("ops").create(
        {"id": int, "actor": str, "label": str, "at": str, "state": str, "undone_at": str},
        pk="id",
        defaults={"state": "done"},
    )
    db.table("ops").create_index(["actor", "state"])
    db.table("changes").create(
        {"id": int, "op_id": int, "tbl": str, "row_id": int, "before": str, "after": str},
        pk="id",
        foreign_keys=[("op_id", "ops", "id")],
    )
    db.table("changes").create_index(["op_id"])
    db.table("changes").create_index(["tbl", "row_id"])
    db.table("suggestions").create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "text": str,
            "type": str,
            "value": str,
            "mod": str,
            "state": str,
            "annotation_id": int,
        },
        pk="id",
        defaults={"state": "open"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("suggestions").create_index(["article_id", "start", "end"], unique=True)
    db.table("kb_facts").create(
        {"id": int, "kind": str, "data": str, "source": str, "author": str, "created": str},
        pk="id",
        not_null={"kind", "data"},
    )
    db.table("meta").create({"key": str, "value": str}, pk="key")


def _v1_initial(db: sqlite_utils.Database) -> None:
    """Articles, annotations and links, flags and reviews, history, suggestions, user facts."""
    _create_articles(db)
    _create_annotations(db)
    _create_flags(db)
    _create_support(db)


#: Tables whose rows undo and redo delete and bring back under the same id.
HISTORY_TABLES = ("articles", "annotations", "links", "reviews", "suggestions", "kb_facts")


def _v2_ids_never_reused(db: sqlite_utils.Database) -> None:
    """Ids of rows the history knows are never given to a new row (AUTOINCREMENT)."""
    for table in HISTORY_TABLES:
        add_autoincrement(db, table)


def _v3_flag_confidence(db: sqlite_utils.Database) -> None:
    """How sure each flag is, and the reading of the text it assumed; the checks write both
    on their next run (older flags count as sure until then)."""
    db.execute("alter table flags add column confidence text not null default 'high'")
    db.execute("alter table flags add column basis text not null default ''")


MIGRATIONS: list[Migration] = [_v1_initial, _v2_ids_never_reused, _v3_flag_confidence]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, from_version: int, before: BeforeMigration | None = None) -> None:
    """Apply every migration after ``from_version``, each in its own transaction.

    ``before`` runs first when there is data to change (``from_version > 0``): the caller
    passes the backup, so a migration never runs on a file that has no copy.

    Foreign keys are off meanwhile (SQLite only switches them outside a
    transaction), so that a migration can rebuild a table others refer to; each
    migration must leave them consistent, which is checked before its commit.
    """
    if from_version > 0 and before is not None:
        before(db, from_version)
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        for number in range(from_version + 1, SCHEMA_VERSION + 1):
            try:
                with transaction(db):
                    broken = db.execute("PRAGMA foreign_key_check").fetchall()
                    MIGRATIONS[number - 1](db)
                    if len(db.execute("PRAGMA foreign_key_check").fetchall()) > len(broken):
                        raise StoreError("it would leave rows pointing at missing rows")
                    db.execute(f"PRAGMA user_version = {number}")
            except Exception as exc:
                raise StoreError(f"migration to schema {number} failed: {exc}") from exc
    finally:
        db.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")
