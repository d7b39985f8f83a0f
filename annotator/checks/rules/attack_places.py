"""Attacks named by the place they happened at, for the counts of rule elapsed-time: "the
murders of 20 children and six teachers at Sandy Hook Elementary four years ago", "the
massacre at Columbine High School 20 years ago".

The base names an attack "the Sandy Hook Elementary shooting"; English as often puts the
place after the deed ("the shooting at ..."). The place is read as the base's attack there
only when the base names one so, with the place's words exactly as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.literal_search import word_positions
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.rules.folded import folded
from annotator.temporal.anchoring import lowered_text

_DEED_RX = re.compile(
    r"\b(?:shootings?|massacres?|attacks?|bombings?|murders|killings|rampage)\b", re.IGNORECASE
)
_DEED_LOWER_RX = folded(_DEED_RX)  # the same for the lower-cased text
# The word each deed begins with: a match of _DEED_RX starts at one and holds no other.
_DEED_WORDS = ("shooting", "massacre", "attack", "bombing", "murders", "killings", "rampage")
_deed_words: tuple[str | None, list[int]] = (None, [])  # the last text's, lower-cased


def _deed_starts(lowered: str) -> list[int]:
    """Where the deeds' words stand in the lower-cased text, found once per text by literal
    search (far faster than the pattern, tried at every character)."""
    global _deed_words
    if _deed_words[0] is not lowered:
        _deed_words = (lowered, sorted({at for _, at in word_positions(lowered, _DEED_WORDS)}))
    return _deed_words[1]


def _deeds_between(lowered: str, low: int, high: int) -> list[re.Match[str]]:
    """What ``_DEED_LOWER_RX.finditer(lowered, low, high)`` finds: the pattern matched where
    each of its words stands (matches cannot overlap: each is a whole word)."""
    starts = _deed_starts(lowered)
    found = []
    for at in starts[bisect_left(starts, low) : bisect_left(starts, high)]:
        match = _DEED_LOWER_RX.match(lowered, at, high)
        if match is not None:
            found.append(match)
    return found


# "... at Sandy Hook Elementary", "... at the Pulse nightclub": the place, capitalised
# words (the last may be a common noun: "nightclub", "church").
_PLACE_RX = re.compile(
    r"[^.;:!?\"“”]{0,60}?\s(?:at|in)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:\s+(?:nightclub|church|school|mosque|synagogue))?)"
)
_ALIAS_NOUNS = (
    "shooting",
    "shootings",
    "massacre",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "school shooting",
    "mass shooting",
)


def _attacks_at(analysis: ArticleAnalysis, place: str) -> tuple[Event, ...]:
    """The attacks the base names "<place> shooting" (massacre, attack...)."""
    if analysis.kb is None:
        return ()
    aliases = analysis.kb.event_alias_keys()
    found = [
        e
        for noun in _ALIAS_NOUNS
        for e in aliases.get(normalise(f"{place} {noun}"), ())
        if e.kind == "attack"
    ]
    return tuple(dict.fromkeys(found))


def attack_mentions(analysis: ArticleAnalysis, low: int, high: int) -> list[EventMention]:
    """Attacks the text names by the deed and then its place, between two offsets, outside
    the mentions it has."""
    text = analysis.text
    named = analysis.mentions.events
    found = []
    lowered = lowered_text(text)
    deeds = _DEED_RX.finditer(text, low, high) if lowered is None else _deeds_between(lowered, low, high)
    for deed in deeds:
        if any(m.start <= deed.start() < m.end for m in named):
            continue  # "the Boston Marathon bombing at the finish line": named already
        at = _PLACE_RX.match(text, deed.end())
        if at is None:
            continue
        words = at.group("place").split()
        for size in range(len(words), 0, -1):  # "at Columbine High School on Tuesday"
            events = _attacks_at(analysis, " ".join(words[:size]))
            if events:
                found.append(EventMention(deed.start(), at.end(), text[deed.start() : at.end()], events))
                break
    return found
