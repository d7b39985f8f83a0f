"""A national election told by its winner, for the orders of rule event-order and the counts
of rule elapsed-time: "weeks before Lula narrowly won the presidential run-off", "Erdogan won
re-election", "Boris Johnson's general election landslide".

A head of state or government wins only the national elections of the country led, held from
a year before taking office to the end of the time in office. Where ``events.csv`` lists that
country's elections of the kind named over the whole of that span, the phrase names one of
them, and the rules judge an order or a count against every one: they speak only where all
agree. A leader the base does not know, a country whose series starts later, a vote of
another level ("mayoral", "leadership", "primary") or a win denied or supposed names nothing.
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.election_series import election_series
from annotator.checks.kb.facts import Event, Person
from annotator.checks.kb.folding import normalise

_HEADS = frozenset(("president", "prime minister", "chancellor", "premier"))
# Up to four capitalised words of a name right before the win: "Luiz Inácio Lula da Silva"
# is read by its last words ("Lula", "Lula da Silva") as well.
_NAME = r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:da|de|dos|van|von|bin)\s+)?){0,3}[A-Z][\w-]*)"
_MANNER = r"(?:(?:narrowly|comfortably|easily|handily|decisively|convincingly|finally)\s+)?"
# "Erdogan won re-election", "Lula narrowly won the presidential run-off", "Starmer won a
# landslide", "Macron won a second term".
_WON_RX = re.compile(
    r"(?<![\w'’.-])" + _NAME + r"\s+" + _MANNER + r"(?:won|clinched|secured)\s+"
    r"(?:re-?election\b(?!\s+as\b)|a\s+(?:second|third|fourth|fifth)\s+term\b"
    r"|the\s+(?:(?P<kind0>presidential|general|parliamentary|legislative)\s+)?(?:election|vote)\b"
    r"|the\s+(?:presidential\s+)?(?P<runoff>run-?off)\b"
    r"|(?:a|an|the|his|her)\s+(?:(?:narrow|decisive|resounding|sweeping|landslide|election|historic)\s+)*"
    r"(?:landslide|(?:election\s+)(?:victory|win))\b)"
)
# "Boris Johnson's general election landslide", "Lula's re-election", "Lula's run-off win".
_OWNED_RX = re.compile(
    r"(?<![\w'’.-])" + _NAME + r"['’]s\s+(?:(?:narrow|decisive|resounding|sweeping|historic)\s+)?"
    r"(?:re-?election\b(?!\s+(?:as|bid|campaign|hopes|chances)\b)"
    r"|(?:(?P<kind1>presidential|general|parliamentary|run-?off)\s+)?election\s+(?:landslide|victory|win|triumph)\b"
    r"|(?P<kind2>presidential|general|parliamentary|run-?off)\s+(?:landslide|victory|win|triumph)\b"
    r"|(?:(?P<kind3>general)[- ]election\s+)?landslide\b"
    r"|(?:victory|win|triumph)\s+in\s+the\s+(?:(?P<kind4>presidential|general|parliamentary)\s+)?"
    r"(?:election|vote|(?P<runoff4>run-?off))\b)"
)
# "Mexico elected Claudia Sheinbaum", "Brazilians re-elected Lula", "voters re-elected
# Erdogan": the people of the leader's country, not a parliament or a party.
_ELECTED_RX = re.compile(
    r"(?<![\w'’.-])(?P<voters>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|[Vv]oters(?:\s+in\s+(?P<place>[A-Z][\w.-]*))?)"
    r"\s+(?:re-?)?elected\s+"
    + _NAME
    + r"(?![\w'’-])(?!\s+(?:as\s+)?(?:mayor|governor|senator|leader|chair|speaker|to|head)\b)"
)
# A vote of another level or body, or a win not told as done.
_OTHER_VOTE_RX = re.compile(
    r"\b(?:local|regional|state|municipal|mayoral|mayor|provincial|council|by-?elections?|primary|primaries"
    r"|leadership|European|Senate|upper\s+house|referendum|nomination|caucus|governor|party\s+leader)\b",
    re.IGNORECASE,
)
_NOT_DONE_RX = re.compile(
    r"\b(?:if|whether|unless|would|could|might|may|will|not|never|failed\s+to|hopes?\s+to|expected\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,6}\Z",
    re.IGNORECASE,
)
# A capitalised word that opens a condition, not a name: "If Erdogan won re-election".
_SUPPOSING = frozenset(("if", "unless", "whether", "should", "had", "were", "once", "when"))
_BEFORE_OFFICE = timedelta(days=366)  # a win comes at most a year before taking office
_GENERAL = ("general", "federal", "legislative")


def _leaders(analysis: ArticleAnalysis, name: str) -> list[Person]:
    """The heads of state or government a name denotes, its leading words dropped one by one
    while two words are left, a surname alone only when it denotes one leader."""
    assert analysis.kb is not None
    words = name.split()
    for first in range(len(words)):
        part = " ".join(words[first:])
        people = [p for p in analysis.kb.people_named(part) if _head_terms(p)]
        if people and (len(words) - first >= 2 or len(people) == 1):
            return people
    return []


def _head_terms(person: Person) -> list:
    return [t for t in person.terms if t.titles and t.titles[0] in _HEADS]


def _kinds(kind: str | None) -> tuple[str, ...] | None:
    """The series a kind word names; None: every series."""
    if kind is None:
        return None
    kind = kind.lower()
    if kind.startswith("presidential") or kind.startswith("run"):
        return ("presidential",)
    return _GENERAL


def _won(analysis: ArticleAnalysis, people: list[Person], kinds: tuple[str, ...] | None) -> tuple[Event, ...]:
    """The listed elections the leaders may have won (with the kind named, or else the kind
    of their office), or () when the words may mean a vote the base does not list."""
    found: list[Event] = []
    series = election_series(analysis.kb)
    for person in people:
        terms = _head_terms(person)
        for term in terms:
            by_kind = series.get(term.organisation, {})
            president = term.titles[0] == "president"
            if president and "presidential" not in by_kind:
                return ()  # a president the people do not elect: a vote the base does not list
            wanted = kinds or (("presidential",) if president else _GENERAL)
            held = [e for kind in wanted for e in by_kind.get(kind, ())]
            if not held or min(e.start.lo for e in held) > term.start.lo:
                return ()  # the series may miss the election that brought the leader in
            first = term.start.lo - _BEFORE_OFFICE
            won = [e for e in held if first <= e.start.lo <= term.last_day]
            if kinds is None and not president:
                # "Merkel won re-election" may be parliament's vote: read only where every
                # general election is followed by a term the base lists, that vote's day
                starts = _term_starts(person, terms, won)
                if starts is None:
                    return ()
                won += starts
            found += won
    return tuple(sorted(dict.fromkeys(found), key=lambda e: e.start.lo))


_TERM_AFTER_VOTE = timedelta(days=200)  # from a general election to the head's new term


def _term_starts(person: Person, terms: list, elections: list[Event]) -> list[Event] | None:
    """The days a head of government's terms began after the general elections given, as
    events a parliament's vote may be told by; None when one of the elections is followed
    by no listed term (the head carried on, and the vote that re-elected them is unlisted)."""
    found = []
    for election in elections:
        after = [t for t in terms if election.start.lo <= t.start.lo <= election.last_day + _TERM_AFTER_VOTE]
        if not after:
            return None
        found += [
            Event(
                f"{election.id}|term-{t.start.text}",
                f"{person.name}'s term as {t.titles[0]} from {t.start.text}",
                "election",
                t.start,
                t.start,
                t.organisation,
                (),
                t.source,
            )
            for t in after
        ]
    return found


def _of_voters(analysis: ArticleAnalysis, match: re.Match[str], people: list[Person]) -> list[Person]:
    """The leaders of the country whose people the clause says elected them ("Mexico",
    "Brazilians", "voters in Brazil"; bare "voters" any); none when it names no country."""
    assert analysis.kb is not None
    words = match["place"] or match["voters"]
    if words.lower() == "voters":
        return people
    country = analysis.kb.qualifiers.get(normalise(words))
    if country is None and words.endswith("s"):  # "Brazilians"
        country = analysis.kb.qualifiers.get(normalise(words[:-1]))
    return [p for p in people if any(t.organisation == country for t in _head_terms(p))] if country else []


# A word each pattern above must hold ("won", "landslide", "elected", ...): a sentence with
# none is not searched for the names before them.
_CUE_RX = re.compile(r"won|clinched|secured|elect|landslide|victory|win|triumph")


def leader_win_mentions(analysis: ArticleAnalysis, low: int, high: int) -> list[EventMention]:
    """The national elections the text tells by their winner, between two offsets."""
    text = analysis.text
    if analysis.kb is None or not _CUE_RX.search(text, low, high) or _OTHER_VOTE_RX.search(text, low, high):
        return []
    found = []
    for rx in (_WON_RX, _OWNED_RX, _ELECTED_RX):
        for match in rx.finditer(text, low, high):
            if _NOT_DONE_RX.search(text, max(low, match.start() - 60), match.start()):
                continue
            if match["name"].split()[0].lower() in _SUPPOSING:
                continue
            people = _leaders(analysis, match["name"])
            if rx is _ELECTED_RX:
                people = _of_voters(analysis, match, people)
                kind = None
            else:
                kind = next((v for k, v in match.groupdict().items() if k != "name" and v), None)
            events = _won(analysis, people, _kinds(kind)) if people else ()
            if events:
                found.append(EventMention(match.start(), match.end(), match.group(), events))
    return found
