"""Importing annotation sets (native JSONL, W3C Web Annotation) as one undoable operation.

Reading and checking the whole file comes first; then, in one transaction and one
recorded history operation, rows are bulk-inserted and their history changes
written in bulk. A failure or a cancel rolls everything back.

An annotation whose uid already exists is *updated* when the file's copy is newer
(later ``modified``) and otherwise reported as a duplicate and left alone. An
update never moves an annotation to another article: a uid that belongs to an
annotation of another article is reported as not placed and nothing changes.

Provenance: by default every imported annotation gets ``origin = 'import'`` and
``attrs.provenance = {file, imported_at, origin}`` (the origin it had before).
``exact=True`` keeps native JSONL records exactly as exported (a restore or a
move between databases): the round trip then gives identical annotations.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlite_utils

from annotator.core.annotations import AnnotationError, check_link
from annotator.core.articles import Articles
from annotator.core.clock import now_iso
from annotator.core.collector import collector_paused
from annotator.core.history import operation
from annotator.exchange.anchoring import Unplaced, locate
from annotator.exchange.common import Cancelled, ExchangeError, Progress, Ticker
from annotator.exchange.incoming import Incoming, from_jsonl, refuse_surrogates
from annotator.exchange.jsonl import looks_like_jsonl, read_jsonl
from annotator.exchange.w3c import annotations_in
from annotator.exchange.w3c_import import from_w3c
from annotator.store import transaction
from annotator.store.database import refuse_if_damaged
from annotator.store.transactions import large_cache

CHUNK = 900  # SQLite's bound-parameter limit, with room to spare
#: A JSON escape of a UTF-16 surrogate, the only way text read as UTF-8 can hold one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(slots=True)
class ImportReport:
    path: str
    format: str
    imported: int = 0
    updated: int = 0
    duplicates: list[str] = field(default_factory=list)  # uids left alone
    reanchored: list[dict] = field(default_factory=list)  # uid, where, method, from, to
    unanchored: list[dict] = field(default_factory=list)  # uid, where, reason
    links: int = 0
    reviews: int = 0
    problems: list[str] = field(default_factory=list)  # skipped links, assumed kinds
    op_id: int | None = None

    @property
    def skipped(self) -> int:
        return len(self.unanchored)

    def as_dict(self) -> dict:
        return asdict(self)


def read_file(path: str | Path, fallback_annotator: str | None = None) -> tuple[str, list[Incoming]]:
    """The format and the checked records of a file; raises :class:`ExchangeError`."""
    try:
        return _read_file(Path(path), fallback_annotator)
    except RecursionError as exc:  # hostile nesting ("[[[[...") overflows the JSON parser
        raise ExchangeError(f"{path}: JSON nested too deeply to be an annotation set") from exc


def _read_file(path: Path, fallback_annotator: str | None) -> tuple[str, list[Incoming]]:
    name = path.name
    try:
        if not path.is_file():  # a FIFO or device would block or never end
            raise ExchangeError(f"{path}: not a regular file")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if looks_like_jsonl(text):
        items = [from_jsonl(rec, f"line {n}", name) for n, rec in read_jsonl(text, name)]
        fmt = "jsonl"
    else:
        if not text.strip():
            raise ExchangeError(f"{path}: the file is empty")
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            document = _json_lines(text)  # W3C annotations one per line, as some tools write
            if document is None:
                raise ExchangeError(
                    f"{path}: neither annotator JSONL nor W3C Web Annotation JSON "
                    f"({exc.msg} at line {exc.lineno})"
                ) from exc
        nodes = annotations_in(document)
        if nodes is None:
            raise ExchangeError(
                f"{path}: not a W3C Web Annotation, array, AnnotationPage or "
                "AnnotationCollection (with first.items)"
            )
        fallback = fallback_annotator or path.stem
        items = [from_w3c(node, f"item {i}", name, fallback) for i, node in enumerate(nodes, 1)]
        fmt = "w3c"
    if _SURROGATE_ESCAPE.search(text):  # rare: only a JSON escape can make one
        for item in items:
            refuse_surrogates(item, name)
    seen: dict[str, str] = {}
    for item in items:
        if item.uid in seen:
            raise ExchangeError(f"{path}: {item.where}: uid {item.uid} also at {seen[item.uid]}")
        seen[item.uid] = item.where
    return fmt, items


def _json_lines(text: str) -> list | None:
    """A list of the JSON objects on each line, or None unless every line holds one."""
    values = []
    for line in text.splitlines():
        if line.strip():
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                return None
            if not isinstance(value, dict):
                return None
            values.append(value)
    return values


def _existing(db: sqlite_utils.Database, uids: list[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for i in range(0, len(uids), CHUNK):
        chunk = uids[i : i + CHUNK]
        sql = (
            f"select id, uid, kind, article_id, modified from annotations "
            f"where uid in ({','.join('?' * len(chunk))})"
        )
        for row in db.query(sql, chunk):
            found[row["uid"]] = row
    return found


class _Articles:
    """Article lookups by IRI, URL or source, each asked once."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.articles = Articles(db)
        self.cache: dict[str, dict | None] = {}

    def find(self, refs: list[str]) -> dict | None:
        for ref in refs:
            if ref not in self.cache:
                self.cache[ref] = None if ref.isascii() and ref.isdigit() else self.articles.find(ref)
            if self.cache[ref] is not None:
                return self.cache[ref]
        return None


def import_annotations(
    target,
    path: str | Path,
    *,
    actor: str,
    exact: bool = False,
    fallback_annotator: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import a JSONL or W3C file into a workspace (or database) as one undoable operation.

    ``actor`` is who imports (their undo stack); the annotations keep their own
    annotator. Raises :class:`ExchangeError` (nothing changed) for a bad file and
    :class:`ExchangeCancelled` (nothing changed) when ``cancelled()`` turns true.
    """
    with collector_paused(), large_cache(getattr(target, "db", target)):
        return _import(
            target,
            path,
            actor=actor,
            exact=exact,
            fallback_annotator=fallback_annotator,
            progress=progress,
            cancelled=cancelled,
        )


def _import(
    target,
    path: str | Path,
    *,
    actor: str,
    exact: bool = False,
    fallback_annotator: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """The body of :func:`import_annotations`."""
    db: sqlite_utils.Database = getattr(target, "db", target)
    fmt, items = read_file(path, fallback_annotator)
    refuse_if_damaged(db, getattr(target, "path", "the database"))
    report = ImportReport(str(path), fmt)
    stamp = now_iso()
    file_name = Path(path).name
    provenance = not exact or fmt != "jsonl"
    articles = _Articles(db)
    existing = _existing(db, [item.uid for item in items])
    ticker = Ticker(len(items), progress, cancelled)
    rows, updates, placed = [], [], []
    for item in items:
        ticker.step()
        article = articles.find(item.refs)
        if article is None:
            report.unanchored.append(
                {"uid": item.uid, "where": item.where, "reason": f"no article {item.refs[0]!r}"}
            )
            continue
        old = existing.get(item.uid)
        if old is not None and old["article_id"] != article["id"]:
            report.unanchored.append(
                {
                    "uid": item.uid,
                    "where": item.where,
                    "reason": (
                        f"uid already used by annotation {old['id']} of another article "
                        f"(article {old['article_id']}); that annotation was left alone"
                    ),
                }
            )
            continue
        spot = locate(
            article["text"],
            start=item.start,
            end=item.end,
            exact=item.exact,
            prefix=item.prefix,
            suffix=item.suffix,
        )
        if isinstance(spot, Unplaced):
            report.unanchored.append({"uid": item.uid, "where": item.where, "reason": spot.reason})
            continue
        if spot.method != "position":
            report.reanchored.append(
                {
                    "uid": item.uid,
                    "where": item.where,
                    "method": spot.method,
                    "from": [item.start, item.end],
                    "to": [spot.start, spot.end],
                }
            )
        row = _row(item, article, spot.start, spot.end, stamp, provenance, file_name)
        if old is None:
            rows.append(row)
            placed.append(item)
        elif (item.modified or "") > (old["modified"] or ""):
            updates.append((old["id"], row))
        else:
            report.duplicates.append(item.uid)
        if item.fields["attrs"].get("kind_assumed"):
            report.problems.append(f"{item.where}: no kind given; imported as a claim")
    ticker.check()
    if not rows and not updates:  # nothing to write: leave the undo history alone
        ticker.finish()
        return report
    label = f"Import {len(rows) + len(updates)} annotation(s) from {file_name}"
    with transaction(db), operation(db, actor, label) as op:
        _insert(db, op.id, rows)
        for row_id, row in updates:
            changes = {k: v for k, v in row.items() if k not in ("uid", "article_id", "created")}
            op.update("annotations", row_id, changes)
        ticker.check()
        uid_ids = _existing(db, [item.uid for item in items])
        report.links, skipped = _insert_links(db, op.id, placed, uid_ids)
        report.problems.extend(skipped)
        report.reviews = _insert_reviews(db, op.id, placed, uid_ids, articles)
        ticker.check()
    report.imported, report.updated, report.op_id = len(rows), len(updates), op.id
    ticker.finish()
    return report


def _row(
    item: Incoming, article: dict, start: int, end: int, stamp: str, provenance: bool, name: str
) -> dict:
    attrs = dict(item.fields["attrs"])
    origin = item.origin or "import"
    if provenance:
        attrs["provenance"] = {"file": name, "imported_at": stamp, "origin": item.origin}
        origin = "import"
    status = item.fields.get("status")
    if status is None and item.kind == "claim" and provenance:
        status = "unstarted"
    return {
        "uid": item.uid,
        "article_id": article["id"],
        "kind": item.kind,
        "start": start,
        "end": end,
        "quote": article["text"][start:end],
        "status": status,
        "verdict": item.fields.get("verdict"),
        "verdict_label": item.fields.get("verdict_label"),
        "date_value": item.fields.get("date_value"),
        "date_type": item.fields.get("date_type"),
        "note": item.fields.get("note"),
        "evidence": json.dumps(item.fields.get("evidence") or [], ensure_ascii=False),
        "attrs": json.dumps(attrs, ensure_ascii=False),
        "annotator": item.annotator,
        "origin": origin,
        "created": item.created or stamp,
        "modified": item.modified or item.created or stamp,
    }


def _record_inserts(db: sqlite_utils.Database, op_id: int, table: str, after_id: int) -> None:
    """History changes for every row of ``table`` inserted after ``after_id``.

    The rows are serialised inside SQLite (``json_object`` of every column), the
    same JSON that :class:`annotator.core.history.Operation` records one row at a time.
    """
    columns = [column.name for column in db[table].columns]
    row_json = "json_object(" + ", ".join(f"'{c}', [{c}]" for c in columns) + ")"
    db.execute(
        f"""insert into changes (op_id, tbl, row_id, before, after)
            select ?, ?, id, null, {row_json} from [{table}] where id > ? order by id""",
        [op_id, table, after_id],
    )


def _bulk_insert(db: sqlite_utils.Database, table: str, rows: list[dict], *, ignore: bool = False) -> None:
    """``insert_all`` for rows that all share one set of plain (str/int/None) columns:
    one prepared statement, without sqlite-utils' per-value type inspection."""
    if not rows:
        return
    columns = list(rows[0])
    verb = "insert or ignore" if ignore else "insert"
    sql = (
        f"{verb} into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"values ({', '.join('?' * len(columns))})"
    )
    db.conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def _max_id(db: sqlite_utils.Database, table: str) -> int:
    return int(db.execute(f"select coalesce(max(id), 0) from [{table}]").fetchone()[0])


def _insert(db: sqlite_utils.Database, op_id: int, rows: list[dict]) -> None:
    if not rows:
        return
    before = _max_id(db, "annotations")
    _bulk_insert(db, "annotations", rows)
    _record_inserts(db, op_id, "annotations", before)


def _insert_links(
    db: sqlite_utils.Database, op_id: int, items: list[Incoming], ids: dict[str, dict]
) -> tuple[int, list[str]]:
    rows, problems = [], []
    for item in items:
        for link in item.links:
            target = ids.get(link["target"])
            role = link["role"] or (target or {}).get("kind")
            if target is None:
                problems.append(
                    f"{item.where}: link {role or ''} to {link['target']} skipped (no such annotation)"
                )
                continue
            try:
                check_link(ids[item.uid]["id"], target["id"], role)
            except AnnotationError as exc:
                problems.append(f"{item.where}: link {role or ''} to {link['target']} skipped ({exc})")
                continue
            rows.append(
                {
                    "source_id": ids[item.uid]["id"],
                    "target_id": target["id"],
                    "role": role,
                    "annotator": link.get("annotator"),
                    "created": link.get("created") or now_iso(),
                }
            )
    if rows:
        before = _max_id(db, "links")
        _bulk_insert(db, "links", rows, ignore=True)
        _record_inserts(db, op_id, "links", before)
    return len(rows), problems


def _insert_reviews(
    db: sqlite_utils.Database,
    op_id: int,
    items: list[Incoming],
    ids: dict[str, dict],
    articles: _Articles,
) -> int:
    rows = []
    for item in items:
        article = articles.find(item.refs)
        for review in item.reviews:
            rows.append(
                {
                    "article_id": article["id"],  # type: ignore[index]
                    "fingerprint": review["fingerprint"],
                    "decision": review["decision"],
                    "reason": review.get("reason"),
                    "reviewer": review.get("reviewer"),
                    "decided_at": review.get("decided_at"),
                    "annotation_id": ids[item.uid]["id"],
                }
            )
    if not rows:
        return 0
    before = _max_id(db, "reviews")
    _bulk_insert(db, "reviews", rows, ignore=True)  # a decision already made wins
    _record_inserts(db, op_id, "reviews", before)
    return int(db.execute("select count(*) from reviews where id > ?", [before]).fetchone()[0])
