"""Rule elapsed-time, its ordinal form: "the war, now in its third year" must be in that
year of the event on the date written.

"Its Nth year" runs from N-1 whole years after the start to N: Russia's full-scale
invasion (24 February 2022) was in its fourth year from 24 February 2025. Only a clause
about now is judged ("now in its third year", "enters its fourth year"), and only an event
still going on then: "the war, then in its third year" speaks of another time.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.analysis.reference import PRESENT
from annotator.checks.findings import HIGH, LOW, WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Event
from annotator.checks.rules.elapsed_phrases import OPENING_RX, UNIT_DAYS
from annotator.checks.rules.elapsed_time import ELAPSED_RULE
from annotator.temporal.lexicon import CENTURY_ORDINALS

_ORDINALS = {word: n for word, n in CENTURY_ORDINALS.items() if n <= 20}
_NTH = (
    r"(?:(?P<nth>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r"))"
)
# Found from "its": the words before it are read only where an ordinal and a unit follow.
_ITS_NTH_RX = re.compile(r"its\s+" + _NTH + r"\s+(?P<unit>year|month|week|day)\b", re.IGNORECASE)
_INTO_RX = re.compile(
    r"\b(?P<now>now\s+|already\s+)?(?:in|into|entering|enters|entered|enter)\s+\Z", re.IGNORECASE
)
_INTO_REACH = 24
# How far before the phrase its event may be named in the sentence ("Russia's war in
# Ukraine, now in its fourth year"), and how near for a flag to be shown.
_NAMED_REACH = 160
_TIED_REACH = 40
# A writer rounds the day an event enters a year by a few days either way.
_SLACK_DAYS = 10


def _count(its: re.Match[str]) -> int:
    return int(its.group("nth")) if its.group("nth") else _ORDINALS[its.group("word").lower()]


def _its_event(analysis: ArticleAnalysis, start: int, end: int) -> EventMention | None:
    """The event "its" stands for: the last one named before the phrase in its sentence, or,
    for a phrase opening its sentence ("Now in its fifth year, Russia's war has ..."), the
    one named right after its comma."""
    sentence_start = analysis.layout.sentence_bounds(start)[0]
    low = max(sentence_start, start - _NAMED_REACH)
    named = [m for m in analysis.mentions.events if low <= m.start and m.end <= start]
    if named:
        return named[-1]
    text = analysis.text
    opening = OPENING_RX.fullmatch(text, sentence_start, start) and _COMMA_RX.match(text, end)
    if not opening:
        return None
    after = opening.end()
    return next((m for m in analysis.mentions.events if after <= m.start <= after + _SUBJECT_REACH), None)


_COMMA_RX = re.compile(r"\s*,\s*(?:(?:the|a)\s+)?")
_SUBJECT_REACH = 2  # characters between the comma and the event named as the subject


def _fits(event: Event, days: DateWindow, count: int, scale: float) -> bool:
    """Whether some day of `days` falls in the event's `count`-th unit, give or take a
    few days."""
    slack = _SLACK_DAYS / scale
    shortest = (days.earliest - event.start.hi).days / scale
    longest = (days.latest - event.start.lo).days / scale
    return longest >= count - 1 - slack and shortest < count + slack


def _its_phrases(text: str):
    """The matches of "its <ordinal> <unit>", looked for only where " its " is written."""
    at = text.find(" its ")
    while at >= 0:
        found = _ITS_NTH_RX.match(text, at + 1)
        if found is not None:
            yield found
        at = text.find(" its ", at + 4)


def check_ordinal_years(analysis: ArticleAnalysis) -> list[Finding]:
    text = analysis.text
    if analysis.window is None or " its " not in text:
        return []
    findings = []
    for its in _its_phrases(text):
        into = _INTO_RX.search(text, max(0, its.start() - _INTO_REACH), its.start())
        if into is None:
            continue
        start, end = into.start(), its.end()
        mention = _its_event(analysis, start, end)
        writing = analysis.writing_window(start)
        if mention is None or writing is None:
            continue
        if not into.group("now") and analysis.reference_at(start, end).kind != PRESENT:
            continue  # "then in its third year", "was in its third year": another time
        going = [e for e in mention.events if e.end is None or e.last_day >= writing.earliest]
        over = [e for e in mention.events if e not in going]
        if not going or any(e.last_day >= min(g.start.lo for g in going) for e in over):
            # an event over by then, or a phrase that may name one; but "now" means the one
            # going on when every other that bears the name ended before it began (the
            # Israel-Hamas war of 2023 and those of 2008-2021)
            continue
        count, unit = _count(its), its.group("unit").lower()
        scale = UNIT_DAYS[unit]
        if any(_fits(event, writing, count, scale) for event in going):
            continue
        event = going[0]
        elapsed = (writing.earliest - event.start.lo).days / scale
        message = (
            f"\u201c{text[start:end]}\u201d does not fit: {event.name} began on "
            f"{event.start.text}, so on {writing.describe()} it was in its "
            f"{int(elapsed) + 1}th {unit} ({elapsed:.1f} {unit}s; source: {event.source})."
        )
        tied = start - mention.end <= _TIED_REACH
        findings.append(
            make_finding(
                ELAPSED_RULE,
                WARNING,
                text,
                start,
                end,
                message,
                [e.evidence() for e in going],
                f"ordinal|{event.id}|{count}|{unit}",
                confidence=HIGH if tied else LOW,
                basis=f"counted to the date written, {writing.describe()}",
            )
        )
    return findings
