"""People's dates of birth and death (``resources/kb/lives.csv``), kept apart from the terms.

The Wikidata snapshots give a date of birth (DOB) and of death (DOD) for most people in the
files that carry them; news writes ages and life spans ("Narendra Modi, 73,", "Mikhail
Gorbachev (1931-2022)") that a fact-checker checks against them. The build writes one row
per Wikidata id with each date and the snapshot that gives it; a person whose snapshots
disagree about a date keeps no such date. A day of 1 January is read as the year alone
(Wikidata exports a year-precision date so), and an empty death means alive when the
snapshot was taken, not after.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from annotator.checks.kb.facts import FuzzyDay

LIVES_NAME = "lives.csv"
# known_until: the day the snapshot giving the death (or none) was current
LIFE_FIELDS = ("person_wikidata", "person", "born", "died", "source", "known_until")
_DATE_RX = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


@dataclass(frozen=True, slots=True)
class Life:
    """One person's birth and death as a source gives them."""

    wikidata: str
    person: str
    born: FuzzyDay | None
    died: FuzzyDay | None
    source: str
    known_until: date | None  # None: the source tells births alone, not whether alive

    def evidence(self) -> dict[str, str]:
        return {
            "person": self.person,
            "wikidata": self.wikidata,
            "born": self.born.text if self.born else "",
            "died": self.died.text if self.died else "",
            "source": self.source,
            "known_until": self.known_until.isoformat() if self.known_until else "",
        }


def _fuzzy(text: str) -> FuzzyDay | None:
    text = text.strip()
    if not _DATE_RX.fullmatch(text):
        return None
    if text.endswith("-01-01"):
        return FuzzyDay.parse(text[:4])  # a year-precision date as Wikidata exports it
    return FuzzyDay.parse(text)


def snapshot_lives(folder: Path, births: Iterable[Mapping[str, str]] = ()) -> list[list[str]]:
    """Rows for ``lives.csv`` from the snapshots that carry DOB and DOD, sorted by id; the
    hand-kept birth years (``curated/births.csv``) give the birth of a person the snapshots
    give none, and of someone only they know, no ``known_until``: that source tells no death."""
    found: dict[str, dict[str, set[str]]] = {}
    names: dict[str, str] = {}
    sources: dict[str, tuple[str, str]] = {}
    with (folder / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        infos = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda r: r["repo"])
    for info in infos:
        path = folder / f"{info['repo'].split('/', 1)[1]}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if "DOB" not in (reader.fieldnames or ()):
                continue
            for raw in reader:
                qid = raw["personID"].strip()
                if not qid or not raw["person"].strip():
                    continue
                dates = found.setdefault(qid, {"born": set(), "died": set()})
                dates["born"].add(raw["DOB"].strip())
                dates["died"].add(raw["DOD"].strip())
                names.setdefault(qid, raw["person"].strip())
                source = (f"{info['repo']}@{info['commit'][:12]}", info["commit_date"][:10])
                sources[qid] = max(sources.get(qid, source), source, key=lambda s: s[1])
    curated = {
        (b.get("person_wikidata") or "").strip(): b
        for b in births
        if (b.get("person_wikidata") or "").strip() and _fuzzy((b.get("born") or "").strip()[:4])
    }
    rows = []
    for qid in sorted(found.keys() | curated.keys()):
        if qid not in found:  # only the hand-kept year: alive or dead, the source does not say
            b = curated[qid]
            rows.append([qid, b["person"].strip(), b["born"].strip()[:4], "", b["source"].strip(), ""])
            continue
        born = {b for b in found[qid]["born"] if _fuzzy(b)}
        died = {d for d in found[qid]["died"] if _fuzzy(d)}
        # a date given two ways is no date; a death an older snapshot lacks is still one
        born_text = next(iter(born)) if len(born) == 1 else ""
        if not born and qid in curated:
            born_text = curated[qid]["born"].strip()[:4]
        died_text = next(iter(died)) if len(died) == 1 else ""
        if len(died) > 1:
            continue  # the snapshots disagree on whether and when the person died
        if born_text or died_text:
            rows.append([qid, names[qid], born_text, died_text, *sources[qid]])
    return rows


def write_lives(rows: Iterable[list[str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LIFE_FIELDS)
        writer.writerows(rows)


class Lives(Mapping[str, Life]):
    """Wikidata id -> life, read from ``lives.csv`` at once as lines and each line parsed
    when asked for (most articles ask for none or a few of 15,000 people)."""

    def __init__(self, text: str):
        self._lines: dict[str, str] = {}
        for line in text.splitlines()[1:]:
            self._lines[line.split(",", 1)[0]] = line
        self._parsed: dict[str, Life] = {}

    def __getitem__(self, wikidata: str) -> Life:
        found = self._parsed.get(wikidata)
        if found is None:
            row = dict(zip(LIFE_FIELDS, next(csv.reader([self._lines[wikidata]])), strict=True))
            found = Life(
                row["person_wikidata"],
                row["person"],
                _fuzzy(row["born"]),
                _fuzzy(row["died"]),
                row["source"],
                date.fromisoformat(row["known_until"]) if row["known_until"] else None,
            )
            self._parsed[wikidata] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


def read_lives(path: Path) -> Mapping[str, Life]:
    """Wikidata id -> life, from ``lives.csv`` (empty when there is none)."""
    if not path.exists():
        return {}
    return Lives(path.read_text(encoding="utf-8"))
