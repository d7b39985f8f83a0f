"""Rule office-term: a title that does not fit the person's terms on the article's date.

Handover days count for both sides (an inauguration day fits "President-elect" and
"President"), and a term known only to the month or year fits every day it may cover:
a flag means the title is wrong on every day the article may have been written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import PersonMention
from annotator.checks.findings import ERROR, WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.model import KnowledgeBase, Person, Term

RULE = "office-term"
_CHECKED_MODIFIERS = {None, "current", "former"}
_DAY = timedelta(days=1)


def _ends(term: Term) -> date:
    return term.end.hi if term.end else date.max


def _may_hold(term: Term, day: date) -> bool:
    return term.start.lo <= day <= _ends(term)


def _surely_holds_all_day(term: Term, day: date) -> bool:
    """In office that whole day: not the first or the last day of the term."""
    return term.start.hi < day and (term.end is None or day < term.end.lo)


def _may_be_former(terms: list[Term], day: date) -> bool:
    left = any(t.end is not None and t.end.lo <= day for t in terms)
    return left and not any(_surely_holds_all_day(t, day) for t in terms)


def _critical_days(terms: Iterable[Term], window: DateWindow) -> list[date]:
    """Days where validity can change, clipped to the window; checking these suffices."""
    days = {window.earliest, window.latest}
    for term in terms:
        points = [term.start.lo, term.start.hi]
        if term.end:
            points += [term.end.lo, term.end.hi]
        for point in points:
            for day in (point - _DAY, point, point + _DAY) if date.min < point < date.max \
                    else (point,):
                if window.earliest <= day <= window.latest:
                    days.add(day)
    return sorted(days)


def _fits_somewhere(terms: list[Term], window: DateWindow,
                    fits: Callable[[list[Term], date], bool]) -> bool:
    return any(fits(terms, day) for day in _critical_days(terms, window))


def _plain_fits(terms: list[Term], day: date) -> bool:
    return any(_may_hold(t, day) for t in terms)


def _problem(person: Person, mention: PersonMention, terms: list[Term], window: DateWindow
             ) -> tuple[str, str] | None:
    """(severity, explanation) when the title is wrong throughout the window, else None."""
    former = mention.modifier == "former"
    if _fits_somewhere(terms, window, _may_be_former if former else _plain_fits):
        return None
    office = terms[0].office
    when, at = window.describe(), window.at()
    spans = "; ".join(f"{t.start.text} to {t.end.text if t.end else 'today'}" for t in terms)
    sources = "; ".join(sorted({t.source for t in terms}))
    if former:
        current = next((t for t in terms if _may_hold(t, window.earliest)), None)
        if current is not None:
            return ERROR, (f"Called former {office} but {at} {person.name} was in office "
                           f"(term from {current.start.text}; source: {current.source}).")
        return ERROR, (f"Called former {office} but by {when} {person.name} had not yet held "
                       f"the office (terms: {spans}; source: {sources}).")
    first = min(t.start.lo for t in terms)
    if all(t.role == "elect" for t in terms):
        if window.latest < first:
            return ERROR, (f"Called {office} {at}, before {person.name} was elected "
                           f"(elect period: {spans}; source: {sources}).")
        return ERROR, (f"Called {office} {at}, but that period had ended: {person.name} "
                       f"took office at the end of it (elect period: {spans}; "
                       f"source: {sources}).")
    if window.latest < first:
        return ERROR, (f"Called {office} {at}, before {person.name} took office "
                       f"(terms: {spans}; source: {sources}).")
    return WARNING, (f"Called {office} {at}, when {person.name} was not in office "
                     f"(terms: {spans}; source: {sources}).")


def check_office_terms(text: str, mentions: list[PersonMention], layout: TextLayout,
                       window: DateWindow | None, kb: KnowledgeBase) -> list[Finding]:
    """Flag titled mentions whose title is wrong for every candidate person and date."""
    findings: list[Finding] = []
    for mention in mentions:
        if mention.title is None or mention.modifier not in _CHECKED_MODIFIERS:
            continue
        local = layout.window_at(mention.start, window)
        if local is None or not mention.people:
            continue
        problems: list[tuple[Person, list[Term], tuple[str, str]]] = []
        for person in mention.people:
            terms = kb.terms_for(person.id, mention.title, mention.organisations)
            if mention.modifier == "former":
                terms = [t for t in terms if t.role != "elect"]
            problem = _problem(person, mention, terms, local) if terms else None
            if problem is None:
                problems = []
                break
            problems.append((person, terms, problem))
        if not problems:
            continue
        person, terms, (severity, message) = problems[0]
        entity = f"{person.id}|{mention.title}|{mention.modifier or ''}"
        findings.append(make_finding(
            RULE, severity, text, mention.start, mention.end, message,
            [t.evidence() for t in terms], entity))
    return findings
