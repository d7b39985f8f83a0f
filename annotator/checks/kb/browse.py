"""Browsing the knowledge base: a searchable listing, and which articles name an entry.

The app's knowledge-base view lists some 30,000 people and a few hundred events; it
keeps one plain :class:`Entry` per row (no widget each) and filters them here, by the
folded words of the name, offices and countries, so typing stays fast. The articles
that mention an entry are found with the corpus's full-text index (one phrase query
per name), and the flags shown with them are those whose evidence cites the entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.checks.kb.facts import Event, Person
from annotator.checks.kb.folding import fold, normalise
from annotator.checks.kb.model import KnowledgeBase

PERSON = "person"
EVENT = "event"
#: Articles listed for one entry: enough to judge, few enough to read in a pane.
ARTICLES_SHOWN = 50


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the listing: a person (with their offices) or an event."""

    kind: str  # PERSON or EVENT
    key: str  # person id or event id
    name: str
    summary: str  # offices and countries, or the event's dates
    words: str  # folded text a search looks in

    @property
    def label(self) -> str:
        return f"{self.name} — {self.summary}" if self.summary else self.name


def entries(kb: KnowledgeBase) -> list[Entry]:
    """Every person and event of a base, people by name then events by date."""
    people = [
        Entry(PERSON, pid, name, summary, _searchable(f"{name} {summary}"))
        for pid, name, summary in kb.people_listing()
    ]
    people.sort(key=lambda entry: (entry.words, entry.key))
    events = [
        Entry(
            EVENT, e.id, e.name, _event_dates(e), _searchable(" ".join((e.name, e.place, e.kind, *e.aliases)))
        )
        for e in sorted(kb.events, key=lambda e: (e.start.lo, e.name))
    ]
    return people + events


def _searchable(text: str) -> str:
    """Lower-case and accent-free, punctuation kept: folded once per entry, fast."""
    return text.lower() if text.isascii() else fold(text)


def matching(listed: Sequence[Entry], text: str) -> list[int]:
    """Positions of the entries whose words contain every word typed (all when none)."""
    words = normalise(text).split()
    if not words:
        return list(range(len(listed)))
    return [n for n, entry in enumerate(listed) if all(word in entry.words for word in words)]


def _event_dates(event: Event) -> str:
    if event.end is None:
        return f"since {event.start.text}"
    if event.end.text == event.start.text:
        return event.start.text
    return f"{event.start.text} to {event.end.text}"


def names_of(kb: KnowledgeBase, entry: Entry) -> list[str]:
    """The names an article may use for the entry: full name and aliases."""
    if entry.kind == PERSON:
        person = kb.person(entry.key)
        return sorted(person.aliases | {person.name}) if person else [entry.name]
    event = kb.event(entry.key)
    return sorted(set(event.aliases)) if event else [entry.name]


def cites(flag: dict, entry: Entry, person: Person | None = None) -> bool:
    """Whether a flag's evidence is a term of the entry's person or is the entry's event."""
    for evidence in flag.get("evidence") or []:
        if entry.kind == EVENT and evidence.get("kind") == EVENT and evidence.get("id") == entry.key:
            return True
        if entry.kind == PERSON and evidence.get("kind") == "term":
            name = evidence.get("person")
            if name == entry.name or (person is not None and name in person.aliases):
                return True
    return False


def entry_of_flag(flag: dict) -> tuple[str, str] | None:
    """(kind, key) of the person or event a flag's evidence cites first, or None."""
    for evidence in flag.get("evidence") or []:
        if evidence.get("kind") == "term" and evidence.get("person"):
            return PERSON, normalise(evidence["person"])
        if evidence.get("kind") == EVENT and evidence.get("id"):
            return EVENT, str(evidence["id"])
    return None


def mentioning_articles(ws: Any, kb: KnowledgeBase, entry: Entry) -> list[dict]:
    """Articles whose text contains one of the entry's names, newest id first, each with
    its ``id``, ``title`` and the ``flags`` that cite the entry."""
    ids: set[int] = set()
    for name in names_of(kb, entry):
        phrase = _phrase(name)
        if phrase:
            ids.update(
                row[0]
                for row in ws.db.execute(
                    "select rowid from articles_fts where articles_fts match ?", [phrase]
                )
            )
    person = kb.person(entry.key) if entry.kind == PERSON else None
    found = []
    for article_id in sorted(ids, reverse=True)[:ARTICLES_SHOWN]:
        article = ws.articles.get(article_id)
        if article is None:
            continue
        flags = [f for f in ws.flags.list(article_id=article_id) if cites(f, entry, person)]
        found.append({"id": article_id, "title": article.get("title") or "", "flags": flags})
    return found


def _phrase(name: str) -> str:
    """An FTS5 phrase query for a name (its words in order), or "" when it has none."""
    words = normalise(name).split()
    return '"' + " ".join(words) + '"' if words else ""


def facts_about(facts: Iterable[dict], entry: Entry) -> list[dict]:
    """The user's own facts about the entry: terms of the person, or the event."""

    def about(fact: dict) -> bool:
        data = fact["data"]
        if entry.kind == PERSON:
            return fact["kind"] == "office" and normalise(data.get("person", "")) == normalise(entry.name)
        return fact["kind"] == EVENT and data.get("id") == entry.key

    return [fact for fact in facts if about(fact)]
