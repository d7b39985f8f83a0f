"""Running the date checks over a workspace, and the user's own knowledge-base facts.

The rules live in :mod:`annotator.checks.engine`; this module feeds them the
stored articles (text and publication date with its bounds), merges the facts
users added from the app (table ``kb_facts``) into the shipped knowledge base,
and stores the findings through ``ws.flags.replace_for_article`` so review
decisions survive every re-run. Plain Python: the GUI runs it on its worker
thread, the command line runs it inline.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.checks.corpus import check_all
from annotator.checks.rules import cross_article
from annotator.checks.rules.cross_article import cross_article_findings
from annotator.core.clock import now_iso
from annotator.core.history import operation
from annotator.store import transaction

FACT_KINDS = ("office", "event")
CROSS_ARTICLE_RULE = cross_article.RULE
LAST_RUN_KEY = "checks.last_full_run"
#: Articles whose flags are stored per transaction: few commits, yet short enough write
#: locks that the app's own edits never wait long.
_STORE_BATCH = 250

#: Fields of a user fact, named as in ``resources/kb/offices.csv`` and ``events.csv`` so the
#: knowledge base reads them with the same code as the shipped rows.
OFFICE_FIELDS = ("person", "office", "titles", "organisation_or_country", "start", "end", "role", "source")
EVENT_FIELDS = ("id", "name", "kind", "start", "end", "place", "aliases", "source")


@dataclass(slots=True)
class CheckReport:
    """What a check run did: articles checked, flags stored, articles skipped on errors."""

    checked: list[int] = field(default_factory=list)
    flags: int = 0
    failed: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False


def user_facts(ws: Any) -> list[dict]:
    """The facts users added, newest last, with ``data`` decoded."""
    rows = ws.db.query("select * from kb_facts order by id") if "kb_facts" in ws.db.table_names() else []
    return [{**row, "data": json.loads(row["data"])} for row in rows]


def validate_fact(kind: str, data: dict) -> dict:
    """The fact's data, cleaned, or ValueError naming what is missing or unreadable."""
    from annotator.checks.kb.facts import FuzzyDay, event_from_row, term_from_row

    if kind not in FACT_KINDS:
        raise ValueError(f"unknown kind of fact {kind!r}; use one of {FACT_KINDS}")
    names = OFFICE_FIELDS if kind == "office" else EVENT_FIELDS
    clean = {name: str(data.get(name) or "").strip() for name in names}
    required = ("person", "office", "start") if kind == "office" else ("name", "start")
    missing = [name for name in required if not clean[name]]
    if missing:
        raise ValueError(f"a {kind} fact needs {', '.join(missing)}")
    if kind == "event" and not clean["id"]:
        clean["id"] = "user-" + "-".join(clean["name"].lower().split())
    if kind == "office" and not clean["titles"]:
        clean["titles"] = clean["office"]
    for name in ("start", "end"):
        value = clean[name]
        if value and value.lower() != "ongoing":
            try:
                FuzzyDay.parse(value)
            except (ValueError, TypeError) as exc:
                raise ValueError(f"{name} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from exc
    (term_from_row if kind == "office" else event_from_row)(clean)  # reads as the base will
    return clean


def add_fact(ws: Any, kind: str, data: dict, *, author: str) -> dict:
    """Store a user fact (undoable); the next check run takes it into account."""
    clean = validate_fact(kind, data)
    row = _fact_row(kind, clean, author, now_iso())
    label = f"Add {kind} fact: {clean.get('person') or clean.get('name')}"
    with operation(ws.db, author, label) as op:
        row_id = op.insert("kb_facts", row)
    return {"id": row_id, **row, "data": clean}


def _fact_row(kind: str, clean: dict, author: str, created: str) -> dict:
    """The ``kb_facts`` row of a validated fact."""
    return {
        "kind": kind,
        "data": json.dumps(clean, ensure_ascii=False),
        "source": clean.get("source") or "user",
        "author": author,
        "created": created,
    }


def import_sparql_facts(ws: Any, path: str | Path, *, author: str) -> list[int]:
    """Store every term of a Wikidata SPARQL JSON result as a user fact, in one undoable
    step; a file that cannot be read raises ValueError naming it, and nothing is stored."""
    from annotator.checks.kb.sparql_import import load_sparql_file

    try:
        rows = load_sparql_file(path)
        clean = [validate_fact("office", row) for row in rows]
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"{Path(path).name}: {exc}") from exc
    if not clean:
        raise ValueError(f"{Path(path).name}: the result holds no terms of office")
    created = now_iso()
    with operation(ws.db, author, f"Import {len(clean)} terms from {Path(path).name}") as op:
        return [op.insert("kb_facts", _fact_row("office", fact, author, created)) for fact in clean]


def correct_fact(ws: Any, fact_id: int, data: dict, *, author: str) -> dict:
    """Replace a user fact's data (undoable); its kind stays, its row id too."""
    kind = _fact_kind(ws, fact_id)
    clean = validate_fact(kind, data)
    changes = {"data": json.dumps(clean, ensure_ascii=False), "source": clean.get("source") or "user"}
    label = f"Correct {kind} fact: {clean.get('person') or clean.get('name')}"
    with operation(ws.db, author, label) as op:
        row = op.update("kb_facts", fact_id, changes)
    return {**row, "data": clean}


def remove_fact(ws: Any, fact_id: int, *, author: str) -> dict:
    """Delete a user fact (undoable); the next check run no longer uses it."""
    kind = _fact_kind(ws, fact_id)
    with operation(ws.db, author, f"Remove {kind} fact {fact_id}") as op:
        removed = op.delete("kb_facts", fact_id)
    if removed is None:
        raise ValueError(f"no knowledge-base fact {fact_id}")
    return {**removed, "data": json.loads(removed["data"])}


def _fact_kind(ws: Any, fact_id: int) -> str:
    """The kind of a stored user fact, or ValueError when there is none with that id."""
    rows = list(ws.db.query("select kind from kb_facts where id = ?", [fact_id]))
    if not rows:
        raise ValueError(f"no knowledge-base fact {fact_id}")
    return str(rows[0]["kind"])


def user_kb(ws: Any, base: Any = None) -> Any:
    """The shipped knowledge base with the workspace's user facts merged in."""
    from annotator.checks.kb.model import default_kb

    base = base or default_kb()
    facts = user_facts(ws)
    if not facts:
        return base
    terms = [f["data"] for f in facts if f["kind"] == "office"]
    events = [f["data"] for f in facts if f["kind"] == "event"]
    return base.with_extra(terms=terms, events=events)


def _to_check(ws: Any, article_id: int) -> dict | None:
    from annotator.core.pubdate import pubdate_from_row

    article = ws.articles.get(article_id)
    if article is None:
        return None
    pub = pubdate_from_row(article)  # what ws.articles.pubdate reads, without a second query
    return {
        "id": article_id,
        "text": article["text"] or "",
        "published": pub.value if pub else None,
        "earliest": pub.earliest if pub else None,
        "latest": pub.latest if pub else None,
    }


def run_checks(
    ws: Any,
    article_ids: Iterable[int] | None = None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    kb: Any = None,
    workers: int | None = None,
) -> CheckReport:
    """Check articles (all when ``article_ids`` is None) and store their flags.

    A full run also compares articles with each other; a partial run (after an
    edit) keeps the affected articles' existing cross-article flags, which only
    a full run can recompute. Large runs use a second process when one can be
    started (see :mod:`annotator.checks.pool`; ``workers=1`` keeps to this
    one); the flags are the same either way.
    """
    kb = kb or user_kb(ws)
    full = article_ids is None
    ids = list(ws.articles.ids()) if article_ids is None else list(dict.fromkeys(article_ids))
    report = CheckReport()
    found: dict[int, list[Any]] = {}
    claims: list[Any] = []

    def take(done: int, outcome: tuple) -> None:
        article_id, findings, article_claims, error = outcome
        if error is not None:
            report.failed[article_id] = error
            return
        found[article_id] = findings
        claims.extend(article_claims)
        if progress:
            progress(done + 1, len(ids), f"article {article_id}")

    def read(done: int) -> dict | None:
        return _to_check(ws, ids[done])

    if not check_all(len(ids), read, take, kb, full=full, workers=workers, cancelled=cancelled):
        report.cancelled = True
        return report
    if full:
        for finding in cross_article_findings(claims):
            if finding.article_id in found:
                found[finding.article_id].append(finding)
    else:
        for article_id in found:
            found[article_id] += ws.flags.list(article_id=article_id, rule=CROSS_ARTICLE_RULE)
    stored = list(found.items())
    for first in range(0, len(stored), _STORE_BATCH):
        with transaction(ws.db):  # one commit per batch rather than one per article
            for article_id, findings in stored[first : first + _STORE_BATCH]:
                report.flags += ws.flags.replace_for_article(article_id, findings)
                report.checked.append(article_id)
    if full:
        ws.db["meta"].upsert({"key": LAST_RUN_KEY, "value": now_iso()}, pk="key")
    return report


def last_full_run(ws: Any) -> str | None:
    """When the whole corpus was last checked (None: never, so flags may be missing)."""
    rows = list(ws.db.query("select value from meta where key = ?", [LAST_RUN_KEY]))
    return rows[0]["value"] if rows else None


def fact_from_flag(flag: dict, near_date: str | None = None, kb: Any = None) -> tuple[str, dict]:
    """A user fact prefilled from a flag: the person and office it cites, or the event.

    An office keeps the titles and country of the known term, so the new term
    matches the same mentions the flag was raised on.
    """
    evidence = flag.get("evidence") or []
    term = next((e for e in evidence if e.get("kind") == "term"), None)
    if term is not None:
        from annotator.checks.kb.model import default_kb

        known = next(
            (
                t
                for t in (kb or default_kb()).terms
                if t.person == term.get("person") and t.office == term.get("office")
            ),
            None,
        )
        return "office", {
            "person": term.get("person") or "",
            "office": term.get("office") or "",
            "titles": "|".join(known.titles) if known else "",
            "organisation_or_country": known.organisation if known else "",
            "start": near_date or "",
            "end": "",
            "role": term.get("role") or "office",
            "source": "",
        }
    event = next((e for e in evidence if e.get("kind") == "event"), None)
    quote = " ".join((flag.get("quote") or "").split())
    return "event", {
        "id": "",
        "name": quote or (event or {}).get("name", ""),
        "kind": "",
        "start": near_date or "",
        "end": "",
        "place": "",
        "aliases": quote,
        "source": "",
    }
