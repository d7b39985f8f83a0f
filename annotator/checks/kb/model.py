"""Knowledge base of dated facts the consistency rules check articles against.

Terms of office and dated events ship as CSV files in ``resources/kb/`` so editors can
read and correct them in a spreadsheet; every row names its source. The facts themselves
(terms, events, people, dates known to a precision) are in ``facts``; this module looks
them up.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from annotator.checks.kb.close_names import CloseNames, spelled_alike
from annotator.checks.kb.event_aliases import alias_variants, remember
from annotator.checks.kb.facts import Event, Person, Term, event_from_row, split_cell, term_from_row
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.lives import LIVES_NAME, Life, read_lives
from annotator.checks.kb.names import NAME, SURNAME, PersonNames, leads, name_table, proper_prefixes
from annotator.checks.kb.store import SEPARATOR, STORE_NAME, TermStore, summary_of
from annotator.checks.kb.stored_keys import load_variants
from annotator.core.collector import collector_paused

_FUZZY_CUTOFF = 88.0
_CLOSE_NAMES_KEPT = 4096  # spellings whose closest known name is remembered, per base


class KnowledgeBase:
    """Lookups over people, their terms, events and the words that name countries.

    Terms come from a store (the shipped base, read on demand) and from terms given here
    (user facts, or a whole small base); both are looked up the same way."""

    def __init__(
        self,
        terms: Iterable[Term],
        events: Iterable[Event],
        qualifiers: Mapping[str, str],
        aliases: Mapping[str, Iterable[str]] = {},
        store: TermStore | None = None,
        lives: Path | None = None,
    ):
        self._store = store
        self._lives_path = lives
        self._extra_terms = list(terms)
        self.events = list(events)
        self.qualifiers = dict(qualifiers)
        self._extra_aliases = {k: tuple(v) for k, v in aliases.items()}
        self._extra_by_person: dict[str, list[Term]] = {}
        for term in self._extra_terms:
            self._extra_by_person.setdefault(term.person_id, []).append(term)
        self._people: dict[str, Person | None] = {}
        self._names: dict[str, tuple[str, str]] | None = None
        self._name_prefixes: set[str] | None = None
        self._close_names: dict[str, frozenset[str]] = {}
        self._events_by_alias: dict[str, list[Event]] = {}
        for event in self.events:
            for key in {k for alias in event.aliases for k in alias_variants(alias)}:
                bucket = self._events_by_alias.setdefault(key, [])
                if event not in bucket:
                    bucket.append(event)
        self._cache: dict[str, Any] = {}
        self.people = PeopleView(self)

    @property
    def terms(self) -> list[Term]:
        """Every term (reads the whole store: for tools and tests, not for checking)."""
        store = self._store
        if store is None:
            return list(self._extra_terms)
        stored = self.cached("all_terms", lambda: [term_from_row(r) for r in store.rows()])
        return stored + self._extra_terms

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """A value derived from this base once (compiled matchers) and reused."""
        if key not in self._cache:
            with collector_paused():  # tables and matchers: many objects, no cycles
                self._cache[key] = build()
        return self._cache[key]

    def person(self, person_id: str) -> Person | None:
        """One person with all their terms and names, or None."""
        if person_id in self._people:
            return self._people[person_id]
        rows = self._store.rows_of(person_id) if self._store is not None else []
        terms = [term_from_row(r) for r in rows] + self._extra_by_person.get(person_id, [])
        found = None
        if terms:
            first = terms[0]
            found = Person(
                person_id, first.person, next((t.person_wikidata for t in terms if t.person_wikidata), "")
            )
            found.terms = terms
            found.aliases = {first.person, *self._extra_aliases.get(person_id, ())}
            for row in rows:
                found.aliases.update(split_cell(row.get("aliases")))
        self._people[person_id] = found
        return found

    def life(self, person: Person) -> Life | None:
        """The person's birth and death where the base has them, and only where every
        term of the name is one Wikidata person's (a name two people share has none)."""
        ids = {t.person_wikidata for t in person.terms if t.person_wikidata}
        if len(ids) != 1 or self._lives_path is None:
            return None
        path = self._lives_path
        return self.cached("lives", lambda: read_lives(path)).get(next(iter(ids)))

    def person_ids(self) -> list[str]:
        stored = self._store.person_ids() if self._store is not None else []
        return sorted(set(stored) | self._extra_by_person.keys())

    def people_names(self) -> dict[str, str]:
        """Person id -> name of everyone, user facts included."""
        named = self._store.people_names() if self._store is not None else {}
        for pid, terms in self._extra_by_person.items():
            named.setdefault(pid, terms[0].person)
        return named

    def people_listing(self) -> list[tuple[str, str, str]]:
        """(person id, name, offices and countries) of everyone, for browsing."""
        listed = {row[0]: row for row in (self._store.people_listing() if self._store else [])}
        for pid, terms in self._extra_by_person.items():
            summary = summary_of(
                dict.fromkeys(t.office for t in terms),
                dict.fromkeys(t.organisation for t in terms if t.organisation),
            )
            if pid in listed:
                summary = f"{listed[pid][2]}; {summary}"
            listed[pid] = (pid, terms[0].person, summary)
        return list(listed.values())

    def name_table(self) -> dict[str, tuple[str, str]]:
        """Phrase -> (kind: full ``name`` or ``surname``, person ids joined by SEPARATOR)."""
        if self._names is None:
            names = self._store.names() if self._store is not None else {}
            extra = [
                PersonNames(
                    pid,
                    terms[0].person,
                    self._extra_aliases.get(pid, ()),
                    tuple(sorted({t.organisation for t in terms})),
                    any(leads(t.titles, [t.office]) for t in terms),
                )
                for pid, terms in self._extra_by_person.items()
            ]
            extra += [
                PersonNames(pid, "", tuple(aliases), ())
                for pid, aliases in self._extra_aliases.items()
                if pid not in self._extra_by_person
            ]
            extra_table = name_table(extra)
            stored_prefixes = self._store.name_prefixes() if self._store is not None else None
            if stored_prefixes is None:
                self._name_prefixes = proper_prefixes(names.keys() | extra_table.keys())
            else:
                self._name_prefixes = stored_prefixes | proper_prefixes(extra_table)
            for phrase, (kind, ids) in extra_table.items():
                old_kind, old_ids = names.get(phrase, (kind, ""))
                merged = set(filter(None, old_ids.split(SEPARATOR))) | ids
                kind = NAME if NAME in (kind, old_kind) else SURNAME
                if kind == NAME and old_kind == SURNAME:
                    merged = set(ids)
                names[phrase] = (kind, SEPARATOR.join(sorted(merged)))
            self._names = names
        return self._names

    def name_prefixes(self) -> set[str]:
        """The proper prefixes of every phrase of ``name_table`` (stored with the shipped
        names; a user's own are added to them)."""
        self.name_table()
        assert self._name_prefixes is not None
        return self._name_prefixes

    def ids_named(self, phrase: str) -> frozenset[str]:
        """Ids of the people a full name or surname names; a surname shared by several
        keeps those who held an office that news names by a title."""
        hit = self.name_table().get(normalise(phrase))
        if hit is None:
            return frozenset()
        ids = frozenset(hit[1].split(SEPARATOR))
        if hit[0] == SURNAME and len(ids) > 1:
            ids = frozenset(
                i for i in ids if (p := self.person(i)) is not None and any(t.titles for t in p.terms)
            )
        return ids

    def title_keys(self) -> set[str]:
        """Every normalised title some term carries."""
        stored = set(self._store.titles()) if self._store is not None else set()
        return stored | {title for t in self._extra_terms for title in t.titles}

    def event_alias_keys(self) -> dict[str, list[Event]]:
        return self._events_by_alias

    def find_people(self, name: str) -> list[Person]:
        """People a name may denote: exact name or surname, then a close spelling."""
        key = normalise(name)
        ids = self._ids_of(key)
        if not ids and len(key) >= 5:
            ids = self._close_name(key)
        return self._persons_of(ids)

    def people_named(self, name: str) -> list[Person]:
        """People a name or surname denotes as written, without close spellings: for a
        word of running text, which is more often no name at all than a misspelt one."""
        return self._persons_of(self._ids_of(normalise(name)))

    def _ids_of(self, key: str) -> frozenset[str]:
        """The ids the name table gives a normalised name or surname (none: no known name)."""
        hit = self.name_table().get(key)
        return frozenset(hit[1].split(SEPARATOR)) if hit else frozenset()

    def _persons_of(self, ids: Iterable[str]) -> list[Person]:
        return [p for p in (self.person(i) for i in sorted(ids)) if p is not None]

    def _close_name(self, key: str) -> frozenset[str]:
        """Ids of the full name closest in spelling to a key, among names starting with the
        same letter: a costly search, so its answer is remembered."""
        if " " not in key:
            return frozenset()  # spelled_alike takes no single word: no search can succeed
        found = self._close_names.get(key)
        if found is None:
            match = self.cached("close_names", self._close_names_index).closest(key)
            if match and not spelled_alike(key, match):
                match = None
            found = self._ids_of(match) if match else frozenset()
            if len(self._close_names) >= _CLOSE_NAMES_KEPT:
                self._close_names.clear()
            self._close_names[key] = found
        return found

    def prepare(self) -> None:
        """Read now what looking people up reads on first use (for processes forked later)."""
        self.cached("close_names", self._close_names_index)

    def _close_names_index(self) -> CloseNames:
        return CloseNames(
            (phrase for phrase, (kind, _ids) in self.name_table().items() if kind == NAME), _FUZZY_CUTOFF
        )

    def find_events(self, phrase: str) -> list[Event]:
        """Events a phrase names: exact alias first, then a close spelling of one."""
        key = normalise(phrase)
        found = self._events_by_alias.get(key)
        if found is None and len(key) >= 6:
            match = process.extractOne(
                key, list(self._events_by_alias), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
            )
            found = self._events_by_alias[match[0]] if match else []
        return list(found or [])

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def organisation_of(self, qualifier: str) -> str | None:
        """The country or organisation a qualifier word ("Dutch", "U.S.") points to."""
        return self.qualifiers.get(normalise(qualifier))

    def terms_for(self, person_id: str, title: str, organisations: Iterable[str] = ()) -> list[Term]:
        """The person's terms that a title (and optional country words) can denote."""
        wanted = normalise(title)
        orgs = set(organisations)
        person = self.person(person_id)
        if person is None:
            return []
        return [t for t in person.terms if wanted in t.titles and (not orgs or t.organisation in orgs)]

    def with_extra(
        self,
        terms: Iterable[Term | Mapping[str, str]] = (),
        events: Iterable[Event | Mapping[str, str]] = (),
        aliases: Mapping[str, Iterable[str]] | None = None,
    ) -> KnowledgeBase:
        """A new base with user facts added; user events replace shipped ones of the same id."""
        new_terms = [t if isinstance(t, Term) else term_from_row(t) for t in terms]
        new_events = [e if isinstance(e, Event) else event_from_row(e) for e in events]
        replaced = {e.id for e in new_events}
        merged_aliases = dict(self._extra_aliases)
        for person_id, names in (aliases or {}).items():
            key = normalise(person_id)
            merged_aliases[key] = tuple(merged_aliases.get(key, ())) + tuple(names)
        return KnowledgeBase(
            self._extra_terms + new_terms,
            [e for e in self.events if e.id not in replaced] + new_events,
            self.qualifiers,
            merged_aliases,
            self._store,
            self._lives_path,
        )


class PeopleView(Mapping[str, Person]):
    """The base's people by id, each read when first asked for."""

    def __init__(self, kb: KnowledgeBase):
        self._kb = kb

    def __getitem__(self, person_id: str) -> Person:
        person = self._kb.person(person_id)
        if person is None:
            raise KeyError(person_id)
        return person

    def __iter__(self) -> Iterator[str]:
        return iter(self._kb.person_ids())

    def __len__(self) -> int:
        return len(self._kb.person_ids())


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
    """Read a base from a folder: the terms from ``kb.sqlite`` when it is there (made from
    ``offices.csv`` by the build; read on demand), else from ``offices.csv``; events and
    country words from ``events.csv`` and ``qualifiers.csv``."""
    if folder is None:  # the shipped aliases' variants are stored prebuilt
        remember(load_variants())
    folder = folder or kb_dir()
    events = [event_from_row(row) for row in _read_csv(folder / "events.csv")]
    qualifiers: dict[str, str] = {}
    for row in _read_csv(folder / "qualifiers.csv"):
        organisation = row["organisation_or_country"].strip()
        for word in (*split_cell(row.get("words")), organisation):
            qualifiers[normalise(word)] = organisation
    if (folder / STORE_NAME).exists():
        return KnowledgeBase([], events, qualifiers, {}, TermStore(folder / STORE_NAME), folder / LIVES_NAME)
    terms: list[Term] = []
    aliases: dict[str, set[str]] = {}
    for row in _read_csv(folder / "offices.csv"):
        term = term_from_row(row)
        terms.append(term)
        aliases.setdefault(term.person_id, set()).update(split_cell(row.get("aliases")))
    return KnowledgeBase(terms, events, qualifiers, aliases)


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped base, read once per process (with the cycle collector paused: reading it
    makes many objects and no cycles)."""
    with collector_paused():
        return load_kb()
