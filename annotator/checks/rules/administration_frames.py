"""Rule event-date, an event placed in a leader's time that did not hold it: "Russia annexed
Crimea under Trump", "It was during the Eisenhower presidency that NATO was founded".

A leader's time in office is a date range that news names by the person: "under Obama",
"during the Bush administration", "in the Blair government". When the clause that names it
tells a known event as happening (the event's own clause, "Russia annexed Crimea", or its
name with a verb of happening, "the summit took place"), the event falls within that time.
It is judged against every leading office the knowledge base gives everyone of that name, a
vice-presidency included ("under Biden" may mean his years as vice-president), and only the
event's own clause is read: "Under Obama, officials studied the 2003 invasion" names the
invasion without placing it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.facts import Event, Term
from annotator.checks.kb.names import leads
from annotator.checks.rules.event_refs import CLAUSE_ALIAS_RX, event_span

_TITLE = (
    r"(?:President|Vice\s+President|Prime\s+Minister|Premier|Chancellor|King|Queen|Pope|Gov\.|Governor)\s+"
)
_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
_PERIOD = r"(?:administration|presidency|premiership|chancellorship|government|reign|papacy)"
# "under Obama", "under President George W. Bush", "under the Obama administration",
# "during the Eisenhower presidency", "during Obama's presidency", "in the Blair government"
_FRAME_RX = re.compile(
    rf"\b(?:(?i:under)\s+(?:the\s+)?(?:{_TITLE})?{_NAME}(?:(?:['’]s)?\s+{_PERIOD})?"
    rf"|(?i:during|in)\s+(?:the\s+)?(?:{_TITLE})?{_NAME.replace('name>', 'name2>')}(?:['’]s)?\s+{_PERIOD})\b"
    r"(?![\w'’-])"
)
# What lies between the frame and the event's own clause: nothing but a comma, or the "that"
# of a cleft ("It was during the Eisenhower presidency that NATO was founded").
_BEFORE_GAP_RX = re.compile(r"\s*,?\s*(?:that\s+)?(?:the\s+)?", re.IGNORECASE)
_AFTER_GAP_RX = re.compile(r"\s*,?\s*")
# A noun event told as happening: "the Dayton talks took place under Clinton".
_HAPPENED_RX = re.compile(
    r"\s+(?:took\s+place|happened|occurred|began|broke\s+out|was\s+(?:signed|founded|held|launched)"
    r"|were\s+held)\b",
    re.IGNORECASE,
)
_MARGIN = timedelta(days=31)  # a handover's last weeks, and acts begun just before it
_VICE = re.compile(r"\bvice\b")


def check_administration_frames(analysis: ArticleAnalysis) -> list[Finding]:
    """An event told as happening in the time of a leader who did not hold office then."""
    text, kb = analysis.text, analysis.kb
    if kb is None or not analysis.mentions.events:
        return []
    findings = []
    for mention in analysis.mentions.events:
        if not _told_as_happening(text, mention):
            continue
        low, high = analysis.layout.sentence_bounds(mention.start)
        for frame in _FRAME_RX.finditer(text, low, high):
            if not _framing(text, frame, mention):
                continue
            # "under Clinton" may be Hillary Clinton's State Department: a bare name is judged
            # against every office of everyone so named; a title or "administration" names a lead
            named = frame.group("name") or frame.group("name2")
            terms = _terms(
                analysis, named, lead_only=frame.group(0) != f"{frame.group(0).split()[0]} {named}"
            )
            if not terms or any(_within(e, terms) for e in mention.events):
                continue
            findings.append(_finding(text, frame, mention, terms))
            break
    return findings


def _told_as_happening(text: str, mention: EventMention) -> bool:
    return bool(CLAUSE_ALIAS_RX.search(mention.text)) or bool(_HAPPENED_RX.match(text, mention.end))


def _framing(text: str, frame: re.Match[str], mention: EventMention) -> bool:
    """Whether the frame and the event's clause are one clause: the frame opens it or ends it."""
    if frame.end() <= mention.start:
        return bool(_BEFORE_GAP_RX.fullmatch(text, frame.end(), mention.start))
    if frame.start() < mention.end:
        return False
    verb = _HAPPENED_RX.match(text, mention.end, frame.start())  # "the attack took place under X"
    return bool(_AFTER_GAP_RX.fullmatch(text, verb.end() if verb else mention.end, frame.start()))


def _terms(analysis: ArticleAnalysis, name: str, lead_only: bool) -> list[Term]:
    """The terms of everyone the name denotes, or only their leading (or vice-leading) ones."""
    kb = analysis.kb
    people = kb.people_named(name) if kb is not None else []
    if not people and " " in name:
        people = kb.people_named(name.split()[-1]) if kb is not None else []
    terms = []
    for person in people:
        terms += [
            t
            for t in person.terms
            if not lead_only or leads(t.titles, [t.office]) or _VICE.search(t.office.lower())
        ]
    return terms


def _within(event: Event, terms: list[Term]) -> bool:
    return any(
        event.start.lo - _MARGIN <= t.last_day and t.start.lo - _MARGIN <= event.last_day for t in terms
    )


def _finding(text: str, frame: re.Match[str], mention: EventMention, terms: list[Term]) -> Finding:
    event = mention.events[0]
    held = "; ".join(sorted({f"{t.person}, {t.office}, {t.describe()}" for t in terms})[:4])
    message = (
        f"“{frame.group(0)}” places {event.name} in that leader's time, but it took place "
        f"{event_span(event)} (source: {event.source}), outside every term of office the base "
        f"gives: {held}."
    )
    start, end = min(frame.start(), mention.start), max(frame.end(), mention.end)
    evidence = [e.evidence() for e in mention.events] + [t.evidence() for t in terms[:4]]
    return make_finding("event-date", ERROR, text, start, end, message, evidence, event.id)
