"""Rule office-term: a title that does not fit the person's terms at the time it speaks of.

A title is written as it was at the time its clause describes: "appointed by President
Obama in 2014" is right in 2017. So "former" is judged at the date the passage is written
from (the article's, a quotation's, a reader comment's), and a bare title at the clause's
reference time: its own dates, the writing date for the present tense, any earlier day for
the past tense. Framed uses ("under", "then-", "the late", possessives) and hypothetical
ones ("a President X would") are not judged, except that "the late X" is wrong while X is
alive: in office at the date written, or taking office later.

Handover days count for both sides (an inauguration day fits "President-elect" and
"President"), and a term known only to the month or year fits every day it may cover: a
flag means the title is wrong on every day the passage may describe.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.depictions import namesake_after
from annotator.checks.analysis.mentions import PersonMention, title_holders
from annotator.checks.analysis.reference import (
    DATED,
    FUTURE,
    HYPOTHETICAL,
    OFFICE_ACTS,
    PAST,
    PRESENT,
    RECENT,
    ReferenceTime,
)
from annotator.checks.findings import ERROR, HIGH, LOW, WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import LEADER_TITLES, FuzzyDay, Person, Term
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.rules.office_cues import TitleCues
from annotator.checks.rules.office_usage import known_as_former, reconsider
from annotator.checks.rules.title_times import (
    after_taking_office,
    dated_by_event,
    dated_by_office_start,
    office_starts,
)
from annotator.temporal.anchoring import lowered_text

RULE = "office-term"
# "outgoing" says the holder is in office, leaving soon: judged as the bare title is, over
# the term and the handover days after it ("Outgoing Prime Minister X will hand over power
# in a ceremony on Sunday", the day after the successor was sworn in).
OUTGOING = "outgoing"
_CHECKED_MODIFIERS = {None, "current", "former", OUTGOING}
_HANDOVER = timedelta(days=30)
# Words for whoever leads a country: judged only as "former" (or "the late"), since a
# country's leader may lead it from no office of the base.
_LEADER_WORDS = {normalise(word) for word in LEADER_TITLES}
LATE = "late"
# American titles a former holder keeps as a courtesy, in their short forms.
_COURTESY_TITLES = frozenset(
    normalise(title)
    for title in (
        "President",
        "Vice President",
        "Senator",
        "Sen.",
        "Representative",
        "Rep.",
        "Congressman",
        "Congresswoman",
        "Speaker",
        "Attorney General",
        "Chief Justice",
        "Governor",
        "Gov.",
        "Secretary",
        "Ambassador",
        "President-elect",
        "Vice President-elect",
    )
)
_DAY = timedelta(days=1)
# A news report's past without a date is its last weeks (the RECENT window of a saying):
# "President-elect X did ..." that long after the inauguration no longer speaks of the
# transition, unless the sentence looks back to it.
_STALE_ELECT = timedelta(days=30)
_RECENT_MEETING = timedelta(days=60)
# Someone met, visited or spoken to lately holds the office they are named by; a courtesy
# title names the famous former holder one talks about, not the one one meets.
_MEETING_RX = re.compile(
    r"\b(?:met|meets?|meeting|visit(?:s|ed|ing)?|hosted|hosts|welcomed|greeted|congratulated"
    r"|thanked|phoned|shook hands(?: with)?|talks with|spoke (?:with|to)|speaks (?:with|to)"
    r"|call with|calls with|dinner with|lunch with"
    r"|(?:sitting|seated|sat|standing|stood)\s+(?:beside|next\s+to)|flanked\s+by"
    # an envoy carrying a message goes to the one it is for: "carrying a message to President X"
    r"|(?:carr(?:y|ies|ied|ying)|bearing|bore|br(?:ing|ings|inging|ought))\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:message|letter)\s+to(?=\s+(?:the\s+)?\Z))"
    r"(?:\s+with)?\s+(?:\w+\s+){0,3}\Z",
    re.IGNORECASE,
)
# A word each match of _MEETING_RX holds (as lower-cased).
_MEETING_WORDS: tuple[str, ...] = (
    "met",
    "meet",
    "visit",
    "host",
    "welcomed",
    "greeted",
    "congratulated",
    "thanked",
)
_MEETING_WORDS += ("phoned", "shook", "talks", "spoke", "speaks", "call", "dinner", "lunch", "beside")
_MEETING_WORDS += ("next", "flanked", "message", "letter")
_MEETING_REACH = 60  # characters before a mention its meeting is looked for in


def _met_before(text: str, at: int) -> bool:
    """Whether the words right before `at` tell of meeting the one named there; the pattern
    is tried only where the stretch holds one of its words."""
    start = max(0, at - _MEETING_REACH)
    lowered = lowered_text(text)
    if lowered is not None:
        stretch = lowered[start:at]
        if not any(word in stretch for word in _MEETING_WORDS):
            return False
    return _MEETING_RX.search(text, start, at) is not None


# "met with President X's aides": the people met are someone else.
_POSSESSIVE_RX = re.compile(r"(?:['’]s|\s+s)\b")
# "met with Prime Minister X and President Y": each of a list of people met is met.
_LIST_JOINT_RX = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w'’-]*\s+){0,3}\Z")
# "Obama's Attorney General Eric Holder", "Trump s Secretary of State": a person's
# possessive before a title names the office in that person's time.
_POSSESSOR_RX = re.compile(r"\b(?P<name>[A-Z][\w-]+)(?:['’]s|\s+s)\s+\Z")


def _may_hold(term: Term, day: date) -> bool:
    return term.may_hold(day)


def _may_be_former(terms: list[Term], day: date) -> bool:
    """Left by that day as far as the sources know: an open term seen only up to some day
    may have ended after it."""
    left = any(t.may_have_left_by(day) for t in terms)
    return left and not any(t.surely_holds_all_day(day) for t in terms)


def _critical_days(terms: Iterable[Term], window: DateWindow) -> Iterator[date]:
    """Days where validity can change, clipped to the window; checking these suffices.
    They are given lazily (the window's ends first, a day possibly twice): a caller that
    stops at the first fitting day works out no more of them."""
    earliest, latest = window.earliest, window.latest
    yield earliest
    yield latest
    for term in terms:
        points = [term.start.lo, term.start.hi]
        if term.end:
            points += [term.end.lo, term.end.hi]
        points += [d for d in (term.known_until, term.known_from) if d]
        for point in points:
            for day in (point - _DAY, point, point + _DAY) if date.min < point < date.max else (point,):
                if earliest <= day <= latest:
                    yield day


def _fits_somewhere(terms: list[Term], window: DateWindow, fits: Callable[[list[Term], date], bool]) -> bool:
    return any(fits(terms, day) for day in _critical_days(terms, window))


def _plain_fits(terms: list[Term], day: date) -> bool:
    return any(_may_hold(t, day) for t in terms)


def _held_before(terms: list[Term], day: date) -> bool:
    return any(t.start.lo <= day for t in terms)


def _describe(days: DateWindow) -> tuple[str, str]:
    if days.earliest == date.min:
        return f"before {days.latest.isoformat()}", f"before {days.latest.isoformat()}"
    return days.describe(), days.at()


def _spans_and_sources(terms: list[Term]) -> tuple[str, str]:
    """The terms' spans and their sources, as a flag's message cites them."""
    spans = "; ".join(f"{t.start.text} to {t.until_text()}" for t in terms)
    return spans, "; ".join(sorted({t.source for t in terms}))


def _problem(
    person: Person, mention: PersonMention, terms: list[Term], days: DateWindow
) -> tuple[str, str] | None:
    """(severity, explanation) when the title is wrong on every day of `days`, else None."""
    former = mention.modifier == "former"
    if _fits_somewhere(terms, days, _may_be_former if former else _plain_fits):
        return None
    office = terms[0].office
    when, at = _describe(days)
    spans, sources = _spans_and_sources(terms)
    if former:
        current = next((t for t in terms if t.covers(days.earliest)), None)
        if current is not None:
            return ERROR, (
                f"Called former {office} but {at} {person.name} was in office "
                f"(term from {current.start.text}; source: {current.source})."
            )
        return ERROR, (
            f"Called former {office} but by {when} {person.name} had not yet held "
            f"the office (terms: {spans}; source: {sources})."
        )
    first = min(t.start.lo for t in terms)
    if all(t.role == "elect" for t in terms):
        if days.latest < first:
            return ERROR, (
                f"Called {office} {at}, before {person.name} was elected "
                f"(elect period: {spans}; source: {sources})."
            )
        return ERROR, (
            f"Called {office} {at}, but that period had ended: {person.name} "
            f"took office at the end of it (elect period: {spans}; "
            f"source: {sources})."
        )
    if days.latest < first:
        return ERROR, (
            f"Called {office} {at}, before {person.name} took office (terms: {spans}; source: {sources})."
        )
    return WARNING, (
        f"Called {office} {at}, when {person.name} was not in office (terms: {spans}; source: {sources})."
    )


# The year a meeting is dated by, in the words just before it: "in April 2023, after Tsai met
# Speaker X", "In 2019, Trump met with Prime Minister X". A year that modifies a noun ("the 2018
# tariffs were in place when Trump met ...") or dates another clause dates no meeting.
_MEETING_YEAR_RX = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d),?\s+"
    r"(?:(?:after|when|as)\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}[a-z]+(?:\s+with)?\s+\Z"
)


def _year_before(text: str, start: int, end: int, writing: DateWindow) -> int | None:
    """The year a date phrase just before a title gives the meeting that names it, if it is
    no later than the writing."""
    match = _MEETING_YEAR_RX.search(text, max(start, end - 120), end)
    if match is None:
        return None
    year = int(match.group("year"))
    return year if year <= writing.latest.year else None


def _days_and_confidence(
    mention: PersonMention,
    reference: ReferenceTime,
    writing: DateWindow,
    terms: list[Term],
    called_former: bool,
    cues: TitleCues,
    met_year: int | None = None,
) -> tuple[DateWindow, str, str] | None:
    """The days to judge the title on, how sure a flag would be, and the reading, or None
    when this use of the title is not judged."""
    if mention.modifier == "former":
        # "former" says what the person is when the passage is written.
        if reference.kind == "hypothetical" and reference.cue.startswith("an indefinite"):
            return None  # "a former President X would": nobody in particular
        return writing, HIGH, f"'former' read at the date written, {writing.describe()}"
    if mention.modifier == "current":
        return writing, HIGH, f"'{mention.modifier}' read at {writing.describe()}"
    if not reference.judged:
        # A title nobody held before the passage was written is wrong in any past use.
        if reference.kind == "unknown" and not _held_before(terms, writing.latest):
            before = DateWindow(date.min, writing.latest)
            return before, HIGH, f"read as describing some time before {writing.latest.isoformat()}"
        return None
    days = reference.window(writing)
    if days is None:
        return None
    basis = reference.describe(writing)
    # Former holders keep their title as a courtesy in American usage ("President Obama",
    # "Secretary Clinton"); elsewhere a prime minister or a pope who has left is not one. A
    # post named by its agency or department ("FBI Director", "Secretary of State") is no
    # courtesy in a clause about now; elsewhere its time may be another clause's.
    customary = any(t.organisation == "United States" for t in terms) and (
        mention.title in _COURTESY_TITLES or reference.kind != PRESENT
    )
    if reference.kind == PAST and cues.meets and not cues.courtesy(called_former):
        # "a recent phone call with Prime Minister X", "met with President X": someone met
        # is named by the title they hold then, and a news report's past is recent.
        if met_year is not None:
            # "again in April 2023, after Tsai met Speaker Kevin McCarthy": the year its
            # sentence gives dates the meeting
            days = DateWindow(date(met_year, 1, 1), date(met_year, 12, 31), str(met_year))
            return days, HIGH, f"{basis}; a meeting in the year its sentence gives"
        days = DateWindow(writing.earliest - _RECENT_MEETING, writing.latest, "lately")
        return days, HIGH, f"{basis}; a meeting reported without a date, read as lately"
    if not _held_before(terms, writing.latest):
        # Nobody may name a person by a title they had not held by the time of writing:
        # whatever time the clause speaks of, the title is wrong.
        return days, HIGH, basis
    elect = all(t.role == "elect" for t in terms)  # never a courtesy title
    if reference.kind in (PRESENT, FUTURE):
        held_before = _held_before(terms, writing.earliest)
        # A former holder called by the title in a clause about now: a plain error when
        # the person is the subject of a present verb ("President X says"); elsewhere it
        # may be a courtesy title ("a jab at President X"), so one filter away.
        sure = (
            reference.subject_verb
            and reference.kind == PRESENT
            and not cues.courtesy(called_former)
            or not held_before
            or elect
            or (cues.meets or not customary)
            and not cues.courtesy(called_former)
        )
        return days, HIGH if sure else LOW, basis
    if reference.kind == DATED:
        if reference.verb == "framed":  # "under President X from 1993 to 1997"
            return days, HIGH, basis
        if _held_before(terms, days.latest):
            # A former holder at the clause's date: as in the present, the title may be a
            # courtesy, unless the person is the subject of a present-tense verb.
            # "Vice President Biden was asked on Monday" (after his term): the subject of
            # a dated clause is named by a title the date contradicts.
            recent = days.earliest >= writing.earliest - _RECENT_MEETING
            sure = (
                (reference.subject_verb or cues.meets and recent or not customary)
                and not cues.courtesy(called_former)
                or elect
            )
        else:
            # Before the first term: an act of office ("signed it in 2003"), or one done to
            # a holder ("tried to impeach President X in 1998"), misstates the title; "won
            # the state in 2008" names the person by the title they came to have.
            sure = reference.subject_verb and reference.verb in OFFICE_ACTS or cues.acted_on or elect
        return days, HIGH if sure else LOW, basis
    if reference.kind == RECENT:
        # "President X said" with no date: reported as lately said, when X no longer held
        # the office; the writer's courtesy elsewhere in the article makes it unsure.
        return days, LOW if cues.courtesy(called_former) else HIGH, basis
    if reference.kind == PAST:
        begun = [t for t in terms if t.start.lo <= writing.latest]
        if elect and cues.holder_act and begun and all(t.last_day < writing.earliest for t in begun):
            ended = max(t.last_day for t in begun) + _DAY
            after = DateWindow(ended, writing.latest, "after the elect period")
            return after, HIGH, f"{basis}; an act only the holder of the office does"
        if (
            elect
            and begun
            and not cues.looks_back
            and all(t.last_day + _STALE_ELECT < writing.earliest for t in begun)
        ):
            # Months after the person took office, "President-elect X did ..." with no
            # date no longer speaks of the transition: the title is stale.
            return writing, HIGH, (f"{basis}, written {_STALE_ELECT.days}+ days after the elect period ended")
        return days, HIGH, basis
    return None


_LESSER_PREFIXES = ("vice ", "deputy ")


def _lesser_problem(
    person: Person,
    mention: PersonMention,
    reference: ReferenceTime,
    writing: DateWindow,
    kb: KnowledgeBase,
) -> tuple[Person, list[Term], tuple[str, str], tuple[DateWindow, str, str]] | None:
    """A title that drops the "Vice" or "Deputy" of the only office of its kind the person
    ever held ("President Mike Pence"): wrong at any time the text may speak of, except in
    a hypothesis ("a President Pence would")."""
    if mention.by_surname or mention.modifier is not None or reference.kind == HYPOTHETICAL:
        return None
    title = mention.title or ""
    terms = [
        t
        for prefix in _LESSER_PREFIXES
        for t in kb.terms_for(person.id, prefix + title, mention.organisations)
    ]
    if not terms:
        return None
    days = reference.window(writing) or writing
    spans, sources = _spans_and_sources(terms)
    message = (
        f"Called {title.title()}, an office {person.name} never held: {person.name} was "
        f"{terms[0].office} (terms: {spans}; source: {sources})."
    )
    basis = reference.describe(writing) if reference.judged else "a title never held, wrong at any date"
    return person, terms, (ERROR, message), (days, HIGH, basis)


def _distance(terms: list[Term], days: DateWindow) -> int:
    """How far the nearest term lies from the judged days: the holder the text most likely
    means explains the flag."""
    gaps = []
    for term in terms:
        if term.start.lo > days.latest:
            gaps.append((term.start.lo - days.latest).days)
        elif term.end is not None and term.end.hi < days.earliest:
            gaps.append((days.earliest - term.end.hi).days)
        else:
            gaps.append(0)
    return min(gaps, default=1 << 30)


def check_office_terms(analysis: ArticleAnalysis) -> list[Finding]:
    """Flag titled mentions whose title is wrong for every candidate person and date."""
    findings: list[Finding] = []
    if not analysis.mentions.people:
        return findings
    kb = analysis.kb
    called_former = known_as_former(analysis)
    starts = office_starts(analysis)  # "X took up his new post as finance minister"
    met: tuple[int, ReferenceTime] | None = None  # where the last person met is named, and when
    for mention in analysis.mentions.people:
        if mention.modifier == LATE and mention.title is not None:
            late = _late_while_alive(analysis, mention)
            if late is not None:
                findings.append(late)
            continue
        if mention.title is None or mention.modifier not in _CHECKED_MODIFIERS:
            continue
        if mention.title in _LEADER_WORDS and mention.modifier != "former":
            continue  # "Chinese leader Xi Jinping" in 2012, a party's chief before the office
        if mention.modifier is None and _someone_s_appointee(analysis, mention):
            continue  # "Obama's Attorney General Eric Holder": named in that administration
        if mention.modifier is None and namesake_after(analysis.text, mention.end):
            continue  # "the King Hussein Bridge": a name given after the holder
        writing = analysis.writing_window(mention.start)
        if writing is None or not mention.people:
            continue
        reference = dated_by_event(analysis, mention, analysis.reference_at(mention.start, mention.end))
        reference = dated_by_office_start(analysis, starts, mention, reference)
        listed = met is not None and _LIST_JOINT_RX.match(analysis.text, met[0], mention.start) is not None
        if listed and met is not None and not reference.judged:
            reference = met[1]  # the list's clause is the first one's
        meets = (listed or _met_before(analysis.text, mention.start)) and _POSSESSIVE_RX.match(
            analysis.text, mention.end
        ) is None
        met = (mention.end, reference) if meets else None
        sentence = analysis.layout.sentence_bounds(mention.start)
        elect_title = (mention.title or "").endswith(_ELECT_SUFFIX)
        cues = TitleCues(analysis.text, mention, sentence, elect_title, meets)
        met_year = _year_before(analysis.text, sentence[0], mention.start, writing) if meets else None
        problems: list[tuple[Person, list[Term], tuple[str, str], tuple[DateWindow, str, str]]] = []
        for person in title_holders(mention, kb):
            # A surname several holders bear ("President Bush") names one of them: the title
            # is judged wrong only when it is wrong for each.
            terms = kb.terms_for(person.id, mention.title, mention.organisations) or _elect_periods(
                kb, person, mention
            )
            if mention.modifier == "former":
                # "former Pope Benedict XVI": an emeritus keeps the title, not the office
                terms = [t for t in terms if t.role not in ("elect", "emeritus")]
            elif mention.modifier == OUTGOING:
                terms = [_leaving(t) for t in terms]
            if not terms:
                # Never held an office of that title: not the person meant, unless the
                # name is given in full and the person held the office under it.
                lesser = _lesser_problem(person, mention, reference, writing, kb)
                if lesser is not None:
                    problems.append(lesser)
                continue
            judged = _days_and_confidence(
                mention, reference, writing, terms, person.id in called_former, cues, met_year
            )
            after = after_taking_office(analysis, mention, reference, terms) if judged else None
            if after is not None and judged is not None:
                judged = after[0], HIGH, f"{judged[2]}; '{after[1]}' tells of a time after the term began"
            if judged is not None:
                judged = reconsider(analysis, mention, reference, terms, writing, judged)
            problem = _problem(person, mention, terms, judged[0]) if judged else None
            if problem is None or judged is None:
                problems = []
                break
            problems.append((person, terms, problem, judged))
        if not problems:
            continue
        person, terms, (severity, message), (_days, confidence, basis) = min(
            problems, key=lambda p: _distance(p[1], p[3][0])
        )
        if any(p[3][1] == LOW for p in problems):
            confidence = LOW
        entity = f"{person.id}|{mention.title}|{mention.modifier or ''}"
        findings.append(
            make_finding(
                RULE,
                severity,
                analysis.text,
                mention.start,
                mention.end,
                f"{message} Reading: {basis}.",
                [t.evidence() for t in terms],
                entity,
                confidence=confidence,
                basis=basis,
            )
        )
    return findings


def _leaving(term: Term) -> Term:
    """A term with the handover days after its end, when an "outgoing" holder still acts."""
    if term.end is None:
        return term
    end = FuzzyDay(term.end.lo, term.end.hi + _HANDOVER, term.end.text, term.end.precision)
    return replace(term, end=end)


_ELECT_SUFFIX = " elect"
_ELECT_REACH = timedelta(days=366)  # the longest wait from an election to taking office


def _elect_periods(kb: KnowledgeBase, person: Person, mention: PersonMention) -> list[Term]:
    """For "President-elect X" where the base lists X's terms but not the periods before
    them: the days before each term that may have been one, up to a year; none after it."""
    if not mention.title or not mention.title.endswith(_ELECT_SUFFIX):
        return []
    office_terms = kb.terms_for(person.id, mention.title[: -len(_ELECT_SUFFIX)], mention.organisations)
    return [
        replace(
            term,
            office=f"{term.office} (elect)",
            start=FuzzyDay(
                term.start.lo - _ELECT_REACH, term.start.hi, f"up to a year before {term.start.text}", "year"
            ),
            end=term.start,
            role="elect",
            source=f"{term.source}; the elect period ends as the term begins",
        )
        for term in office_terms
        if term.role == "office"
    ]


# A holder who dies in office is followed within months (a papal conclave, an election):
# a term that ends only where the successor began proves the holder alive this long before.
_SUCCESSION_GAP = timedelta(days=366)


def _alive_on(term: Term, day: date) -> bool:
    """Whether the term shows its holder alive on that day: taken up later, or held that
    whole day and not at its very end."""
    if term.start.lo > day:
        return True
    if term.end is not None and term.ends_at_successor:
        return term.start.hi < day and day + _SUCCESSION_GAP < term.end.lo
    return term.surely_holds_all_day(day)


def _someone_s_appointee(analysis: ArticleAnalysis, mention: PersonMention) -> bool:
    """Whether a person's possessive, not a country's ("Britain's"), stands before the
    mention."""
    text, low = analysis.text, max(0, mention.start - 40)
    before = text[low : mention.start].rstrip()  # a match ends on an "s" and spaces
    if len(before) == mention.start - low or not before.endswith("s"):
        return False
    found = _POSSESSOR_RX.search(text, low, mention.start)
    return found is not None and analysis.kb.organisation_of(found.group("name")) is None


def _late_while_alive(analysis: ArticleAnalysis, mention: PersonMention) -> Finding | None:
    """A "late King X" written while X held that office, or before X took it: the person
    was alive when the passage was written. Judged only when every holder the name may
    denote was surely alive then; a term's last day is no proof (a king dies in office)."""
    writing = analysis.writing_window(mention.start)
    if writing is None:
        return None
    day = writing.latest
    proofs: list[tuple[Person, Term]] = []
    for person in title_holders(mention, analysis.kb):
        terms = analysis.kb.terms_for(person.id, mention.title or "", mention.organisations)
        if not terms:
            continue  # never held the title: not the person meant
        proof = next((t for t in terms if _alive_on(t, day)), None)
        if proof is None:
            return None
        proofs.append((person, proof))
    if not proofs:
        return None
    person, term = proofs[0]
    state = "had not yet taken office" if term.start.lo > day else "was in office"
    state = "was alive" if term.role == "emeritus" else state
    message = (
        f"Called the late {term.office} {person.name}, but {writing.at()} {person.name} {state} "
        f"(term {term.start.text} to {term.until_text()}; source: {term.source}), alive. "
        f"Reading: 'the late' read at the date written, {writing.describe()}."
    )
    return make_finding(
        RULE,
        ERROR,
        analysis.text,
        mention.start,
        mention.end,
        message,
        [term.evidence() for _, term in proofs],
        f"{person.id}|{mention.title}|{LATE}",
        confidence=HIGH,
        basis=f"'the late' read at the date written, {writing.describe()}",
    )
