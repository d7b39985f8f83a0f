"""Wars named by their sides rather than by their names: "Iraq's war with Iran", "the war
between Russia and Ukraine", "America's war in Afghanistan", and "a five-year war against
Iran" in a clause whose subject is Iraq, its leader or its forces ("Saddam Hussein plunged his
country into a five-year war against Iran").

News names a war by who fought whom more often than by its name. Such a phrase names the
base's war only where ``resources/kb/curated/war_sides.csv`` lists every war between those two
sides (or every war the one side fought in that place) since a year; then the phrase names
all of them, and a date or count must fit none to be wrong. A sentence that gives a year
before that listing begins names nothing this way.

One side is named before "war" (a possessive, a country's adjective) or is the subject of the
clause; the other follows it ("with", "against", "on", "in"), or both follow "between". The
phrase names a war fought, not one feared or planned: a premodifier must be a count, a year
or a word that judges a war (not "trade", "cold", "new", "possible"), an indefinite article
needs a count ("a five-year war against Iran"), and a modal or a verb of threat in the clause
leaves it alone.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.literal_search import located_matches
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase, kb_dir


@dataclass(frozen=True, slots=True)
class WarSides:
    """One row of the curated file: a side, the other side or the place, the phrase forms
    ("with": with/against/on/between; "in": a place), and every war between them."""

    side: str
    other: str
    forms: frozenset[str]
    events: tuple[str, ...]
    since: int
    side_words: tuple[str, ...]


@lru_cache(maxsize=1)
def war_sides() -> tuple[WarSides, ...]:
    """The rows of ``curated/war_sides.csv``."""
    with (kb_dir() / "curated" / "war_sides.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            WarSides(
                row["side"],
                row["other"],
                frozenset(row["forms"].split("|")),
                tuple(row["events"].split("|")),
                int(row["since"]),
                tuple(w for w in row["side_words"].split("|") if w),
            )
            for row in csv.DictReader(handle)
        )


# Words before "war" that say which war was fought, not what kind of conflict or whether one
# will be: a count, a year, a judgment of it.
_JUDGING = (
    r"fruitless|bloody|bloodiest|long|longest|bitter|brutal|devastating|costly|costliest|disastrous"
    r"|ruinous|protracted|grinding|failed|futile|unwinnable|savage|destructive|deadly|catastrophic"
    r"|exhausting|inconclusive|stalemated|full-scale|brief|short|ill-fated|senseless|unpopular"
)
_NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|decade|years|months|weeks|days"
)
_COUNT = (
    rf"(?:(?:{_NUMBER})(?:-|\s)(?:and-a-half-)?(?:year|month|week|day|decade)s?(?:-long|-old)?"
    r"|decade-long|years-long)"
)
_COUNT_RX = re.compile(_COUNT, re.IGNORECASE)
_WORD_RX = re.compile(r"\S+")
_YEAR = r"(?:1[89]\d\d|20\d\d)(?:[-–](?:\d\d|\d{4}))?"
_PREMODIFIER = rf"(?:(?:{_JUDGING}|{_COUNT}|{_YEAR}),?\s+(?:and\s+)?)"
# Before the premodifiers: an article, a possessive pronoun, or a side's possessive or
# adjective ("Iraq's", "America's", "the U.S.", "Soviet").
_BEFORE_RX = re.compile(
    r"(?:(?<![\w'’.])(?P<det>(?:(?:the|his|its|their|her|our)\s+(?:country|nation)['’]s)|the|a|an|his|its"
    r"|their|her|our)\s+"
    r"|(?P<owner>(?<![\w'’])(?-i:(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*?))(?:['’]s?\s+|\s+))"
    rf"(?P<pre>{_PREMODIFIER}{{0,3}})\Z",
    re.IGNORECASE,
)
_AFTER_RX = re.compile(
    r"\s+(?:(?P<prep>with|against|on|in)\s+(?:the\s+)?(?P<other>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.-]*)"
    r"|between\s+(?:the\s+)?(?P<first>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)\s+and\s+(?:the\s+)?"
    r"(?P<second>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*))"
)
# (the word boundary before "war" written after its first letter: the engine skips to a "w")
_WAR_RX = re.compile(r"[Ww](?<!\w[Ww])ar\b")
_YEAR_IN_SENTENCE_RX = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A war feared, threatened or planned is not one fought: "could go to war", "threatened a war".
_NOT_FOUGHT_RX = re.compile(
    r"\b(?:would|could|might|may|should|shall|if|unless|threat\w*|risk\w*|prepar\w*|plan\w*|fear\w*"
    r"|warn\w*|avert\w*|avoid\w*|prevent\w*|possible|potential)\b",
    re.IGNORECASE,
)
# What opens a sentence before its subject: a subordinate clause or a phrase and its comma.
_LEAD_RX = re.compile(
    r"(?:(?:If|When|After|Before|Although|Though|While|As|Since|Because|Once|Unless|In|On|During|By"
    r"|Following|Despite|At|For|With)\b[^,;:]{0,120},\s+)?"
    r"(?:(?:the|The)\s+)?(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)"
)


def war_side_mentions(
    text: str, kb: KnowledgeBase, named: list[EventMention], layout: TextLayout
) -> list[EventMention]:
    """The base's wars named by their sides, outside the mentions found already."""
    if "war" not in text and "War" not in text:
        return []
    rows = war_sides()
    events = kb.cached("events_by_id", lambda: {e.id: e for e in kb.events})
    found: list[EventMention] = []
    for war in located_matches(_WAR_RX, text, ("war", "War")):  # str.find skips to each
        at = war.start()
        covering = [m for m in (*named, *found) if m.start <= at < m.end]
        if covering and not (len(covering) == 1 and covering[0].start == at and covering[0] in named):
            continue  # "Russia's war against Ukraine": a name of its own
        sentence = layout.sentence_bounds(at)
        hit = _read(text, kb, war, sentence, rows)
        if hit is None:
            continue
        row, end = hit
        years = [int(y) for y in _YEAR_IN_SENTENCE_RX.findall(text, *sentence)]
        if any(year < row.since for year in years):
            continue  # a war before the listing begins may be one it leaves out
        wars = tuple(events[i] for i in row.events if i in events)
        if covering:
            # "America's war in Afghanistan": the name "war in Afghanistan" is shared by every
            # war fought there; its sides keep those they fought
            wars = tuple(e for e in covering[0].events if e in wars)
            if not wars or covering[0].end != end:
                continue
        if wars:
            found.append(EventMention(at, end, text[at:end], wars))
    return found


def _read(
    text: str, kb: KnowledgeBase, war: re.Match[str], sentence: tuple[int, int], rows: tuple[WarSides, ...]
) -> tuple[WarSides, int] | None:
    """The row the phrase around "war" names, and where the phrase ends."""
    before = _BEFORE_RX.search(text, max(sentence[0], war.start() - 80), war.start())
    after = _AFTER_RX.match(text, war.end(), min(sentence[1], war.end() + 60))
    if before is None or after is None:
        return None
    counted = _COUNT_RX.search(before.group("pre") or "") is not None
    det = (before.group("det") or "").lower()
    if det in ("a", "an") and not counted:
        return None  # "a war with Iran" may be one still to come
    owner = before.group("owner")
    side = _owner_side(kb, owner, rows) if owner else None
    if owner and side is None:
        return None  # "a trade war", "the Cold War", "Bush's war": no side the file lists
    clause_start = max(sentence[0], before.start() - 60)
    if after.group("prep"):
        if side is None:
            found = _subject_side(text, kb, sentence, before.start(), rows)
            if found is None:
                return None
            side, clause_start = found
        if _NOT_FOUGHT_RX.search(text, clause_start, war.start()):
            return None  # "Saddam could drag Iraq into a war with Iran"
        form = "in" if after.group("prep").lower() == "in" else "with"
        return _row(rows, side, after.group("other"), form, kb, after.start("other"))
    if _NOT_FOUGHT_RX.search(text, clause_start, war.start()):
        return None
    if owner or det not in ("the", "a", "an"):
        return None  # "Iraq's war between ...": not English
    first, second = after.group("first"), after.group("second")
    for one, two, at in ((first, second, after.start("second")), (second, first, after.start("first"))):
        side = _side_of(kb, one, rows)
        if side is not None:
            row = _row(rows, side, two, "with", kb, at)
            if row is not None:
                return row[0], max(row[1], after.end("first"))
    return None


def _owner_side(kb: KnowledgeBase, owner: str, rows: tuple[WarSides, ...]) -> str | None:
    """The side a possessive or adjective names, past capitalised words before it that open
    the sentence or a phrase ("During Iraq's war", "In 1988 the U.S. war")."""
    words = owner.split()
    for first in range(len(words)):
        side = _side_of(kb, " ".join(words[first:]), rows)
        if side is not None:
            return side
    return None


def _row(
    rows: tuple[WarSides, ...], side: str, other: str, form: str, kb: KnowledgeBase, base: int
) -> tuple[WarSides, int] | None:
    """The row of the two sides (either way round for "with") in that form, and where the
    other side's words end: "Afghanistan" of "in Afghanistan President Biden"."""
    words = list(_WORD_RX.finditer(other))
    for size in range(len(words), 0, -1):
        name = " ".join(w.group() for w in words[:size])
        end = base + words[size - 1].end()
        if name.endswith(".") and "." not in name[:-1]:
            name, end = name[:-1], end - 1  # "with Iran.": the sentence's full stop
        for row in rows:
            if form not in row.forms:
                continue
            if row.side == side and _names(kb, name, row.other, ()):
                return row, end
            reverse = _names(kb, name, row.side, row.side_words) and _names(kb, side, row.other, ())
            if form == "with" and reverse:
                return row, end
    return None


def _names(kb: KnowledgeBase, words: str, side: str, side_words: tuple[str, ...]) -> bool:
    """Whether the words name the side (a country by its name or adjective, a listed word)."""
    key = normalise(words)
    return key == normalise(side) or kb.qualifiers.get(key) == side or key in map(normalise, side_words)


def _side_of(kb: KnowledgeBase, words: str, rows: tuple[WarSides, ...]) -> str | None:
    """The side a possessive or adjective names ("Iraq", "Iraqi", "the U.S.", "Saddam"), or
    the side's name itself for a side that is no country ("Hamas")."""
    key = normalise(words)
    if key.startswith("the "):
        key = key[4:]
    owner = kb.qualifiers.get(key)
    sides = {row.side for row in rows} | {row.other for row in rows}
    if owner in sides:
        return owner
    for row in rows:
        if key in map(normalise, row.side_words):
            return row.side
        if key == normalise(row.other) and row.other not in kb.qualifiers.values():
            return row.other
    return _leader_of(kb, words, sides)


def _leader_of(kb: KnowledgeBase, words: str, sides: set[str]) -> str | None:
    """The country a person named heads or headed (every person so named, one country)."""
    people = kb.people_named(words)
    countries = {
        term.organisation
        for person in people
        for term in person.terms
        if any(t in ("president", "prime minister", "leader", "supreme leader", "king") for t in term.titles)
    }
    if len(countries) == 1 and len(people) == 1:
        country = next(iter(countries))
        return country if country in sides else None
    return None


def _subject_side(
    text: str, kb: KnowledgeBase, sentence: tuple[int, int], phrase_start: int, rows: tuple[WarSides, ...]
) -> tuple[str, int] | None:
    """The side the clause's subject is (a country, its forces or people, its leader), and
    where the subject begins."""
    lead = _LEAD_RX.match(text, sentence[0], phrase_start)
    if lead is None:
        return None
    words = lead.group("subject").split()
    side = None
    for size in range(len(words), 0, -1):
        side = _side_of(kb, " ".join(words[:size]), rows)
        if side is not None:
            break
    if side is None or _other_party_between(text, kb, lead.end(), phrase_start, side):
        return None
    return side, lead.start("subject")


_CAPITALISED_RX = re.compile(r"(?<![\w'’])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def _other_party_between(text: str, kb: KnowledgeBase, start: int, end: int, side: str) -> bool:
    """Whether a country or person other than the subject's side is named between the subject
    and the phrase: the clause may have another subject by then ("Saddam said Syria's ...")."""
    for name in _CAPITALISED_RX.finditer(text, start, end):
        key = normalise(name.group())
        for size in range(len(key.split()), 0, -1):
            part = " ".join(key.split()[:size])
            owner = kb.qualifiers.get(part) or kb.qualifiers.get(part.removesuffix(" s"))
            if owner is not None and owner != side:
                return True
        if kb.people_named(name.group()) and _leader_of(kb, name.group(), {side}) is None:
            return True
    return False
