"""What an elapsed-time phrase counts from when it names no event of the knowledge base.

Rule elapsed-time measures "N years ago" and "N months into" from an event; some phrases
give their start another way, which the text itself settles:

- a year written right after the count: "just two years ago in 2015" (the text contradicts
  itself when the count and the year disagree at the date written);
- a year written in the noun phrase counted from: "ten years after the 2008 financial
  crisis", "25 years since the first free election of 1994" (the year is the event's, known
  to the year);
- the holder's own term: "200 days into his presidency", "in the seven months since he's
  been president", with the one office holder the sentence names ("Trump");
- an event named by its own verb after its subject: "since the WHO declared COVID-19 a
  pandemic", "after Russia annexed Crimea";
- a finished event counted from its end by the verb beside it: "helped end the war in
  Bosnia almost four years ago", "since the war ended".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import INTERNATIONAL_BODIES, Event, FuzzyDay, Person, Term
from annotator.temporal.values import value_bounds

# "two years ago in 2015", "20 years ago, back in 1997": the year of what happened then.
_STATED_YEAR_RX = re.compile(
    r"\s*,?\s+(?:back\s+)?in\s+(?P<year>1[89]\d\d|20\d\d)\b(?![-–/]|\s*(?:to|and)\s+\d)"
)
# "into his presidency", "since he's been president" (and pages that lost the apostrophe).
_OWN_TERM_RX = re.compile(
    r"(?:his|her)\s+(?P<noun>presidency|premiership|chancellorship|term|tenure|time\s+in\s+office)\b"
    r"|(?:he|she)(?:['’]s|\s+s|\s+has)\s+been\s+(?P<title>president|prime\s+minister|chancellor|in\s+office)\b",
    re.IGNORECASE,
)
# The office a noun or title names ("presidency": a President, not a Vice President).
_OFFICE_OF = {
    "presidency": "president",
    "president": "president",
    "premiership": "prime minister",
    "prime minister": "prime minister",
    "chancellorship": "chancellor",
    "chancellor": "chancellor",
}
_NAME_RX = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")
# "helped end the war", "the end of the war", and after it, "since the war ended".
_END_BEFORE_RX = re.compile(r"\b(?:end(?:ed|ing|s)?|the\s+end\s+of)\s+(?:the\s+)?\Z", re.IGNORECASE)
_END_AFTER_RX = re.compile(r"\s+(?:ended|was\s+over|came\s+to\s+an\s+end)\b", re.IGNORECASE)
# Each hint starts with a plain word, which the regex engine skips ahead to (one pattern of
# both would be tried at every character); "Chicago, in 1968" is a hint too, and costs a look.
_AGO_HINT_RX = re.compile(r"ago,?\s+(?:back\s+)?in\s+\d")
_INTO_HINT_RX = re.compile(r"into\s+(?:his|her)\s")


def anchors_in(text: str) -> bool:
    """Whether the text may hold a phrase counted from one of these anchors without naming
    an event (a year after "ago", "into his presidency"): elsewhere there is nothing to count."""
    return _AGO_HINT_RX.search(text) is not None or _INTO_HINT_RX.search(text) is not None


def stated_year(analysis: ArticleAnalysis, match: re.Match[str]) -> tuple[Event, ...]:
    """ "just two years ago in 2015": the year written right after an "ago" phrase, as the
    time it counts from; () when none follows."""
    found = _STATED_YEAR_RX.match(analysis.text, match.end())
    if found is None:
        return ()
    year = int(found.group("year"))
    day = FuzzyDay(date(year, 1, 1), date(year, 12, 31), str(year), "year")
    return (Event(f"stated-year|{year}", f"the year {year}", "year", day, day, "", (), "the text itself"),)


# "after the 2008 financial crisis", "since the first free election of 1994": the year as the
# noun phrase's own, not a range ("the 2014-15 season"), a decade ("the 1990s") or a number.
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_EVENT_YEAR_RX = re.compile(
    rf"(?:(?<=\bthe\s)|the\s+)(?:{_YEAR}(?![-–/\d]|['’]?s\b|\s+(?:to|and|or|through)\b)\s+[A-Za-z]"
    rf"|(?:[A-Za-z][\w'’-]*\s+){{1,4}}of\s+{_YEAR.replace('year>', 'year2>')}\b(?![-–/]|['’]?s\b))"
)


# The rest of the noun phrase after its year: "the 2015 Paris attacks", up to a verb or a comma.
_PHRASE_TAIL_RX = re.compile(
    r"[\w'’-]+(?:\s+(?!(?:and|or|was|were|is|are|has|had|that|which|who|in|on|at|to|of|by|the|a|an)\b)[\w'’-]+){0,3}"
)


def stated_event_year(analysis: ArticleAnalysis, at: int) -> tuple[Event, ...]:
    """ "ten years after the 2008 financial crisis": the year written in the noun phrase at
    `at` (its "the", or just after it), as an event known to the year; () when the phrase
    gives none."""
    mention = stated_event_phrase(analysis, at)
    return mention.events if mention is not None else ()


def stated_event_phrase(analysis: ArticleAnalysis, at: int) -> EventMention | None:
    """ "the 50th anniversary of the 1969 Moon landing": the noun phrase at `at` that
    writes its own year, with that year as its event; None when it gives none."""
    text = analysis.text
    found = _EVENT_YEAR_RX.match(text, at)
    if found is None:
        return None
    year = int(found.group("year") or found.group("year2"))
    end = found.end()
    if found.group("year"):
        words = _PHRASE_TAIL_RX.match(text, end - 1)
        end = words.end() if words else end - 1
    phrase = text[found.start() : end]
    name = phrase if phrase.lower().startswith("the ") else "the " + phrase
    day = FuzzyDay(date(year, 1, 1), date(year, 12, 31), f"a day of {year}", "year")
    event = Event(f"stated-year|{year}", name, "year", day, day, "", (), "the text itself")
    return EventMention(found.start(), end, phrase, (event,))


# "Two years after the takeover of Kabul on 15 August 2021, ...": the noun phrase counted
# from, then the date that closes the opening phrase.
_DATED_PHRASE_RX = re.compile(r"the\s+(?:[\w'’-]+\s+){1,6}(?:on|in|of)\s+")
# "the 80th anniversary of D-Day", "the first anniversary of 7 October": the date closing such a
# phrase is the day remembered, years before the anniversary the count runs from.
_ANNIVERSARY_OF_RX = re.compile(
    r"\b(?:anniversary|anniversaries|birthday|centenary|centennial|jubilee)\s+of\s+\Z", re.IGNORECASE
)


def dated_opening_phrase(analysis: ArticleAnalysis, match: re.Match[str], comma: int) -> tuple[Event, ...]:
    """The event of an opening count dated by the date that ends the opening phrase, which
    is the event's and no other clause's; () when no date closes it right at its comma."""
    text = analysis.text
    found = _DATED_PHRASE_RX.match(text, match.end(), comma)
    if found is None or _ANNIVERSARY_OF_RX.search(found.group()):
        return ()  # "a day after the 80th anniversary of D-Day": the date is not the phrase's day
    for timex in analysis.timexes:
        if timex.start == found.end() and not text[timex.end : comma].strip():
            bounds = value_bounds(timex.value) if timex.type == "DATE" else None
            if bounds is None:
                return ()
            day = FuzzyDay(bounds[0], bounds[1], text[timex.start : timex.end], "day")
            name = text[match.end() : found.end()].strip().rsplit(" ", 1)[0]
            return (Event(f"stated-date|{timex.value}", name, "date", day, day, "", (), "the text itself"),)
    return ()


def own_term(analysis: ArticleAnalysis, match: re.Match[str]) -> tuple[Event, ...]:
    """ "300 days into his presidency": the start of the term the one office holder named in
    the sentence holds at the date written, as an event; () when the sentence names none
    or several, or the office is not theirs."""
    found = _OWN_TERM_RX.match(analysis.text, match.end())
    window = analysis.writing_window(match.start())
    if found is None or window is None or analysis.kb is None:
        return ()
    office = _OFFICE_OF.get(" ".join((found.group("noun") or found.group("title")).lower().split()))
    start, end = analysis.layout.sentence_bounds(match.start())
    terms: dict[str, tuple[Person, Term]] = {}
    for name in _NAME_RX.finditer(analysis.text, start, end):
        ids = analysis.kb.ids_named(name.group())
        if len(ids) != 1:
            continue
        person = analysis.kb.person(next(iter(ids)))
        held = [
            t
            for t in (person.terms if person else ())
            if t.role == "office"
            and t.start.hi <= window.latest
            and t.may_hold(window.earliest)
            and (office is None or (t.titles and t.titles[0] == office))
        ]
        if person is not None and len(held) == 1:
            terms[person.id] = (person, held[0])
    if len(terms) != 1:
        return ()
    person, term = next(iter(terms.values()))
    return (term_start(person, term),)


# Titles of those who lead a country: whom "came to power" and a bare "took office" speak of.
_COUNTRY_LEADERS = frozenset(
    {"president", "prime minister", "premier", "chancellor", "head of state", "king", "queen"}
)


def leads_country(term: Term) -> bool:
    """Whether a term is one of leading a country (the office a bare "took office" names),
    not a body of countries ("President of the European Council")."""
    return (
        term.role == "office"
        and term.organisation not in INTERNATIONAL_BODIES
        and bool(_COUNTRY_LEADERS.intersection(term.titles))
    )


def term_start(person: Person, term: Term) -> Event:
    """A term's start as an event an elapsed time can be counted from."""
    return Event(
        f"took-office|{person.id}|{term.start.text}",
        f"{person.name} taking office as {term.office}",
        "inauguration",
        term.start,
        term.start,
        "",
        (),
        term.source,
    )


# "since the World Health Organization declared COVID-19 a pandemic", "after Russia annexed
# Crimea": a named subject, then an event named by its own verb.
# Or a body of people, a country's or its leader's ("Myanmar's military", "the army",
# "Prigozhin's men", "Bolsonaro supporters").
_SUBJECT_GAP_RX = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}|(?:he|she|they|it)\s+"
    r"|(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s)?\s+)?(?:[a-z-]+\s+)?"
    r"(?:military|army|junta|troops|forces|soldiers|generals|rebels|militants|fighters|supporters|men"
    r"|tanks|mercenaries|protesters|demonstrators|rioters)\s+"
)


def its_subject_between(text: str, start: int, mention: EventMention) -> bool:
    """Whether the text from `start` to an event named by its own verb ("declared COVID-19 a
    pandemic", "joined NATO") is only that verb's subject, so "after"/"since" before the
    subject counts from that event."""
    return mention.text[:1].islower() and _SUBJECT_GAP_RX.fullmatch(text, start, mention.start) is not None


def counted_from_end(
    analysis: ArticleAnalysis, mention_start: int, mention_end: int, events: tuple[Event, ...]
) -> tuple[Event, ...]:
    """Finished events counted from their last day when the verb beside the mention says
    so ("ended the war ... ago", "since the war ended"); the events unchanged otherwise."""
    text = analysis.text
    if not (
        _END_BEFORE_RX.search(text, max(0, mention_start - 20), mention_start)
        or _END_AFTER_RX.match(text, mention_end)
    ):
        return events
    return tuple(
        replace(e, name=f"{e.name} (its end)", start=e.end) if e.end is not None else e for e in events
    )
