"""Events named only by their kind: "the NATO summit", "next month's G20 summit".

A summit series meets once or twice a year, so within a year or two of the time an article
is written, "the NATO summit" can mean only a few meetings of that series. Those become the
mention's candidate events; the event rules then judge the date or the tense the text gives
it against all of them, and stay silent when any one fits. Series are the knowledge base's
event ids that share a stem ("nato-summit-2017-brussels", "nato-summit-2018-brussels").
"""

from __future__ import annotations

import re
import weakref
from datetime import date, timedelta

from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import DateWindow
from annotator.checks.kb.facts import Event
from annotator.checks.kb.model import KnowledgeBase

#: The words that name a series, and the stem of its events' ids.
SERIES = {
    "nato": "nato-summit",
    "g7": "g7-summit",
    "g-7": "g7-summit",
    "g8": "g8-summit",
    "g-8": "g8-summit",
    "g20": "g20-summit",
    "g-20": "g20-summit",
    "brics": "brics-summit",
}
_NAME = r"NATO|G-?7|G-?8|G-?20|BRICS"
_NAMES = ("NATO", "G7", "G-7", "G8", "G-8", "G20", "G-20", "BRICS")  # every name _NAME matches
# "the NATO summit", "NATO's summit", "the NATO and G7 summits". Each name opens on its letter,
# the word boundary before it checked just after (a lookbehind over the letter), so the regex
# engine skips to the next "N", "G" or "B" instead of trying the names at every character.
_SERIES_RX = re.compile(
    r"(?P<series>N(?<!\wN)ATO|G(?<!\wG)-?7|G(?<!\wG)-?8|G(?<!\wG)-?20|B(?<!\wB)RICS)"
    rf"(?:\s+and\s+(?:the\s+)?(?P<other>{_NAME}))?(?:['’]s?)?\s+[Ss]ummits?\b"
)
# "a NATO summit set for Washington": the place picks the meeting out of the series.
_PLACE_AFTER_RX = re.compile(
    r"\s+(?:(?:set|scheduled|planned|due)\s+)?(?:for|in)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
_REACH = timedelta(days=2 * 366)  # a series' meetings near the writing date
# "at the G20 summit in June 2019": a year written right after the name picks the meetings
# near that year, however far it is from the writing date.
_YEAR_AFTER_RX = re.compile(
    r"\s+(?:in|of)\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)


_BY_BASE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def series_events(kb: KnowledgeBase) -> dict[str, list[Event]]:
    """The knowledge base's events by series stem (worked out once per base)."""
    found = _BY_BASE.get(kb)
    if found is None:
        found = {}
        for event in kb.events:
            stem = series_of(event)
            if stem is not None:
                found.setdefault(stem, []).append(event)
        _BY_BASE[kb] = found
    return found


def series_mentions(
    text: str, kb: KnowledgeBase, window: DateWindow | None, known: list[EventMention]
) -> list[EventMention]:
    """Mentions of a summit series by its name alone, where no known alias was found, with
    the series' meetings within two years of the article's date as candidates."""
    if window is None or "ummit" not in text or not any(name in text for name in _NAMES):
        return []
    by_stem = series_events(kb)
    taken = [(m.start, m.end) for m in known]
    found = []
    for match in _SERIES_RX.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        stems = {SERIES[name.lower()] for name in match.group("series", "other") if name}
        if any(_after_last_listed(by_stem.get(stem, ()), window) for stem in stems):
            continue  # "next year's NATO summit" written after the last one listed: unknown
        year = _YEAR_AFTER_RX.match(text, match.end())
        low, high = window.earliest, window.latest
        if year is not None:
            low, high = date(int(year["year"]), 1, 1), date(int(year["year"]), 12, 31)
        near = tuple(
            e
            for stem in sorted(stems)
            for e in by_stem.get(stem, ())
            if low - _REACH <= e.start.lo <= high + _REACH
        )
        end = match.end()
        where = _PLACE_AFTER_RX.match(text, end)
        there = tuple(e for e in near if where and where.group("place") in e.place.split("|"))
        if there and where:
            near, end = there, where.end()
        if near:
            found.append(EventMention(match.start(), end, text[match.start() : end], near))
    return found


def _after_last_listed(meetings, window: DateWindow) -> bool:
    """Whether a text is written after every listed meeting of a series that goes on
    meeting: the one it speaks of may be the next, which the base does not know yet."""
    return bool(meetings) and all(e.last_day < window.earliest for e in meetings)


def series_of(event: Event) -> str | None:
    """The series stem of a summit ("nato-summit"), or None for a one-off event."""
    return next((s for s in set(SERIES.values()) if event.id.startswith(s + "-")), None)


def nearest_meetings(events: tuple[Event, ...], window: DateWindow) -> tuple[Event, ...]:
    """Of a series named alone, the meeting nearest the time spoken of: "the upcoming NATO
    summit" five days after one met and a year before the next means the one just held."""
    if not events or any(series_of(e) is None for e in events):
        return events
    nearest: dict[str, Event] = {}
    for event in events:
        stem = series_of(event) or ""
        distance = abs((event.start.lo - window.earliest).days)
        if stem not in nearest or distance < abs((nearest[stem].start.lo - window.earliest).days):
            nearest[stem] = event
    return tuple(nearest.values())
