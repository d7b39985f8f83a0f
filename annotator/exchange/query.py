"""Selecting annotations for export, with their articles, links and reviews, in bulk.

Every exporter reads through :func:`select`, which runs a fixed handful of queries
whatever the number of annotations: per-row queries would make a 100,000-row
export take minutes instead of seconds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from annotator.core.articles import Articles


def _json(raw: str | None, empty: type) -> object:
    if not raw:
        return empty()
    if raw in ("[]", "{}"):  # most rows: skip the parser, a third of a large export's time
        return empty()
    return json.loads(raw)


def decode(row: dict) -> dict:
    """A stored annotation row with ``evidence`` and ``attrs`` as Python values."""
    row["evidence"] = _json(row.get("evidence"), list)
    row["attrs"] = _json(row.get("attrs"), dict)
    return row


class SelectionError(ValueError):
    """A filter that names something the database does not hold."""


@dataclass(slots=True)
class Selection:
    """Which annotations to export; empty lists mean "all"."""

    articles: Sequence[str] = ()  # ids, IRIs, URLs or sources
    kinds: Sequence[str] = ()
    states: Sequence[str] = ()
    annotators: Sequence[str] = ()


@dataclass(slots=True)
class Bundle:
    """Annotations with everything an exporter needs about them, keyed for lookups."""

    annotations: list[dict]
    articles: dict[int, dict]
    links: dict[int, list[dict]] = field(default_factory=dict)  # source id -> links
    reviews: dict[int, list[dict]] = field(default_factory=dict)  # annotation id -> reviews
    targets: dict[int, dict] = field(default_factory=dict)  # id -> linked annotation

    def linked(self, annotation_id: int, role: str) -> dict | None:
        """The annotation linked to ``annotation_id`` in ``role`` (speaker, date, event)."""
        for link in self.links.get(annotation_id, ()):
            if link["role"] == role:
                return self.targets.get(link["target_id"])
        return None


def resolve_articles(db: sqlite_utils.Database, refs: Sequence[str]) -> list[int]:
    """Article ids for ids, IRIs, URLs or sources; raises naming the first unknown one."""
    articles = Articles(db)
    ids: list[int] = []
    for ref in refs:
        row = articles.find(str(ref))
        if row is None:
            raise SelectionError(f"no article {ref!r} (give an id, IRI, URL or source)")
        if row["id"] not in ids:
            ids.append(row["id"])
    return ids


def where_clause(db: sqlite_utils.Database, selection: Selection) -> tuple[str, list]:
    """The SQL ``where`` (on annotations aliased ``a``) and its parameters."""
    return _where(db, selection)


def _where(db: sqlite_utils.Database, selection: Selection) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    filters = (
        ("a.article_id", resolve_articles(db, selection.articles) if selection.articles else []),
        ("a.kind", list(selection.kinds)),
        ("a.status", list(selection.states)),
        ("a.annotator", list(selection.annotators)),
    )
    for column, values in filters:
        if values:
            clauses.append(f"{column} in ({','.join('?' * len(values))})")
            params.extend(values)
    return ("where " + " and ".join(clauses)) if clauses else "", params


def count(db: sqlite_utils.Database, selection: Selection) -> int:
    where, params = _where(db, selection)
    return int(db.execute(f"select count(*) from annotations a {where}", params).fetchone()[0])


def select(
    db: sqlite_utils.Database, selection: Selection | None = None, *, with_text: bool = True
) -> Bundle:
    """The selected annotations (article, start order) and what they refer to."""
    where, params = _where(db, selection or Selection())
    chosen = f"select a.id from annotations a {where}"
    annotations = [
        decode(row)
        for row in db.query(
            f"select a.* from annotations a {where} order by a.article_id, a.start, a.end, a.id",
            params,
        )
    ]
    text = "articles.text" if with_text else "'' as text"
    columns = [c.name for c in db["articles"].columns if c.name != "text"]
    article_sql = (
        f"select {', '.join('articles.' + c for c in columns)}, {text} from articles "
        f"where articles.id in (select distinct a.article_id from annotations a {where})"
    )
    articles = {}
    for row in db.query(article_sql, params):
        row["meta"] = json.loads(row.get("meta") or "{}")
        articles[row["id"]] = row
    links: dict[int, list[dict]] = defaultdict(list)
    for row in db.query(
        f"""select links.*, t.uid as target_uid from links
            join annotations t on t.id = links.target_id
            where links.source_id in ({chosen}) order by links.id""",
        params,
    ):
        links[row["source_id"]].append(row)
    targets = {
        row["id"]: decode(row)
        for row in db.query(
            f"""select * from annotations where id in
                (select target_id from links where source_id in ({chosen}))""",
            params,
        )
    }
    reviews: dict[int, list[dict]] = defaultdict(list)
    for row in db.query(f"select * from reviews where annotation_id in ({chosen}) order by id", params):
        reviews[row["annotation_id"]].append(row)
    return Bundle(annotations, articles, dict(links), dict(reviews), targets)
