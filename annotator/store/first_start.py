"""Creating a new database in one step, so a first start cut short leaves nothing.

The new file is built under a hidden temporary name beside the final one
(schema and the sample articles), closed, and only then given its real name.
A kill before that leaves no database at all, so the next start simply begins
again; it never leaves a file that opens as an empty database for ever.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from annotator.store.backup import fsync_file, process_alive
from annotator.store.database import open_database

_BUILDING_RE = re.compile(r"\.(?P<pid>\d+)\.new(?:-journal|-wal|-shm)?$")


def first_start(path: Path, fill: Callable[[sqlite_utils.Database], object]) -> bool:
    """Create the database at ``path`` with what ``fill`` writes, unless it exists by then;
    whether this call created it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(path)
    building = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        db = open_database(building)
        try:
            fill(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()  # the last connection: SQLite folds the WAL into the file
        fsync_file(building)
        return _put_in_place(building, path)
    finally:
        for leftover in _companions(building):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _put_in_place(building: Path, path: Path) -> bool:
    """Give the new file its name; another process's first start may have won meanwhile."""
    if path.exists() and path.stat().st_size == 0:
        os.replace(building, path)  # an empty file is no database: take its place
        return True
    try:
        os.link(building, path)  # fails if the name is taken, never overwrites
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links
        if path.exists():
            return False
        os.replace(building, path)
    return True


def _companions(building: Path) -> list[Path]:
    return [Path(f"{building}{suffix}") for suffix in ("", "-journal", "-wal", "-shm")]


def _remove_leftovers(path: Path) -> None:
    """Files of first starts that were killed (their process is gone)."""
    for stale in path.parent.glob(f".{path.name}.*.new*"):
        match = _BUILDING_RE.search(stale.name)
        if match and int(match["pid"]) != os.getpid() and not process_alive(int(match["pid"])):
            with contextlib.suppress(OSError):
                stale.unlink()
