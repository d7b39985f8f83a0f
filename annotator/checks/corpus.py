"""The one path that checks many articles: the command line, the app and the tests use it.

Articles are read one at a time through a callback (a workspace reads them from SQLite, a
test from a list), checked in worker processes where that pays and is safe, else here, and
handed back in order; a full run then compares the articles' dated claims with each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from annotator.checks.findings import Finding
from annotator.checks.kb.model import KnowledgeBase, default_kb
from annotator.checks.pool import Outcome, check_in_processes, check_one
from annotator.checks.rules.cross_article import cross_article_findings
from annotator.core.collector import collector_paused


@dataclass(frozen=True, slots=True)
class ArticleToCheck:
    """One article of a corpus: its text and what is known of its date."""

    id: Any
    text: str
    published: str | None = None
    earliest: date | None = None
    latest: date | None = None
    timexes: tuple | None = None

    def as_item(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "published": self.published,
            "earliest": self.earliest,
            "latest": self.latest,
            "timexes": self.timexes,
        }


def check_all(
    count: int,
    read: Callable[[int], dict | None],
    take: Callable[[int, Outcome], None],
    kb: Any,
    *,
    full: bool,
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Check articles 0..count-1 (``read(i)`` gives one, None to skip it), handing each
    outcome to ``take`` in order. False when cancelled.

    Checking leaves almost no reference cycles (about a hundred objects over a thousand
    articles), while the collector's walks cost some 4 % of the time, and in a forked
    worker would copy every page of the objects they walk: it is paused for the run.
    """
    with collector_paused():
        done = check_in_processes(count, read, take, kb, full, cancelled, workers)
        if done is None:
            return False
        for index in range(done, count):
            if cancelled and cancelled():
                return False
            item = read(index)
            if item is not None:
                take(index, check_one(item, kb, full))
        return True


def _as_item(item: ArticleToCheck | Mapping[str, Any]) -> dict:
    if isinstance(item, ArticleToCheck):
        return item.as_item()
    return {
        "id": item.get("id"),
        "text": item["text"],
        "published": item.get("published"),
        "earliest": item.get("earliest"),
        "latest": item.get("latest"),
        "timexes": item.get("timexes"),
    }


def check_corpus(
    articles: Iterable[ArticleToCheck | Mapping[str, Any]], kb: KnowledgeBase | None = None, workers: int = 1
) -> list[Finding]:
    """Every article's findings plus the cross-article ones, each with its article id, in
    the same order whatever the number of worker processes. An article that cannot be
    checked raises, naming it."""
    items = [_as_item(item) for item in articles]
    kb = kb or default_kb()
    findings: list[Finding] = []
    claims: list[Any] = []

    def take(_index: int, outcome: Outcome) -> None:
        article_id, article_findings, article_claims, error = outcome
        if error is not None:
            raise ValueError(f"article {article_id!r} could not be checked: {error}")
        findings.extend(_with_article(f, article_id) for f in article_findings)
        claims.extend(article_claims)

    check_all(len(items), items.__getitem__, take, kb, full=True, workers=workers)
    return findings + cross_article_findings(claims)


def _with_article(finding: Finding, article_id: Any) -> Finding:
    return Finding(
        finding.rule,
        finding.severity,
        finding.start,
        finding.end,
        finding.quote,
        finding.message,
        finding.evidence,
        finding.fingerprint,
        article_id,
        finding.confidence,
        finding.basis,
    )
