"""Annotated sample articles for the exchange tests: every field and link filled in."""

from __future__ import annotations

from annotator.store.settings import set_setting
from annotator.workspace import Workspace


def span_of(ws: Workspace, article_id: int, needle: str, nth: int = 0) -> tuple[int, int]:
    text = ws.articles.get(article_id)["text"]
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def annotate(ws: Workspace) -> dict[str, dict]:
    """Claims with speakers, dates, verdicts, notes, evidence and a review, by two people."""
    made: dict[str, dict] = {}
    a = ws.annotations
    s, e = span_of(ws, 3, "Rutte")
    made["speaker"] = a.create(3, "speaker", s, e, annotator="alice", attrs={"name": "Mark Rutte"})
    s, e = span_of(ws, 3, "no longer on the table")
    made["claim"] = a.create(
        3,
        "claim",
        s,
        e,
        annotator="alice",
        status="published",
        verdict="mostly_false",
        verdict_label="Needs context",
        note="Said at a press conference; 'quoted' & <b>",
        evidence=["https://example.org/a", "https://example.org/b"],
        attrs={"title_as_written": "Secretary General", "claim_date": "2025-03-14"},
    )
    text3 = ws.articles.get(3)["text"]
    date_at = next(i for i, ch in enumerate(text3) if ch.isdigit())
    date_end = date_at
    while date_end < len(text3) and (text3[date_end].isalnum()):
        date_end += 1
    made["date"] = a.create(
        3, "date", date_at, date_end, annotator="alice", date_value="2025-03-14", date_type="DATE"
    )
    a.link(made["claim"]["id"], made["speaker"]["id"], "speaker", actor="alice")
    a.link(made["claim"]["id"], made["date"]["id"], "date", actor="alice")
    s, e = span_of(ws, 4, "irreversible")
    made["claim4"] = a.create(
        4,
        "claim",
        s,
        e,
        annotator="bob",
        status="in_review",
        verdict="misleading",
        note="=SUM(A1) looks like a formula",
    )
    made["claim4b"] = a.create(
        4, "claim", s, e, annotator="alice", status="unstarted", attrs={"speaker": "Rutte"}
    )
    ws.db["reviews"].insert(
        {
            "article_id": 3,
            "fingerprint": "fp-1",
            "decision": "confirmed",
            "reason": "checked",
            "reviewer": "carol",
            "decided_at": "2025-03-15T10:00:00.000Z",
            "annotation_id": made["date"]["id"],
        }
    )
    set_setting(ws.db, "org.name", "Example Fact Check")
    set_setting(ws.db, "org.url", "https://factcheck.example.org/")
    return {key: a.get(value["id"]) for key, value in made.items()}
