"""A spreadsheet of claims: one row per claim, the columns a fact-checking desk tracks.

Cells that a spreadsheet would run as a formula (text pasted from the web can
start with ``=``, ``+``, ``-`` or ``@``) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.exchange.common import Ticker, article_ref, atomic_write, labels
from annotator.exchange.query import Bundle

COLUMNS = (
    "claim",
    "speaker",
    "claim_date",
    "workflow_state",
    "verdict",
    "verdict_label",
    "note",
    "evidence",
    "article_title",
    "article_url",
    "article_published",
    "outlet",
    "annotator",
    "uid",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def speaker_of(claim: dict, bundle: Bundle) -> str:
    """The linked speaker's name (or quote), else the claim's own ``speaker`` attribute."""
    speaker = bundle.linked(claim["id"], "speaker")
    if speaker is not None:
        attrs = speaker.get("attrs") or {}
        return attrs.get("name") or attrs.get("speaker") or speaker["quote"]
    return (claim.get("attrs") or {}).get("speaker") or ""


def claim_date_of(claim: dict, bundle: Bundle) -> str:
    """The linked date's TIMEX3 value (or quote), else the ``claim_date`` attribute."""
    date = bundle.linked(claim["id"], "date")
    if date is not None:
        return date.get("date_value") or date["quote"]
    return (claim.get("attrs") or {}).get("claim_date") or ""


def claim_row(claim: dict, bundle: Bundle) -> list[str]:
    article = bundle.articles[claim["article_id"]]
    states, verdicts = labels("workflow_states"), labels("verdicts")
    values = (
        claim["quote"],
        speaker_of(claim, bundle),
        claim_date_of(claim, bundle),
        states.get(claim.get("status") or "", claim.get("status")),
        verdicts.get(claim.get("verdict") or "", claim.get("verdict")),
        claim.get("verdict_label"),
        claim.get("note"),
        "\n".join(claim.get("evidence") or []),
        article.get("title"),
        article_ref(article),
        article.get("published"),
        article.get("outlet"),
        claim.get("annotator"),
        claim.get("uid"),
    )
    return [_safe(value) for value in values]


def write_csv(bundle: Bundle, path: str | Path, ticker: Ticker, *, bom: bool = False) -> int:
    """Write one row per claim; ``bom`` adds the byte-order mark Excel needs for UTF-8."""
    rows = 0
    with atomic_write(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for annotation in bundle.annotations:
            ticker.step()
            if annotation["kind"] != "claim":
                continue
            writer.writerow(claim_row(annotation, bundle))
            rows += 1
    return rows
