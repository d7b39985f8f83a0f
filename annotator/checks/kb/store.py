"""The shipped terms of office as an SQLite file, read on demand.

``offices.csv`` is the readable form of the terms; parsing its 40,000-odd rows costs seconds,
so the build also writes ``kb.sqlite``: the same rows plus the phrases that name each person,
worked out once (packed into one row, see ``TermStore.names``), with the proper prefixes of
those phrases that the mention matchers walk names by. Loading reads only the phrases, their
prefixes and the titles; a person's terms are read when a mention asks for that person. The
file is opened read-only and reopened in a forked worker process (a connection must not
cross a fork).
"""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.checks.kb.folding import normalise
from annotator.checks.kb.names import PersonNames, leads, name_table, proper_prefixes

STORE_NAME = "kb.sqlite"
SEPARATOR = "\x1f"  # between person ids in a phrase's row
TERM_FIELDS = (
    "person",
    "person_wikidata",
    "aliases",
    "office",
    "titles",
    "organisation_or_country",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "role",
    "source",
    "known_until",
    "known_from",
)
_COLUMNS = ", ".join(f'"{f}"' for f in TERM_FIELDS)
_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE terms (person_id TEXT NOT NULL, {", ".join(f'"{f}" TEXT' for f in TERM_FIELDS)});
CREATE INDEX terms_by_person ON terms (person_id);
CREATE TABLE names (phrases TEXT, kinds TEXT, ids TEXT, prefixes TEXT);
CREATE TABLE titles (title TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def csv_digest(path: Path) -> str:
    """SHA-256 of a file: the store records the ``offices.csv`` it was made from."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people_of(rows: Iterable[dict[str, str]]) -> list[PersonNames]:
    """Each person's names and countries from ``offices.csv``-shaped rows."""
    found: dict[str, tuple[str, set[str], set[str], set[str]]] = {}
    led: set[str] = set()
    for row in rows:
        person_id = normalise(row["person"])
        name, aliases, orgs, _ = found.setdefault(person_id, (row["person"].strip(), set(), set(), set()))
        aliases.update(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        if row.get("organisation_or_country"):
            orgs.add(row["organisation_or_country"].strip())
        if leads((row.get("titles") or "").split("|"), [row.get("office") or ""]):
            led.add(person_id)
    return [
        PersonNames(pid, name, tuple(sorted(aliases)), tuple(sorted(orgs)), pid in led)
        for pid, (name, aliases, orgs, _) in sorted(found.items())
    ]


def write_store(path: Path, csv_path: Path) -> None:
    """Write the store for an ``offices.csv``, replacing any; the same CSV gives the same
    bytes (rows inserted in file order, keys in sorted order, no timestamps)."""
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.executescript(_SCHEMA)
        connection.execute("INSERT INTO meta VALUES ('offices_csv_sha256', ?)", (csv_digest(csv_path),))
        connection.executemany(
            f"INSERT INTO terms VALUES ({', '.join('?' * (len(TERM_FIELDS) + 1))})",
            ([normalise(r["person"]), *(r.get(f) or "" for f in TERM_FIELDS)] for r in rows),
        )
        table = name_table(people_of(rows))
        ordered = sorted(table.items())  # one row of four newline-separated columns
        connection.execute(
            "INSERT INTO names VALUES (?, ?, ?, ?)",
            (
                "\n".join(phrase for phrase, _ in ordered),
                "\n".join(kind for _, (kind, _ids) in ordered),
                "\n".join(SEPARATOR.join(sorted(ids)) for _, (_kind, ids) in ordered),
                "\n".join(sorted(proper_prefixes(table))),
            ),
        )
        titles = {normalise(t) for r in rows for t in (r.get("titles") or "").split("|")} - {""}
        connection.executemany("INSERT INTO titles VALUES (?)", ((t,) for t in sorted(titles)))
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    os.replace(partial, path)


class TermStore:
    """Read access to a store; answers are plain rows (dicts shaped like ``offices.csv``)."""

    def __init__(self, path: Path):
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._listing: list[tuple[str, str, str]] | None = None

    def __getstate__(self) -> dict:
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _db(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def digest(self) -> str:
        row = self._db().execute("SELECT value FROM meta WHERE key = 'offices_csv_sha256'").fetchone()
        return row[0] if row else ""

    def names(self) -> dict[str, tuple[str, str]]:
        """Phrase -> (kind, person ids joined by SEPARATOR). The phrases are kept as one row
        of newline-separated columns: splitting them is C-level work, reading 60,000 rows
        one by one is not."""
        phrases, kinds, ids = self._db().execute("SELECT phrases, kinds, ids FROM names").fetchone()
        return dict(
            zip(phrases.split("\n"), zip(kinds.split("\n"), ids.split("\n"), strict=True), strict=True)
        )

    def name_prefixes(self) -> set[str] | None:
        """The proper prefixes of the phrases ``names`` gives, worked out when the store was
        written; None from a store written before they were kept."""
        try:
            (prefixes,) = self._db().execute("SELECT prefixes FROM names").fetchone()
        except sqlite3.OperationalError:
            return None
        return set(prefixes.split("\n")) if prefixes else set()

    def titles(self) -> list[str]:
        return [title for (title,) in self._db().execute("SELECT title FROM titles")]

    def rows_of(self, person_id: str) -> list[dict[str, str]]:
        cursor = self._db().execute(
            f"SELECT {_COLUMNS} FROM terms WHERE person_id = ? ORDER BY rowid", (person_id,)
        )
        return [dict(zip(TERM_FIELDS, row, strict=True)) for row in cursor]

    def rows(self) -> Iterator[dict[str, str]]:
        cursor = self._db().execute(f"SELECT {_COLUMNS} FROM terms ORDER BY rowid")
        for row in cursor:
            yield dict(zip(TERM_FIELDS, row, strict=True))

    def person_ids(self) -> list[str]:
        return [
            pid for (pid,) in self._db().execute("SELECT DISTINCT person_id FROM terms ORDER BY person_id")
        ]

    def people_names(self) -> dict[str, str]:
        """Person id -> the name of their first row: what completing a typed name needs, read
        in a third of the time the listing takes."""
        rows = self._db().execute("SELECT person_id, person FROM terms ORDER BY rowid").fetchall()
        return dict(reversed(rows))  # the first row of a person is the last one written

    def people_listing(self) -> list[tuple[str, str, str]]:
        """(person id, name, "offices (countries)") of every person, read once: what a
        browsing view lists and searches."""
        if self._listing is None:
            found: dict[str, tuple[str, dict[str, None], dict[str, None]]] = {}
            cursor = self._db().execute(
                "SELECT person_id, person, office, organisation_or_country FROM terms ORDER BY rowid"
            )
            for pid, name, office, country in cursor:
                _name, offices, countries = found.setdefault(pid, (name, {}, {}))
                offices[office] = None  # a dict keeps the first-seen order
                if country:
                    countries[country] = None
            self._listing = [(pid, name, summary_of(o, c)) for pid, (name, o, c) in found.items()]
        return self._listing

    def count(self) -> int:
        return self._db().execute("SELECT count(*) FROM terms").fetchone()[0]


def summary_of(offices: Iterable[str], countries: Iterable[str]) -> str:
    """ "Office; office (country, country)": a person's row in a listing."""
    where = ", ".join(countries)
    return "; ".join(offices) + (f" ({where})" if where else "")
