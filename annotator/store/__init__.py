"""SQLite storage through sqlite-utils: connection, schema, migrations, queries."""

from annotator.store.database import open_database
from annotator.store.errors import (
    ConflictError,
    DatabaseCorruptError,
    DiskFullError,
    ReadOnlyError,
    SchemaTooNewError,
    StoreError,
)
from annotator.store.transactions import transaction

__all__ = [
    "ConflictError",
    "DatabaseCorruptError",
    "DiskFullError",
    "ReadOnlyError",
    "SchemaTooNewError",
    "StoreError",
    "open_database",
    "transaction",
]
