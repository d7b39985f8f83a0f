"""Which offices the base lists completely, and since when.

The Wikidata snapshots list the terms held since 2000, so before that day a person's
other terms are unknown to them (``known_from``). For some offices the hand-kept lists
(``curated/heads.csv`` and ``curated/offices.csv``) give every holder since a day, named
in ``curated/coverage.csv``; every term of such an office then is unknown only before
that day. Someone too young to hold an office before that day (born less than 18 years
before it: ``curated/births.csv``, or a snapshot's ``DOB``) has no unknown term of it.

Such an office has one holder at a time, so while the list runs on without a gap, nobody
else held it: a term that ended is known to have stayed ended as long as the holders after
it are known (``known_until``), "Prime Minister Naftali Bennett" in 2023 is wrong because
Lapid and Netanyahu held the office since.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from annotator.checks.kb.facts import FuzzyDay
from annotator.checks.kb.folding import normalise


class TermRow(Protocol):
    """What this module reads of a built row (``build.Row``)."""

    @property
    def person(self) -> str: ...

    @property
    def person_wikidata(self) -> str: ...

    @property
    def aliases(self) -> str: ...

    @property
    def organisation(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def born(self) -> str: ...

    @property
    def first_title(self) -> str: ...

    @property
    def start(self) -> str: ...

    @property
    def start_precision(self) -> str: ...

    @property
    def end(self) -> str: ...

    @property
    def end_precision(self) -> str: ...

    @property
    def known_until(self) -> str: ...


# Nobody younger than this holds a head of state's or government's office.
ADULT_AGE = 18
_ISO_DAY_RX = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_RX = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Coverage:
    """One office of one country listed completely from ``complete_from`` on."""

    organisation: str
    titles: frozenset[str]  # the first titles of the office's rows, normalised
    complete_from: date
    source: str

    def covers(self, row: TermRow) -> bool:
        return (
            row.role == "office" and row.organisation == self.organisation and row.first_title in self.titles
        )


def read_coverage(rows: Iterable[Mapping[str, str]], where: str) -> list[Coverage]:
    """The declarations of ``coverage.csv``; a bad day or a missing source is an error."""
    found = []
    for number, raw in enumerate(rows, start=2):
        day = (raw.get("complete_from") or "").strip()
        titles = frozenset(normalise(t) for t in (raw.get("titles") or "").split("|") if t.strip())
        if not _ISO_DAY_RX.fullmatch(day) or not titles or not (raw.get("source") or "").strip():
            raise ValueError(f"{where}:{number}: needs titles, a complete_from day (YYYY-MM-DD) and a source")
        organisation = raw["organisation_or_country"].strip()
        found.append(Coverage(organisation, titles, date.fromisoformat(day), raw["source"].strip()))
    return found


def birth_years(rows: Iterable[TermRow], births: Iterable[Mapping[str, str]], where: str) -> dict[str, int]:
    """Birth year by Wikidata id or folded name: the hand-kept births, then the snapshots'."""
    found: dict[str, int] = {}
    for number, raw in enumerate(births, start=2):
        match = _YEAR_RX.match((raw.get("born") or "").strip())
        if not match:
            raise ValueError(f"{where}:{number}: unreadable birth year {raw.get('born')!r}")
        key = (raw.get("person_wikidata") or "").strip() or normalise(raw["person"])
        found.setdefault(key, int(match.group()))
    for row in rows:
        match = _YEAR_RX.match(row.born)
        if match and row.person_wikidata:
            found.setdefault(row.person_wikidata, int(match.group()))
    return found


def _born(row: TermRow, years: Mapping[str, int]) -> int | None:
    keys = [row.person_wikidata, normalise(row.person), *(normalise(a) for a in row.aliases.split("|") if a)]
    return next((years[k] for k in keys if k and k in years), None)


def known_from(row: TermRow, coverage: list[Coverage], years: Mapping[str, int]) -> str | None:
    """For a term of a completely listed office, the day before which it is unknown: the
    list's first day, or none (empty) for someone too young to have held the office by
    then; None for a term of any other office."""
    declared = next((c for c in coverage if c.covers(row)), None)
    if declared is None:
        return None
    born = _born(row, years)
    too_young = born is not None and date(born + ADULT_AGE, 1, 1) >= declared.complete_from
    return "" if too_young else declared.complete_from.isoformat()


_HANDOVER = timedelta(days=1)


def known_spans(rows: Iterable[TermRow], declared: Coverage) -> list[tuple[date, date]]:
    """The stretches of days, from the list's first day on, on which the office's holder is
    known: each term surely held from its latest possible start to its earliest possible
    end or, while open, to the day its source was current; terms that meet at a handover
    make one stretch, also when the handover is known only to the month ("2024-05" to
    "2024-05"): the list being complete, nobody else held the office in between."""
    spans = []
    for row in rows:
        if not declared.covers(row) or not row.known_until:
            continue
        begun = max(FuzzyDay.parse(row.start, row.start_precision).hi, declared.complete_from)
        if row.end:
            end = FuzzyDay.parse(row.end, row.end_precision)
            ended, handed_over = end.lo, end.hi
        else:
            ended = handed_over = date.fromisoformat(row.known_until)
        if begun <= ended:
            spans.append((begun, ended, handed_over))
    merged: list[tuple[date, date, date]] = []
    for begun, ended, handed_over in sorted(spans):
        if merged and begun <= merged[-1][2] + _HANDOVER:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], ended), max(last[2], handed_over))
        else:
            merged.append((begun, ended, handed_over))
    return [(begun, ended) for begun, ended, _ in merged]


def known_through(spans: list[tuple[date, date]], day: date) -> date | None:
    """The last day of the stretch that holds `day` (the holders known on from it), if any."""
    return next((ended for begun, ended in spans if begun <= day <= ended), None)
