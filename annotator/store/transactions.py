"""Write transactions and bulk-write tuning, below both the schema and the database opener.

sqlite-utils 4 commits every write on its own. Changes that belong together
(an annotation and its history entry, one imported file) go through
:func:`transaction`, which opens ``BEGIN IMMEDIATE`` so that a second writer
waits on the busy timeout instead of failing halfway through.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Group writes: all of them are committed, or none.

    Nested use becomes a savepoint, so a service can call another service.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@contextlib.contextmanager
def large_cache(db: sqlite_utils.Database, kib: int = 128 * 1024) -> Iterator[None]:
    """A bigger page cache for the length of a bulk write.

    Inserting many thousands of rows touches unique and full-text index pages all
    over the file; with SQLite's default 2 MB cache most of them are read again
    and again.
    """
    before = db.execute("pragma cache_size").fetchone()[0]
    db.execute(f"pragma cache_size = -{kib}")
    try:
        yield
    finally:
        db.execute(f"pragma cache_size = {int(before)}")
