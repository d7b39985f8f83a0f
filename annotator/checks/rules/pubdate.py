"""Rule pubdate-evidence: when was the article written, judging by its own dated references?

Each reference gives a constraint (a set of date intervals) with its reason. Strong ones
(events placed before or after "now", explicitly dated past or coming happenings, a
"Published on" line) decide; weak ones (titles such as "President-elect") only narrow the
range when they agree with it, since a wrong title is itself what other rules flag.

The tense of a dated reference's clause is the costly part: checking a known date, it is
looked up only for references that could contradict that date, and only when enough could.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import Mentions, identified_people
from annotator.checks.findings import HIGH, LOW, WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.rules.event_refs import DatedReference, dated_references
from annotator.checks.rules.event_tense_cues import cue_tells_time, tense_cue
from annotator.temporal.anchoring import clause_tense, lowered_text
from annotator.temporal.timex import YEAR_IN_TEXT_RX, Timex
from annotator.temporal.values import value_bounds

RULE = "pubdate-evidence"
Intervals = list[tuple[date, date]]
_ALL: Intervals = [(date.min, date.max)]
_STATED_RX = re.compile(r"(?:published|posted|first published)\s*(?:on|:)?\s*$", re.IGNORECASE)
_SKIP_RX = re.compile(r"(?:©|copyright|\(c\))\s*$", re.IGNORECASE)
# The same two for lower-cased text: case-sensitive, so the engine skips to first letters.
_STATED_LOWER_RX = re.compile(_STATED_RX.pattern)
_SKIP_LOWER_RX = re.compile(_SKIP_RX.pattern)
_YEARLESS_RX = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_DAY = timedelta(days=1)
_STATED_REASON = "the text says it was published on"
_STATED = "stated"  # the kind of a date on a "Published on" line


@dataclass(frozen=True, slots=True)
class Constraint:
    intervals: Intervals
    reason: str
    strong: bool
    start: int
    end: int


@dataclass(slots=True)
class Estimate:
    """The range of dates the text fits, the likeliest one, and why."""

    earliest: date | None
    latest: date | None
    likely: date | None
    reasons: list[str] = field(default_factory=list)
    stated: date | None = None


def _intersect(a: Intervals, b: Intervals) -> Intervals:
    if len(a) == 1 and len(b) == 1:  # the usual case: two single intervals
        (lo1, hi1), (lo2, hi2) = a[0], b[0]
        lo, hi = max(lo1, lo2), min(hi1, hi2)
        return [(lo, hi)] if lo <= hi else []
    out = []
    for lo1, hi1 in a:
        for lo2, hi2 in b:
            lo, hi = max(lo1, lo2), min(hi1, hi2)
            if lo <= hi:
                out.append((lo, hi))
    return sorted(out)


def _after(day: date) -> Intervals:
    return [(day, date.max)]


def _before(day: date) -> Intervals:
    return [(date.min, day)]


def _event_constraints(
    text: str,
    mentions: Mentions,
    timexes: list,
    layout: TextLayout,
    references: list[DatedReference] | None = None,
) -> list[Constraint]:
    if references is None:
        references = dated_references(text, mentions.events, timexes, layout)
    refs = {r.mention.start: r for r in references}
    found = []
    for mention in mentions.events:
        if layout.in_comments(mention.start) or layout.in_quote(mention.start):
            continue
        ref = refs.get(mention.start)
        events = ref.matching if ref and ref.matching else mention.events
        cue = tense_cue(text, mention, layout)
        kind = (
            cue[0]
            if cue
            else (clause_tense(text, mention.start, mention.end) if ref and ref.matching else None)
        )
        if kind is not None and not cue_tells_time(kind, events, mention.text):
            continue
        if kind == "future":
            latest = max(e.start.hi for e in events)
            found.append(
                Constraint(
                    _before(latest),
                    f"“{mention.text}” is still to come: before {latest.isoformat()}",
                    True,
                    mention.start,
                    mention.end,
                )
            )
        elif kind == "past":
            earliest = min(e.start.lo for e in events)
            found.append(
                Constraint(
                    _after(earliest),
                    f"“{mention.text}” has happened: after {earliest.isoformat()}",
                    True,
                    mention.start,
                    mention.end,
                )
            )
    return found


def _title_constraints(mentions: Mentions, kb: KnowledgeBase, layout: TextLayout) -> list[Constraint]:
    found = []
    for mention in mentions.people:
        if (
            mention.title is None
            or layout.in_quote(mention.start)
            or layout.in_comments(mention.start)
            or mention.modifier not in {None, "current", "former"}
            or len(people := identified_people(mention, kb)) != 1
        ):
            continue
        terms = kb.terms_for(people[0].id, mention.title, mention.organisations)
        if not terms:
            continue
        if mention.modifier == "former":
            ends = [t.end.lo for t in terms if t.end is not None and t.role != "elect"]
            ends += [
                t.known_until + timedelta(days=1)
                for t in terms  # may have left after
                if t.end is None and t.known_until is not None and t.role != "elect"
            ]
            if not ends:
                continue
            intervals = [(min(ends), date.max)]
            what = "after a term ended"
        else:
            intervals = sorted(
                [(t.start.lo, t.last_day) for t in terms]
                + [
                    (t.known_until + timedelta(days=1), date.max)
                    for t in terms
                    if t.end and t.known_until is not None
                ]  # a later term,
                + [(date.min, t.known_from - timedelta(days=1)) for t in terms if t.known_from is not None]
            )  # or an earlier, is unknown
            what = "; ".join(f"{t.start.text} to {t.until_text()}" for t in terms)
        found.append(
            Constraint(
                intervals,
                f"“{mention.text}” fits {what} ({terms[0].office}; source: {terms[0].source})",
                False,
                mention.start,
                mention.end,
            )
        )
    return found


#: The bounds of a date written with its year, by text and value: the same few ("2019",
#: "March 2019") recur throughout a corpus, and an article has dozens of dates.
_EXPLICIT_BOUNDS: dict[tuple[str, str], tuple[date, date] | None] = {}
_EXPLICIT_BOUNDS_LIMIT = 20_000
_UNKNOWN: Any = object()  # a sentinel: bounds not worked out yet


def _explicit_bounds(text: str, value: str) -> tuple[date, date] | None:
    """The days a date covers when its text holds a year ("March 2019"), else None; callers
    look in _EXPLICIT_BOUNDS first."""
    bounds = value_bounds(value) if YEAR_IN_TEXT_RX.search(text) else None
    if len(_EXPLICIT_BOUNDS) >= _EXPLICIT_BOUNDS_LIMIT:
        _EXPLICIT_BOUNDS.clear()
    _EXPLICIT_BOUNDS[text, value] = bounds
    return bounds


def _dated_candidates(
    text: str, timexes: list[Timex], layout: TextLayout, window: DateWindow | None = None
) -> list[tuple[Timex, tuple[date, date], bool]]:
    """Explicitly dated references that may give a constraint, in text order, as (timex,
    bounds, stated on a "Published on" line); given a window, only those that could
    contradict it. Their tense, the costly part, is left to the caller."""
    lowered = lowered_text(text)
    skip_rx: re.Pattern[str] | None
    stated_rx: re.Pattern[str] | None
    if lowered is None:
        searched, skip_rx, stated_rx = text, _SKIP_RX, _STATED_RX
    else:  # a search for words the text does not hold is left out
        searched = lowered
        skip_rx = _SKIP_LOWER_RX if "©" in lowered or "copyright" in lowered or "(c)" in lowered else None
        stated_rx = _STATED_LOWER_RX if "published" in lowered or "posted" in lowered else None
    comments_start = layout.comments_start
    known = _EXPLICIT_BOUNDS
    found = []
    for timex in timexes:
        if timex.type != "DATE" or (comments_start is not None and timex.start >= comments_start):
            continue
        bounds = known.get((timex.text, timex.value), _UNKNOWN)
        if bounds is _UNKNOWN:
            bounds = _explicit_bounds(timex.text, timex.value)
        if bounds is None:
            continue
        single_day = bounds[0] == bounds[1]
        fits = window is not None and bounds[0] <= window.latest and window.earliest <= bounds[1]
        if fits and (not single_day or stated_rx is None):  # only a stated day is kept if it fits
            continue
        low, at = max(0, timex.start - 30), timex.start
        if skip_rx is not None and skip_rx.search(searched, low, at):
            continue
        is_stated = single_day and stated_rx is not None and bool(stated_rx.search(searched, low, at))
        if fits and not is_stated:
            continue
        found.append((timex, bounds, is_stated))
    return found


def _dated_interval(bounds: tuple[date, date], kind: str | None) -> tuple[date, date] | None:
    """The dates a dated reference allows, by its kind: stated, past, future (else none)."""
    if kind == _STATED:
        return bounds
    if kind == "past":
        return bounds[0], date.max
    if kind == "future":
        return date.min, bounds[1]
    return None


def _dated_reason(timex: Timex, bounds: tuple[date, date], kind: str | None) -> str:
    if kind == _STATED:
        return f"{_STATED_REASON} {bounds[0].isoformat()}"
    if kind == "past":
        return f"“{timex.text}” is in the past: after {bounds[0].isoformat()}"
    return f"“{timex.text}” is still to come: before {bounds[1].isoformat()}"


def _tensed_constraints(
    text: str, candidates: list[tuple[Timex, tuple[date, date], bool]]
) -> tuple[list[Constraint], date | None]:
    """The constraints of dated references (see _dated_candidates), and the stated date."""
    found = []
    stated = None
    for timex, bounds, is_stated in candidates:
        kind = _STATED if is_stated else clause_tense(text, timex.start, timex.end)
        interval = _dated_interval(bounds, kind)
        if interval is None:
            continue
        if is_stated:
            stated = bounds[0]
        found.append(Constraint([interval], _dated_reason(timex, bounds, kind), True, timex.start, timex.end))
    return found, stated


def _dated_constraints(
    text: str, timexes: list, layout: TextLayout, window: DateWindow | None = None
) -> tuple[list[Constraint], date | None]:
    """Constraints from explicitly dated past or coming happenings; given a window, only
    those that could contradict it (their tense is the costly part)."""
    return _tensed_constraints(text, _dated_candidates(text, timexes, layout, window))


def _combine(constraints: list[Constraint]) -> tuple[Intervals, list[str], list[Constraint]]:
    """Intersect strong constraints, then each weak one that keeps the range non-empty."""
    current = _ALL
    reasons, conflicts = [], []
    for strong in (True, False):
        for constraint in (c for c in constraints if c.strong is strong):
            narrowed = _intersect(current, constraint.intervals)
            if narrowed:
                if narrowed != current:
                    reasons.append(constraint.reason)
                current = narrowed
            else:
                conflicts.append(constraint)
    return current, reasons, conflicts


def _yearless_constraints(
    text: str, timexes: list, layout: TextLayout, current: Intervals
) -> list[Constraint]:
    """ "June 9th" in a past clause: the last June 9 not after the latest possible date."""
    latest = current[-1][1] if current else date.max
    earliest = current[0][0] if current else date.min
    if latest == date.max and earliest == date.min:
        return []
    found = []
    for timex in timexes:
        match = _YEARLESS_RX.match(timex.value)
        if not match or layout.in_comments(timex.start) or layout.in_quote(timex.start):
            continue
        tense = clause_tense(text, timex.start, timex.end)
        month, day = int(match.group(1)), int(match.group(2))
        try:
            if tense == "past" and latest != date.max:
                year = latest.year if date(latest.year, month, day) <= latest else latest.year - 1
                when = date(year, month, day)
                found.append(
                    Constraint(
                        _after(when),
                        f"“{timex.text}” is in the past: after {when.isoformat()}",
                        True,
                        timex.start,
                        timex.end,
                    )
                )
            elif tense == "future" and earliest != date.min:
                year = earliest.year if date(earliest.year, month, day) >= earliest else earliest.year + 1
                when = date(year, month, day)
                found.append(
                    Constraint(
                        _before(when),
                        f"“{timex.text}” is still to come: before {when.isoformat()}",
                        True,
                        timex.start,
                        timex.end,
                    )
                )
        except ValueError:
            continue
    return found


def gather(
    text: str,
    mentions: Mentions,
    timexes: list,
    layout: TextLayout,
    kb: KnowledgeBase,
    window: DateWindow | None = None,
) -> tuple[list[Constraint], date | None]:
    dated, stated = _dated_constraints(text, timexes, layout, window)
    return (
        _event_constraints(text, mentions, timexes, layout) + dated + _title_constraints(mentions, kb, layout)
    ), stated


def estimate_from(
    text: str, mentions: Mentions, timexes: list, layout: TextLayout, kb: KnowledgeBase
) -> Estimate:
    constraints, stated = gather(text, mentions, timexes, layout, kb)
    current, reasons, _ = _combine(constraints)
    yearless = _yearless_constraints(text, timexes, layout, current)
    if yearless:
        current, reasons, _ = _combine(constraints + yearless)
    if not current or current == _ALL:
        return Estimate(None, None, stated, reasons, stated)
    earliest = current[0][0] if current[0][0] != date.min else None
    latest = current[-1][1] if current[-1][1] != date.max else None
    likely = stated
    if likely is None and earliest is not None:
        likely = earliest + _DAY if latest is None or earliest < latest else earliest
    return Estimate(earliest, latest, likely, reasons, stated)


_POST_SLACK = timedelta(days=1)  # a post's date and the article's may be in two time zones


def _later_posts(analysis: ArticleAnalysis) -> list[Finding]:
    """An article that embeds a post signed after its own date was not written on that
    date: the one reference that settles it alone (the post's date is printed with it)."""
    window = analysis.window
    assert window is not None
    later = [
        (start, end, day)
        for start, end, day in analysis.layout.post_dates
        if day > window.latest + _POST_SLACK and not analysis.layout.in_comments(start)
    ]
    if not later:
        return []
    start, end, day = max(later, key=lambda post: post[2])
    message = (
        f"The article is dated {window.describe()}, but it quotes a post dated "
        f"{day.isoformat()} (\u201c{analysis.text[start:end]}\u201d), so it was written "
        f"on or after {day.isoformat()}."
    )
    return [
        make_finding(
            RULE,
            WARNING,
            analysis.text,
            start,
            end,
            message,
            [{"kind": "reference", "reason": f"an embedded post dated {day}", "source": "article text"}],
            f"post|{window.describe()}",
            basis=f"the article's date, {window.describe()}, against the posts it quotes",
        )
    ]


def check_pubdate(analysis: ArticleAnalysis) -> list[Finding]:
    """Flag an article date that its own strong references rule out.

    One contradicting reference is that reference's own finding (event-tense, ...); the
    date itself is suspect when a "Published on" line or two references disagree with it.
    """
    text, mentions, timexes = analysis.text, analysis.mentions, analysis.timexes
    layout, window, references = analysis.layout, analysis.window, analysis.references
    if window is None:
        return []
    posted = _later_posts(analysis)
    if posted:
        return posted
    events = _event_constraints(text, mentions, timexes, layout, references)
    candidates = _dated_candidates(text, timexes, layout, window)
    dated = [(window.earliest, window.latest)]
    # A flag needs two references against the date, or a stated date against it: when too
    # few could be, the tense of the dated ones is not looked up.
    could_be_against = len(candidates) + sum(not _intersect(c.intervals, dated) for c in events)
    if could_be_against < 2 and not any(
        is_stated and not _intersect([bounds], dated) for _, bounds, is_stated in candidates
    ):
        return []
    # The strong references (titles are weak: not used) as (low, high, reference): an event
    # mention's constraint, or a dated reference as (timex, bounds, kind). Each allows one
    # interval, so _combine's intersection is done here inline, and a dated reference's
    # reason is written only when it is against the date.
    strong: list[tuple[date, date, Constraint | tuple[Timex, tuple[date, date], str | None]]] = [
        (*c.intervals[0], c) for c in events
    ]
    for timex, bounds, is_stated in candidates:
        kind = _STATED if is_stated else clause_tense(text, timex.start, timex.end)
        interval = _dated_interval(bounds, kind)
        if interval is not None:
            strong.append((*interval, (timex, bounds, kind)))
    low, high = date.min, date.max
    for lo, hi, _ in strong:
        lo, hi = max(low, lo), min(high, hi)
        if lo <= hi:
            low, high = lo, hi
    earliest, latest = window.earliest, window.latest
    if max(low, earliest) <= min(high, latest):
        return []
    against = []  # (start, end, reason) of each reference that rules the date out
    for lo, hi, reference in strong:
        if max(lo, earliest) <= min(hi, latest):
            continue
        if isinstance(reference, Constraint):
            against.append((reference.start, reference.end, reference.reason))
        else:
            timex = reference[0]
            against.append((timex.start, timex.end, _dated_reason(*reference)))
    stated = any(reason.startswith(_STATED_REASON) for _, _, reason in against)
    if len(against) < 2 and not stated:
        return []
    first_start, first_end, _ = against[0]
    # A year read as past or future from its clause's tense is weak evidence: plans ("by
    # 2026"), forecasts and histories fool it. Such a flag is shown only with two stronger
    # references against the date (known events, a stated date where the page states its
    # own: at its very start or end, not a cited item's line in the middle).
    strong_against = sum(
        1
        for start, _end, reason in against
        if (reason.startswith(_STATED_REASON) and (start < 300 or start > len(text) - 300))
        or not reason.startswith(("\u201c", '"', _STATED_REASON))
    )
    confidence = HIGH if strong_against >= 2 else LOW
    if low == date.min:
        span = f"on or before {high.isoformat()}"
    elif high == date.max:
        span = f"on or after {low.isoformat()}"
    else:
        span = f"between {low.isoformat()} and {high.isoformat()}"
    message = (
        f"The article is dated {window.describe()}, but its own references place it "
        f"{span}: " + "; ".join(reason for _, _, reason in against[:3]) + "."
    )
    return [
        make_finding(
            RULE,
            WARNING,
            text,
            first_start,
            first_end,
            message,
            [{"kind": "reference", "reason": reason, "source": "article text"} for _, _, reason in against],
            window.describe(),
            confidence=confidence,
            basis=f"the article's date, {window.describe()}, against its references",
        )
    ]
