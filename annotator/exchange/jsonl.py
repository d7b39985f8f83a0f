"""The native format: JSON Lines, one annotation per line, holding everything we know.

Each line is self-contained (the article's IRI, source and metadata travel with
every annotation) so that a file can be split, filtered with ``grep`` or ``jq``,
and imported into another database whose article ids differ.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from annotator.exchange.common import ExchangeError, Ticker, atomic_write
from annotator.exchange.query import Bundle

FORMAT_TAG = "annotator.annotation/1"

ANNOTATION_FIELDS = (
    "uid",
    "kind",
    "start",
    "end",
    "quote",
    "status",
    "verdict",
    "verdict_label",
    "date_value",
    "date_type",
    "note",
    "evidence",
    "attrs",
    "annotator",
    "origin",
    "created",
    "modified",
)
ARTICLE_FIELDS = (
    "iri",
    "url",
    "source",
    "title",
    "outlet",
    "author",
    "published",
    "published_precision",
    "published_earliest",
    "published_latest",
    "published_provenance",
    "published_note",
    "status",
    "content_hash",
    "meta",
)
REVIEW_FIELDS = ("fingerprint", "decision", "reason", "reviewer", "decided_at")


def record(annotation: dict, bundle: Bundle) -> dict:
    """One line of the file: the annotation, its article, links by uid, reviews."""
    article = bundle.articles[annotation["article_id"]]
    out: dict = {"format": FORMAT_TAG}
    out.update({key: annotation.get(key) for key in ANNOTATION_FIELDS})
    out["article"] = {key: article.get(key) for key in ARTICLE_FIELDS}
    out["links"] = [
        {
            "role": link["role"],
            "target": link["target_uid"],
            "annotator": link.get("annotator"),
            "created": link.get("created"),
        }
        for link in bundle.links.get(annotation["id"], ())
    ]
    out["reviews"] = [
        {key: review.get(key) for key in REVIEW_FIELDS} for review in bundle.reviews.get(annotation["id"], ())
    ]
    return out


def _sql_object(alias: str, fields: tuple[str, ...], json_fields: dict[str, str]) -> str:
    parts = []
    for key in fields:
        if key in json_fields:
            parts.append(f"'{key}', json(coalesce(nullif({alias}.[{key}], ''), '{json_fields[key]}'))")
        else:
            parts.append(f"'{key}', {alias}.[{key}]")
    return "json_object(" + ", ".join(parts) + ")"


def record_sql(where: str) -> str:
    """One statement that builds every line inside SQLite: the same records as
    :func:`record`, ten times faster than assembling them in Python."""
    annotation = _sql_object("a", ANNOTATION_FIELDS, {"evidence": "[]", "attrs": "{}"})
    article = _sql_object("r", ARTICLE_FIELDS, {"meta": "{}"})
    review = _sql_object("v", REVIEW_FIELDS, {})
    return f"""
    select json_insert({annotation}, '$.article', {article},
      '$.links', (select json_group_array(json_object('role', l.role, 'target', t.uid,
                   'annotator', l.annotator, 'created', l.created))
                  from (select * from links where source_id = a.id order by id) l
                  join annotations t on t.id = l.target_id),
      '$.reviews', (select json_group_array({review})
                    from (select * from reviews where annotation_id = a.id order by id) v))
    from annotations a join articles r on r.id = a.article_id {where}
    order by a.article_id, a.start, a.end, a.id"""


def export_jsonl_sql(db, where: str, params: list, path: str | Path, ticker: Ticker) -> int:
    """Write the JSONL file straight from SQLite (the fast path used by exports)."""
    lines = 0
    prefix = '{"format":"' + FORMAT_TAG + '",'
    with atomic_write(path, newline="\n") as handle:
        for (line,) in db.execute(record_sql(where), params):
            handle.write(prefix)
            handle.write(line[1:])
            handle.write("\n")
            lines += 1
            ticker.step()
    return lines


def write_jsonl(bundle: Bundle, path: str | Path, ticker: Ticker) -> int:
    """Write the bundle to ``path``; returns the number of lines."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with atomic_write(path, newline="\n") as handle:
        for annotation in bundle.annotations:
            handle.write(dumps(record(annotation, bundle)))
            handle.write("\n")
            ticker.step()
    return len(bundle.annotations)


def read_jsonl(text: str, name: str) -> Iterator[tuple[int, dict]]:
    """(line number, record) for each non-blank line; raises naming the bad line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExchangeError(f"{name}: line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(value, dict):
            raise ExchangeError(f"{name}: line {number}: expected a JSON object")
        yield number, value


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line is one of our records."""
    for line in text.splitlines():
        if line.strip():
            try:
                first = json.loads(line)
            except json.JSONDecodeError:
                return False
            return isinstance(first, dict) and first.get("format") == FORMAT_TAG
    return False
