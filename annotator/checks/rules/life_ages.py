"""A person's age given in apposition ("Prime Minister Narendra Modi, 73, said") against
the date of birth the knowledge base has (rule elapsed-time).

News gives the age of the person it names right after the name, between commas, as of the
time its clause speaks of. The age is read only where the person is certain: a full name
the base has for one Wikidata person, with a title that person held or, without a title,
the name of someone who headed a state or government whom the article also names by a
title they held (a plumber may share a prime minister's name). A bare
surname, a name two people share and a name the base has no date of birth for are not
read. The age must fit no day of the clause's time, the birthday known only to its year
allowing a year each way; in a clause dated to another time, it must fit neither that
time nor the date written (news gives today's age in a story of the past: "In 2014, Modi,
73, swept to power"). An undated past clause, a supposition, a work's story or a picture's
caption is not judged, and a person the base says had died by then is not read (a
namesake, or a story of the past).
"""

from __future__ import annotations

import re
from datetime import date

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.depictions import character_after, depiction_before, pictured
from annotator.checks.analysis.mentions import PersonMention
from annotator.checks.analysis.reference import DATED, FUTURE, PRESENT, RECENT
from annotator.checks.findings import ERROR, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Person
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.lives import Life
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.kb.names import NAME
from annotator.checks.kb.store import SEPARATOR

RULE = "elapsed-time"
# ", 73," / ", aged 73," / ", 73, and" right after the name; a range, a decade ("in his
# 70s") or a count of something else ("73 years") is no age.
_AGE_RX = re.compile(r",\s+(?:aged\s+)?(?P<age>\d{1,3}),(?!\d)|,\s+(?:aged\s+)?(?P<last>\d{1,3})\.(?:\s|$)")
_QUICK_RX = re.compile(r",\s+(?:aged\s+)?\d{1,3}[,.]")
_ADULT, _OLDEST = 18, 115
_HEAD = "dictator"  # a word the base gives only the terms of heads of state and government


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def fitting_ages(life: Life, window: DateWindow) -> tuple[int, int] | None:
    """The youngest and oldest the person can be on a day of the window."""
    if life.born is None:
        return None
    return _age_on(life.born.hi, window.earliest), _age_on(life.born.lo, window.latest)


def _certain(kb: KnowledgeBase, mention: PersonMention) -> Life | None:
    """The one person a mention surely names, with their life, or None."""
    if mention.by_surname or len(mention.people) != 1 or len(mention.name.split()) < 2:
        return None
    person = mention.people[0]
    if mention.title is not None:
        if not kb.terms_for(person.id, mention.title, mention.organisations):
            return None
    elif not headed(person):
        return None
    return kb.life(person)


_NAME_BEFORE_RX = re.compile(r"(?:\b[A-Z][\w'.-]*[a-z]\w*\s+){1,3}[A-Z][\w'-]*[a-z]\w*\Z")
_CAPITAL_BEFORE_RX = re.compile(r"[A-Z][\w'.-]*\s+\Z")


def _untitled(kb: KnowledgeBase, text: str, comma: int, titled_ids: set[str]) -> tuple[int, Person] | None:
    """A full name without a title right before text[comma] that the base has for one
    person who headed a state or government, whom the article also names by a title they
    held (a plumber may share a prime minister's name), and that no capitalised word
    before extends."""
    found = _NAME_BEFORE_RX.search(text, max(0, comma - 60), comma)
    if found is None:
        return None
    start = found.start()
    if _CAPITAL_BEFORE_RX.search(text, max(0, start - 30), start) and not _sentence_start(text, start):
        return None  # "Rahul Narendra Modi", "Minister X": more name or a title before it
    hit = kb.name_table().get(normalise(found.group()))
    if hit is None or hit[0] != NAME or SEPARATOR in hit[1]:
        return None
    person = kb.person(hit[1])
    if person is None or person.id not in titled_ids or not headed(person):
        return None
    return start, person


def headed(person: Person) -> bool:
    """Whether the person headed a state or government (the base gives those terms the
    words "leader" and "dictator" news names a head by): someone news names without a title."""
    return any(_HEAD in t.titles for t in person.terms)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?"\n“'


def certain_before(
    analysis: ArticleAnalysis, end: int, titled: dict[int, PersonMention] | None = None
) -> tuple[int, str, Life] | None:
    """The certain person whose name (with its title) ends at text[end]: where the name
    starts, the name, and the life the base has for them."""
    if titled is None:
        titled = {m.end: m for m in analysis.mentions.people}
    mention = titled.get(end)
    if mention is not None:
        life = _certain(analysis.kb, mention)
        return (mention.start, mention.name, life) if life is not None else None
    titled_ids = {
        m.people[0].id
        for m in titled.values()
        if len(m.people) == 1
        and m.title is not None
        and not m.by_surname
        and analysis.kb.terms_for(m.people[0].id, m.title, m.organisations)
    }
    named = _untitled(analysis.kb, analysis.text, end, titled_ids)
    if named is None:
        return None
    life = analysis.kb.life(named[1])
    return (named[0], analysis.text[named[0] : end], life) if life is not None else None


def _windows(analysis: ArticleAnalysis, start: int, comma: int) -> list[DateWindow] | None:
    """The days the age may be told at: the clause's and, for a dated one, the writing's."""
    writing = analysis.writing_window(start)
    if writing is None:
        return None
    reference = analysis.reference_at(start, comma)
    if reference.kind in (PRESENT, FUTURE, RECENT):
        window = reference.window(writing)
        return [window] if window is not None else None
    if reference.kind == DATED:
        window = reference.window(writing)
        return [window, writing] if window is not None else None
    return None


def check_ages(analysis: ArticleAnalysis) -> list[Finding]:
    """Ages in apposition that fit no day of their clause's time."""
    text = analysis.text
    if not _QUICK_RX.search(text):
        return []
    titled = {m.end: m for m in analysis.mentions.people}
    findings = []
    for found in _AGE_RX.finditer(text):
        age = int(found.group("age") or found.group("last"))
        if not _ADULT <= age <= _OLDEST:
            continue
        comma = found.start()
        named = certain_before(analysis, comma, titled)
        if named is None:
            continue
        start, name, life = named
        born = life.born
        if born is None:
            continue
        sentence = analysis.layout.sentence_bounds(start)
        if (
            depiction_before(text, sentence[0], start)
            or pictured(text, sentence, start, comma)
            or character_after(text, found.end())
        ):
            continue
        windows = _windows(analysis, start, comma)
        if not windows:
            continue
        if life.died is not None and life.died.lo <= max(w.latest for w in windows):
            continue  # dead by then: a namesake or a story of the past
        spans = [s for s in (fitting_ages(life, w) for w in windows) if s is not None]
        if not spans or any(low <= age <= high for low, high in spans):
            continue
        low, high = spans[0]
        fits = f"{low}" if low == high else f"{low} or {high}"
        window = windows[0]
        basis = f"age {age} read at {window.describe()}"
        findings.append(
            make_finding(
                RULE,
                ERROR,
                text,
                start,
                found.end() - 1,
                f"{name} is given as {age}, but born {born.text} (source: {life.source}) "
                f"{name} was {fits} then. Reading: {basis}.",
                [life.evidence()],
                f"{life.wikidata}|age|{age}",
                basis=basis,
            )
        )
    return findings
