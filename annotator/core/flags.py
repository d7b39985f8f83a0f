"""Flags raised by the checks, and the review decisions taken on them.

Flags are derived data: each check run replaces an article's flags. Decisions
live apart (``reviews``), keyed by the finding's fingerprint, so a confirmed or
dismissed finding keeps its decision when the checks run again. Decisions are
recorded operations: they can be undone like any edit.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from annotator.core.annotations import Annotations
from annotator.core.clock import now_iso
from annotator.core.history import operation
from annotator.store import transaction

STATES = ("open", "confirmed", "dismissed")
_FROM = """ from flags join articles on articles.id = flags.article_id
    left join reviews on reviews.article_id = flags.article_id
        and reviews.fingerprint = flags.fingerprint"""
_LIST_ROW = """select flags.id, flags.article_id, flags.rule, flags.severity, flags.start, flags.end,
    flags.quote, flags.message, flags.confidence, flags.basis,
    coalesce(reviews.decision, 'open') as state, reviews.reason,
    reviews.reviewer, reviews.decided_at, articles.title as article_title"""
#: Sort keys of a flag list and the SQL that orders by them.
SORT_KEYS = {
    "state": "coalesce(reviews.decision, 'open')",
    "severity": "case flags.severity when 'error' then 0 when 'warning' then 1 else 2 end",
    "rule": "flags.rule",
    "article_title": "articles.title collate nocase",
    "quote": "flags.quote collate nocase",
    "message": "flags.message collate nocase",
    "reviewer": "reviews.reviewer",
    "decided_at": "reviews.decided_at",
}
SEVERITIES = ("error", "warning", "info")
#: How sure a flag is; "high" ones are the likely errors shown by default.
CONFIDENCES = ("high", "low")
DECISIONS = ("confirmed", "dismissed")

_SELECT = """select flags.*, coalesce(reviews.decision, 'open') as state,
    reviews.id as review_id, reviews.reason, reviews.reviewer, reviews.decided_at,
    reviews.annotation_id, articles.source as article_source, articles.title as article_title
    from flags
    join articles on articles.id = flags.article_id
    left join reviews on reviews.article_id = flags.article_id
        and reviews.fingerprint = flags.fingerprint"""


_INSERT_FLAG = (
    "insert into flags (article_id, rule, severity, start, [end], quote, message, "
    "evidence, fingerprint, found_at, confidence, basis) "
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _value(finding: Any, key: str, default: Any = None) -> Any:
    if isinstance(finding, dict):
        return finding.get(key, default)
    return getattr(finding, key, default)


def _decode(row: dict) -> dict:
    row = dict(row)
    row["evidence"] = json.loads(row.get("evidence") or "[]")
    return row


class Flags:
    """The flags of a workspace and their review."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def replace_for_article(self, article_id: int, findings: Iterable[Any]) -> int:
        """Store a fresh check run's findings for one article; decisions are kept."""
        stamp = now_iso()
        rows = []
        seen: set[str] = set()
        # One row per fingerprint: where the same words are flagged twice, the surer one.
        ordered = sorted(findings, key=lambda f: (_value(f, "confidence") or "high") != "high")
        for finding in ordered:
            fingerprint = _value(finding, "fingerprint")
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
            rows.append(
                (
                    article_id,
                    _value(finding, "rule"),
                    _value(finding, "severity"),
                    _value(finding, "start"),
                    _value(finding, "end"),
                    _value(finding, "quote"),
                    _value(finding, "message"),
                    json.dumps(_value(finding, "evidence") or [], ensure_ascii=False),
                    fingerprint,
                    stamp,
                    _value(finding, "confidence") or "high",
                    _value(finding, "basis") or "",
                )
            )
        with transaction(self.db):
            self.db.execute("delete from flags where article_id = ?", [article_id])
            if rows:  # plain executemany: a corpus check stores thousands of these
                self.db.conn.executemany(_INSERT_FLAG, rows)
        return len(rows)

    def where(
        self,
        *,
        article_id: int | None = None,
        rule: str | None = None,
        severity: str | None = None,
        state: str | None = None,
        reviewer: str | None = None,
        confidence: str | None = None,
    ) -> tuple[str, list[Any]]:
        """SQL conditions (on the flags query) for the usual filters."""
        clauses: list[str] = []
        args: list[Any] = []
        for column, value in (
            ("flags.article_id", article_id),
            ("flags.rule", rule),
            ("flags.severity", severity),
            ("reviews.reviewer", reviewer),
            ("flags.confidence", confidence),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        if state is not None:
            clauses.append("coalesce(reviews.decision, 'open') = ?")
            args.append(state)
        return " and ".join(clauses), args

    def list(self, order_by: str = "flags.article_id, flags.start", **filters: Any) -> list[dict]:
        """Flags with their state and decision, filtered as :meth:`where` allows."""
        condition, args = self.where(**filters)
        sql = _SELECT + (f" where {condition}" if condition else "") + f" order by {order_by}"
        return [_decode(row) for row in self.db.query(sql, args)]

    def ids(
        self,
        *,
        order_by: str = "severity",
        descending: bool = False,
        search: str = "",
        **filters: Any,
    ) -> builtins.list[int]:
        """Flag ids in list order: what a lazy list model holds."""
        condition, args = self.where(**{k: v for k, v in filters.items() if v is not None})
        if search.strip():
            words = f"%{search.strip()}%"
            extra = "(flags.quote like ? or flags.message like ? or articles.title like ?)"
            condition = f"{condition} and {extra}" if condition else extra
            args = [*args, words, words, words]
        where = f" where {condition}" if condition else ""
        direction = "desc" if descending else "asc"
        order = f" order by {SORT_KEYS[order_by]} {direction}, flags.article_id, flags.start, flags.id"
        return [row[0] for row in self.db.execute("select flags.id" + _FROM + where + order, args)]

    def rows(self, ids: builtins.list[int]) -> dict[int, dict]:
        """List rows (with state and article title) for the given ids, keyed by id."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        sql = _LIST_ROW + _FROM + f" where flags.id in ({marks})"
        return {row["id"]: row for row in self.db.query(sql, ids)}

    def total(self) -> int:
        return int(self.db.execute("select count(*) from flags").fetchone()[0])

    def facets(self, article_limit: int = 2000) -> dict[str, builtins.list]:
        """The rules, flagged articles (id, title) and reviewers that occur, for filter menus."""
        db = self.db
        return {
            "rules": [r[0] for r in db.execute("select distinct rule from flags order by rule")],
            "articles": [
                (r[0], r[1])
                for r in db.execute(
                    "select distinct articles.id, articles.title from flags join articles on "
                    "articles.id = flags.article_id order by articles.title collate nocase "
                    "limit ?",
                    [article_limit],
                )
            ],
            "reviewers": [
                r[0]
                for r in db.execute(
                    "select distinct reviewer from reviews where reviewer is not null order by reviewer"
                )
            ],
        }

    def get(self, flag_id: int) -> dict | None:
        rows = list(self.db.query(_SELECT + " where flags.id = ?", [flag_id]))
        return _decode(rows[0]) if rows else None

    def open_counts(self) -> dict[int, int]:
        """Open flags per article id."""
        sql = (
            "select flags.article_id, count(*) from flags left join reviews on "
            "reviews.article_id = flags.article_id and reviews.fingerprint = flags.fingerprint "
            "where reviews.id is null group by flags.article_id"
        )
        return {row[0]: row[1] for row in self.db.execute(sql)}

    def decide(
        self,
        flag_id: int,
        decision: str,
        *,
        reviewer: str,
        reason: str | None = None,
        annotation_id: int | None = None,
    ) -> dict:
        """Confirm or dismiss a flag (undoable); the decision outlives re-runs of the checks."""
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}; use one of {DECISIONS}")
        label = "Confirm flag" if decision == "confirmed" else "Dismiss flag"
        with operation(self.db, reviewer, label) as op:
            self._decide(op, flag_id, decision, reviewer, reason, annotation_id)
        return self.get(flag_id)  # type: ignore[return-value]

    def _decide(self, op, flag_id, decision, reviewer, reason, annotation_id) -> None:
        flag = self.get(flag_id)
        if flag is None:
            raise ValueError(f"no flag {flag_id}")
        values = {
            "decision": decision,
            "reason": reason,
            "reviewer": reviewer,
            "decided_at": now_iso(),
            "annotation_id": annotation_id,
        }
        if flag["review_id"] is not None:
            op.update("reviews", flag["review_id"], values)
        else:
            op.insert(
                "reviews",
                {"article_id": flag["article_id"], "fingerprint": flag["fingerprint"], **values},
            )

    def confirm_as_claim(
        self,
        flag_id: int,
        *,
        reviewer: str,
        verdict: str | None = "false",
        note: str | None = None,
    ) -> dict:
        """Confirm a flag and record it as a claim annotation with a verdict, in one step."""
        flag = self.get(flag_id)
        if flag is None:
            raise ValueError(f"no flag {flag_id}")
        with operation(self.db, reviewer, "Confirm flag as claim") as op:
            claim = Annotations(self.db).create(
                flag["article_id"],
                "claim",
                flag["start"],
                flag["end"],
                annotator=reviewer,
                op=op,
                status="in_review",
                verdict=verdict,
                note=note or flag["message"],
                attrs={"from_flag": flag["fingerprint"], "rule": flag["rule"]},
            )
            self._decide(op, flag_id, "confirmed", reviewer, None, claim["id"])
        return claim

    def reopen(self, flag_id: int, *, actor: str) -> None:
        """Take back a decision: the flag is open again (undoable)."""
        flag = self.get(flag_id)
        if flag is None or flag["review_id"] is None:
            return
        with operation(self.db, actor, "Reopen flag") as op:
            op.delete("reviews", flag["review_id"])
