"""Backups of the database: before every migration, once a day on open, and restore.

Weeks of annotation live in one SQLite file, so copies are taken with SQLite's
online backup API (consistent even while another process writes) into a
``backups/`` folder beside the database, named ``<dbname>-YYYYMMDD-HHMMSS.db``.
A copy is first written under a hidden temporary name and renamed into place,
so a crash mid-copy never leaves a half backup that looks whole. Only the
newest ``backup.keep`` copies are kept; a damaged database is never copied
(its daily check fails first), so it cannot push the good copies out.

Plain functions here are what the command line (``annotator doctor``) and the
app's "database damaged" dialog call: :func:`latest_backup`,
:func:`list_backups`, :func:`check_database`, :func:`restore_backup`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from annotator.store import schema
from annotator.store.errors import RESTORE_HINT, DatabaseCorruptError, StoreError
from annotator.store.settings import get_setting

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 7
_STAMP = "%Y%m%d-%H%M%S"
_PARTIAL_RE = re.compile(r"\.(?P<pid>\d+)\.partial(?:-journal|-wal|-shm)?$")
_SUFFIX_RE = re.compile(r"^(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file and when it was taken (from its name)."""

    path: Path
    taken: datetime
    size: int


@dataclass(slots=True)
class Health:
    """What ``annotator doctor`` found in a database file."""

    path: Path
    exists: bool
    integrity: list[str] = field(default_factory=list)  # ["ok"] when sound
    foreign_key_problems: list[str] = field(default_factory=list)
    schema_version: int | None = None
    supported_version: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return (
            self.exists
            and self.error is None
            and self.integrity == ["ok"]
            and not self.foreign_key_problems
            and self.schema_version is not None
            and self.schema_version <= self.supported_version
        )

    def as_dict(self) -> dict:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "exists": self.exists,
            "integrity": self.integrity,
            "foreign_key_problems": self.foreign_key_problems,
            "schema_version": self.schema_version,
            "supported_version": self.supported_version,
            "error": self.error,
        }


def backups_dir(db_path: str | Path) -> Path:
    """The folder that holds the backups of ``db_path``."""
    return Path(db_path).absolute().parent / BACKUP_DIR_NAME


def list_backups(db_path: str | Path) -> list[Backup]:
    """Backups of this database, newest first."""
    folder = backups_dir(db_path)
    prefix = Path(db_path).stem + "-"
    found: list[tuple[datetime, int, Backup]] = []
    if not folder.is_dir():
        return []
    for entry in folder.iterdir():
        if not entry.name.startswith(prefix):
            continue
        match = _SUFFIX_RE.match(entry.name[len(prefix) :])
        if not match:
            continue
        try:
            taken = datetime.strptime(match["stamp"], _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((taken, int(match["n"] or 1), Backup(entry, taken, size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _, _, backup in found]


def latest_backup(db_path: str | Path) -> Path | None:
    """The newest backup of this database, or None when there is none."""
    backups = list_backups(db_path)
    return backups[0].path if backups else None


def _new_backup_path(db_path: Path, when: datetime) -> Path:
    folder = backups_dir(db_path)
    base = f"{db_path.stem}-{when.strftime(_STAMP)}"
    # Within one second, numbers go up past any copy still there (even if older
    # ones were rotated away), so name order stays the order of taking.
    numbered = re.compile(re.escape(base) + r"(?:-(\d+))?\.db")
    numbers = [
        int(match[1] or 1)
        for path in (folder.glob(f"{base}*.db") if folder.is_dir() else [])
        if (match := numbered.fullmatch(path.name))
    ]
    if not numbers:
        return folder / f"{base}.db"
    return folder / f"{base}-{max(numbers) + 1}.db"


def fsync_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keep_setting(conn: sqlite3.Connection) -> int:
    try:
        return int(get_setting(sqlite_utils.Database(conn), "backup.keep"))
    except (sqlite3.Error, ValueError, TypeError):
        return DEFAULT_KEEP


def _connection(db: object) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn  # type: ignore[attr-defined]


def database_file(db: object) -> Path | None:
    """The file behind an open connection (None for an in-memory database)."""
    for row in _connection(db).execute("PRAGMA database_list"):
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def make_backup(db: object, db_path: str | Path | None = None, *, keep: int | None = None) -> Path:
    """Copy the open database into its backups folder, then rotate; returns the copy.

    ``db`` is a sqlite-utils Database or a sqlite3 connection. Raises StoreError
    when the copy cannot be written (a full disk must not pass unnoticed).
    """
    conn = _connection(db)
    path = Path(db_path) if db_path else database_file(conn)
    if path is None:
        raise StoreError("an in-memory database has no backups")
    target_path = _new_backup_path(path, datetime.now())
    partial = target_path.with_name(f".{target_path.name}.{os.getpid()}.partial")
    try:
        target_path.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(partial))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        fsync_file(partial)
        os.replace(partial, target_path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"could not back up {path} to {target_path.parent}: {exc}") from exc
    rotate(path, _keep_setting(conn) if keep is None else keep)
    return target_path


def rotate(db_path: str | Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the ``keep`` newest backups (never the last one); returns the deleted."""
    removed = []
    for backup in list_backups(db_path)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    # A copy killed midway leaves ".NAME.PID.partial" and perhaps its "-journal".
    for stale in backups_dir(db_path).glob(f".{Path(db_path).stem}-*.partial*"):
        match = _PARTIAL_RE.search(stale.name)
        if match is None:
            continue
        pid = int(match["pid"])
        if pid != os.getpid() and not process_alive(pid):
            with contextlib.suppress(OSError):
                stale.unlink()
    return removed


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def has_backup_from(db_path: str | Path, day: datetime | None = None) -> bool:
    """Whether a backup was taken on the given calendar day (default: today)."""
    stamp = (day or datetime.now()).strftime("%Y%m%d")
    folder = backups_dir(db_path)
    return folder.is_dir() and any(folder.glob(f"{Path(db_path).stem}-{stamp}-*.db"))


def daily_backup(db: object, db_path: str | Path | None = None) -> Path | None:
    """Take today's backup unless there is one; refuses to copy a damaged database.

    The check is one folder listing, so it costs nothing on most opens; on the
    first open of the day the file is also checked (``PRAGMA quick_check``).
    """
    conn = _connection(db)
    path = Path(db_path) if db_path else database_file(conn)
    if path is None or has_backup_from(path):
        return None
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
    if problems != ["ok"]:
        raise DatabaseCorruptError(
            f"{path}: the database is damaged ({'; '.join(problems[:3])}); {RESTORE_HINT}"
        )
    return make_backup(conn, path)


def backup_before_migration(db: object, from_version: int) -> None:
    """Run by :func:`annotator.store.database.open_database` before migrating: no migration unsaved."""
    if database_file(db) is not None:
        make_backup(db)


def check_database(db_path: str | Path) -> Health:
    """Integrity, foreign keys and schema version of a database file, without changing it."""
    path = Path(db_path)
    health = Health(path, path.is_file(), supported_version=schema.SCHEMA_VERSION)
    if not health.exists:
        health.error = "no such file"
        return health
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        health.error = f"cannot open: {exc}"
        return health
    try:
        health.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        health.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(50)")]
        health.foreign_key_problems = [
            f"{row[0]} row {row[1]} refers to a missing {row[2]} row"
            for row in conn.execute("PRAGMA foreign_key_check")
        ]
    except sqlite3.Error as exc:
        health.error = f"the database is damaged ({exc})"
    finally:
        conn.close()
    return health


@dataclass(frozen=True, slots=True)
class Restored:
    """What :func:`restore_backup` did: which copy came back, where the old file went."""

    backup: Path
    set_aside: list[Path]


def resolve_backup(db_path: str | Path, which: str | Path = "latest") -> Path:
    """``latest``, a backup's file name in the backups folder, or a path to a copy."""
    if str(which) == "latest":
        latest = latest_backup(db_path)
        if latest is None:
            raise StoreError(f"there are no backups of {db_path} in {backups_dir(db_path)}")
        return latest
    candidate = Path(which)
    if candidate.is_file():
        return candidate
    in_folder = backups_dir(db_path) / candidate.name
    if in_folder.is_file():
        return in_folder
    raise StoreError(f"no backup {which} (looked in {backups_dir(db_path)})")


def restore_backup(db_path: str | Path, which: str | Path = "latest") -> Restored:
    """Put a backup in place of the database; the current file is renamed aside first.

    The current file (even a damaged one) and its ``-wal``/``-shm`` companions are
    kept as ``<dbname>.replaced-YYYYMMDD-HHMMSS.db`` beside it, never deleted.
    The backup is checked before anything is moved. Close every connection to
    the database (the app's workspace too) before calling this.
    """
    path = Path(db_path)
    source = resolve_backup(path, which)
    health = check_database(source)
    if not health.ok:
        reason = health.error or "; ".join(health.integrity + health.foreign_key_problems)
        if health.schema_version and health.schema_version > health.supported_version:
            reason = f"schema {health.schema_version} is newer than this version reads"
        raise StoreError(f"the backup {source} is not usable: {reason}")
    stamp = datetime.now().strftime(_STAMP)
    aside_base = path.with_name(f"{path.stem}.replaced-{stamp}{path.suffix or '.db'}")
    set_aside: list[Path] = []
    incoming = path.with_name(f".{path.name}.restoring")
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(str(incoming))
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            src.close()
        fsync_file(incoming)
        for companion in ("", "-wal", "-shm", "-journal"):
            current = Path(f"{path}{companion}")
            if current.exists():
                aside = Path(f"{aside_base}{companion}")
                os.replace(current, aside)
                set_aside.append(aside)
        os.replace(incoming, path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            incoming.unlink()
        raise StoreError(f"could not restore {source} to {path}: {exc}") from exc
    return Restored(source, set_aside)
