"""Knowledge base of dated facts the consistency rules check articles against.

Terms of office and dated events ship as CSV files in ``resources/kb/`` so editors can
read and correct them in a spreadsheet; every row names its source. Dates keep their
precision: a fact known only to the month is stored as the whole month, so a rule can
tell "certainly outside" from "cannot tell".
"""

from __future__ import annotations

import calendar
import csv
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

ONGOING = "ongoing"
_FUZZY_CUTOFF = 88.0
_CLOSE_NAMES_KEPT = 4096  # spellings whose closest known name is remembered, per base
_TOKEN_RX = re.compile(r"[^\W_]+")


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used for every lookup key."""
    return " ".join(tokens_of(text))


def tokens_of(text: str) -> list[str]:
    """The word tokens of a name or phrase, folded the same way as article text."""
    return [fold(tok) for tok in _TOKEN_RX.findall(text)]


def fold(token: str) -> str:
    """Case- and accent-folded form of one token."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class FuzzyDay:
    """A calendar date known to a precision: every day from ``lo`` to ``hi`` is possible."""

    lo: date
    hi: date
    text: str
    precision: str

    @classmethod
    def parse(cls, text: str, precision: str = "") -> FuzzyDay:
        """Read 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; the stated precision may only coarsen it."""
        parts = [int(p) for p in text.strip().split("-")]
        level = {"year": 1, "month": 2, "day": 3}.get(precision.strip().lower(), len(parts))
        parts = parts[: min(level, len(parts))]
        if len(parts) == 3:
            day = date(*parts)
            return cls(day, day, text.strip(), "day")
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return cls(date(parts[0], parts[1], 1), date(parts[0], parts[1], last),
                       f"{parts[0]:04d}-{parts[1]:02d}", "month")
        return cls(date(parts[0], 1, 1), date(parts[0], 12, 31), f"{parts[0]:04d}", "year")


@dataclass(frozen=True, slots=True)
class Term:
    """One person's holding of one office (or of its "-elect" period), with its source."""

    person_id: str
    person: str
    person_wikidata: str
    office: str
    titles: tuple[str, ...]
    organisation: str
    start: FuzzyDay
    end: FuzzyDay | None
    role: str
    source: str

    def describe(self) -> str:
        until = self.end.text if self.end else "today"
        return f"{self.person}: {self.office} from {self.start.text} to {until}"

    def evidence(self) -> dict[str, Any]:
        return {"kind": "term", "person": self.person, "wikidata": self.person_wikidata,
                "office": self.office, "role": self.role, "start": self.start.text,
                "end": self.end.text if self.end else None, "source": self.source}


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event; ``end`` is None while it is still going on (a war)."""

    id: str
    name: str
    kind: str
    start: FuzzyDay
    end: FuzzyDay | None
    place: str
    aliases: tuple[str, ...]
    source: str

    @property
    def last_day(self) -> date:
        """The latest day the event may have lasted to (``date.max`` while ongoing)."""
        return self.end.hi if self.end else date.max

    def describe(self) -> str:
        if self.end is None:
            return f"{self.name} (since {self.start.text})"
        if self.end.text == self.start.text:
            return f"{self.name} ({self.start.text})"
        return f"{self.name} ({self.start.text} to {self.end.text})"

    def evidence(self) -> dict[str, Any]:
        return {"kind": "event", "id": self.id, "name": self.name, "start": self.start.text,
                "end": self.end.text if self.end else None, "source": self.source}


@dataclass(slots=True)
class Person:
    """Everything the base knows about one person: names and terms."""

    id: str
    name: str
    wikidata: str
    aliases: set[str] = field(default_factory=set)
    terms: list[Term] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return tokens_of(self.name)[-1]


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def term_from_row(row: Mapping[str, str]) -> Term:
    """Build a term from an ``offices.csv``-shaped mapping (also used for user facts)."""
    end_text = (row.get("end") or "").strip()
    return Term(
        person_id=normalise(row["person"]),
        person=row["person"].strip(),
        person_wikidata=(row.get("person_wikidata") or "").strip(),
        office=row["office"].strip(),
        titles=tuple(normalise(t) for t in _split(row.get("titles"))),
        organisation=(row.get("organisation_or_country") or "").strip(),
        start=FuzzyDay.parse(row["start"], row.get("start_precision") or ""),
        end=FuzzyDay.parse(end_text, row.get("end_precision") or "") if end_text else None,
        role=(row.get("role") or "office").strip() or "office",
        source=(row.get("source") or "user").strip(),
    )


def event_from_row(row: Mapping[str, str]) -> Event:
    """Build an event from an ``events.csv``-shaped mapping (also used for user facts)."""
    precision = row.get("precision") or ""
    start = FuzzyDay.parse(row["start"], precision)
    end_text = (row.get("end") or "").strip()
    end: FuzzyDay | None = start
    if end_text.lower() == ONGOING:
        end = None
    elif end_text:
        end = FuzzyDay.parse(end_text, precision)
    return Event(
        id=row["id"].strip(), name=row["name"].strip(), kind=(row.get("kind") or "").strip(),
        start=start, end=end, place=(row.get("place") or "").strip(),
        aliases=_split(row.get("aliases")) + (row["name"].strip(),),
        source=(row.get("source") or "user").strip(),
    )


class KnowledgeBase:
    """Lookups over people, their terms, events and the words that name countries."""

    def __init__(self, terms: Iterable[Term], events: Iterable[Event],
                 qualifiers: Mapping[str, str], aliases: Mapping[str, Iterable[str]] = {}):
        self.terms = list(terms)
        self.events = list(events)
        self.qualifiers = dict(qualifiers)
        self._extra_aliases = {k: tuple(v) for k, v in aliases.items()}
        self.people: dict[str, Person] = {}
        for term in self.terms:
            person = self.people.setdefault(
                term.person_id, Person(term.person_id, term.person, term.person_wikidata))
            person.terms.append(term)
            person.wikidata = person.wikidata or term.person_wikidata
        for person_id, names in self._extra_aliases.items():
            if person_id in self.people:
                self.people[person_id].aliases.update(names)
        self._names: dict[str, set[str]] = {}
        self._surnames: dict[str, set[str]] = {}
        for person in self.people.values():
            person.aliases.add(person.name)
            for alias in person.aliases:
                self._names.setdefault(normalise(alias), set()).add(person.id)
            self._surnames.setdefault(person.surname, set()).add(person.id)
        self._name_choices = list(self._names)
        self._close_names: dict[str, frozenset[str]] = {}
        self._events_by_alias: dict[str, list[Event]] = {}
        for event in self.events:
            for alias in event.aliases:
                bucket = self._events_by_alias.setdefault(normalise(alias), [])
                if event not in bucket:
                    bucket.append(event)
        self._cache: dict[str, Any] = {}

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """A value derived from this base once (compiled matchers) and reused."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def name_keys(self) -> dict[str, set[str]]:
        """Normalised full names and aliases to person ids."""
        return self._names

    def surname_keys(self) -> dict[str, set[str]]:
        return self._surnames

    def event_alias_keys(self) -> dict[str, list[Event]]:
        return self._events_by_alias

    def find_people(self, name: str) -> list[Person]:
        """People a name may denote: exact alias, then surname, then a close spelling."""
        key = normalise(name)
        ids: set[str] | frozenset[str] | None = self._names.get(key) or self._surnames.get(key)
        if not ids and len(key) >= 5:
            ids = self._close_name(key)
        return [self.people[i] for i in sorted(ids or ())]

    def _close_name(self, key: str) -> frozenset[str]:
        """Ids of the known name closest in spelling to a key: a costly search, so its answer
        is remembered (articles name the same people over and over)."""
        found = self._close_names.get(key)
        if found is None:
            match = process.extractOne(key, self._name_choices, scorer=fuzz.ratio,
                                       score_cutoff=_FUZZY_CUTOFF)
            found = frozenset(self._names[match[0]]) if match else frozenset()
            if len(self._close_names) >= _CLOSE_NAMES_KEPT:
                self._close_names.clear()
            self._close_names[key] = found
        return found

    def find_events(self, phrase: str) -> list[Event]:
        """Events a phrase names: exact alias first, then a close spelling of one."""
        key = normalise(phrase)
        found = self._events_by_alias.get(key)
        if found is None and len(key) >= 6:
            match = process.extractOne(key, list(self._events_by_alias), scorer=fuzz.ratio,
                                       score_cutoff=_FUZZY_CUTOFF)
            found = self._events_by_alias[match[0]] if match else []
        return list(found or [])

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def organisation_of(self, qualifier: str) -> str | None:
        """The country or organisation a qualifier word ("Dutch", "U.S.") points to."""
        return self.qualifiers.get(normalise(qualifier))

    def terms_for(self, person_id: str, title: str, organisations: Iterable[str] = ()
                  ) -> list[Term]:
        """The person's terms that a title (and optional country words) can denote."""
        wanted = normalise(title)
        orgs = set(organisations)
        person = self.people.get(person_id)
        if person is None:
            return []
        return [t for t in person.terms
                if wanted in t.titles and (not orgs or t.organisation in orgs)]

    def with_extra(self, terms: Iterable[Term | Mapping[str, str]] = (),
                   events: Iterable[Event | Mapping[str, str]] = (),
                   aliases: Mapping[str, Iterable[str]] | None = None) -> KnowledgeBase:
        """A new base with user facts added; user events replace shipped ones of the same id."""
        new_terms = [t if isinstance(t, Term) else term_from_row(t) for t in terms]
        new_events = [e if isinstance(e, Event) else event_from_row(e) for e in events]
        replaced = {e.id for e in new_events}
        merged_aliases = dict(self._extra_aliases)
        for person_id, names in (aliases or {}).items():
            key = normalise(person_id)
            merged_aliases[key] = tuple(merged_aliases.get(key, ())) + tuple(names)
        return KnowledgeBase(
            self.terms + new_terms,
            [e for e in self.events if e.id not in replaced] + new_events,
            self.qualifiers, merged_aliases)


def kb_dir() -> Path:
    """Folder of the shipped knowledge-base files."""
    try:
        from annotator.paths import resource_path
    except ImportError:  # pragma: no cover - only before the paths module existed
        return Path(__file__).resolve().parents[2] / "resources" / "kb"
    return resource_path("kb")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_kb(folder: Path | None = None) -> KnowledgeBase:
    """Read ``offices.csv``, ``events.csv`` and ``qualifiers.csv`` from a folder."""
    folder = folder or kb_dir()
    terms: list[Term] = []
    aliases: dict[str, set[str]] = {}
    for row in _read_csv(folder / "offices.csv"):
        term = term_from_row(row)
        terms.append(term)
        aliases.setdefault(term.person_id, set()).update(_split(row.get("aliases")))
    events = [event_from_row(row) for row in _read_csv(folder / "events.csv")]
    qualifiers: dict[str, str] = {}
    for row in _read_csv(folder / "qualifiers.csv"):
        organisation = row["organisation_or_country"].strip()
        for word in (*_split(row.get("words")), organisation):
            qualifiers[normalise(word)] = organisation
    return KnowledgeBase(terms, events, qualifiers, aliases)


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped base, read once per process."""
    return load_kb()
