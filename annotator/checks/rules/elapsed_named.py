"""Rule elapsed-time, for counts whose start the sentence names itself: "the 1949 treaty,
30 years after it was signed" (the year is written beside it), "Crimea, occupied for seven
years" (the place's annexation is known); and the rule's entry point, every form together.

Each count runs to the time its clause speaks of: the date written, a dated clause's date;
in a past clause, some time before the date written, so only a count longer than the time
to the date written is sure to be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Event, FuzzyDay
from annotator.checks.rules.anniversary import check_anniversaries
from annotator.checks.rules.elapsed_phrases import (
    NUMBER,
    QUALIFIER,
    UNIT,
    UNIT_DAYS,
    accepted_years,
    elapsed_range,
    phrase_amount,
)
from annotator.checks.rules.elapsed_power import check_power_counts
from annotator.checks.rules.elapsed_tenure import check_tenure
from annotator.checks.rules.elapsed_time import ELAPSED_RULE, check_elapsed
from annotator.checks.rules.ordinal_year import check_ordinal_years
from annotator.checks.rules.tenure_verbs import check_tenure_verbs
from annotator.temporal.timex import YEAR_IN_TEXT_RX
from annotator.temporal.values import value_bounds

_COUNT = rf"{QUALIFIER}{NUMBER}[\s-]+{UNIT}"
# "the 1949 treaty, 30 years after it was signed"
_YEAR_NAMED_RX = re.compile(
    r"\b(?P<named>the\s+(?P<year>1[6-9]\d\d|20\d\d)\s+(?:treaty|agreement|accords?|pact|convention"
    r"|charter|constitution|law|act|deal))\s*,\s*"
    + _COUNT
    + r"\s+(?:after|since)\s+(?:it|they)\s+(?:was|were)\s+(?:signed|adopted|passed|enacted"
    r"|ratified|agreed|concluded)\b",
    re.IGNORECASE,
)
# "Crimea, occupied for seven years", "Crimea, which Russia annexed three years ago"
_PLACE_HELD_RX = re.compile(
    r"\b(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*,\s*(?:(?:which\s+(?:has|had)\s+been|which\s+was)\s+)?"
    r"(?P<verb>occupied|annexed)(?:\s+by\s+[A-Z][\w-]+)?\s+(?:for\s+)?" + _COUNT + r"(?P<ago>\s+ago)?\b"
)
_HELD_KINDS = ("annexation", "occupation")
_JUDGED = ("present", "future", "dated", "past")


def _held_places(analysis: ArticleAnalysis, place: str) -> tuple[Event, ...]:
    """The annexations of a place the base names in the event's own aliases ("annexation
    of Crimea"), never of a whole country a part of which was taken."""
    if analysis.kb is None:
        return ()
    return tuple(
        e
        for e in analysis.kb.events
        if e.kind in _HELD_KINDS and e.place == place and any(place in alias for alias in e.aliases)
    )


def _counted_to(analysis: ArticleAnalysis, start: int, end: int) -> tuple[DateWindow, bool] | None:
    """The time a count runs to, and whether it is only some time before that (a past
    clause); None when the clause is not about a time the text gives."""
    writing = analysis.writing_window(start)
    reference = analysis.reference_at(start, end)
    if writing is None or reference.kind not in _JUDGED:
        return None
    if reference.kind == "dated":
        days = reference.window(writing)
        return (days, False) if days is not None else None
    return writing, reference.kind == "past"


def _judge(
    match: re.Match[str], start: FuzzyDay, until: DateWindow, at_most: bool
) -> tuple[float, float] | None:
    """The elapsed span, when the count does not fit it; None when it does."""
    unit = match.group("unit").lower()
    low, high = accepted_years(phrase_amount(match), match.group("qualifier"))
    shortest, longest = elapsed_range(start, until, UNIT_DAYS[unit])
    if low <= longest and (at_most or shortest <= high):
        return None
    return shortest, longest


def _finding(
    analysis: ArticleAnalysis,
    match: re.Match[str],
    what: str,
    span: tuple[float, float],
    until: DateWindow,
    evidence: list[dict[str, Any]],
    key: str,
) -> Finding:
    shortest, longest = span
    unit = match.group("unit").lower()
    elapsed = f"{shortest:.1f}" if abs(longest - shortest) < 0.05 else f"{shortest:.1f} to {longest:.1f}"
    return make_finding(
        ELAPSED_RULE,
        WARNING,
        analysis.text,
        match.start(),
        match.end(),
        f"\u201c{match.group(0).strip()}\u201d does not fit: {what}, {elapsed} {unit}s before "
        f"{until.describe()}.",
        evidence,
        key,
        basis=f"counted to {until.describe()}",
    )


def check_named_starts(analysis: ArticleAnalysis) -> list[Finding]:
    """Counts from a year written beside the thing counted, or from a place's annexation."""
    text = analysis.text
    if analysis.window is None:
        return []
    findings = []
    if " after it " in text or " since it " in text or " after they " in text:
        for match in _YEAR_NAMED_RX.finditer(text):
            year = int(match.group("year"))
            counted = _counted_to(analysis, match.start(), match.end("named"))
            if counted is None or counted[0].earliest.year <= year:
                continue
            span = _judge(match, FuzzyDay.parse(str(year)), *counted)
            if span is not None:
                evidence = [
                    {"kind": "reference", "reason": f"the year written, {year}", "source": "article text"}
                ]
                findings.append(
                    _finding(
                        analysis, match, f"it dates from {year}", span, counted[0], evidence, f"year|{year}"
                    )
                )
    if "occupied" in text or "annexed" in text:
        for match in _PLACE_HELD_RX.finditer(text):
            events = _held_places(analysis, match.group("place"))
            counted = _counted_to(analysis, match.start(), match.end("place"))
            if not events or counted is None:
                continue
            spans = [_judge(match, e.start, *counted) for e in events]
            first = spans[0]
            if first is None or any(span is None for span in spans):
                continue
            event = events[0]
            what = f"{event.name} began on {event.start.text} (source: {event.source})"
            findings.append(
                _finding(analysis, match, what, first, counted[0], [e.evidence() for e in events], event.id)
            )
    return findings


# "It began in 1987 ... Almost 10 years later, in 1996": a count between two years written.
_LATER_RX = re.compile(_COUNT + r"\s+later\s*,?\s+in\s+(?P<year>1[6-9]\d\d|20\d\d)\b(?![-–/])", re.IGNORECASE)
# Its end alone, which starts with a word the regex engine skips to (the whole pattern has
# no such word first and would be tried at every character), and how far back a count reaches.
_LATER_END_RX = re.compile(r"later\s*,?\s+in\s+(?:1[6-9]\d\d|20\d\d)\b(?![-–/])", re.IGNORECASE)
_COUNT_REACH = 80
_NARRATED_YEAR_RX = re.compile(r"\b(?:in|In|on|On)\s+\Z")


def _later_counts(text: str) -> Iterator[re.Match[str]]:
    """The matches of _LATER_RX, found from their ends ("later, in 1996") back to a word
    start within a count's reach."""
    taken = 0  # the end of the last match: matches do not overlap
    for end in _LATER_END_RX.finditer(text):
        low = max(taken, end.start() - _COUNT_REACH)
        while low > taken and not text[low - 1].isspace():
            low -= 1
        match = _LATER_RX.search(text, low, end.end())
        while match is not None and match.end() < end.end():  # an earlier "later" of no count
            match = _LATER_RX.search(text, match.end(), end.end())
        if match is not None:
            taken = match.end()
            yield match


def check_years_later(analysis: ArticleAnalysis) -> list[Finding]:
    """ "N years later, in 1996": the count from the last year the story gave before it, in
    that sentence or the two before ("It began in 1987, when ..."), to the year written."""
    text, layout = analysis.text, analysis.layout
    if " later" not in text:
        return []
    findings = []
    for match in _later_counts(text):
        sentence = layout.sentence_index(match.start())
        told = [
            t
            for t in analysis.timexes
            if t.end <= match.start()
            and t.type == "DATE"
            and sentence - 2 <= layout.sentence_index(t.start) <= sentence
            and YEAR_IN_TEXT_RX.search(t.text)
        ]
        if not told or not _NARRATED_YEAR_RX.search(text, max(0, told[-1].start - 4), told[-1].start):
            continue
        bounds = value_bounds(told[-1].value)
        year = int(match.group("year"))
        if bounds is None or bounds[1].year >= year:
            continue
        start = FuzzyDay(bounds[0], bounds[1], told[-1].text, "day")
        until = DateWindow(date(year, 1, 1), date(year, 12, 31), f"the year {year}")
        span = _judge(match, start, until, False)
        if span is not None:
            evidence = [
                {
                    "kind": "reference",
                    "reason": f"the date written, {told[-1].text}",
                    "source": "article text",
                }
            ]
            what = f"the story's earlier date is {told[-1].text}"
            findings.append(
                _finding(analysis, match, what, span, until, evidence, f"later|{told[-1].value}|{year}")
            )
    return findings


def check_elapsed_and_anniversaries(analysis: ArticleAnalysis) -> list[Finding]:
    """Every form of rule elapsed-time; a count judged by two forms is flagged once."""
    found = [
        *check_elapsed(analysis),
        *check_anniversaries(analysis),
        *check_ordinal_years(analysis),
        *check_tenure(analysis),
        *check_tenure_verbs(analysis),
        *check_named_starts(analysis),
        *check_years_later(analysis),
    ]
    return found + [
        f for f in check_power_counts(analysis) if not any(f.start < g.end and g.start < f.end for g in found)
    ]
