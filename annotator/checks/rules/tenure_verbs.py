"""Rule elapsed-time, a leader's time in power told by a verb or a phrase set beside the name:
"Recep Tayyip Erdogan, who has ruled Turkey for 30 years", "Viktor Orban has governed Hungary
for 20 straight years", "Vladimir Putin, in power for more than three decades", "Narendra
Modi, prime minister for the past 15 years".

Such a count is read loosely by writers: across a prime minister's and a president's terms
("ruled Turkey" since 2003), over terms apart ("led Israel for 15 years" in all), or from the
current term only. So it is held against all of those readings, with a year's slack, and
flagged only when it fits none: the knowledge base must know the person by full name, hold
one head-of-state or head-of-government term of theirs open on the date written, and list
their terms from before the stretch began.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Term
from annotator.checks.rules.elapsed_phrases import (
    NUMBER,
    QUALIFIER,
    UNIT,
    UNIT_DAYS,
    accepted_years,
    phrase_amount,
)
from annotator.checks.rules.elapsed_tenure import named_person
from annotator.checks.rules.elapsed_time import ELAPSED_RULE

_FOR = r"\s+for\s+(?:(?:the|a)\s+(?:past|last|total\s+of)\s+|only\s+|just\s+|some\s+)?" + QUALIFIER + NUMBER
_COUNT = _FOR + r"(?:\s+(?:straight|consecutive|long))?\s+" + UNIT + r"\b"
_TOP = r"(?:president|prime\s+minister|premier|chancellor|leader|head\s+of\s+state)"
# "X, who has ruled Turkey for 30 years", "X has governed Hungary for 13 years"
_RULED_RX = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s*,\s*who)?\s+has\s+"
    r"(?:(?:ruled|led|governed|run)\s+(?P<place>the\s+country|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"|been\s+" + _TOP + r")" + _COUNT,
)
# "Vladimir Putin, in power for more than two decades,", "Modi, prime minister for the past
# ten years,"
_BESIDE_RX = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*,\s+(?:in\s+power|at\s+the\s+helm|"
    + _TOP
    + r")"
    + _COUNT
    + r"\s*,"
)
_HINTS = (" ruled ", " led ", " governed ", " run ", "in power for", "at the helm for", " for the past ")
_HEAD_OFFICE_RX = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|General Secretary|Supreme Leader|King|Emir"
    r"|Sultan|Taoiseach|Head of State)\b"
)
_ANOTHER_TIME_RX = re.compile(r"\b(?:by|until|in|as\s+of)\s+(?:19|20)\d\d\b|\bwill\s+have\b|\bwould\s+have\b")
_CHAINED = timedelta(days=92)  # a term begun this soon after another's end carries the power on
_SLACK_YEARS = 1.0
_PRONOUNS = frozenset({"He", "She", "It", "They", "Who", "This", "That"})


def check_tenure_verbs(analysis: ArticleAnalysis) -> list[Finding]:
    text, kb = analysis.text, analysis.kb
    if analysis.window is None or kb is None:
        return []
    counts = _counts(text)  # every phrase ends on one: a text without any is not searched
    if not counts or not any(h in text for h in _HINTS):
        return []
    findings = []
    for match in _phrases(text, counts):
        writing = analysis.writing_window(match.start())
        if writing is None or match.group("name").split()[0] in _PRONOUNS:
            continue
        sentence = analysis.layout.sentence_bounds(match.start())
        if _ANOTHER_TIME_RX.search(text, sentence[0], sentence[1]):
            continue  # "by 2030 he will have ruled for 30 years": counted to another day
        person = named_person(kb, match.group("name").split(), shortest=2)  # a full name
        if person is None:
            continue
        place = match.groupdict().get("place")
        if place and not place.startswith("the ") and kb.qualifiers.get(place.lower()) is None:
            continue  # "has led the Conservative Party for", "has run Tesla for"
        offices = [t for t in person.terms if t.role == "office" and t.start.hi <= writing.latest]
        heads = [t for t in offices if _HEAD_OFFICE_RX.search(t.office) and _open_on(t, writing.earliest)]
        if len({(t.start.lo, t.office) for t in heads}) != 1:
            continue
        unit = match.group("unit").lower()
        scale = UNIT_DAYS[unit]
        low, high = accepted_years(phrase_amount(match), match.group("qualifier"))
        slack = _SLACK_YEARS * 365.25 / scale if unit.startswith(("year", "decade")) else 0.1 * high
        readings, began = _readings(offices, heads[0], writing.earliest)
        if any(low - slack <= r / scale <= high + slack for r in readings):
            continue
        if low > max(readings) / scale and any(
            t.known_from is not None and t.known_from > began - _CHAINED for t in offices
        ):
            continue  # the stretch may have begun with a term before its source's first day
        findings.append(_finding(analysis, match, heads[0], readings, writing, unit, scale))
    return findings


def _open_on(term: Term, day: date) -> bool:
    """Held on the day: within the term, or in an open term its source no longer covers."""
    return term.covers(day) or (term.end is None and term.may_hold(day))


def _counts(text: str) -> list[re.Match]:
    """The counts of time ("for 30 years"), found from each " for "."""
    found = []
    at = text.find(" for ")
    while at >= 0:
        count = _COUNT_RX.match(text, at)
        if count is not None:
            found.append(count)
        at = text.find(" for ", at + 4)
    return found


def _phrases(text: str, counts: list[re.Match]) -> list[re.Match]:
    """The phrases, looked for only before a count ("for 30 years") and never over the whole
    text: the name they open with would be tried at every capital letter."""
    found: dict[int, re.Match] = {}
    for count in counts:
        for pattern in (_RULED_RX, _BESIDE_RX):
            match = pattern.search(text, max(0, count.start() - _REACH), count.end() + 3)
            if match is not None and match.end("unit") == count.end("unit"):
                found.setdefault(match.start(), match)
    return [found[start] for start in sorted(found)]


_COUNT_RX = re.compile(_COUNT)
_REACH = 110  # characters a name and its verb reach before the count


def _readings(offices: list[Term], head: Term, day: date) -> tuple[list[float], date]:
    """Days in power on `day`: in the head term, in the unbroken stretch of office it ends,
    and in all head terms together (overlaps counted once); and the stretch's first day."""
    start = head.start.lo
    for term in sorted(offices, key=lambda t: t.start.lo, reverse=True):
        if term.start.lo < start and term.end is not None and term.end.hi + _CHAINED >= start:
            start = term.start.lo
    spans = sorted((t.start.lo, min(day, t.last_day)) for t in offices if _HEAD_OFFICE_RX.search(t.office))
    together, reached = 0, date.min
    for first, last in spans:
        if last > reached:
            together += (last - max(first, reached)).days
            reached = last
    days = [float((day - head.start.lo).days), float((day - start).days), float(together)]
    return days, start


def _finding(
    analysis: ArticleAnalysis,
    match: re.Match,
    head: Term,
    readings: list[float],
    writing: DateWindow,
    unit: str,
    scale: float,
) -> Finding:
    said = ", ".join(f"{r / scale:.1f}" for r in sorted(set(readings)))
    message = (
        f"\u201c{match.group(0).strip()}\u201d does not fit: {head.person} took office as "
        f"{head.office} on {head.start.text}; counted in every way (the term, the unbroken stretch "
        f"in office, all terms together) that is {said} {unit}s on {writing.describe()} "
        f"(source: {head.source})."
    )
    start = match.start("name")
    return make_finding(
        ELAPSED_RULE,
        WARNING,
        analysis.text,
        start,
        match.end(),
        message,
        [head.evidence()],
        f"tenure|{head.person_id}|{head.start.text}",
        basis=f"counted to {writing.describe()}",
    )
