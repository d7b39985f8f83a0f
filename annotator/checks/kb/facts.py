"""The dated facts of the knowledge base: dates known to a precision, terms of office,
events and people, and how a CSV row (shipped, or a user's fact) becomes one of them.

Dates keep their precision: a fact known only to the month is stored as the whole month, so
a rule can tell "certainly outside" from "cannot tell".
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from annotator.checks.kb.folding import normalise

ONGOING = "ongoing"
# How a term's source says its end is only the day a successor took office (the build ends
# an open snapshot term so): the holder may have left, or died, some time before.
SUCCESSOR_END = "; end: "
# What news calls whoever leads a country, whatever the office: the build gives these
# titles to heads of state and government, and rule office-term judges them only with
# "former" or "the late".
LEADER_TITLES = ("Leader", "Dictator")


# Organisations the base holds offices of that are no country ("International": a world
# post whose body the sources do not name).
INTERNATIONAL_BODIES = frozenset(
    {
        "European Union",
        "United Nations",
        "World Bank",
        "International Monetary Fund",
        "World Health Organization",
        "World Trade Organization",
        "International Court of Justice",
        "Council of Europe",
        "Organization for Security and Co-operation in Europe",
        "Arab Parliament",
        "International",
        "NATO",
        "International Atomic Energy Agency",
        "African Union",
        "OECD",
        "Arab League",
        "International Olympic Committee",
        "FIFA",
        "ASEAN",
    }
)


@dataclass(frozen=True, slots=True)
class FuzzyDay:
    """A calendar date known to a precision: every day from ``lo`` to ``hi`` is possible."""

    lo: date
    hi: date
    text: str
    precision: str

    @classmethod
    def parse(cls, text: str, precision: str = "") -> FuzzyDay:
        """Read 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a decade 'YYY0s'; the stated precision
        may only coarsen it."""
        if text.endswith("s"):
            first = int(text.strip()[:4])
            return cls(date(first, 1, 1), date(first + 9, 12, 31), text.strip(), "decade")
        parts = [int(p) for p in text.strip().split("-")]
        level = {"year": 1, "month": 2, "day": 3}.get(precision.strip().lower(), len(parts))
        parts = parts[: min(level, len(parts))]
        if len(parts) == 3:
            day = date(*parts)
            return cls(day, day, text.strip(), "day")
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return cls(
                date(parts[0], parts[1], 1),
                date(parts[0], parts[1], last),
                f"{parts[0]:04d}-{parts[1]:02d}",
                "month",
            )
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
    known_until: date | None = None  # the day the term's source was current
    known_from: date | None = None  # the first day its source lists the person's terms

    @property
    def last_day(self) -> date:
        """The latest day the term may have lasted to (``date.max`` while open)."""
        return self.end.hi if self.end else date.max

    def covers(self, day: date) -> bool:
        """Whether the day may fall within the term as recorded."""
        return self.start.lo <= day <= self.last_day

    def may_hold(self, day: date) -> bool:
        """Whether the person may have held the office on some part of that day: within the
        term, or outside the days its source covers (another term is unknown to it)."""
        return (
            self.covers(day)
            or (self.known_until is not None and day > self.known_until)
            or (self.known_from is not None and day < self.known_from)
        )

    def surely_holds_all_day(self, day: date) -> bool:
        """In office that whole day: not the first or last day of the term, and, for an open
        term, not after the day its source last saw it."""
        if self.start.hi >= day:
            return False
        if self.end is not None:
            return day < self.end.lo
        return self.known_until is None or day <= self.known_until

    def may_have_left_by(self, day: date) -> bool:
        """Whether the term may have ended by that day: its end, or for an open term a day
        its source does not cover."""
        if self.end is not None:
            return self.end.lo <= day
        return self.known_until is not None and day > self.known_until

    def describe(self) -> str:
        return f"{self.person}: {self.office} from {self.start.text} to {self.until_text()}"

    @property
    def ends_at_successor(self) -> bool:
        """The end is a successor's first day, not the day this holder left."""
        return SUCCESSOR_END in self.source

    def until_text(self) -> str:
        if self.end:
            return self.end.text
        if self.known_until:
            return f"at least {self.known_until.isoformat()}"
        return "today"

    def evidence(self) -> dict[str, Any]:
        return {
            "kind": "term",
            "person": self.person,
            "wikidata": self.person_wikidata,
            "office": self.office,
            "role": self.role,
            "start": self.start.text,
            "end": self.end.text if self.end else None,
            "source": self.source,
            "known_until": self.known_until.isoformat() if self.known_until else None,
        }


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
        return {
            "kind": "event",
            "id": self.id,
            "name": self.name,
            "start": self.start.text,
            "end": self.end.text if self.end else None,
            "source": self.source,
        }


@dataclass(slots=True)
class Person:
    """Everything the base knows about one person: names and terms."""

    id: str
    name: str
    wikidata: str
    aliases: set[str] = field(default_factory=set)
    terms: list[Term] = field(default_factory=list)


def split_cell(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def term_from_row(row: Mapping[str, str]) -> Term:
    """Build a term from an ``offices.csv``-shaped mapping (also used for user facts)."""
    end_text = (row.get("end") or "").strip()
    return Term(
        person_id=normalise(row["person"]),
        person=row["person"].strip(),
        person_wikidata=(row.get("person_wikidata") or "").strip(),
        office=row["office"].strip(),
        titles=_titles(row.get("titles") or ""),
        organisation=(row.get("organisation_or_country") or "").strip(),
        start=FuzzyDay.parse(row["start"], row.get("start_precision") or ""),
        end=FuzzyDay.parse(end_text, row.get("end_precision") or "") if end_text else None,
        role=(row.get("role") or "office").strip() or "office",
        source=(row.get("source") or "user").strip(),
        known_until=_known_until(row.get("known_until")),
        known_from=_known_until(row.get("known_from")),
    )


@lru_cache(maxsize=4096)
def _titles(cell: str) -> tuple[str, ...]:
    return tuple(normalise(t) for t in split_cell(cell))


def _known_until(cell: str | None) -> date | None:
    """A known-until (or known-from) day, or None when the cell is empty."""
    text = (cell or "").strip()
    return date.fromisoformat(text) if text else None


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
        id=row["id"].strip(),
        name=row["name"].strip(),
        kind=(row.get("kind") or "").strip(),
        start=start,
        end=end,
        place=(row.get("place") or "").strip(),
        aliases=split_cell(row.get("aliases")) + (row["name"].strip(),),
        source=(row.get("source") or "user").strip(),
    )
