"""Errors of the store, told apart so callers can explain them to a person."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database that the user can act on."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer version of the app."""


class DatabaseCorruptError(StoreError):
    """The file is not a database, or SQLite reports it damaged."""


class ConflictError(StoreError):
    """Someone else changed the row since it was read (another window or process)."""


class DiskFullError(StoreError):
    """The disk (or the file system's quota) is full: the database itself is fine."""


class ReadOnlyError(StoreError):
    """The database file or its folder may not be written."""


# SQLite's primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3,
    5,
    6,
    8,
    10,
    11,
    13,
    14,
    26,
)

RESTORE_HINT = "run `annotator doctor --restore latest` to go back to the latest backup"


def explain(exc: Exception, where: object) -> StoreError:
    """What an error from SQLite means for the person: full, read-only, busy or damaged.

    Only damage (or an unknown failure) sends them to the backups; a full disk or
    a read-only file is said as such, since restoring would not help.
    """
    if isinstance(exc, StoreError):
        return exc
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _FULL:
        return DiskFullError(
            f"{where}: the disk is full ({exc}); nothing was saved from this "
            "change. Free some space and try again"
        )
    if code in (_READONLY, _PERM):
        return ReadOnlyError(
            f"{where} is read-only ({exc}): annotator may not write to it. "
            "Check the file's and its folder's permissions"
        )
    if code in (_BUSY, _LOCKED):
        return StoreError(f"{where} is busy: another program holds it ({exc})")
    if code == _CANTOPEN:
        return StoreError(
            f"{where} cannot be opened ({exc}): check that its folder exists and may be written"
        )
    if code == _IOERR:
        return StoreError(
            f"{where}: the disk could not be read or written ({exc}); "
            "check the disk, then run `annotator doctor`"
        )
    return DatabaseCorruptError(f"{where}: the database is damaged ({exc}); {RESTORE_HINT}")
