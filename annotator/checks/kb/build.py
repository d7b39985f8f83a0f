"""Build the shipped terms of office (``resources/kb/offices.csv``) from their sources.

Run as ``python -m annotator.checks.kb.build ../shared/kb-sources``. Inputs:

- the Wikidata snapshots in ``<sources>/wikidata-2022`` (one file per repository, its
  commit and snapshot date in ``SOURCES.tsv``) and the US Congress file in
  ``<sources>/us-congress``;
- the hand-kept files in ``resources/kb/curated/``: ``offices.csv`` (facts from reference
  works, each with its source; they win over the snapshots and close their open terms),
  ``heads.csv`` (heads of state and government since 1945, in the same shape),
  ``ministers.csv`` (the foreign, defence, finance and interior ministers of the countries
  news writes most about, from the snapshots' last holders on, in the same shape; each
  post's list is known from its first term on, and closes the open snapshot terms begun
  since then),
  ``coverage.csv`` and ``births.csv`` (which offices those lists give completely, and who
  was too young to have held one before: see ``coverage.py``), ``titles.csv`` (the titles
  news writes for each Wikidata position label) and ``repositories.csv`` (the country or
  organisation of each snapshot file).

Every row gets ``known_until``, the day its source was current (a snapshot's date; for
the hand-kept facts the day they were last checked). An empty end in a snapshot means "in
office when the snapshot was taken", not after; and a closed term says nothing about a
later return to office. A later hand-kept term of the same office (a successor, or the
same person's closed term) settles an open one. The output is sorted and written
byte for byte the same from the same inputs.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from annotator.checks.kb.coverage import (
    Coverage,
    birth_years,
    known_from,
    known_spans,
    known_through,
    read_coverage,
)
from annotator.checks.kb.facts import INTERNATIONAL_BODIES, LEADER_TITLES, SUCCESSOR_END, FuzzyDay
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.lives import LIVES_NAME, snapshot_lives, write_lives
from annotator.checks.kb.store import STORE_NAME, TERM_FIELDS, write_store

_REPO_ORG = "every-politician-scrapers"
_DATE_RX = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?|\d{3}0s")
_MINISTER_RX = re.compile(r"Minister (?:of|for) (?:the )?([A-Z][a-z]+)")
# Portfolios whose "Minister of X" news also writes "X Minister".
_PORTFOLIOS = {
    "Agriculture",
    "Commerce",
    "Communications",
    "Culture",
    "Defence",
    "Economy",
    "Education",
    "Employment",
    "Energy",
    "Environment",
    "Finance",
    "Fisheries",
    "Health",
    "Housing",
    "Immigration",
    "Industry",
    "Information",
    "Interior",
    "Justice",
    "Labour",
    "Planning",
    "Sport",
    "Sports",
    "Tourism",
    "Trade",
    "Transport",
}
# Offices one person holds at a time, by their first title: a successor's start ends the
# open term of whoever held it before.
SINGLE_HOLDER = {
    "prime minister",
    "president",
    "chancellor",
    "king",
    "emperor",
    "premier",
    "taoiseach",
    "secretary general",
    "pope",
}
# Ministerial posts, by their first title, that one minister holds at a time: a hand-kept
# list of a post's holders (``curated/ministers.csv``) runs from its first term on, so an open
# snapshot term of the post begun since then ends where the next listed holder's begins. An
# older open term (a regional minister a snapshot files under the country) is left alone.
ONE_MINISTER = {
    "foreign minister",
    "foreign secretary",
    "defence minister",
    "defence secretary",
    "defense secretary",
    "armed forces minister",
    "finance minister",
    "finance secretary",
    "economy minister",
    "chancellor of the exchequer",
    "interior minister",
    "interior secretary",
    "home minister",
    "home secretary",
    "public safety minister",
    "minister of public security",
    "ecb president",
}
# Offices, by their first title, whose holder heads a state.
HEAD_OF_STATE = {"president", "king", "queen", "monarch", "emperor", "emir", "grand duke", "sultan"}
# Offices, by their first title, whose holder leads a country's government.
HEAD_OF_GOVERNMENT = {"prime minister", "chancellor", "taoiseach", "supreme leader"}

SHARED_HEADS = {"Bosnia and Herzegovina", "San Marino", "Switzerland", "Andorra"}
# Congress members' titles, by the start of their office's name in the Congress file.
_CONGRESS_TITLES = {
    "United States Senator": "Senator|Sen.",
    "Member of the U.S. House": "Representative|Rep.|Congressman|Congresswoman",
}
# The Congress file is current to mid-2026: its open and scheduled ends are known only so far.
CONGRESS_KNOWN_UNTIL = "2026-06-01"
# The snapshots list the terms held in the 21st century (no term in them ends before 2000):
# before that day a person's other terms are unknown to them.
SNAPSHOT_KNOWN_FROM = "2000-01-01"
# The hand-kept facts were checked against their reference works up to this day.
CURATED_KNOWN_UNTIL = "2025-10-01"


@dataclass(frozen=True)
class Row:
    """One term as written to ``offices.csv``; ``rank`` orders sources (lower wins)."""

    person: str
    person_wikidata: str
    aliases: str
    office: str
    titles: str
    organisation: str
    start: str
    start_precision: str
    end: str
    end_precision: str
    role: str
    source: str
    known_until: str
    known_from: str = ""
    rank: int = 2
    born: str = ""  # the person's date of birth where a source gives it (not written out)

    def cells(self) -> list[str]:
        return [
            self.person,
            self.person_wikidata,
            self.aliases,
            self.office,
            self.titles,
            self.organisation,
            self.start,
            self.start_precision,
            self.end,
            self.end_precision,
            self.role,
            self.source,
            self.known_until,
            self.known_from,
        ]

    @property
    def first_title(self) -> str:
        return normalise(self.titles.split("|")[0]) if self.titles else ""

    @property
    def person_key(self) -> str:
        return self.person_wikidata or normalise(self.person)


class BuildError(ValueError):
    """A source file that cannot be read as expected (names the file and the reason)."""


def precision_of(text: str) -> str:
    if text.endswith("s"):
        return "decade"
    return {1: "year", 2: "month", 3: "day"}[len(text.split("-"))]


def _read(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter=delimiter))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise BuildError(f"{path}: cannot read ({error})") from error


class Titles:
    """The titles news writes for a position label, in a country or anywhere."""

    def __init__(self, rows: Iterable[dict[str, str]]):
        self._map = {
            (r["position"].strip().lower(), r["organisation_or_country"].strip()): r["titles"].strip()
            for r in rows
        }

    def of(self, position: str, organisation: str) -> str:
        label = position.strip().lower()
        found = self._map.get((label, organisation)) or self._map.get((label, ""))
        if found is not None:
            return found
        match = _MINISTER_RX.fullmatch(position.strip())
        if match and match.group(1) in _PORTFOLIOS:  # "Minister of Tourism": "Tourism Minister"
            topic = match.group(1)
            return f"{topic} Minister|Minister of {topic}|Minister for {topic}"
        return ""


def _date_cell(text: str, where: str) -> str:
    text = text.strip()
    if text and not _DATE_RX.fullmatch(text):
        raise BuildError(f"{where}: unreadable date {text!r}")
    if text.endswith("s") and not text.endswith("0s"):
        raise BuildError(f"{where}: unreadable date {text!r}")
    return text


def _decade(text: str) -> str:
    """Wikidata writes a decade as its first year plus 's' ("2010s"); the one odd value
    "2014s" is a year given to decade precision, read as its decade."""
    return f"{text[:3]}0s" if re.fullmatch(r"\d{4}s", text) else text


def wikidata_rows(folder: Path, titles: Titles, orgs: dict[str, str]) -> Iterator[Row]:
    """The snapshot rows with their titles, source and known-until date."""
    for info in sorted(_read(folder / "SOURCES.tsv", "\t"), key=lambda r: r["repo"]):
        repo = info["repo"].split("/", 1)[1]
        snapshot = info["commit_date"][:10]
        if repo not in orgs:
            raise BuildError(
                f"{folder / 'SOURCES.tsv'}: no country or organisation for {repo} in curated/repositories.csv"
            )
        source = f"{info['repo']}@{info['commit'][:12]}"
        path = folder / f"{repo}.csv"
        for number, raw in enumerate(_read(path), start=2):
            where = f"{path}:{number}"
            start = _date_cell(_decade(raw["start"]), where)
            end = _date_cell(_decade(raw["end"]), where)
            if not start or not raw["person"].strip() or _ends_before_start(start, end):
                continue
            organisation = orgs[repo] or _world_organisation(raw["position"])
            enwiki = re.sub(r"\s*\(.*\)$", "", (raw.get("enwiki") or "").strip())
            yield Row(
                person=raw["person"].strip(),
                person_wikidata=raw["personID"].strip(),
                aliases=enwiki if enwiki and enwiki != raw["person"].strip() else "",
                office=raw["position"].strip(),
                titles=titles.of(raw["position"], organisation),
                organisation=organisation,
                start=start,
                start_precision=precision_of(start),
                end=end,
                end_precision=precision_of(end) if end else "",
                role="office",
                source=source,
                known_until=snapshot,
                known_from=SNAPSHOT_KNOWN_FROM,
                rank=2,
                born=(raw.get("DOB") or "").strip(),
            )


def _ends_before_start(start: str, end: str) -> bool:
    """A snapshot term that ends before it starts (Berlusconi as foreign minister "from
    November to January 2002") gives neither day reliably: it is dropped, not guessed at,
    since a term kept with it would make every day of the real one a wrong title."""
    return bool(end) and FuzzyDay.parse(end).hi < FuzzyDay.parse(start).lo


def _world_organisation(position: str) -> str:
    """The organisation of an international post in ``world.csv``, from its label."""
    for needle, organisation in (
        ("United Nations", "United Nations"),
        ("International Court of Justice", "International Court of Justice"),
        ("Council of Europe", "Council of Europe"),
        ("OSCE", "Organization for Security and Co-operation in Europe"),
        ("World Trade Organization", "World Trade Organization"),
        ("Arab Parliament", "Arab Parliament"),
    ):
        if needle.lower() in position.lower():
            return organisation
    return "International"


def congress_rows(path: Path) -> Iterator[Row]:
    """Congress members' terms; presidents and vice presidents come from the hand-kept file
    (with their elect periods) where it has them."""
    for number, raw in enumerate(_read(path), start=2):
        where = f"{path}:{number}"
        office = raw["office"].strip()
        titles = next(
            (t for prefix, t in _CONGRESS_TITLES.items() if office.startswith(prefix)),
            "President"
            if office == "President of the United States"
            else "Vice President|Vice-President|VP"
            if office.startswith("Vice President")
            else "",
        )
        scheduled = "scheduled" in raw["end_precision"]
        end = "" if scheduled else _date_cell(raw["end"], where)
        start = _date_cell(raw["start"], where)
        yield Row(
            person=raw["person"].strip(),
            person_wikidata=raw["person_wikidata"].strip(),
            aliases=raw["aliases"].strip(),
            office=office,
            titles=titles,
            organisation=raw["organisation_or_country"].strip(),
            start=start,
            start_precision=raw["start_precision"].strip() or precision_of(start),
            end=end,
            end_precision=(raw["end_precision"].strip() or precision_of(end)) if end else "",
            role="office",
            source=raw["source"].strip(),
            known_until=CONGRESS_KNOWN_UNTIL,
            rank=1,
        )


def curated_rows(path: Path) -> Iterator[Row]:
    for number, raw in enumerate(_read(path), start=2):
        where = f"{path}:{number}"
        if not (raw.get("source") or "").strip():
            raise BuildError(f"{where}: a hand-kept fact needs its source")
        start, end = _date_cell(raw["start"], where), _date_cell(raw["end"] or "", where)
        yield Row(
            person=raw["person"].strip(),
            person_wikidata=(raw["person_wikidata"] or "").strip(),
            aliases=(raw["aliases"] or "").strip(),
            office=raw["office"].strip(),
            titles=(raw["titles"] or "").strip(),
            organisation=raw["organisation_or_country"].strip(),
            start=start,
            start_precision=(raw["start_precision"] or "").strip() or precision_of(start),
            end=end,
            end_precision=((raw["end_precision"] or "").strip() or precision_of(end)) if end else "",
            role=(raw["role"] or "office").strip(),
            source=raw["source"].strip(),
            known_until=(raw.get("known_until") or "").strip() or CURATED_KNOWN_UNTIL,
            rank=0,
        )


def with_listed_titles(rows: Iterable[Row], titles: Titles) -> Iterator[Row]:
    """Hand-kept terms with the titles ``titles.csv`` lists for their office besides their
    own, so that every holder of an office answers to the same titles ("Council President"
    for each President of the European Council, not only for the first)."""
    for row in rows:
        listed = titles.of(row.office, row.organisation)
        own = [t for t in row.titles.split("|") if t]
        extra = [t for t in listed.split("|") if t and t not in own]
        yield replace(row, titles="|".join(own + extra)) if extra else row


def listed_since_first_term(rows: Iterable[Row]) -> list[Row]:
    """Hand-kept ministers, each post listed from its first term on: a holder's terms before
    that day are unknown to the list ("Finance Minister Ishaq Dar" in 2015 is not wrong for
    lacking his earlier terms), so each term is known from the post's first listed day."""
    rows = list(rows)
    first: dict[tuple[str, str], date] = {}
    for row in rows:
        key = (row.organisation, row.first_title)
        day = FuzzyDay.parse(row.start).lo
        first[key] = min(first.get(key, day), day)
    return [replace(row, known_from=first[(row.organisation, row.first_title)].isoformat()) for row in rows]


def _span(row: Row) -> tuple:
    start = FuzzyDay.parse(row.start)
    end = FuzzyDay.parse(row.end).hi if row.end else None
    return start.lo, end


def _overlaps(a: Row, b: Row) -> bool:
    (a_lo, a_hi), (b_lo, b_hi) = _span(a), _span(b)
    return (a_hi is None or b_lo <= a_hi) and (b_hi is None or a_lo <= b_hi)


def _same_term(a: Row, b: Row) -> bool:
    """The same term listed twice with slightly different dates: the same start year and
    the same end year (or one end missing)."""
    return a.start[:4] == b.start[:4] and (not a.end or not b.end or a.end[:4] == b.end[:4])


def _better(row: Row) -> tuple:
    """Sort key, best first: closer source, known end, finer dates."""
    order = {"day": 0, "month": 1, "year": 2, "decade": 3, "": 4}
    return (row.rank, not row.end, order[row.start_precision], order[row.end_precision], row.source)


def deduplicate(rows: Iterable[Row]) -> list[Row]:
    """Drop a term another source already gives: a hand-kept term hides snapshot terms of
    the same person and office that overlap it; within a source, listed-twice terms go."""
    groups: dict[tuple[str, str, str], list[Row]] = {}
    for row in rows:
        key = (normalise(row.person), row.organisation, row.first_title or normalise(row.office))
        groups.setdefault(key, []).append(row)
    kept: list[Row] = []
    for group in groups.values():
        chosen: list[Row] = []
        for row in sorted(group, key=_better):
            if any((c.rank < row.rank and _overlaps(c, row)) or _same_term(c, row) for c in chosen):
                continue
            chosen.append(row)
        kept.extend(chosen)
    return kept


def close_open_terms(rows: list[Row]) -> list[Row]:
    """An open snapshot term of a one-holder office ends where a hand-kept successor's term
    begins; the source says so. For a ministerial post only a term begun since the hand-kept
    list's first term is ended (see ``ONE_MINISTER``)."""
    successors: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.rank == 0 and row.first_title in SINGLE_HOLDER | ONE_MINISTER and row.role == "office":
            successors.setdefault((row.organisation, row.first_title), []).append(row)
    closed = []
    for row in rows:
        later = successors.get((row.organisation, row.first_title), [])
        if row.rank > 0 and not row.end and row.organisation not in SHARED_HEADS and later:
            begun = FuzzyDay.parse(row.start).hi
            listed_from = min(FuzzyDay.parse(s.start).lo for s in later)
            after = [
                s
                for s in later
                if normalise(s.person) != normalise(row.person) and FuzzyDay.parse(s.start).lo > begun
            ]
            if after and (row.first_title in SINGLE_HOLDER or FuzzyDay.parse(row.start).lo >= listed_from):
                nxt = min(after, key=lambda s: (FuzzyDay.parse(s.start).lo, s.person))
                row = replace(
                    row,
                    end=nxt.start,
                    end_precision=nxt.start_precision,
                    known_until=nxt.known_until,
                    source=f"{row.source}{SUCCESSOR_END}{nxt.person} took office ({nxt.source})",
                )
        closed.append(row)
    return closed


def same_names(rows: list[Row]) -> list[Row]:
    """One spelling per Wikidata person: a hand-kept row without an ID takes the ID its name
    has elsewhere (when only one), and every row of an ID takes the name of its closest
    source, the other spellings becoming aliases ("Matamela Cyril Ramaphosa")."""
    ids_of_name: dict[str, set[str]] = {}
    for row in rows:
        if row.person_wikidata:
            ids_of_name.setdefault(normalise(row.person), set()).add(row.person_wikidata)
    named: list[Row] = []
    for row in rows:
        found = ids_of_name.get(normalise(row.person), set())
        if not found:
            found = set().union(*(ids_of_name.get(normalise(a), set()) for a in row.aliases.split("|") if a))
        if not row.person_wikidata and len(found) == 1:
            row = replace(row, person_wikidata=next(iter(found)))
        named.append(row)
    canonical: dict[str, str] = {}
    for row in sorted(named, key=lambda r: (r.rank, r.person)):
        if row.person_wikidata:
            canonical.setdefault(row.person_wikidata, row.person)
    result = []
    for row in named:
        name = canonical.get(row.person_wikidata, row.person)
        if name != row.person:
            aliases = [a for a in row.aliases.split("|") if a and a != name]
            if row.person not in aliases:
                aliases.append(row.person)
            row = replace(row, person=name, aliases="|".join(aliases))
        result.append(row)
    return result


def with_head_of_state(rows: list[Row]) -> list[Row]:
    """A country's president or monarch is also its "head of state" in news ("Hungarian head
    of state Arpad Goencz"); an international body's president heads no state. Whoever
    leads a country (head of state or government) is its "leader" or, for some writers, its
    "dictator" ("former Soviet leader Mikhail Gorbachev"): words the checks judge only with
    "former" or "the late", a leader without an office being common."""
    result = []
    for row in rows:
        if row.role == "office" and row.organisation not in INTERNATIONAL_BODIES:
            titles = [t for t in row.titles.split("|") if t]
            known = {normalise(t) for t in titles}
            if row.first_title in HEAD_OF_STATE and "head of state" not in known:
                titles.append("Head of State")
            if row.first_title in HEAD_OF_STATE | HEAD_OF_GOVERNMENT:
                titles += [t for t in LEADER_TITLES if normalise(t) not in known]
            row = replace(row, titles="|".join(titles))
        result.append(row)
    return result


def build(sources: Path, curated: Path) -> list[Row]:
    """Every term from the sources, deduplicated, open terms settled where a later fact
    says so, in a stable order."""
    orgs = {
        r["repository"]: r["organisation_or_country"].strip() for r in _read(curated / "repositories.csv")
    }
    titles = Titles(_read(curated / "titles.csv"))
    rows = [
        *with_listed_titles(curated_rows(curated / "offices.csv"), titles),
        *with_listed_titles(_optional(curated / "heads.csv", curated_rows), titles),
        *listed_since_first_term(
            with_listed_titles(_optional(curated / "ministers.csv", curated_rows), titles)
        ),
        *congress_rows(sources / "us-congress" / "us_congress_legislators.csv"),
        *wikidata_rows(sources / "wikidata-2022", titles, orgs),
    ]
    rows = same_names(rows)
    try:
        years = birth_years(rows, _optional(curated / "births.csv", _read), str(curated / "births.csv"))
        coverage = read_coverage(_optional(curated / "coverage.csv", _read), str(curated / "coverage.csv"))
    except ValueError as error:
        raise BuildError(str(error)) from error
    rows = with_coverage(with_head_of_state(close_open_terms(deduplicate(rows))), coverage, years)
    return sorted(rows, key=lambda r: (r.organisation, r.office, r.start, r.person, r.end, r.source))


def with_coverage(rows: list[Row], coverage: list[Coverage], years: dict[str, int]) -> list[Row]:
    """Each term of a completely listed office is unknown only before the list's first
    day, and not at all for someone too young to have held it by then; a term that ended
    stays known to be over as long as the holders after it are known without a gap."""
    spans = {id(c): known_spans(rows, c) for c in coverage}
    result = []
    for row in rows:
        declared = next((c for c in coverage if c.covers(row)), None)
        day = known_from(row, coverage, years)
        if day is not None:
            row = replace(row, known_from=day)
        if declared is not None and row.end and row.known_until:
            last = known_through(spans[id(declared)], date.fromisoformat(row.known_until))
            if last is not None and last.isoformat() > row.known_until:
                row = replace(row, known_until=last.isoformat())
        result.append(row)
    return result


def _optional(path: Path, read: Callable[[Path], Iterable]) -> list:
    """A hand-kept file the base can do without (the complete lists, their coverage)."""
    return list(read(path)) if path.exists() else []


def write(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(TERM_FIELDS)
        writer.writerows(row.cells() for row in rows)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python -m annotator.checks.kb.build SOURCES [KB_FOLDER]", file=sys.stderr)
        return 2
    sources = Path(args[0])
    folder = Path(args[1]) if len(args) == 2 else Path(__file__).resolve().parents[3] / "resources" / "kb"
    try:
        rows = build(sources, folder / "curated")
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    write(rows, folder / "offices.csv")
    write_store(folder / STORE_NAME, folder / "offices.csv")
    births = _optional(folder / "curated" / "births.csv", _read)
    write_lives(snapshot_lives(sources / "wikidata-2022", births), folder / LIVES_NAME)
    places = {r.organisation for r in rows}
    print(f"{len(rows)} terms over {len(places)} countries and organisations -> {folder / 'offices.csv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
