"""Rule event-tense, events nobody can name ahead: "the Las Vegas massacre" in a passage
written before the shooting.

A summit or an election is announced, so its name may come long before it. An attack, a
storm or a disaster gets its name only when it happens: named at all in a passage written
earlier, it is told as known when it was not, and the passage's date (or the name) is
wrong. A storm's name is on a list years ahead ("what could become Hurricane Irma"), so a
clause of condition, wish or guess is left alone; and the reach is kept to a year, since
an older event of the same name (a place's earlier attack) may be the one meant.
"""

from __future__ import annotations

from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.facts import Event
from annotator.checks.rules.event_refs import event_span, nearest_event
from annotator.checks.rules.event_tense_cues import NOT_DONE_RX

_UNFORESEEABLE = frozenset({"attack", "storm", "disaster"})
_REACH = timedelta(days=366)
_NAMING_WORDS = ("become", "named", "called", "name")  # "could become Hurricane Irma"


def check_named_before(analysis: ArticleAnalysis) -> list[Finding]:
    """An attack, storm or disaster named in a passage written before it happened."""
    text, layout = analysis.text, analysis.layout
    dated = {ref.mention.start for ref in analysis.references}
    findings = []
    for mention in analysis.mentions.events:
        events = mention.events
        if not events or any(e.kind not in _UNFORESEEABLE for e in events) or mention.start in dated:
            continue  # a dated mention ("the 1996 Manchester bombing") is judged by its date
        writing = analysis.writing_window(mention.start)
        if writing is None:
            continue
        first = min(e.start.lo for e in events)
        if not writing.latest < first <= writing.latest + _REACH:
            continue
        low, _high = layout.sentence_bounds(mention.start)
        before = text[max(low, mention.start - 30) : mention.start].lower()
        if NOT_DONE_RX.search(text, low, mention.end) or any(w in before.split() for w in _NAMING_WORDS):
            continue
        event = nearest_event(events, writing)
        message = (
            f"“{mention.text}” names {event.name}, which happened {event_span(event)} "
            f"(source: {event.source}): {writing.at()} it had not yet happened, and nobody "
            "could name it ahead."
        )
        basis = f"named in a passage written {writing.describe()}"
        findings.append(tense_finding(text, (mention.start, mention.end), message, events, event, basis))
    return findings


def tense_finding(
    text: str, span: tuple[int, int], message: str, events: tuple[Event, ...], event: Event, basis: str
) -> Finding:
    """An event-tense finding on a mention of these events, about the nearest one."""
    evidence = [e.evidence() for e in events]
    return make_finding("event-tense", ERROR, text, *span, message, evidence, event.id, basis=basis)
