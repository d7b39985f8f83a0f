"""Storms named by their bare name, for the counts of rule elapsed-time: "the 12th anniversary
of Katrina", "three weeks after Maria swept over Puerto Rico", "since Sandy slammed New Jersey".

News drops "Hurricane" once the storm is known; the bare name is also a person's first name,
so it is read as the storm only where English uses it so: as what an anniversary is of, or
as the subject of a verb storms do to a place ("swept over Puerto Rico", "made landfall").
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.temporal.anchoring import lowered_text

_STORM_WORDS = ("hurricane", "superstorm", "typhoon", "cyclone", "tropical storm", "storm")
_VERB = (
    r"(?:swept|tore|ripped|roared|plowed|ploughed)\s+(?:over|through|across|into)"
    r"|struck|hit|slammed(?:\s+into)?|battered|ravaged|devastated|pummell?ed|lashed|flooded|wrecked"
)
# "Maria swept over Puerto Rico", "Sandy slammed the East Coast", "Katrina made landfall"
_AFTER_NAME_RX = re.compile(
    rf"\s+(?:(?:{_VERB})\s+(?:the\s+)?(?-i:[A-Z])|made\s+landfall\b|came\s+ashore\b)", re.IGNORECASE
)
_VERB_START_RX = re.compile(rf"\s(?:{_VERB}|made\s+landfall|came\s+ashore)\b", re.IGNORECASE)
# The same for the text lower-cased (every literal in it is lower case): case-sensitive, it is
# matched without folding the case of each character it tries.
_VERB_START_LOWER_RX = re.compile(_VERB_START_RX.pattern)
# "the 12th anniversary of Katrina", then no more of a name ("Katrina Pierson", "Katrina's death")
_ANNIVERSARY_NAME_RX = re.compile(
    r"anniversary\s+of\s+(?:the\s+)?(?P<name>(?-i:[A-Z][a-z]+))(?!\s+(?-i:[A-Z])|['’]|-)", re.IGNORECASE
)
_NAME_BEFORE_RX = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)\Z")
_CAPITAL_BEFORE_RX = re.compile(r"(?<![\w.'’-])[A-Z][\w'’-]*\s+\Z")
_STORM_WORD_RX = re.compile(r"\b(?:hurricane|storm|typhoon|cyclone|landfall)s?\b", re.IGNORECASE)
_SENTENCE_START_RX = re.compile(r"(?:\A|[.!?\"“(]\s*)\Z")


def _in_longer_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than a sentence's first comes just before ("Santa
    Maria", "Anna Maria Island"; not "When Maria struck")."""
    capital = _CAPITAL_BEFORE_RX.search(text, max(0, start - 30), start)
    if capital is None:
        return False
    return not _SENTENCE_START_RX.search(text, max(0, capital.start() - 4), capital.start())


def _told_as_storm(analysis: ArticleAnalysis, event: Event, start: int, end: int, verb_end: int) -> bool:
    """Whether a first name before a verb of storms is the storm: the text calls it one
    ("Hurricane Michael", "the storm" in its sentence) or it hits the storm's own place
    ("Maria swept over Puerto Rico"), not "Michael hit Jordan on the court"."""
    text = analysis.text
    low, high = analysis.layout.sentence_bounds(start)
    if _STORM_WORD_RX.search(text, low, high):
        return True
    called = re.compile(rf"\b(?:{'|'.join(_STORM_WORDS)})\s+{re.escape(text[start:end])}\b", re.IGNORECASE)
    if called.search(text):
        return True
    places = [p.strip() for p in event.place.split(";") if p.strip()]
    return any(text.startswith(place, verb_end + gap) for place in places for gap in range(6))


def _storms(analysis: ArticleAnalysis, name: str) -> tuple[Event, ...]:
    """The storms the base names "Hurricane <name>" (or typhoon, cyclone...)."""
    if analysis.kb is None:
        return ()
    aliases = analysis.kb.event_alias_keys()
    found = [
        e for word in _STORM_WORDS for e in aliases.get(normalise(f"{word} {name}"), ()) if e.kind == "storm"
    ]
    return tuple(dict.fromkeys(found))


def storm_mentions(analysis: ArticleAnalysis, low: int, high: int) -> list[EventMention]:
    """Storms named by a bare name where English names a storm so, between two offsets,
    outside the mentions the text already has ("Hurricane Maria swept over")."""
    text = analysis.text
    found: dict[int, EventMention] = {}
    named = analysis.mentions.events

    def add(start: int, end: int, verb_end: int | None) -> None:
        if any(m.start <= start < m.end for m in named):
            return
        # a storm not yet formed when the passage was written is nobody's bare name then
        writing = analysis.writing_window(start)
        events = tuple(
            e for e in _storms(analysis, text[start:end]) if writing is None or e.start.lo <= writing.latest
        )
        if verb_end is not None:
            events = tuple(e for e in events if _told_as_storm(analysis, e, start, end, verb_end))
        if events:
            found[start] = EventMention(start, end, text[start:end], events)

    lowered = lowered_text(text)
    if lowered is None or lowered.find("anniversary", low, high) >= 0:  # every match holds it
        for match in _ANNIVERSARY_NAME_RX.finditer(text, low, high):
            add(match.start("name"), match.end("name"), None)
    verbs = (
        _VERB_START_RX.finditer(text, low, high)
        if lowered is None
        else _VERB_START_LOWER_RX.finditer(lowered, low, high)
    )
    for verb in verbs:
        before = _NAME_BEFORE_RX.search(text, max(0, verb.start() - 20), verb.start())
        if (
            before is not None
            and _AFTER_NAME_RX.match(text, verb.start())
            and not _in_longer_name(text, before.start())
        ):
            add(before.start(), before.end(), verb.end())
    return [found[k] for k in sorted(found)]
