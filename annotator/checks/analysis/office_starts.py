"""A person taking office, named as news tells it: "Liz Truss took office as prime minister",
"Joe Biden was sworn in as president", "Rishi Sunak became prime minister", "Jens Stoltenberg
took up his new post as Norway's finance minister".

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

# "took up", "assumed", "began" a post: each needs the post named after it (_TOOK_UP_RX).
_TAKING_UP = (" took up ", " assumed ", " began ", " started ", " stepped into ")
# The words that tell a term began, each searched as a literal; "became" needs its title.
_TOOK_OFFICE = (
    " took office",
    " assumed office",
    " was sworn in",
    " took the oath of office",
    " became ",
    " was inaugurated",
    " was installed",
    *_TAKING_UP,
)
# The full name right before: two or three capitalised words ("Liz Truss", "Prime Minister
# Liz Truss" gives "Liz Truss").
_NAME_BEFORE_RX = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\Z")
# "was sworn in" is also said of witnesses; "became" of anything: the office must be named.
_TITLE_NEEDED = (" became ", " was sworn in", " was inaugurated", " was installed", *_TAKING_UP)
_TITLE_AFTER_RX = re.compile(r"\s+as\s+(?:the\s+)?(?:country's\s+|its\s+|their\s+)?(?=[a-z])")
# "took up his new post as finance minister", "took up the role of prime minister": the
# post taken up is named after "as" or "of"; "took up arms", "took up the cause" name none.
_TOOK_UP_RX = re.compile(
    r"(?:his|her|their|the)\s+(?:new\s+)?(?:post|job|role|position|duties|office)\s+(?:as|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "as Norway's finance minister", "as Norwegian finance minister": the country of the office,
# whose terms alone count.
_QUALIFIER_RX = re.compile(r"(?P<word>[A-Z][\w.-]*(?:['’]s)?)\s+(?=[a-z])")
_TITLE_WORDS = 4  # the longest title looked for after "as"
# Words that name no office by themselves: "became head of the UN climate panel".
_GENERIC = frozenset(("head", "chief", "leader", "dictator", "boss"))
# "prime minister of Norway", "president of the European Commission": the body after the title.
OF_BODY_RX = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
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
    organisation = None
    if phrase in _TAKING_UP:
        taken = _TOOK_UP_RX.match(text, at + len(phrase))
        if taken is None:
            return None
        organisation, title_start = qualifier_at(text, taken.end(), kb)
        title, end = title_at(text, title_start, kb)
    elif phrase == " became ":
        title, end = title_at(text, at + len(phrase), kb)
    elif as_title is not None:
        title, end = title_at(text, as_title.end(), kb)
    # "as governor of Indiana": a title the base does not know names no term of its own
    if title is None and (phrase in _TITLE_NEEDED or as_title is not None):
        return None
    body = OF_BODY_RX.match(text, end) if title is not None else None
    if body is not None:
        # "became president of the Olympic committee": the office of a body the base must place
        named = kb.organisation_of(body.group("body"))
        if named is None or organisation not in (None, named):
            return None
        organisation = named
    events = _term_starts(name.group("name"), title, kb, organisation)
    if not events:
        return None
    return EventMention(name.start(), end, text[name.start() : end], events)


def qualifier_at(text: str, start: int, kb: KnowledgeBase) -> tuple[str | None, int]:
    """The organisation a country word at `start` names ("Norway's"), and where the title
    after it begins; (None, start) when no such word is there."""
    word = _QUALIFIER_RX.match(text, start)
    if word is None:
        return None, start
    organisation = kb.organisation_of(word.group("word"))
    return (organisation, word.end()) if organisation is not None else (None, start)


def title_at(text: str, start: int, kb: KnowledgeBase) -> tuple[str | None, int]:
    """The longest title the base knows written at `start` ("prime minister"), and its end."""
    words = list(re.finditer(r"[\w'’.-]+", text[start : start + 60]))[:_TITLE_WORDS]
    titles = kb.cached("office_starts.title_keys", kb.title_keys)
    for count in range(len(words), 0, -1):
        end = start + words[count - 1].end()
        key = normalise(text[start:end])
        if key in titles and key not in _GENERIC:
            return key, end
    return None, start


def _term_starts(
    name: str, title: str | None, kb: KnowledgeBase, organisation: str | None = None
) -> tuple[Event, ...]:
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
    terms = [
        t
        for t in person.terms
        if t.role == "office"
        and (title is None or title in t.titles)
        and (organisation is None or t.organisation == organisation)
    ]
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
