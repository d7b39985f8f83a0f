"""The tagger's dates as suggestions: accepted into Date annotations or rejected.

Suggestions are kept per article and span. A rejected suggestion stays
rejected when the tagger runs again; when the publication date changes, the
open ones are normalised again against the new date.
"""

from __future__ import annotations

import sqlite_utils

from annotator.core.annotations import Annotations
from annotator.core.history import operation
from annotator.core.pubdate import pubdate_from_row
from annotator.store import transaction


def _dct(db: sqlite_utils.Database, article_id: int) -> tuple[str, str | None]:
    rows = list(db.query("select * from articles where id = ?", [article_id]))
    if not rows:
        raise ValueError(f"no article {article_id}")
    pub = pubdate_from_row(rows[0])
    return rows[0]["text"], (pub.anchor.isoformat() if pub else None)


class Suggestions:
    """Date suggestions of a workspace."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def for_article(self, article_id: int, *, state: str | None = "open") -> list[dict]:
        """The article's suggestions (tagging it first if it never was)."""
        if not self.db.execute(
            "select 1 from suggestions where article_id = ? limit 1", [article_id]
        ).fetchone():
            self.refresh(article_id)
        sql = "select * from suggestions where article_id = ?"
        args: list = [article_id]
        if state is not None:
            sql += " and state = ?"
            args.append(state)
        return list(self.db.query(sql + " order by start", args))

    def refresh(self, article_id: int) -> int:
        """Run the tagger against the current publication date; returns open suggestions.

        New finds are added, open ones get fresh values, open ones the tagger no
        longer finds are removed; accepted and rejected ones are left as decided.
        """
        from annotator.temporal.tagger import tag

        text, dct = _dct(self.db, article_id)
        found = {(t.start, t.end): t for t in tag(text, dct)}
        with transaction(self.db):
            existing = {
                (row["start"], row["end"]): row
                for row in self.db.query("select * from suggestions where article_id = ?", [article_id])
            }
            for span, row in existing.items():
                if row["state"] == "open" and span not in found:
                    self.db.table("suggestions").delete(row["id"])
            for span, timex in found.items():
                values = {"text": timex.text, "type": timex.type, "value": timex.value, "mod": timex.mod}
                current = existing.get(span)
                if current is None:
                    self.db.table("suggestions").insert(
                        {
                            "article_id": article_id,
                            "start": span[0],
                            "end": span[1],
                            "state": "open",
                            **values,
                        }
                    )
                elif current["state"] == "open":
                    self.db.table("suggestions").update(current["id"], values)
        return int(
            self.db.execute(
                "select count(*) from suggestions where article_id = ? and state = 'open'",
                [article_id],
            ).fetchone()[0]
        )

    def accept(self, suggestion_id: int, *, annotator: str) -> dict:
        """Turn a suggestion into a Date annotation with its normalised value (undoable)."""
        row = self.db.table("suggestions").get(suggestion_id)
        with operation(self.db, annotator, f"Accept date “{row['text']}”") as op:
            annotation = Annotations(self.db).create(
                row["article_id"],
                "date",
                row["start"],
                row["end"],
                annotator=annotator,
                op=op,
                date_value=row["value"],
                date_type=row["type"],
                origin="suggestion",
                attrs={"mod": row["mod"]} if row["mod"] else {},
            )
            op.update("suggestions", suggestion_id, {"state": "accepted", "annotation_id": annotation["id"]})
        return annotation

    def reject(self, suggestion_id: int, *, actor: str) -> None:
        """Reject a suggestion; it stays rejected when the tagger runs again (undoable)."""
        with operation(self.db, actor, "Reject date suggestion") as op:
            op.update("suggestions", suggestion_id, {"state": "rejected"})
