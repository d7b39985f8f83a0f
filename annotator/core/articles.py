"""Articles: lookups for lists and readers, metadata edits, full-text search."""

from __future__ import annotations

import json
import re
from typing import Any

import sqlite_utils

from annotator.core.clock import now_iso
from annotator.core.history import operation
from annotator.core.pubdate import PubDate, pubdate_columns, pubdate_from_row
from annotator.core.suggestions import Suggestions

EDITABLE_FIELDS = {"title", "outlet", "author", "url", "status"}
SORT_COLUMNS = {
    "id": "articles.id",
    "title": "articles.title collate nocase",
    "outlet": "articles.outlet collate nocase",
    "published": "articles.published",
    "status": "articles.status",
    "claims": "claims",
    "open_flags": "open_flags",
}
LIST_COLUMNS = """articles.id, articles.title, articles.outlet, articles.author,
    articles.source, articles.url, articles.iri, articles.published,
    articles.published_precision, articles.published_provenance, articles.status,
    (select count(*) from annotations a where a.article_id = articles.id
        and a.kind = 'claim') as claims,
    (select count(*) from annotations a where a.article_id = articles.id) as annotations,
    (select count(*) from flags f where f.article_id = articles.id and not exists
        (select 1 from reviews r where r.article_id = f.article_id
         and r.fingerprint = f.fingerprint)) as open_flags"""

#: The range of SQLite's integers (and so of row ids).
SQLITE_MIN_INT, SQLITE_MAX_INT = -(2**63), 2**63 - 1


def article_iri(url: str | None, content_hash: str) -> str:
    """The stable IRI of an article: its URL when known, otherwise the hash of its text."""
    return url if url else f"urn:sha256:{content_hash}"


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word, as a prefix."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{word}"*' for word in words)


class Articles:
    """The articles of a workspace."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def count(self) -> int:
        return int(self.db.execute("select count(*) from articles").fetchone()[0])

    def get(self, article_id: int) -> dict | None:
        if not SQLITE_MIN_INT <= article_id <= SQLITE_MAX_INT:
            return None  # no such row, and SQLite could not even be asked
        rows = list(self.db.query("select * from articles where id = ?", [article_id]))
        if not rows:
            return None
        row = rows[0]
        row["meta"] = json.loads(row.get("meta") or "{}")
        return row

    def pubdate(self, article_id: int) -> PubDate | None:
        row = self.get(article_id)
        return pubdate_from_row(row) if row else None

    def ids(
        self,
        *,
        order_by: str = "id",
        descending: bool = False,
        where: str = "",
        params: list[Any] | None = None,
        search: str | None = None,
    ) -> list[int]:
        """Article ids in list order: what a lazy list model holds."""
        clauses, args = self._filters(where, params, search)
        order = SORT_COLUMNS.get(order_by, "articles.id")
        direction = "desc" if descending else "asc"
        needs_counts = order_by in ("claims", "open_flags")
        columns = f"articles.id, {LIST_COLUMNS}" if needs_counts else "articles.id"
        sql = f"select {columns} from articles {clauses} order by {order} {direction}, articles.id"
        return [row[0] for row in self.db.execute(sql, args)]

    def rows(self, ids: list[int]) -> dict[int, dict]:
        """List rows (with counts) for the given ids, keyed by id."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = f"select {LIST_COLUMNS} from articles where articles.id in ({marks})"
        return {row["id"]: row for row in self.db.query(sql, ids)}

    def listing(self) -> list[dict]:
        """Every article with its counts, in id order (for the command line)."""
        return list(self.db.query(f"select {LIST_COLUMNS} from articles order by articles.id"))

    def _filters(self, where: str, params: list[Any] | None, search: str | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = list(params or [])
        if where:
            clauses.append(f"({where})")
        if search and (query := fts_query(search)):
            # One list of ids, the union of both searches: "id in (...) or id in (...)"
            # probed every article of a large corpus for each, three times slower.
            clauses.append(
                """articles.id in (select rowid from articles_fts where articles_fts match ?
                union select article_id from annotations where id in
                    (select rowid from annotations_fts where annotations_fts match ?))"""
            )
            args += [query, query]
        return ("where " + " and ".join(clauses) if clauses else ""), args

    @staticmethod
    def filter_clause(
        *,
        status: str | None = None,
        verdict: str | None = None,
        annotator: str | None = None,
        open_flags: bool = False,
    ) -> tuple[str, list[Any]]:
        """The ``where``/``params`` of :meth:`ids` for the article list's filters."""
        clauses: list[str] = []
        params: list[Any] = []
        if status:
            clauses.append("articles.status = ?")
            params.append(status)
        for column, value in (("verdict", verdict), ("annotator", annotator)):
            if value:
                clauses.append(
                    "exists (select 1 from annotations a where a.article_id = articles.id"
                    f" and a.{column} = ?)"
                )
                params.append(value)
        if open_flags:
            clauses.append(
                "exists (select 1 from flags f where f.article_id = articles.id and not exists"
                " (select 1 from reviews r where r.article_id = f.article_id"
                " and r.fingerprint = f.fingerprint))"
            )
        return " and ".join(clauses), params

    def update(self, article_id: int, changes: dict, *, actor: str) -> dict:
        """Edit the article's metadata (title, outlet, author, url, status), undoably."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"fields that cannot be edited: {sorted(unknown)}")
        with operation(self.db, actor, "Edit article " + ", ".join(sorted(changes))) as op:
            values = {**changes, "modified": now_iso()}
            if "url" in changes:
                row = self.get(article_id) or {}
                values["iri"] = article_iri(changes["url"], row.get("content_hash", ""))
            op.update("articles", article_id, values)
        return self.get(article_id)  # type: ignore[return-value]

    def set_published(self, article_id: int, pub: PubDate | None, *, actor: str) -> dict:
        """Set (or clear) the publication date, with its precision and provenance."""
        with operation(self.db, actor, "Set publication date") as op:
            op.update("articles", article_id, {**pubdate_columns(pub), "modified": now_iso()})
        if self.db.execute("select 1 from suggestions where article_id = ? limit 1", [article_id]).fetchone():
            Suggestions(self.db).refresh(article_id)
        return self.get(article_id)  # type: ignore[return-value]

    def find(self, ref: str) -> dict | None:
        """An article by id, IRI, URL or source (as annotation sets refer to them)."""
        if ref.isascii() and ref.isdigit() and (row := self.get(int(ref))):
            return row
        rows = list(
            self.db.query(
                "select id from articles where iri = ? or url = ? or source = ? limit 1",
                [ref, ref, ref],
            )
        )
        return self.get(rows[0]["id"]) if rows else None
