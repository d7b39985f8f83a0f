"""The one object the app and the command line work through.

A workspace is an open database with its services: articles, annotations,
history (undo, redo, audit), and the import of article files. Neither the GUI
nor the command line writes SQL. It sits above the core and ``ingest`` (which
itself builds on the core's types), so it can hand out both without a cycle.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

import sqlite_utils

from annotator.core import history
from annotator.core.annotations import Annotations
from annotator.core.articles import Articles
from annotator.core.flags import Flags
from annotator.core.pubdate import PubDate
from annotator.core.suggestions import Suggestions
from annotator.ingest.importer import import_paths
from annotator.paths import default_db_path, seeds_dir
from annotator.store import StoreError, open_database
from annotator.store.database import refuse_if_damaged
from annotator.store.errors import explain
from annotator.store.first_start import first_start
from annotator.store.settings import get_setting


def _import_samples(db: sqlite_utils.Database):
    return import_paths(db, [seeds_dir()], source_base=(seeds_dir(), "seeds"))


class Workspace:
    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.articles = Articles(db)
        self.annotations = Annotations(db)
        self.flags = Flags(db)
        self.suggestions = Suggestions(db)

    @classmethod
    def open(cls, path: str | Path | None = None, *, seed: bool = True, check: bool = False) -> Workspace:
        """Open the database at ``path`` (default: the user's); a new one gets the samples.

        ``check`` runs SQLite's quick check first and refuses a damaged file
        (:class:`DatabaseCorruptError`), for callers about to write in bulk.
        """
        if path is not None and not str(path).strip():
            raise StoreError("the database path is empty: give a file name, or leave --db out")
        path = Path(path) if path is not None else default_db_path()
        created = False
        if seed and (not path.exists() or path.stat().st_size == 0):
            created = first_start(path, _import_samples)
        workspace = cls(open_database(path, backup_today=not created), path)
        if check:
            try:
                refuse_if_damaged(workspace.db, path)
            except StoreError:
                workspace.close()
                raise
        return workspace

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        published: PubDate | None = None,
        max_bytes: int | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ):
        """Import article files and folders; see :func:`annotator.ingest.importer.import_paths`."""
        refuse_if_damaged(self.db, self.path)
        limit = max_bytes or int(get_setting(self.db, "import.max_mb") * 1024 * 1024)
        try:
            return import_paths(
                self.db,
                paths,
                published=published,
                max_bytes=limit,
                progress=progress,
                cancelled=cancelled,
            )
        except sqlite3.DatabaseError as exc:  # the database's fault, said as such
            raise explain(exc, self.path) from exc

    def import_sample_corpus(self):
        """Import the bundled sample articles (recorded with sources ``seeds/NAME``)."""
        return _import_samples(self.db)

    def undo(self, actor: str) -> dict | None:
        return history.undo(self.db, actor)

    def redo(self, actor: str) -> dict | None:
        return history.redo(self.db, actor)

    def undo_redo_labels(self, actor: str) -> tuple[str | None, str | None]:
        return history.next_labels(self.db, actor)

    def history(self, table: str, row_id: int) -> list[dict]:
        return history.row_history(self.db, table, row_id)
