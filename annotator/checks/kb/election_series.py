"""Each country's national elections as the knowledge base lists them, series by kind.

``events.csv`` lists the general (federal, legislative), presidential and upper-house
elections of many countries as whole series; the rules that read an election by its country
("the 2021 Italian general election", "Japan's snap election") look them up here. United
States elections are left out: they are judged by the federal calendar (``election_year``).
"""

from __future__ import annotations

import re

from annotator.checks.kb.facts import Event
from annotator.checks.kb.model import KnowledgeBase

_SERIES_NAME_RX = re.compile(
    r"^(?P<country>.+?) (?P<kind>general|federal|presidential|legislative|House of Councillors)"
    r" election (?:[A-Z][a-z]+ )?\d{4}\b"
)
_NOT_LISTED = frozenset({"United States", "European Union"})


def election_series(kb: KnowledgeBase) -> dict[str, dict[str, list[Event]]]:
    """Each country's listed elections by kind, in date order (worked out once per base)."""
    return kb.cached("election_series", lambda: _series(kb))


def _series(kb: KnowledgeBase) -> dict[str, dict[str, list[Event]]]:
    found: dict[str, dict[str, list[Event]]] = {}
    for event in kb.events:
        match = _SERIES_NAME_RX.match(event.name) if event.kind == "election" else None
        if match is None or event.place in _NOT_LISTED:
            continue
        found.setdefault(event.place, {}).setdefault(match["kind"], []).append(event)
    for kinds in found.values():
        for events in kinds.values():
            events.sort(key=lambda e: e.start.lo)
    return found
