"""Opening a database: pragmas, the backup before a migration, the migrations, the daily backup."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import sqlite_utils

from annotator.store import backup, schema
from annotator.store.errors import (
    RESTORE_HINT,
    DatabaseCorruptError,
    SchemaTooNewError,
    StoreError,
    explain,
)

BUSY_TIMEOUT_MS = 10_000


def open_database(
    path: str | Path, *, migrate_schema: bool = True, backup_today: bool = True
) -> sqlite_utils.Database:
    """Open (or create) the database at ``path``, brought to the current schema.

    ``backup_today=False`` skips the daily backup (a file just created has nothing
    to save yet).

    Raises :class:`SchemaTooNewError` for a database of a newer app version and
    :class:`DatabaseCorruptError` for a file that is not a usable database.
    """
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(
            f"{path}: not a usable annotator database ({exc}); {RESTORE_HINT}"
        ) from exc
    current = schema.SCHEMA_VERSION
    if version > current:
        conn.close()
        raise SchemaTooNewError(
            f"{path} was written by a newer version of annotator (schema {version}; "
            f"this version reads up to {current}). Update annotator to open it."
        )
    try:
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate_schema and version < current:
            schema.migrate(db, version, before=backup.backup_before_migration)
        if version > 0 and backup_today:
            _daily_backup(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise explain(exc, path) from exc
    except StoreError:
        conn.close()
        raise
    return db


def _daily_backup(db: sqlite_utils.Database) -> None:
    """Today's backup of an existing database; a failed copy is logged, not fatal."""
    try:
        backup.daily_backup(db)
    except DatabaseCorruptError:
        raise
    except StoreError as exc:
        logging.getLogger(__name__).warning("%s", exc)


def refuse_if_damaged(db: sqlite_utils.Database, path: object) -> None:
    """Raise :class:`DatabaseCorruptError` unless ``PRAGMA quick_check`` finds the file sound.

    Run before bulk writes: writing into damaged pages can spread the damage, and
    an import that reports success into a file that must be restored is lost work.
    """
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        raise explain(exc, path) from exc
    if problems != ["ok"]:
        raise DatabaseCorruptError(
            f"{path}: the database is damaged ({'; '.join(problems)}); nothing was written; {RESTORE_HINT}"
        )


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version stored in the file."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])
