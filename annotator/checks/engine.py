"""Running the rules over one article: the analysis first, then every article rule.

The rules take the tagger's timexes as input; callers that already hold them (stored at
import time) pass them in and skip the tagging, which is the costliest step. Corpora go
through :mod:`annotator.checks.corpus`, the one path the command line, the app and the
tests share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from annotator.checks.analysis.accessions import accession_mentions
from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.claims import demote_reviewed_claims
from annotator.checks.analysis.election_mentions import election_mentions
from annotator.checks.analysis.event_anaphora import with_event_references
from annotator.checks.analysis.event_descriptions import description_mentions
from annotator.checks.analysis.families import series_events, series_mentions
from annotator.checks.analysis.kind_appositions import kind_apposition_mentions
from annotator.checks.analysis.layout import layout
from annotator.checks.analysis.mentions import find_mentions, mention_index
from annotator.checks.analysis.person_events import with_person_events
from annotator.checks.analysis.war_sides import war_side_mentions
from annotator.checks.findings import Finding, article_window
from annotator.checks.kb.model import KnowledgeBase, default_kb
from annotator.checks.rules import ARTICLE_RULES
from annotator.checks.rules.event_refs import dated_references
from annotator.checks.rules.pubdate import Estimate, estimate_from
from annotator.temporal import scanner
from annotator.temporal.tag_cache import tagged

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(slots=True)
class CheckedArticle:
    """An article's analysis and the findings of the article rules on it."""

    analysis: ArticleAnalysis
    findings: list[Finding] = field(default_factory=list)


def analyse_article(
    text: str,
    published: str | None = None,
    earliest: date | None = None,
    latest: date | None = None,
    kb: KnowledgeBase | None = None,
    timexes: Iterable | None = None,
) -> ArticleAnalysis:
    """The one reading of the article that every rule shares."""
    kb = kb or default_kb()
    window = article_window(published, earliest, latest)
    dct = window.earliest if window and window.earliest == window.latest else None
    timex_list = sorted(timexes if timexes is not None else tagged(text, dct), key=lambda t: t.start)
    text_layout = layout(text)
    text_layout.date_quotes(timex_list)
    mentions = find_mentions(text, kb)
    mentions.events = with_person_events(text, mentions.events, text_layout, kb)  # "his inauguration"
    extra = series_mentions(text, kb, window, mentions.events)
    extra += accession_mentions(text, kb, [*mentions.events, *extra])
    extra += election_mentions(text, kb, window, [*mentions.events, *extra], text_layout, timex_list)
    extra += kind_apposition_mentions(text, kb, [*mentions.events, *extra])  # "Benghazi, the attack"
    extra += description_mentions(
        text, kb, [*mentions.events, *extra], text_layout
    )  # "the quake that levelled Bam"
    sides = war_side_mentions(text, kb, [*mentions.events, *extra], text_layout)  # "Iraq's war with Iran"
    if sides:  # a shared name its sides narrow ("America's war in Afghanistan") is read by them
        mentions.events = [m for m in mentions.events if not any(s.start == m.start for s in sides)]
        extra = [m for m in extra if not any(s.start == m.start for s in sides)] + sides
    if extra:
        mentions.events = sorted([*mentions.events, *extra], key=lambda m: m.start)
    mentions.events = with_event_references(text, mentions.events, text_layout)  # "the summit"
    references = dated_references(text, mentions.events, timex_list, text_layout)
    return ArticleAnalysis(text, window, text_layout, timex_list, mentions, references, kb)


def check_article(
    text: str,
    published: str | None = None,
    earliest: date | None = None,
    latest: date | None = None,
    kb: KnowledgeBase | None = None,
    timexes: Iterable | None = None,
) -> CheckedArticle:
    """Analyse an article and run every article rule on it."""
    analysis = analyse_article(text, published, earliest, latest, kb, timexes)
    findings = [finding for rule in ARTICLE_RULES if rule.check for finding in rule.check(analysis)]
    findings = demote_reviewed_claims(analysis, findings)
    findings.sort(key=lambda f: (f.start, _SEVERITY_ORDER.get(f.severity, 3), f.rule))
    return CheckedArticle(analysis, findings)


def check_text(
    text: str,
    published: str | None = None,
    earliest: date | None = None,
    latest: date | None = None,
    kb: KnowledgeBase | None = None,
    timexes: Iterable | None = None,
) -> list[Finding]:
    """Every finding of the article rules, shown by default or not (see ``Finding.shown``)."""
    return check_article(text, published, earliest, latest, kb, timexes).findings


def prepare(kb: KnowledgeBase) -> None:
    """Build now what checking builds on first use: the tagger's tables and regexes, the
    base's name table and mention matchers. Worker processes forked afterwards inherit them,
    where each would otherwise build its own copy before checking its first article."""
    scanner.prepare()
    kb.prepare()
    index = mention_index(kb)
    index.first_kinds  # noqa: B018 - built on first access
    index.image_patterns  # noqa: B018
    series_events(kb)


def estimate_publication_date(
    text: str, kb: KnowledgeBase | None = None, timexes: Iterable | None = None
) -> Estimate:
    """The range of dates an undated article fits, with the reasoning, for the user to adopt."""
    kb = kb or default_kb()
    timex_list = sorted(timexes if timexes is not None else tagged(text, None), key=lambda t: t.start)
    text_layout = layout(text)
    mentions = find_mentions(text, kb)
    mentions.events = with_person_events(text, mentions.events, text_layout, kb)
    return estimate_from(text, mentions, timex_list, text_layout, kb)
