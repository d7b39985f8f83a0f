"""Every change as a recorded operation: the audit trail and undo/redo in one.

A user action is one *operation* (a row of ``ops``) made of row *changes*
(``changes``: table, row id, the row before and after, as JSON). Undo applies
the befores of the actor's latest done operation; redo re-applies the afters of
the earliest undone one; a new operation drops what could have been redone.
Because all of it lives in the database, undo works after switching articles
and after reopening the app, and the audit trail shows who changed what, when.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlite_utils

from annotator.core.clock import now_iso
from annotator.store import ConflictError, transaction


def inserted_id(table: sqlite_utils.db.Table) -> int:
    """The id of the row ``table`` just inserted (every table here has an integer id)."""
    if table.last_pk is None:
        raise ConflictError(f"no row id after an insert into {table.name}")
    return int(table.last_pk)


@dataclass(slots=True)
class Operation:
    """An operation being recorded; pass it to the row helpers below."""

    db: sqlite_utils.Database
    id: int
    actor: str
    label: str

    def insert(self, table: str, row: dict) -> int:
        """Insert ``row`` and record it; returns the new row id."""
        row_id = inserted_id(self.db.table(table).insert(row))
        self._record(table, row_id, None, self._fetch(table, row_id))
        return row_id

    def update(self, table: str, row_id: int, changes: dict) -> dict:
        """Update the row and record before and after; returns the new row."""
        before = self._fetch(table, row_id)
        if before is None:
            raise ConflictError(f"{table} {row_id} no longer exists")
        self.db.table(table).update(row_id, changes)
        after = self._fetch(table, row_id)
        if after is None:
            raise ConflictError(f"{table} {row_id} was deleted while being updated")
        if after != before:
            self._record(table, row_id, before, after)
        return after

    def delete(self, table: str, row_id: int) -> dict | None:
        """Delete the row and record what it held."""
        before = self._fetch(table, row_id)
        if before is None:
            return None
        self.db.table(table).delete(row_id)
        self._record(table, row_id, before, None)
        return before

    def _fetch(self, table: str, row_id: int) -> dict | None:
        rows = list(self.db.query(f"select * from [{table}] where id = ?", [row_id]))
        return rows[0] if rows else None

    def _record(self, table: str, row_id: int, before: dict | None, after: dict | None) -> None:
        self.db.table("changes").insert(
            {
                "op_id": self.id,
                "tbl": table,
                "row_id": row_id,
                "before": None if before is None else json.dumps(before, ensure_ascii=False),
                "after": None if after is None else json.dumps(after, ensure_ascii=False),
            }
        )


@contextmanager
def operation(db: sqlite_utils.Database, actor: str, label: str) -> Iterator[Operation]:
    """Record one user action, atomically: all its changes are stored, or none."""
    with transaction(db):
        db.execute("update ops set state = 'dropped' where actor = ? and state = 'undone'", [actor])
        op_id = inserted_id(db.table("ops").insert({"actor": actor, "label": label, "at": now_iso()}))
        op = Operation(db, op_id, actor, label)
        yield op
        if db.execute("select count(*) from changes where op_id = ?", [op_id]).fetchone()[0] == 0:
            db.table("ops").delete(op_id)


def _changes(db: sqlite_utils.Database, op_id: int) -> list[dict]:
    return list(db.query("select * from changes where op_id = ? order by id", [op_id]))


def _current(db: sqlite_utils.Database, table: str, row_id: int) -> dict | None:
    rows = list(db.query(f"select * from [{table}] where id = ?", [row_id]))
    return rows[0] if rows else None


def _restore(db: sqlite_utils.Database, change: dict, target: str, expect: str) -> None:
    """Bring one row from the ``expect`` side of a change to its ``target`` side."""
    table, row_id = change["tbl"], change["row_id"]
    wanted = None if change[target] is None else json.loads(change[target])
    expected = None if change[expect] is None else json.loads(change[expect])
    current = _current(db, table, row_id)
    if current != expected:
        raise ConflictError(
            f"{table} {row_id} was changed since (perhaps in another window); "
            "reload before undoing or redoing"
        )
    if wanted is None:
        db.table(table).delete(row_id)
    elif current is None:
        db.table(table).insert(wanted)
    else:
        db.table(table).update(row_id, wanted)


def _step(db: sqlite_utils.Database, actor: str, undo: bool) -> dict | None:
    state, order = ("done", "desc") if undo else ("undone", "asc")
    with transaction(db):
        rows = list(
            db.query(
                f"select * from ops where actor = ? and state = ? order by id {order} limit 1",
                [actor, state],
            )
        )
        if not rows:
            return None
        op = rows[0]
        changes = _changes(db, op["id"])
        if undo:
            for change in reversed(changes):
                _restore(db, change, target="before", expect="after")
        else:
            for change in changes:
                _restore(db, change, target="after", expect="before")
        db.table("ops").update(
            op["id"],
            {"state": "undone" if undo else "done", "undone_at": now_iso() if undo else None},
        )
        op["changes"] = changes
        return op


def undo(db: sqlite_utils.Database, actor: str) -> dict | None:
    """Undo the actor's latest operation; returns it (with its changes) or None."""
    return _step(db, actor, undo=True)


def redo(db: sqlite_utils.Database, actor: str) -> dict | None:
    """Redo the actor's most recently undone operation; returns it or None."""
    return _step(db, actor, undo=False)


def next_labels(db: sqlite_utils.Database, actor: str) -> tuple[str | None, str | None]:
    """Labels of what undo and redo would do now, for menus."""
    undo_row = db.execute(
        "select label from ops where actor = ? and state = 'done' order by id desc limit 1",
        [actor],
    ).fetchone()
    redo_row = db.execute(
        "select label from ops where actor = ? and state = 'undone' order by id asc limit 1",
        [actor],
    ).fetchone()
    return (undo_row[0] if undo_row else None, redo_row[0] if redo_row else None)


def row_history(db: sqlite_utils.Database, table: str, row_id: int) -> list[dict]:
    """Who changed the row, what, and when, oldest first (undone changes marked)."""
    rows = db.query(
        """select changes.before, changes.after, ops.actor, ops.label, ops.at,
                  ops.state, ops.undone_at
           from changes join ops on ops.id = changes.op_id
           where changes.tbl = ? and changes.row_id = ? order by changes.id""",
        [table, row_id],
    )
    history = []
    for row in rows:
        before = json.loads(row["before"]) if row["before"] else None
        after = json.loads(row["after"]) if row["after"] else None
        fields = sorted(
            key
            for key in set(before or {}) | set(after or {})
            if (before or {}).get(key) != (after or {}).get(key) and key != "modified"
        )
        history.append(
            {
                "actor": row["actor"],
                "label": row["label"],
                "at": row["at"],
                "state": row["state"],
                "undone_at": row["undone_at"],
                "fields": fields,
                "before": before,
                "after": after,
            }
        )
    return history


def op_article_ids(db: sqlite_utils.Database, op_id: int | None) -> set[int]:
    """The articles one operation touched (its annotation, review and article rows), so a
    window can refresh just those after a bulk change such as an annotation import."""
    if op_id is None:
        return set()
    rows = db.execute(
        """select distinct coalesce(json_extract(coalesce(after, before), '$.article_id'),
                                    case when tbl = 'articles' then row_id end)
           from changes where op_id = ? and tbl in ('annotations', 'reviews', 'articles')""",
        [op_id],
    ).fetchall()
    return {int(row[0]) for row in rows if row[0] is not None}
