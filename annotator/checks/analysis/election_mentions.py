"""National elections named by their country rather than by an alias: "Japan's snap
election", "Britain's upcoming July election", "next month's election in Mexico", "the
Brazilian presidential run-off", "Brazilians will go to the polls on October 2", "voters in
Taiwan go to the polls on Saturday".

The knowledge base lists the national elections of many countries as whole series
(``events.csv``). Such a phrase names the election of that country's series nearest the
time its sentence gives: the date written beside it ("in October 2023", "on Saturday"), else
the date the article was written. It is read as an election only when the country has a
series of at least three listed elections of the kind named (so that a missing one is
unlikely), when no local, regional, party or European vote is meant, and, without a date
beside it, when a single election of the series lies within a year of the writing: two
near elections ("Israel's election" in 2019) name nothing: silence rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import DateWindow
from annotator.checks.kb.election_series import election_series
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase
from annotator.temporal.values import value_bounds

_NOUN = r"(?P<noun>elections?|vote|run-?off|polls)\b"
# Words between the owner and the noun that say which election ("snap", "presidential",
# "July", "upcoming") or nothing of it.
_MODS = (
    r"(?P<mods>(?:(?:upcoming|coming|forthcoming|recent|last|next|snap|early|general|presidential"
    r"|parliamentary|federal|legislative|national|lower[- ]house|upper[- ]house|landmark|historic"
    r"|closely[- ]watched|crucial|pivotal|tight|first[- ]round|second[- ]round|(?:Jan|Feb|March|April|May"
    r"|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|(?:19|20)\d\d)\s+){0,3})"
)
_COUNTRY_WORDS = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
# "Japan's snap election", "Britain's upcoming July election"
_OWNED_RX = re.compile(r"\b(?P<owner>" + _COUNTRY_WORDS + r")['’]s\s+" + _MODS + _NOUN)
# "the Japanese snap election", "the Brazilian presidential run-off"
_ADJECTIVE_RX = re.compile(
    r"\b[Tt]he\s+" + _MODS.replace("mods", "mods0") + r"(?P<owner>" + _COUNTRY_WORDS + r")\s+" + _MODS + _NOUN
)
# "next month's election in Mexico", "the presidential vote in Taiwan"
_IN_COUNTRY_RX = re.compile(
    r"\b(?:[Tt]he|(?:next|last|this)\s+(?:week|month|year)['’]s|(?:Sunday|Saturday|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday)['’]s)\s+"
    + _MODS
    + _NOUN
    + r"\s+in\s+(?P<owner>"
    + _COUNTRY_WORDS
    + r")(?![\w'’])"
)
# "Brazilians will go to the polls", "voters in Taiwan go to the polls", "Germany heads to
# the polls", "Canadians voted in April"
_VOTERS_RX = re.compile(
    r"\b(?:[Vv]oters\s+in\s+(?P<place>" + _COUNTRY_WORDS + r")|(?P<people>" + _COUNTRY_WORDS + r"))\s+"
    r"(?P<verb>(?:(?:will|are\s+set\s+to|are\s+due\s+to)\s+)?(?:go|goes|went|head|heads|headed|going"
    r"|heading)\s+to\s+the\s+polls\b|(?P<ballot>(?:voted|vote|will\s+vote)\b"
    # voting on a question is a referendum or a bill: "Britons voted to leave the EU"
    r"(?!\s+(?:to|against|down|on|for\s+(?:or|and)|in\s+favou?r|yes|no|through)\b)))"
)
_PATTERNS = (_OWNED_RX, _ADJECTIVE_RX, _IN_COUNTRY_RX, _VOTERS_RX)
# Votes that are not the country's national ones.
_OTHER_VOTE_RX = re.compile(
    r"\b(?:local|regional|state|municipal|mayoral|provincial|county|primary|primaries|leadership"
    r"|party|European|EU|Senate|gubernatorial|by-?election|council|referendum|Brexit)\b",
    re.IGNORECASE,
)
# A vote on a question rather than for a parliament or a president.
_QUESTION_RX = re.compile(
    r"\b(?:referend\w*|leave|remain|independence|Brexit|EU|European|constitution\w*|amendment|measure"
    r"|proposition|bill|law|yes|no)\b"
)
_ON_A_QUESTION_RX = re.compile(r"\s+(?:to|on|for|against|over|in\s+favou?r)\b")
# Demonyms that are not the country's adjective with an "s".
_PEOPLE = {"britons": "United Kingdom", "turks": "Turkey", "poles": "Poland", "spaniards": "Spain"}
_LEGISLATURE = frozenset({"general", "federal", "legislative"})
_CALLED = frozenset({"general", "federal", "legislative", "presidential"})
_SHORTEST_SERIES = 3
_REACH = timedelta(days=366)  # how far from the time given an unnamed election may lie
_DATE_REACH = 30  # characters after the phrase a date of it may stand
_HINTS = ("election", "polls", "vote", "run-off", "runoff")


def _kinds_named(words: str, noun: str) -> frozenset[str] | None:
    """The series kinds the words may name; None for all."""
    words = words.lower()
    if "presidential" in words or "run" in noun.lower() or "round" in words:
        return frozenset({"presidential"})
    if "upper" in words:
        return frozenset({"House of Councillors"})
    if any(w in words for w in ("general", "parliamentary", "federal", "legislative", "lower")):
        return _LEGISLATURE
    if "snap" in words or "early" in words:
        return _CALLED  # an upper house elected on a fixed calendar is never snap
    return None


def _country(kb: KnowledgeBase, words: str, people: bool) -> str | None:
    key = normalise(words)
    if people and key in _PEOPLE:
        return _PEOPLE[key]
    if people and key.endswith("s") and (country := kb.qualifiers.get(key[:-1])):
        return country  # "Brazilians", "South Koreans"
    return kb.qualifiers.get(key)  # "Germany heads to the polls"


def _is_demonym(words: str) -> bool:
    return normalise(words) in _PEOPLE or words.endswith("s")


def election_mentions(
    text: str,
    kb: KnowledgeBase,
    window: DateWindow | None,
    named: list[EventMention],
    layout: TextLayout,
    timexes: list,
) -> list[EventMention]:
    """The elections the text names by their country, outside the mentions it has."""
    if window is None or not any(hint in text for hint in _HINTS):
        return []
    series = election_series(kb)
    if not series:
        return []
    found: list[EventMention] = []
    taken = [(m.start, m.end) for m in named]
    for match in _phrases(text):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        groups = match.groupdict()
        words = " ".join(filter(None, (groups.get("mods0"), groups.get("mods"), groups.get("owner"))))
        sentence = layout.sentence_bounds(start)
        if _OTHER_VOTE_RX.search(text, max(sentence[0], start - 20), end):
            continue  # "the Labour Party's leadership election", "Britain's local elections"
        people = groups.get("people") is not None
        owner = groups.get("owner") or groups.get("place") or groups.get("people") or ""
        country = _country(kb, owner, people)
        if groups.get("ballot") and (
            not _is_demonym(owner)
            or _date_beside(text, timexes, start, end) is None
            or _QUESTION_RX.search(text, sentence[0], sentence[1])
        ):
            # "Canadians voted in April" is an election; "the middle America vote" is a bloc
            # of voters, "Britons voted by 52 to 48 percent to leave the EU" a referendum
            continue
        if country is None or country not in series:
            continue
        kinds = _kinds_named(words, groups.get("noun") or "")
        if groups.get("noun") == "vote" and _ON_A_QUESTION_RX.match(text, end):
            continue  # "Britain's vote to leave the EU" is a referendum
        if groups.get("noun") == "vote" and kinds is None and match.re is not _OWNED_RX:
            continue  # "the Indian vote" may be a bloc of voters; "the snap vote" is an election
        chosen = [
            events
            for kind, events in series[country].items()
            if (kinds is None or kind in kinds) and len(events) >= _SHORTEST_SERIES
        ]
        if not chosen or (kinds is None and len(chosen) < len(series[country])):
            continue  # a bare "election" of a country with a short series of another kind
        given = _date_beside(text, timexes, start, end)
        anchor = given or (window.earliest, window.latest)
        near = sorted(
            (e for events in chosen for e in events if _within(e, anchor)), key=lambda e: e.start.lo
        )
        if not near or (given is None and len(near) > 1):
            continue
        found.append(EventMention(start, end, text[start:end], tuple(near)))
        taken.append((start, end))
    return found


def _phrases(text: str) -> list[re.Match]:
    """The phrases, looked for only around the words they end on (never over the whole text),
    each pattern only where its own words are near."""
    found: dict[int, re.Match] = {}
    for anchor, nouns in _ANCHORS:
        at = text.find(anchor)
        while at >= 0:
            low = max(0, at - _BEFORE)
            before = text[low:at]
            patterns = []
            if nouns and text[at + len(anchor) : at + len(anchor) + 1] != "s":  # not "elections"
                if "'s " in before or "’s " in before:
                    patterns.append(_OWNED_RX)
                if "the " in before or "The " in before:
                    patterns.append(_ADJECTIVE_RX)
                if " in " in text[at : at + 25]:
                    patterns.append(_IN_COUNTRY_RX)
            if anchor in _VOTING:
                patterns.append(_VOTERS_RX)
            for pattern in patterns:
                match = pattern.search(text, low, at + _AFTER)
                if match is not None and match.start() <= at < match.end():
                    found.setdefault(match.start(), match)
            at = text.find(anchor, at + len(anchor))
    return [found[at] for at in sorted(found)]


# The words a phrase ends on, and whether they are nouns of an election.
_ANCHORS = (("election", True), ("vote", True), ("run-off", True), ("runoff", True), ("polls", False))
_VOTING = frozenset({"vote", "polls"})  # "Canadians voted", "voters in Taiwan go to the polls"
_BEFORE, _AFTER = 70, 45  # characters a phrase reaches before and after its anchor word


def _date_beside(text: str, timexes: list, start: int, end: int) -> tuple[date, date] | None:
    """The span of a date in the phrase or right after it, in its clause ("in October 2023",
    "on Saturday", "last Sunday"); a date past a comma belongs to another verb."""
    for timex in timexes:
        if timex.type != "DATE" or timex.end <= start or timex.start > end + _DATE_REACH:
            continue
        if timex.start > end and _BREAK_RX.search(text, end, timex.start):
            continue
        bounds = value_bounds(timex.value)
        if bounds is not None and (bounds[1] - bounds[0]).days <= 366:
            return bounds
    return None


_BREAK_RX = re.compile(r"[,;:()\u2014\u2013]|\s(?:and|but|so|while|after|before|when)\s")


def _within(event: Event, anchor: tuple[date, date]) -> bool:
    return event.start.lo - _REACH <= anchor[1] and anchor[0] <= event.last_day + _REACH
