"""Entry points of the date-consistency checks: one article, a corpus, a date estimate.

The rules take the tagger's timexes as input; callers that already hold them (stored at
import time) pass them in and skip the tagging, which is the costliest step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from annotator.checks.analysis.layout import TextLayout, layout
from annotator.checks.analysis.mentions import Mentions, find_mentions
from annotator.checks.findings import DateWindow, Finding, article_window
from annotator.checks.kb.model import KnowledgeBase, default_kb
from annotator.checks.rules.cross_article import (
    DatedClaim,
    claims_from_gatherings,
    claims_from_references,
    cross_article_findings,
)
from annotator.checks.rules.dates import check_elapsed, check_weekdays
from annotator.checks.rules.events import (
    DatedReference,
    check_event_dates,
    check_event_order,
    check_event_tense,
    dated_references,
)
from annotator.checks.rules.office_term import check_office_terms
from annotator.checks.rules.pubdate import Estimate, check_pubdate, estimate_from

RULES = ("office-term", "event-tense", "event-order", "event-date", "weekday", "elapsed-time",
         "pubdate-evidence", "cross-article")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_CHUNK = 200  # articles per task of a worker process: few round trips, even shares


@dataclass(slots=True)
class Analysis:
    """Everything one pass over an article found, kept for corpus-level rules."""

    findings: list[Finding]
    mentions: Mentions
    timexes: list
    references: list[DatedReference]
    layout: TextLayout
    window: DateWindow | None


@dataclass(frozen=True, slots=True)
class ArticleToCheck:
    """One article of a corpus: its text and what is known of its date."""

    id: Any
    text: str
    published: str | None = None
    earliest: date | None = None
    latest: date | None = None
    timexes: tuple | None = None


def _tag(text: str, dct: date | None) -> list:
    """The tagger's finds, remembered per text and date: re-runs of the checks cost rules only."""
    from annotator.temporal.tag_cache import tagged

    return tagged(text, dct)


def analyse(text: str, published: str | None = None, earliest: date | None = None,
            latest: date | None = None, kb: KnowledgeBase | None = None,
            timexes: Iterable | None = None) -> Analysis:
    """Run every single-article rule and keep the intermediate results."""
    kb = kb or default_kb()
    window = article_window(published, earliest, latest)
    dct = window.earliest if window and window.earliest == window.latest else None
    timex_list = sorted(timexes if timexes is not None else _tag(text, dct),
                        key=lambda t: t.start)
    text_layout = layout(text)
    text_layout.date_quotes(timex_list)
    mentions = find_mentions(text, kb)
    references = dated_references(text, mentions.events, timex_list)
    findings = [
        *check_office_terms(text, mentions.people, text_layout, window, kb),
        *check_event_tense(text, mentions.events, references, text_layout, window),
        *check_event_order(text, mentions.events, timex_list, text_layout),
        *check_event_dates(text, references, window),
        *check_weekdays(text, text_layout, window),
        *check_elapsed(text, mentions.events, text_layout, window),
        *check_pubdate(text, mentions, timex_list, text_layout, window, kb, references),
    ]
    findings.sort(key=lambda f: (f.start, _SEVERITY_ORDER.get(f.severity, 3), f.rule))
    return Analysis(findings, mentions, timex_list, references, text_layout, window)


def check_text(text: str, published: str | None = None, earliest: date | None = None,
               latest: date | None = None, kb: KnowledgeBase | None = None,
               timexes: Iterable | None = None) -> list[Finding]:
    """Date-consistency findings for one article (rules 1 to 6)."""
    return analyse(text, published, earliest, latest, kb, timexes).findings


def estimate_publication_date(text: str, kb: KnowledgeBase | None = None,
                              timexes: Iterable | None = None) -> Estimate:
    """The range of dates an undated article fits, with the reasoning, for the user to adopt."""
    kb = kb or default_kb()
    timex_list = sorted(timexes if timexes is not None else _tag(text, None),
                        key=lambda t: t.start)
    return estimate_from(text, find_mentions(text, kb), timex_list, layout(text), kb)


def _as_article(item: ArticleToCheck | Mapping[str, Any]) -> ArticleToCheck:
    if isinstance(item, ArticleToCheck):
        return item
    return ArticleToCheck(item.get("id"), item["text"], item.get("published"),
                          item.get("earliest"), item.get("latest"), item.get("timexes"))


def _analyse_articles(articles: list[ArticleToCheck], kb: KnowledgeBase | None = None
                      ) -> tuple[list[Finding], list[DatedClaim]]:
    """Findings and dated claims of some articles; the unit of work of a worker process."""
    kb = kb or default_kb()
    findings: list[Finding] = []
    claims: list[DatedClaim] = []
    for article in articles:
        result = analyse(article.text, article.published, article.earliest, article.latest,
                         kb, article.timexes)
        findings.extend(_with_article(f, article.id) for f in result.findings)
        known = result.window is not None and result.window.earliest == result.window.latest
        claims += claims_from_references(article.id, article.text, result.references, known)
        claims += claims_from_gatherings(article.id, article.text, result.timexes, known)
    return findings, claims


def check_corpus(articles: Iterable[ArticleToCheck | Mapping[str, Any]],
                 kb: KnowledgeBase | None = None, workers: int = 1) -> list[Finding]:
    """Every article's own findings plus the cross-article ones, each with its article id.

    With ``workers`` > 1 the articles are checked in that many processes (shipped knowledge
    base only, which each process loads itself); the result is the same list, in the same
    order, as a single-process run.
    """
    items = [_as_article(item) for item in articles]
    if workers > 1 and kb is None and len(items) >= 2 * _CHUNK:
        from concurrent.futures import ProcessPoolExecutor  # costly import, rarely needed

        chunks = [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]
        with ProcessPoolExecutor(workers) as pool:
            parts = list(pool.map(_analyse_articles, chunks))
    else:
        parts = [_analyse_articles(items, kb or default_kb())]
    findings = [f for part_findings, _ in parts for f in part_findings]
    claims = [c for _, part_claims in parts for c in part_claims]
    return findings + cross_article_findings(claims)


def _with_article(finding: Finding, article_id: Any) -> Finding:
    return Finding(finding.rule, finding.severity, finding.start, finding.end, finding.quote,
                   finding.message, finding.evidence, finding.fingerprint, article_id)
