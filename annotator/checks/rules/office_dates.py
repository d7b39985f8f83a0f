"""Rule event-date, a date given to a person's taking or leaving an office that none of their
terms of it fits: "Boris Johnson became prime minister in July 2018", "Theresa May stepped
down as prime minister in July 2018", "Donald Trump was inaugurated in January 2016".

The knowledge base dates every term of office, so the day a named person took or left one is
as well known as an event's. The reading is narrow on purpose:

- the act is a past verb right after the person's name ("X became", "X, who became", "X was
  sworn in as"), or "Since becoming <office> in <date>, X"; a plan, a supposition or a
  negation ("is expected to become", "if X became", "never became") has no such verb;
- the office is named by a head's title the base uses ("prime minister", "chancellor",
  "president", "secretary-general"), with its country or body or as the person's only office
  of that title; a bare "was inaugurated" or "took office" means the person's one office as
  head of state or government. A party leadership, a deputy's or vice office, or any title
  the base does not give the person names nothing;
- the date follows the office at once ("in July 2018", "on 24 July 2019") and gives its year;
- the person is named in full, or by a surname that denotes one holder of that office.

News dates these acts loosely, so a date is wrong only when it misses every term of that
person in that office with room to spare: taking office from 200 days before a term began
(an election, a nomination, a coalition's weeks of talks; from the start of an "-elect"
period the base records) to a month after; leaving from 200 days before a term ended (a
resignation is announced months ahead) to a month after. A swearing-in, an inauguration or an
act told as a repeat ("for a fourth time") fits any day within a term, as a new term the base
records as one; an acting or interim term counts as a term; "first became" is judged against
the earliest term alone. A term whose source does not reach back to its start, or forward to
its end, leaves that side open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.literal_search import matches_from_words
from annotator.checks.analysis.office_starts import OF_BODY_RX, qualifier_at, title_at
from annotator.checks.analysis.reference import HYPOTHETICAL
from annotator.checks.findings import ERROR, HIGH, LOW, Finding, make_finding
from annotator.checks.kb.facts import Person, Term
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.temporal.timex import Timex
from annotator.temporal.values import value_bounds

# The titles of offices whose holders the base lists from reference works, each a head of
# state, government or international body: a minister's or a deputy's is not among them.
HEAD_TITLES = frozenset(
    (
        "president",
        "prime minister",
        "chancellor",
        "premier",
        "taoiseach",
        "secretary-general",
        "secretary general",
        "pope",
    )
)
_STATE_OR_GOVERNMENT = frozenset(("president", "prime minister", "chancellor", "premier", "taoiseach"))
# Up to five capitalised words, titles before the name among them ("Former Prime Minister
# Boris Johnson"), which the reading drops one by one.
_NAME = (
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:da|de|dos|van|von|der|den|del|la|le|di|du|bin)\s+){0,2}"
    r"[A-Z][\w'’.-]+){0,4})"
)
# "for a second time": any of the person's terms may be meant, as always.
_TIMES = r"(?:\s+for\s+(?:a|the)\s+(?:first|second|third|fourth|fifth|last)\s+time)?"
_ARTICLE = r"(?:the\s+)?(?:country['’]s\s+|nation['’]s\s+)?"
# The act, with the words that bring the office after it (group "titled": the office must
# follow; "bare": it may be left unsaid).
_START = (
    r"(?:became|was\s+(?:named|appointed|made|installed\s+as|sworn\s+in\s+as|inaugurated\s+as)"
    r"|took\s+office\s+as|took\s+over\s+as|assumed\s+office\s+as|assumed\s+the\s+(?:office|post|role)\s+of)"
)
_END = (
    r"(?:resigned\s+as|stepped\s+down\s+as|left\s+office\s+as|quit\s+as|was\s+ousted\s+as"
    r"|was\s+removed\s+as|was\s+forced\s+out\s+as|lost\s+power\s+as)"
)
_BARE_START = r"(?:was\s+inaugurated|took\s+the\s+oath\s+of\s+office)"
_ACT_RX = re.compile(
    r"(?<![\w'’.-])"
    + _NAME
    + r"(?P<who>,\s+who)?\s+(?:(?P<first>first)\s+|(?:finally|eventually|formally|officially)\s+)?"
    + r"(?:(?P<start>"
    + _START
    + r")\s+"
    + _ARTICLE
    + r"|(?P<end>"
    + _END
    + r")\s+"
    + _ARTICLE
    + r"|(?P<bare>"
    + _BARE_START
    + r")(?="
    + _TIMES
    + r"\s+(?:in|on)\s))"
)
# A bare "took office" or "was sworn in" is said of a senator's or a mayor's term as well.
# "Macron's inauguration in May 2016": told as a thing the person had, with no office named.
_OWNED_RX = re.compile(
    r"(?<![\w'’.-])" + _NAME + r"['’]s\s+(?:(?:first|second|third)\s+)?(?:inauguration|swearing[- ]in)"
    r"(?=\s+(?:in|on)\s)"
)
# Both patterns above begin with a name, which the engine would try at every capital. The
# matches are found from their literal words instead: each act's verb, or the "inauguration",
# is located first, then the name read backwards from it over the last words before it (the
# pattern's part before the verb, which ends there: "\Z"), and the whole pattern matched at
# the name's start, so the groups are the pattern's own. A name, its particles, "who" and an
# adverb hold at most 15 spaces (14 before "inauguration"), and no verb: every match is
# found, in finditer's order.
# The verbs' first words with what follows them, each searched for alone (a literal the engine
# skips ahead on); together they find every verb of _START, _END and _BARE_START.
_ACT_VERB_RXS = tuple(
    re.compile(verb)
    for verb in (
        r"became",
        r"was\s+(?:named|appointed|made|installed|sworn|inaugurated|ousted|removed|forced)",
        r"took\s+(?:office|over|the\s+oath)",
        r"assumed\s+(?:office|the)",
        r"resigned\s+as",
        r"stepped\s+down",
        r"left\s+office",
        r"quit\s+as",
        r"lost\s+power",
    )
)
_ACT_HEAD_RX = re.compile(
    r"(?<![\w'’.-])"
    + _NAME
    + r"(?P<who>,\s+who)?\s+(?:(?P<first>first)\s+|(?:finally|eventually|formally|officially)\s+)?\Z"
)
_OWNED_NOUN_RXS = (re.compile(r"inauguration"), re.compile(r"swearing[- ]in"))
_OWNED_HEAD_RX = re.compile(r"(?<![\w'’.-])" + _NAME + r"['’]s\s+(?:(?:first|second|third)\s+)?\Z")
_OF_RX = re.compile(r"\s+of\s")
# What may stand before the subject of the act: the clause's opening (a stop, a comma, a
# conjunction, a date) or a word about the person ("former"); "defeated Johnson became"
# makes the name the object of another verb.
_OPENING_RX = re.compile(
    r"(?:\A|[.;:,(\[\"“”'‘’—–-]|\d|\b(?:and|but|when|after|before|since|that|because|while|until|as|where"
    r"|then|later|once|so|also|eventually|finally|former|late|the|ex|who|leader|minister|secretary|president"
    r"|chancellor|premier|mayor|governor|senator|successor|predecessor)\b)\s*\Z",
    re.IGNORECASE,
)
_SINCE_RX = re.compile(  # "[Ss]" first, its word boundary after it: the engine skips to it
    r"[Ss](?<!\w[Ss])ince\s+(?:becoming|taking\s+office\s+as|being\s+(?:named|appointed|sworn\s+in\s+as|inaugurated\s+as))\s+"
    + _ARTICLE
)
_SINCE_SUBJECT_RX = re.compile(r",\s+" + _NAME + r"(?![\w'’.-])")
_DATE_AFTER_RX = re.compile(_TIMES + r"\s+(?:in|on)\s+")
_YEAR_RX = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Words before the name that make the act supposed, denied or another's claim.
_NOT_TOLD_RX = re.compile(
    r"\b(?:if|unless|whether|suppose|supposing|imagine|had|would|could|might|never|not|claim(?:s|ed)?"
    r"|falsely|wrongly|incorrectly|erroneously|mistakenly|rumou?rs?|hoax|myth)\b",
    re.IGNORECASE,
)
# A holder is sworn in, inaugurated or appointed again at each new term, which the base may
# record as one: a date inside a term fits these acts, and any act told as a repeat.
_CEREMONY_RX = re.compile(
    r"\b(?:sworn|inaugurat\w+|oath|installed|appointed|named|made|swearing)\b", re.IGNORECASE
)
_REPEAT_RX = re.compile(
    r"\b(?:again|anew|once\s+more|re-?(?:elected|appointed|installed|inaugurated|sworn|took|assumed|entered)"
    r"|(?:second|third|fourth|fifth|sixth|new|another|consecutive)\s+(?:term|time|mandate|stint)"
    r"|for\s+(?:a|the)\s+\w+\s+time)\b",
    re.IGNORECASE,
)
_BEFORE_START = timedelta(days=200)  # an election, a nomination or coalition talks before the term
_BEFORE_END = timedelta(days=200)  # a resignation announced months before the term ends
_AFTER = timedelta(days=31)  # a term's day as sources give it, a month either way
# An office whose list gives acting holders the same row as their full term (Michel Temer,
# acting from May 2016, sworn in that August): "became" may mean either, within a year.
_STAND_IN_RX = re.compile(r"^(?:acting|interim|caretaker)\s+")
_AFTER_STAND_IN = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class _Act:
    """One told act: who, which office, leaving or taking it, and the date given."""

    name: str
    name_start: int
    title: str | None
    organisation: str | None
    leaving: bool
    renewable: bool  # a ceremony a holder goes through again ("was sworn in"), or told as repeated
    date_start: int
    date_end: int
    first: bool = False  # "first became": the earliest term alone


def check_office_dates(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule event-date: a taking or leaving of office dated outside every term of it."""
    if analysis.kb is None or analysis.window is None:
        return []
    findings = []
    for act in _acts(analysis):
        finding = _judge(analysis, act)
        if finding is not None:
            findings.append(finding)
    return findings


def _acts(analysis: ArticleAnalysis) -> list[_Act]:
    text = analysis.text
    found = []
    for match in matches_from_words(text, _ACT_VERB_RXS, _ACT_HEAD_RX, _ACT_RX, 15):
        if match["bare"]:
            title, organisation, end = None, None, match.end()
        else:
            title, organisation, end = _office_at(analysis, match.end())
            if title is None:
                continue
        leaving = bool(match["end"])
        act = _dated(analysis, match["name"], match.start("name"), title, organisation, leaving, end)
        if act is not None:
            found.append(replace(act, first=True, renewable=False) if match["first"] and not leaving else act)
    for match in matches_from_words(text, _OWNED_NOUN_RXS, _OWNED_HEAD_RX, _OWNED_RX, 14):
        act = _dated(analysis, match["name"], match.start("name"), None, None, False, match.end())
        if act is not None:
            found.append(act)
    # every match holds one of the verbs "becoming", "taking" and "being"
    since = "becoming" in text or "taking" in text or "being" in text
    for match in _SINCE_RX.finditer(text) if since else ():
        title, organisation, end = _office_at(analysis, match.end())
        subject = _SINCE_SUBJECT_RX.match(text, _date_end(analysis, end) or end) if title else None
        if subject is None:
            continue
        act = _dated(analysis, subject["name"], match.start(), title, organisation, False, end)
        if act is not None:
            found.append(act)
    return found


def _office_at(analysis: ArticleAnalysis, start: int) -> tuple[str | None, str | None, int]:
    """The head's title written at `start`, with the country or body it names ("Britain's
    prime minister", "prime minister of Israel"), and where the office's words end."""
    kb = analysis.kb
    organisation, title_start = qualifier_at(analysis.text, start, kb)
    title, end = title_at(analysis.text, title_start, kb)
    if title is None or _STAND_IN_RX.sub("", title) not in HEAD_TITLES:
        return None, None, start  # "acting president": the acting term counts as a term
    body = OF_BODY_RX.match(analysis.text, end)
    if body is None and _OF_RX.match(analysis.text, end):
        return None, None, start  # "president of his father's company": a body not placed
    if body is not None:
        named = kb.organisation_of(body.group("body"))
        if named is None or organisation not in (None, named):
            return None, None, start  # "president of the Olympic committee": not placed
        organisation, end = named, body.end()
    return title, organisation, end


def _date_end(analysis: ArticleAnalysis, end: int) -> int | None:
    timex = _timex_after(analysis, end)
    return timex.end if timex is not None else None


def _timex_after(analysis: ArticleAnalysis, end: int) -> Timex | None:
    """The date written right after the office ("in July 2018"), with its year."""
    gap = _DATE_AFTER_RX.match(analysis.text, end)
    if gap is None:
        return None
    for timex in analysis.timexes:
        if timex.start == gap.end() and timex.type == "DATE" and _YEAR_RX.search(timex.text):
            return timex
    return None


def _dated(
    analysis: ArticleAnalysis,
    name: str,
    name_start: int,
    title: str | None,
    organisation: str | None,
    leaving: bool,
    end: int,
) -> _Act | None:
    timex = _timex_after(analysis, end)
    if timex is None:
        return None
    verb = analysis.text[name_start:end]
    repeated = _REPEAT_RX.search(analysis.text, name_start, timex.end + 20)
    renewable = bool(_CEREMONY_RX.search(verb) or repeated)
    return _Act(name, name_start, title, organisation, leaving, renewable, timex.start, timex.end)


def _holder(analysis: ArticleAnalysis, act: _Act) -> tuple[Person, list[Term]] | None:
    """The one person the name denotes among holders of the office, with their terms of it."""
    kb = analysis.kb
    words = act.name.split()
    for first in range(len(words)):
        part = " ".join(words[first:])
        held = []
        for person in kb.people_named(part):
            terms = _terms(person, act)
            if terms:
                held.append((person, terms))
        if held:
            held = _one_person(held)
            if len(held) != 1:
                return None  # two holders so named: which one is meant is a guess
            return held[0]
        if not _droppable(kb, words[first]):
            return None  # "Hunter Biden": a given name the base does not know, not a title
    return None


_OPENERS = frozenset(
    ("former", "then", "in", "on", "after", "before", "when", "since", "as", "but", "and", "the", "mr", "mrs")
    + ("ms", "dr", "sir", "dame", "lord", "lady", "late", "outgoing", "new", "incoming", "ex")
)


def _droppable(kb: KnowledgeBase, word: str) -> bool:
    """Whether a word before a name may be left out of it: an opener, a title's word
    ("Prime", "Minister") or a country's ("British", "Britain's")."""
    key = normalise(word.rstrip(".,"))
    words = kb.cached("office_dates.title_words", lambda: {w for t in kb.title_keys() for w in t.split()})
    return key in _OPENERS or key in words or kb.organisation_of(word) is not None or key.endswith(" s")


def _one_person(held: list[tuple[Person, list[Term]]]) -> list[tuple[Person, list[Term]]]:
    """Entries of the same holder from two sources ("Richard Nixon", "Richard Milhous Nixon"),
    merged: two entries whose terms of the one office overlap in time are one person."""
    if len(held) < 2:
        return held
    first, rest = held[0], held[1:]
    for _person, terms in rest:
        if not any(a.start.lo < b.last_day and b.start.lo < a.last_day for a in first[1] for b in terms):
            return held
    if len({t.organisation for _p, terms in held for t in terms}) != 1:
        return held
    return [(first[0], [t for _p, terms in held for t in terms])]


def _terms(person: Person, act: _Act) -> list[Term]:
    """The person's terms of the office the act names: of that title (and body), or for a
    bare inauguration the one office the person held as head of state or government."""
    terms = [t for t in person.terms if t.role == "office" and t.titles]
    if act.title is not None:
        terms = [
            t
            for t in terms
            if act.title in t.titles and (act.organisation is None or t.organisation == act.organisation)
        ]
    else:
        terms = [t for t in terms if t.titles[0] in _STATE_OR_GOVERNMENT]
    offices = {(t.organisation, t.titles[0]) for t in terms}
    return terms if len(offices) == 1 else []  # the person's only office of that title


def _fits(term: Term, first: date, last: date, act: _Act) -> bool:
    """Whether a date from `first` to `last` may be the day the term began (or ended), or for
    a renewable act any day within it."""
    if act.renewable and first <= term.last_day and term.start.lo <= last:
        return True
    if act.leaving:
        if term.end is None or (term.known_until is not None and term.end.hi >= term.known_until):
            return True  # open, or its end is not the source's to tell
        lo, hi = term.end.lo - _BEFORE_END, term.end.hi + _AFTER
    else:
        if term.known_from is not None and term.start.lo <= term.known_from:
            return True  # begun before its source starts listing: the start is unknown
        stand_in = any(_STAND_IN_RX.match(title) for title in term.titles)
        lo, hi = term.start.lo - _BEFORE_START, term.start.hi + (_AFTER_STAND_IN if stand_in else _AFTER)
    return first <= hi and lo <= last


def _judge(analysis: ArticleAnalysis, act: _Act) -> Finding | None:
    text = analysis.text
    low = analysis.layout.sentence_bounds(act.name_start)[0]
    if not _OPENING_RX.search(text, max(low, act.name_start - 30), act.name_start) and act.name_start > low:
        return None  # the name is another verb's object, not the act's subject
    if _NOT_TOLD_RX.search(text, low, act.name_start + len(act.name)):
        return None
    if analysis.reference_at(act.name_start, act.name_start + len(act.name)).kind == HYPOTHETICAL:
        return None
    timex = next(t for t in analysis.timexes if t.start == act.date_start)
    bounds = value_bounds(timex.value)
    writing = analysis.writing_window(act.name_start)
    if bounds is None or writing is None or bounds[1] >= writing.earliest:
        return None  # a date the writing has not passed: a plan or the writing's own days
    found = _holder(analysis, act)
    if found is None:
        return None
    person, terms = found
    if act.first:  # "first became": the earliest term, where its source reaches back to it
        earliest = min(terms, key=lambda t: t.start.lo)
        if earliest.known_from is not None and earliest.start.lo <= earliest.known_from:
            return None
        terms = [t for t in terms if t.start.lo <= earliest.start.hi + _AFTER]
    elect = [t for t in person.terms if t.role == "elect"]
    if any(_fits(t, bounds[0], bounds[1], act) for t in terms):
        return None
    if not act.leaving and any(t.start.lo <= bounds[1] and bounds[0] <= t.last_day for t in elect):
        return None  # the "-elect" period: named, elected or sworn in around then
    if act.title is None and not _near_a_start(person, terms, bounds[0], bounds[1]):
        return None
    if any(t.known_until is not None and bounds[0] > t.known_until for t in terms):
        return None  # a date after the source was last current: a later term it cannot know
    return _finding(analysis, act, person, terms, timex.text)


def _which_terms(act: _Act, terms: list[Term]) -> str:
    if act.first:
        return "the first term"
    return "every term" if len(terms) > 1 else "the term"


_NEAR_START = timedelta(days=400)


def _near_a_start(person: Person, terms: list[Term], first: date, last: date) -> bool:
    """For an inauguration told without its office: whether the date is within about a year
    of a term's start, and fits no other office the base gives the person. A governor's or a
    mayor's inauguration, which the base may not list, is as often told so, and years away."""
    others = [t for t in person.terms if t.role == "office" and t not in terms]
    bare = _Act("", 0, None, None, False, True, 0, 0)
    if any(_fits(t, first, last, bare) for t in others):
        return False
    return any(first - _NEAR_START <= t.start.hi and t.start.lo <= last + _NEAR_START for t in terms)


def _finding(analysis: ArticleAnalysis, act: _Act, person: Person, terms: list[Term], when: str) -> Finding:
    # the same term from two sources is listed once
    ordered = list(
        {(t.start.text, t.until_text()): t for t in sorted(terms, key=lambda t: t.start.lo)}.values()
    )
    office = ordered[0].office
    if ordered[0].organisation and ordered[0].organisation not in office:
        office = f"{office} ({ordered[0].organisation})"
    listed = "; ".join(f"{t.start.text} to {t.until_text()} (source: {t.source})" for t in ordered)
    verb = "left" if act.leaving else "took"
    quoted = analysis.layout.in_quote(act.name_start)
    message = (
        f"“{when}” is given as the date {person.name} {verb} office as {office}, but "
        f"the knowledge base dates {_which_terms(act, ordered)}: {listed}."
    )
    which = "end" if act.leaving else "start"
    basis = f"the {which} of each term of {person.name} as {office}, give or take months"
    if quoted:
        basis += "; inside a quotation, the speaker's own words"
    return make_finding(
        "event-date",
        ERROR,
        analysis.text,
        min(act.name_start, act.date_start),
        act.date_end,
        message,
        [t.evidence() for t in ordered],
        f"office-{which}:{person.id}:{when}",
        confidence=LOW if quoted else HIGH,
        basis=basis,
    )
