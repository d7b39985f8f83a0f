"""Curation: where annotators disagree, side by side, and the final annotation chosen.

A disagreement is a group of overlapping annotations on one article where the
annotators of that article did not all tag it, or tagged it with different kinds,
verdicts or boundaries. The curated annotation is a new one (origin ``curated``,
annotator the reviewer, ``attrs.curated_from`` the uids it settles); the
annotators' own annotations stay as they were, so agreement can still be measured.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from annotator.core.annotations import EDITABLE_FIELDS, AnnotationError, decode
from annotator.core.history import operation
from annotator.exchange.agreement import overlap_groups


@dataclass(slots=True)
class Disagreement:
    article_id: int
    start: int
    end: int
    reasons: list[str]  # missing, kind, verdict, span
    by_annotator: dict[str, list[dict]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def uids(self) -> list[str]:
        return [a["uid"] for items in self.by_annotator.values() for a in items]

    def as_dict(self) -> dict:
        out = asdict(self)
        out["uids"] = self.uids
        return out


def _curated_uids(db) -> set[str]:
    settled: set[str] = set()
    for row in db.query("select attrs from annotations where origin = 'curated'"):
        settled.update(json.loads(row["attrs"] or "{}").get("curated_from") or [])
    return settled


def disagreements(
    db,
    *,
    annotators: Sequence[str] | None = None,
    article_ids: Sequence[int] | None = None,
    include_settled: bool = False,
) -> list[Disagreement]:
    """Groups of overlapping annotations the annotators disagree on, article by article."""
    sql = "select * from annotations where origin != 'curated'"
    params: list = []
    if annotators:
        sql += f" and annotator in ({','.join('?' * len(annotators))})"
        params += list(annotators)
    if article_ids:
        sql += f" and article_id in ({','.join('?' * len(article_ids))})"
        params += list(article_ids)
    rows = [decode(r) for r in db.query(sql, params)]
    per_article: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        per_article[row["article_id"]].add(row["annotator"])
    settled = set() if include_settled else _curated_uids(db)
    found = []
    for group in overlap_groups(rows):
        if not include_settled and any(row["uid"] in settled for row in group):
            continue
        people = per_article[group[0]["article_id"]]
        if len(people) < 2:
            continue
        by: dict[str, list[dict]] = defaultdict(list)
        for row in group:
            by[row["annotator"]].append(row)
        reasons = []
        missing = sorted(people - set(by))
        if missing:
            reasons.append("missing")
        if len({row["kind"] for row in group}) > 1:
            reasons.append("kind")
        if len({row["verdict"] for row in group if row["kind"] == "claim"}) > 1:
            reasons.append("verdict")
        if len({(row["start"], row["end"]) for row in group}) > 1:
            reasons.append("span")
        if reasons:
            found.append(
                Disagreement(
                    group[0]["article_id"],
                    min(r["start"] for r in group),
                    max(r["end"] for r in group),
                    reasons,
                    dict(by),
                    missing,
                )
            )
    return found


def curate(
    ws,
    from_uids: Sequence[str],
    *,
    reviewer: str,
    pick: str | None = None,
    changes: dict | None = None,
) -> dict:
    """Store the final annotation for ``from_uids``: a copy of ``pick`` with ``changes``.

    Without ``pick``, ``changes`` must give at least kind, start and end. The picked
    annotation's links (speaker, date, event) are carried over. One undoable step.
    """
    db = ws.db
    changes = dict(changes or {})
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise AnnotationError(f"fields that cannot be curated: {sorted(unknown)}")
    rows = (
        {
            r["uid"]: decode(r)
            for r in db.query(
                f"select * from annotations where uid in ({','.join('?' * len(from_uids))})",
                list(from_uids),
            )
        }
        if from_uids
        else {}
    )
    absent = [uid for uid in from_uids if uid not in rows]
    if absent:
        raise AnnotationError(f"no annotation with uid {absent[0]}")
    if pick is not None and pick not in rows:
        raise AnnotationError(f"the picked annotation {pick} is not among those curated")
    if pick is None and not {"kind", "start", "end"} <= set(changes):
        raise AnnotationError("without a picked annotation, give kind, start and end")
    base = rows[pick] if pick else {}
    article_ids = {r["article_id"] for r in rows.values()}
    if len(article_ids) != 1:
        raise AnnotationError("curate annotations of one article at a time")
    values = {key: base.get(key) for key in EDITABLE_FIELDS if base.get(key) is not None}
    values.update(changes)
    attrs = dict(values.get("attrs") or {})
    attrs["curated_from"] = list(from_uids)
    values["attrs"] = attrs
    kind, start, end = values.pop("kind"), values.pop("start"), values.pop("end")
    with operation(db, reviewer, f"Curate {kind}") as op:
        created = ws.annotations.create(
            article_ids.pop(),
            kind,
            start,
            end,
            annotator=reviewer,
            origin="curated",
            op=op,
            **values,
        )
        if pick is not None:
            for link in db.query("select role, target_id from links where source_id = ?", [base["id"]]):
                op.insert(
                    "links",
                    {
                        "source_id": created["id"],
                        "target_id": link["target_id"],
                        "role": link["role"],
                        "annotator": reviewer,
                        "created": created["created"],
                    },
                )
    return created
