"""A person taking office, named as news tells it: "Liz Truss took office as prime minister",
"Joe Biden was sworn in as president", "Rishi Sunak became prime minister".

The knowledge base dates every term it knows, so the day a named person took an office is
as well known as any event in events.csv; news orders other events against it ("two days
after Queen Elizabeth II died"). The person must be named in full (a surname alone may be
anyone's); with "as <title>" or "became <title>" only the terms of that title count, and
without a title every office the person held does, so that an order is judged wrong only
when it is wrong for each of them.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase

# The words that tell a term began, each searched as a literal; "became" needs its title.
_TOOK_OFFICE = (" took office", " assumed office", " was sworn in", " took the oath of office", " became ")
# The full name right before: two or three capitalised words ("Liz Truss", "Prime Minister
# Liz Truss" gives "Liz Truss").
_NAME_BEFORE_RX = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\Z")
# "was sworn in" is also said of witnesses; "became" of anything: the office must be named.
_TITLE_NEEDED = (" became ", " was sworn in")
_TITLE_AFTER_RX = re.compile(r"\s+as\s+(?:the\s+)?(?:country's\s+|its\s+|their\s+)?(?=[a-z])")
_TITLE_WORDS = 4  # the longest title looked for after "as"
_REACH = 40  # characters looked back for the name


def office_start_mentions(text: str, kb: KnowledgeBase) -> list[EventMention]:
    """The mentions of people taking office whose terms the knowledge base dates."""
    found = []
    for phrase in _TOOK_OFFICE:
        at = text.find(phrase)
        while at != -1:
            mention = _office_start(text, at, phrase, kb)
            if mention is not None:
                found.append(mention)
            at = text.find(phrase, at + len(phrase))
    return sorted(found, key=lambda m: m.start)


def _office_start(text: str, at: int, phrase: str, kb: KnowledgeBase) -> EventMention | None:
    name = _NAME_BEFORE_RX.search(text, max(0, at - _REACH), at)
    if name is None:
        return None
    end = at + len(phrase.rstrip())
    title, as_title = None, _TITLE_AFTER_RX.match(text, end)
    if phrase == " became ":
        title, end = _title_at(text, at + len(phrase), kb)
    elif as_title is not None:
        title, end = _title_at(text, as_title.end(), kb)
    # "as governor of Indiana": a title the base does not know names no term of its own
    if title is None and (phrase in _TITLE_NEEDED or as_title is not None):
        return None
    events = _term_starts(name.group("name"), title, kb)
    if not events:
        return None
    return EventMention(name.start(), end, text[name.start() : end], events)


def _title_at(text: str, start: int, kb: KnowledgeBase) -> tuple[str | None, int]:
    """The longest title the base knows written at `start` ("prime minister"), and its end."""
    words = list(re.finditer(r"[\w'’.-]+", text[start : start + 60]))[:_TITLE_WORDS]
    titles = kb.cached("office_starts.title_keys", kb.title_keys)
    for count in range(len(words), 0, -1):
        end = start + words[count - 1].end()
        key = normalise(text[start:end])
        if key in titles:
            return key, end
    return None, start


def _term_starts(name: str, title: str | None, kb: KnowledgeBase) -> tuple[Event, ...]:
    """The start of each term of the person the name denotes (with the title, if one is
    given): none when the name is no one's, or more than one person's."""
    words = name.split()
    for first in range(len(words) - 1):  # "Prime Minister Liz Truss": "Liz Truss"
        people = kb.people_named(" ".join(words[first:]))
        if people:
            break
    else:
        return ()
    if len(people) != 1:
        return ()
    person = people[0]
    terms = [t for t in person.terms if t.role == "office" and (title is None or title in t.titles)]
    starts = {t.start.text: t for t in terms}
    return tuple(
        Event(
            f"took-office:{person.id}:{term.start.text}",
            f"{person.name}'s taking office as {term.office}",
            "inauguration",
            term.start,
            term.start,
            term.organisation,
            (),
            term.source,
        )
        for term in starts.values()
    )
