"""Rule cross-article: one event given dates that cannot both be right in two articles.

Events the knowledge base knows are keyed by their id; others ("a meeting in Ramstein")
by the kind of gathering and its place, so disagreements show up even where the base is
silent.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from annotator.checks.findings import WARNING, Finding, fingerprint
from annotator.checks.kb.model import normalise
from annotator.checks.rules.events import DatedReference
from annotator.temporal.values import value_bounds

RULE = "cross-article"
_GATHERING_RX = re.compile(
    r"\b(?P<kind>summit|meeting|talks|conference|visit|election|referendum|ceremony|parade)"
    r"\s+(?:in|at|to)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:,\s+[A-Z][\w-]+)?\s*,?\s+(?:on|in)\s+$")


@dataclass(frozen=True, slots=True)
class DatedClaim:
    """What one article says about when something happened."""

    article_id: Any
    key: str
    label: str
    low: date
    high: date
    start: int
    end: int
    quote: str


def claims_from_references(article_id: Any, text: str, references: list[DatedReference],
                           window_known: bool) -> list[DatedClaim]:
    """Dated knowledge-base events of one article, keyed by the event they resolve to."""
    claims = []
    for ref in references:
        bounds = value_bounds(ref.timex.value)
        has_year = re.search(r"\b\d{4}\b", ref.timex.text)
        if bounds is None or not (has_year or window_known):
            continue
        events = ref.matching or ref.candidates
        if len(events) != 1:
            continue
        start = min(ref.mention.start, ref.timex.start)
        end = max(ref.mention.end, ref.timex.end)
        claims.append(DatedClaim(article_id, events[0].id, events[0].name, *bounds, start, end,
                                 text[start:end]))
    return claims


def claims_from_gatherings(article_id: Any, text: str, timexes: list, window_known: bool
                           ) -> list[DatedClaim]:
    """"a meeting in Ramstein, Germany, on October 12": gatherings the base does not list."""
    claims = []
    for timex in timexes:
        if timex.type != "DATE":
            continue
        has_year = re.search(r"\b\d{4}\b", timex.text)
        bounds = value_bounds(timex.value)
        if bounds is None or not (has_year or window_known):
            continue
        before = text[max(0, timex.start - 80):timex.start]
        # The pattern ends with "on" or "in" and spaces: most dates have no such lead-in.
        if not before[-1:].isspace() or not before.rstrip().endswith(("on", "in")):
            continue
        match = _GATHERING_RX.search(before)
        if not match:
            continue
        key = f"{match.group('kind').lower()}@{normalise(match.group('place'))}"
        start = timex.start - len(before) + match.start()
        claims.append(DatedClaim(article_id, key, f"the {match.group('kind')} in "
                                 f"{match.group('place')}", *bounds, start, timex.end,
                                 text[start:timex.end]))
    return claims


def cross_article_findings(claims: list[DatedClaim]) -> list[Finding]:
    """One finding per article whose date for an event clashes with another article's."""
    by_key: dict[str, list[DatedClaim]] = defaultdict(list)
    for claim in claims:
        by_key[claim.key].append(claim)
    findings: dict[tuple[Any, str, int], Finding] = {}
    for key, group in by_key.items():
        for claim in group:
            others = [o for o in group if o.article_id != claim.article_id
                      and (o.high < claim.low or claim.high < o.low)]
            if not others:
                continue
            other = others[0]
            message = (f"{claim.label} is dated “{claim.quote}” here ({claim.low.isoformat()}"
                       f"{'' if claim.low == claim.high else ' to ' + claim.high.isoformat()})"
                       f", but article {other.article_id} dates it “{other.quote}” "
                       f"({other.low.isoformat()}).")
            evidence = [{"kind": "article", "article_id": o.article_id, "quote": o.quote,
                         "start": o.low.isoformat(), "end": o.high.isoformat(),
                         "source": f"article {o.article_id}"} for o in others]
            findings.setdefault((claim.article_id, key, claim.start), Finding(
                RULE, WARNING, claim.start, claim.end, claim.quote, message, evidence,
                fingerprint(RULE, claim.quote, key), claim.article_id))
    return list(findings.values())
