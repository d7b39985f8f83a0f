"""Events named through a possessive pronoun: "his inauguration", "her election".

News names a person once and then speaks of "his inauguration" or "her election" in the same
sentence ("Two months after his inauguration, Trump joked ..."). The pronoun is read as the
nearest name before it in its sentence, or the first after it; when the knowledge base knows
that person's own inauguration or election ("Trump's inauguration"), the phrase names that
event. Any other name there ("Trump congratulated Macron on his election") names nothing:
silence rather than a guess.
"""

from __future__ import annotations

import re

from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import Event, KnowledgeBase

_PRONOUN_EVENT_RX = re.compile(
    r"\b(?:his|her)\s+(?:(?:first|second|upcoming|coming|recent)\s+)?"
    r"(?P<noun>inauguration|election|re-election|swearing-in)\b",
    re.IGNORECASE,
)
_SENTENCE_END_RX = re.compile(r"[.!?](?=\s|$)")
_NAME_RX = re.compile(r"\b[A-Z](?:['’][A-Z])?[A-Za-z]*[a-z](?:-[A-Z][A-Za-z]*[a-z])?\b")  # McCain, O'Neill
# Capitalised words that are no one's name: sentence openers and titles.
_NOT_NAME_WORDS = (
    "The A An But And Or So Yet In On At By For From To With After Before Since Until When While "
    "As If This That These Those It Its He She They We I You His Her Their Our My Your Just Only "
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Several Many Some A Few Days "
    "Weeks Months Years January February March April May June July August September October "
    "November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday President Vice "
    "Senator Sen Rep Governor Gov Mr Mrs Ms Dr Former First Lady Secretary Prime Minister "
    "Chancellor King Queen"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# The noun of the person's own alias a pronoun phrase stands for ("his swearing-in" is the
# inauguration).
_ALIAS_NOUN = {"swearing-in": "inauguration"}


def possessive_events(
    text: str, taken: list[tuple[int, int]], kb: KnowledgeBase
) -> list[tuple[int, int, str, tuple[Event, ...]]]:
    """(start, end, words, events) of each phrase that names an event by a pronoun, outside
    the spans already taken by other event mentions."""
    if "his " not in text and "her " not in text and "His " not in text and "Her " not in text:
        return []
    found = []
    aliases = kb.event_alias_keys()
    for match in _PRONOUN_EVENT_RX.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        named = _sentence_events(text, match, aliases)
        if named:
            found.append((match.start(), match.end(), match.group(), named))
    return found


def _sentence_events(text: str, match: re.Match, aliases: dict[str, list[Event]]) -> tuple[Event, ...]:
    """The events of the person the pronoun refers to: the nearest name before it in its
    sentence ("Trump called Macron on his election" is Macron's), or the first one after it
    when it comes first ("After his inauguration, Trump ...")."""
    start = max((m.end() for m in _SENTENCE_END_RX.finditer(text, 0, match.start())), default=0)
    after = _SENTENCE_END_RX.search(text, match.end())
    end = after.start() if after else len(text)
    before = [m.group() for m in _NAME_RX.finditer(text, start, match.start()) if m.group() not in _NOT_NAMES]
    later = [m.group() for m in _NAME_RX.finditer(text, match.end(), end) if m.group() not in _NOT_NAMES]
    name = before[-1] if before else later[0] if later else None
    if name is None:
        return ()
    noun = match.group("noun").lower()
    return tuple(aliases.get(normalise(f"{name}'s {_ALIAS_NOUN.get(noun, noun)}"), ()))
