"""Rebuilding a table with ``AUTOINCREMENT``, keeping its rows, indexes and triggers.

Undo deletes a row and redo puts it back under the same id. Without
``AUTOINCREMENT`` SQLite hands the highest free id to the next insert, so
another person's new row could take an id that someone's redo still needs.
SQLite cannot add the keyword to a table in place; this follows its documented
recipe (new table, copy, drop, rename) inside the caller's transaction, with
foreign keys off (see :func:`annotator.store.schema.migrate`).
"""

from __future__ import annotations

import re

import sqlite_utils

_PRIMARY_KEY = re.compile(r'"id" INTEGER PRIMARY KEY(?! AUTOINCREMENT)', re.IGNORECASE)


def add_autoincrement(db: sqlite_utils.Database, table: str) -> None:
    """Give ``table`` (with an integer ``id`` key) ids that are never handed out twice.

    Ids that the history still refers to (deleted rows an undo may bring back)
    count as taken, as do the ids in the table.
    """
    sql = db.execute("select sql from sqlite_master where type = 'table' and name = ?", [table]).fetchone()[0]
    if not _PRIMARY_KEY.search(sql):
        return
    extras = [
        row[0]
        for row in db.execute(
            "select sql from sqlite_master where tbl_name = ? and type in ('index', 'trigger') "
            "and sql is not null",
            [table],
        )
    ]
    temporary = f"_rebuild_{table}"
    created = _PRIMARY_KEY.sub('"id" INTEGER PRIMARY KEY AUTOINCREMENT', sql, count=1)
    created = created.replace(f'CREATE TABLE "{table}"', f'CREATE TABLE "{temporary}"', 1)
    db.execute(created)
    db.execute(f'insert into "{temporary}" select * from "{table}"')
    db.execute(f'drop table "{table}"')
    db.execute(f'alter table "{temporary}" rename to "{table}"')
    for statement in extras:
        db.execute(statement)
    highest = db.execute(
        f"""select max(coalesce((select max(id) from "{table}"), 0),
                       coalesce((select max(row_id) from changes where tbl = ?), 0))""",
        [table],
    ).fetchone()[0]
    db.execute("delete from sqlite_sequence where name = ?", [table])
    db.execute("insert into sqlite_sequence (name, seq) values (?, ?)", [table, highest])
