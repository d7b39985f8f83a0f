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
