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

from annotator.checks.findings import HIGH, LOW, WARNING, Finding, fingerprint
from annotator.checks.kb.folding import normalise
from annotator.checks.rules.event_refs import DatedReference
from annotator.temporal.timex import YEAR_IN_TEXT_RX
from annotator.temporal.values import value_bounds

RULE = "cross-article"
_GATHERING_RX = re.compile(
    r"\b(?P<kind>summit|meeting|talks|conference|visit|election|referendum|ceremony|parade)"
    r"\s+(?:in|at|to)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:,\s+[A-Z][\w-]+)?\s*,?\s+(?:on|in)\s+$"
)


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
    known: bool | None = None  # a knowledge-base event: does the date fit it? None: not known


def claims_from_references(
    article_id: Any, text: str, references: list[DatedReference], window_known: bool
) -> list[DatedClaim]:
    """Dated knowledge-base events of one article, keyed by the event they resolve to."""
    claims = []
    for ref in references:
        bounds = value_bounds(ref.timex.value)
        has_year = YEAR_IN_TEXT_RX.search(ref.timex.text)
        if bounds is None or not (has_year or window_known):
            continue
        events = ref.matching or ref.candidates
        if len(events) != 1:
            continue
        start = min(ref.mention.start, ref.timex.start)
        end = max(ref.mention.end, ref.timex.end)
        claims.append(
            DatedClaim(
                article_id,
                events[0].id,
                events[0].name,
                *bounds,
                start,
                end,
                text[start:end],
                bool(ref.matching),
            )
        )
    return claims


def claims_from_gatherings(article_id: Any, text: str, timexes: list, window_known: bool) -> list[DatedClaim]:
    """ "a meeting in Ramstein, Germany, on October 12": gatherings the base does not list."""
    claims = []
    for timex in timexes:
        if timex.type != "DATE":
            continue
        before = text[max(0, timex.start - 80) : timex.start]
        # The pattern ends with "on" or "in" and spaces: most dates have no such lead-in.
        if not before[-1:].isspace() or not before.rstrip().endswith(("on", "in")):
            continue
        has_year = YEAR_IN_TEXT_RX.search(timex.text)
        bounds = value_bounds(timex.value)
        if bounds is None or not (has_year or window_known):
            continue
        match = _GATHERING_RX.search(before)
        if not match:
            continue
        key = f"{match.group('kind').lower()}@{normalise(match.group('place'))}"
        start = timex.start - len(before) + match.start()
        claims.append(
            DatedClaim(
                article_id,
                key,
                f"the {match.group('kind')} in {match.group('place')}",
                *bounds,
                start,
                timex.end,
                text[start : timex.end],
            )
        )
    return claims


def _overlap(a_low: date, a_high: date, b_low: date, b_high: date) -> bool:
    return not (b_high < a_low or a_high < b_low)


def cross_article_findings(claims: list[DatedClaim]) -> list[Finding]:
    """At most one finding per article and event whose date clashes with other articles'.

    Linear in the corpus: the other side is summarised (how many articles give which date,
    an example of each) instead of listed, so a corpus of 10,000 articles about one summit
    costs about what 10,000 articles about different things cost. Where the knowledge base
    knows the event, only the articles that also contradict it are flagged (the ones that
    agree with it are right); gatherings it does not know ("a meeting in Ramstein on ...")
    are compared by kind and place, a looser match, so their flags are shown on request.
    """
    by_key: dict[str, list[DatedClaim]] = defaultdict(list)
    for claim in claims:
        by_key[claim.key].append(claim)
    findings: list[Finding] = []
    for key, group in by_key.items():
        dates: dict[tuple[date, date], list[DatedClaim]] = defaultdict(list)
        for claim in group:
            dates[claim.low, claim.high].append(claim)
        if len(dates) < 2:
            continue
        known = any(claim.known is not None for claim in group)
        # Each date once: (low, high, how many articles give it, an example claim).
        spans = [
            (low, high, len({c.article_id for c in members}), members[0])
            for (low, high), members in dates.items()
        ]
        ranked = sorted(spans, key=lambda s: (-s[2], s[0], s[1]))
        everyone = len({claim.article_id for claim in group})
        seen: set[Any] = set()
        for claim in group:
            if claim.article_id in seen or (known and claim.known):
                continue
            against = []
            agreeing = 0
            for low, high, count, _example in spans:
                if _overlap(claim.low, claim.high, low, high):
                    agreeing += count
            if everyone - agreeing <= 0:
                continue
            for span in ranked:
                if not _overlap(claim.low, claim.high, span[0], span[1]):
                    against.append(span)
                    if len(against) == 3:
                        break
            seen.add(claim.article_id)
            findings.append(_finding(claim, key, against, everyone - agreeing, known))
    return findings


def _finding(
    claim: DatedClaim, key: str, against: list[tuple[date, date, int, DatedClaim]], others: int, known: bool
) -> Finding:
    summary = [
        {
            "kind": "articles",
            "date": _span(low, high),
            "articles": count,
            "example_article": example.article_id,
            "quote": example.quote,
            "source": f"article {example.article_id}",
            "event_key": key,
        }
        for low, high, count, example in against
    ]
    low, high, _count, example = against[0]
    message = (
        f"{claim.label} is dated \u201c{claim.quote}\u201d here ({_span(claim.low, claim.high)}), "
        f"but {others} other article{'s' if others != 1 else ''} date it "
        f"otherwise, most often {_span(low, high)} "
        f"(e.g. article {example.article_id}: \u201c{example.quote}\u201d)."
    )
    return Finding(
        RULE,
        WARNING,
        claim.start,
        claim.end,
        claim.quote,
        message,
        summary,
        fingerprint(RULE, claim.quote, key),
        claim.article_id,
        HIGH if known else LOW,
        "the dates other articles give the same event",
    )


def _span(low: date, high: date) -> str:
    return low.isoformat() if low == high else f"{low.isoformat()} to {high.isoformat()}"
