"""Annotations and the links between them: every write recorded for undo."""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlite_utils

from annotator.core.clock import now_after, now_iso
from annotator.core.history import Operation, operation
from annotator.core.spans import check_span
from annotator.core.vocabulary import vocabulary
from annotator.store import ConflictError

JSON_FIELDS = ("evidence", "attrs")
EDITABLE_FIELDS = {
    "kind",
    "start",
    "end",
    "status",
    "verdict",
    "verdict_label",
    "date_value",
    "date_type",
    "note",
    "evidence",
    "attrs",
}
LINK_ROLES = ("speaker", "date", "event")


class AnnotationError(ValueError):
    """An annotation that cannot be stored as asked."""


def decode(row: dict) -> dict:
    """A stored row with its JSON fields as Python values."""
    row = dict(row)
    row["evidence"] = json.loads(row.get("evidence") or "[]")
    row["attrs"] = json.loads(row.get("attrs") or "{}")
    return row


def _encode(values: dict) -> dict:
    out = dict(values)
    for key in JSON_FIELDS:
        if key in out and not isinstance(out[key], str):
            out[key] = json.dumps(out[key] or ([] if key == "evidence" else {}), ensure_ascii=False)
    return out


def _validate(values: dict) -> None:
    vocab = vocabulary()
    if "kind" in values and values["kind"] not in vocab.keys("kinds"):
        raise AnnotationError(f"unknown kind {values['kind']!r}")
    if values.get("status") and values["status"] not in vocab.keys("workflow_states"):
        raise AnnotationError(f"unknown workflow state {values['status']!r}")
    if values.get("verdict") and values["verdict"] not in vocab.keys("verdicts"):
        raise AnnotationError(f"unknown verdict {values['verdict']!r}")
    if values.get("date_type") and values["date_type"] not in vocab.date_types:
        raise AnnotationError(f"unknown date type {values['date_type']!r}")


class Annotations:
    """Create, change, delete and link annotations of a workspace."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def _article_text(self, article_id: int) -> str:
        row = self.db.execute("select text from articles where id = ?", [article_id]).fetchone()
        if row is None:
            raise AnnotationError(f"no article {article_id}")
        return row[0]

    def get(self, annotation_id: int) -> dict | None:
        rows = list(self.db.query("select * from annotations where id = ?", [annotation_id]))
        return decode(rows[0]) if rows else None

    def for_article(self, article_id: int) -> list[dict]:
        rows = self.db.query(
            "select * from annotations where article_id = ? order by start, end, id", [article_id]
        )
        return [decode(row) for row in rows]

    def annotators(self) -> list[str]:
        """Everyone who has annotated in this database, by name."""
        sql = "select distinct annotator from annotations order by annotator collate nocase"
        return [row[0] for row in self.db.execute(sql)]

    def links_of(self, annotation_id: int) -> list[dict]:
        return list(
            self.db.query(
                "select * from links where source_id = ? or target_id = ? order by id",
                [annotation_id, annotation_id],
            )
        )

    def create(
        self,
        article_id: int,
        kind: str,
        start: int,
        end: int,
        *,
        annotator: str,
        op: Operation | None = None,
        **fields: Any,
    ) -> dict:
        """Store a new annotation of ``text[start:end]``; returns it."""
        text = self._article_text(article_id)
        try:
            check_span(text, start, end)
        except ValueError as exc:
            raise AnnotationError(str(exc)) from exc
        unknown = set(fields) - EDITABLE_FIELDS - {"uid", "origin", "created", "modified"}
        if unknown:
            raise AnnotationError(f"unknown annotation fields: {sorted(unknown)}")
        stamp = now_iso()
        row = {
            "uid": fields.pop("uid", None) or str(uuid.uuid4()),
            "article_id": article_id,
            "kind": kind,
            "start": start,
            "end": end,
            "quote": text[start:end],
            "annotator": annotator,
            "origin": fields.pop("origin", None) or "manual",
            "created": fields.pop("created", None) or stamp,
            "modified": fields.pop("modified", None) or stamp,
            "status": "unstarted" if kind == "claim" else None,
            **fields,
        }
        _validate(row)
        row = _encode(row)
        if op is not None:
            return self.get(op.insert("annotations", row))  # type: ignore[return-value]
        label = f"Tag {kind} “{_short(row['quote'])}”"
        with operation(self.db, annotator, label) as new_op:
            row_id = new_op.insert("annotations", row)
        return self.get(row_id)  # type: ignore[return-value]

    def update(
        self,
        annotation_id: int,
        changes: dict,
        *,
        actor: str,
        expected_modified: str | None = None,
    ) -> dict:
        """Change fields of an annotation; refuses if it changed since ``expected_modified``."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise AnnotationError(f"fields that cannot be edited: {sorted(unknown)}")
        _validate(changes)
        with operation(self.db, actor, "Edit annotation") as op:
            current = self.get(annotation_id)
            if current is None:
                raise ConflictError(f"annotation {annotation_id} was deleted")
            if expected_modified and current["modified"] != expected_modified:
                raise ConflictError(
                    f"annotation {annotation_id} was changed by someone else since you opened it"
                )
            values = _encode(changes)
            if "start" in changes or "end" in changes:
                text = self._article_text(current["article_id"])
                start = changes.get("start", current["start"])
                end = changes.get("end", current["end"])
                try:
                    check_span(text, start, end)
                except ValueError as exc:
                    raise AnnotationError(str(exc)) from exc
                values["quote"] = text[start:end]
            values["modified"] = now_after(current["modified"])
            op.label = _edit_label(changes)
            self.db.table("ops").update(op.id, {"label": op.label})
            op.update("annotations", annotation_id, values)
        return self.get(annotation_id)  # type: ignore[return-value]

    def delete(self, annotation_id: int, *, actor: str) -> None:
        """Delete an annotation and its links (undo brings both back)."""
        with operation(self.db, actor, "Delete annotation") as op:
            for link in self.links_of(annotation_id):
                op.delete("links", link["id"])
            op.delete("annotations", annotation_id)

    def link(self, source_id: int, target_id: int, role: str, *, actor: str) -> int:
        """Link a claim to its speaker, date or event; one link per role and source."""
        check_link(source_id, target_id, role)
        with operation(self.db, actor, f"Set {role}") as op:
            for existing in self.db.query(
                "select id from links where source_id = ? and role = ?", [source_id, role]
            ):
                op.delete("links", existing["id"])
            return op.insert(
                "links",
                {
                    "source_id": source_id,
                    "target_id": target_id,
                    "role": role,
                    "annotator": actor,
                    "created": now_iso(),
                },
            )

    def unlink(self, source_id: int, role: str, *, actor: str) -> None:
        with operation(self.db, actor, f"Clear {role}") as op:
            for existing in self.db.query(
                "select id from links where source_id = ? and role = ?", [source_id, role]
            ):
                op.delete("links", existing["id"])

    def linked(self, source_id: int, role: str) -> dict | None:
        """The annotation linked to ``source_id`` in ``role``, if any."""
        rows = list(
            self.db.query(
                """select annotations.* from links join annotations on annotations.id = target_id
                   where source_id = ? and role = ?""",
                [source_id, role],
            )
        )
        return decode(rows[0]) if rows else None


def check_link(source_id: int, target_id: int, role: str | None) -> None:
    """The rules every link obeys, whether made in the app or read from a file."""
    if role not in LINK_ROLES:
        raise AnnotationError(f"unknown link role {role!r}: not a speaker, date or event")
    if source_id == target_id:
        raise AnnotationError("an annotation cannot be linked to itself")


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edit_label(changes: dict) -> str:
    names = ", ".join(sorted(changes))
    return f"Edit {names}"
