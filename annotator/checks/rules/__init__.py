"""The rules, each declared once with its id and what it fires on.

A rule reads one :class:`~annotator.checks.analysis.article.ArticleAnalysis` and returns
findings; the cross-article rule compares articles and runs in the engine after them.
Everything that lists rules (the command line, the flags view's filter, the README's
table, the evaluation) reads this registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import Finding
from annotator.checks.rules import (
    cross_article,
    elapsed_named,
    elapsed_time,
    event_date,
    event_order,
    event_tense,
    office_term,
    pubdate,
    weekday,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One check: its id, a line on what it fires on, and how to run it on an article."""

    id: str
    fires_on: str
    check: Callable[[ArticleAnalysis], list[Finding]] | None  # None: a corpus-level rule


RULES: tuple[Rule, ...] = (
    Rule(
        office_term.RULE,
        "a title that does not fit the person's terms at the time its clause speaks of",
        office_term.check_office_terms,
    ),
    Rule(
        event_tense.TENSE_RULE,
        "an event spoken of as coming that had happened, or as past when it had not",
        event_tense.check_event_tenses,
    ),
    Rule(
        event_order.ORDER_RULE,
        "two events put in an order their dates contradict",
        event_order.check_event_order,
    ),
    Rule(
        event_date.DATE_RULE,
        "an explicit date that contradicts the knowledge base",
        event_date.check_event_dates,
    ),
    Rule(weekday.WEEKDAY_RULE, "a weekday that does not match its date", weekday.check_weekdays),
    Rule(
        elapsed_time.ELAPSED_RULE,
        "an elapsed time or an anniversary that does not fit the event's date",
        elapsed_named.check_elapsed_and_anniversaries,
    ),
    Rule(pubdate.RULE, "an article date its own dated references contradict", pubdate.check_pubdate),
    Rule(cross_article.RULE, "the same event given different dates in two articles", None),
)
RULE_IDS: tuple[str, ...] = tuple(rule.id for rule in RULES)
ARTICLE_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.check is not None)
