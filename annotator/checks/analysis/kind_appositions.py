"""Events named by a place and their kind with other words between: "Benghazi, the attack
that killed four Americans in 2012", "the violence that occurred in Charlottesville".

News names an attack by its place alone ("like Benghazi") and says what it was in an
apposition with a relative clause of its own doing; or it puts a clause of happening between
the kind and the place. The place and the kind noun together are the event's usual name
("Benghazi attack", "violence in Charlottesville"): when the knowledge base knows that name,
the words from the one to the other name the event, so a date that ends them is read as its
date. Only an apposition followed by "that" or "which" is read: "Benghazi, the attack" alone
is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotator.checks.analysis.literal_search import word_positions
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase

_KINDS = (
    r"attacks?|bombings?|shootings?|massacre|siege|earthquake|quake|tsunami|hurricane|storm|riots?"
    r"|uprising|coup|raid|explosion|blast"
)
# Both readings hang on a relative pronoun, found as a plain word; the words around it are
# then read in short windows, never by a search over the whole text.
_RELATIVES = ("that", "which")
# "the attack that killed", "the bombing, which ...": the kind noun before the relative clause
_KIND_BEFORE_RX = re.compile(rf"\bthe\s+(?P<kind>{_KINDS})\s*,?\s*\Z", re.IGNORECASE)
# the place just before: "Benghazi, ", "Oklahoma City - ", "Manchester — "
_PLACE_BEFORE_RX = re.compile(
    r"(?P<place>(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*(?:,|\u2014|\u2013|\s-)?\s+\Z"
)
_REACH = 40
# "the violence that occurred in Charlottesville": a clause of mere happening between
_HAPPENED_IN_RX = re.compile(
    r"(?:occurred|happened|took\s+place|erupted|broke\s+out|unfolded)\s+in\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_NOUN_BEFORE_RX = re.compile(r"\b(?P<kind>[a-z]+)\s+\Z")


def kind_apposition_mentions(text: str, kb: KnowledgeBase, named: list[EventMention]) -> list[EventMention]:
    """Mentions "Benghazi, the attack" of the events the base names "Benghazi attack", and
    "violence that occurred in Charlottesville" of those it names "violence in Charlottesville"."""
    if "that" not in text and "which" not in text:
        return []  # both readings need a relative clause
    aliases = kb.event_alias_keys()
    found = []
    for at, after in _relatives(text):
        mention = _happened_in(text, at, after, aliases) or _kind_apposition(text, at, aliases)
        if mention is not None and not any(m.start < mention.end and mention.start < m.end for m in named):
            found.append(mention)
    return found


def _relatives(text: str) -> Iterator[tuple[int, int]]:
    """Where each "that" or "which" standing as a word begins, and where the word after it
    does (past any white space)."""
    for word, at in word_positions(text, _RELATIVES):
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-")) and text[
            end : end + 1
        ].isspace():
            after = end
            while after < len(text) and text[after].isspace():
                after += 1
            yield at, after


def _kind_apposition(text: str, at: int, aliases) -> EventMention | None:
    kind = _KIND_BEFORE_RX.search(text, max(0, at - 30), at)
    if kind is None:
        return None
    before = _PLACE_BEFORE_RX.search(text, max(0, kind.start() - _REACH), kind.start())
    if before is None:
        return None
    words = before.group("place").split()
    for first in range(len(words)):  # the longest place first: "Oklahoma City"
        place = " ".join(words[first:])
        events = aliases.get(normalise(f"{place} {kind.group('kind')}"))
        if events:
            start, end = before.end("place") - len(place), kind.end("kind")
            return EventMention(start, end, text[start:end], tuple(events))
    return None


def _happened_in(text: str, at: int, after: int, aliases) -> EventMention | None:
    match = _HAPPENED_IN_RX.match(text, after)
    noun = _NOUN_BEFORE_RX.search(text, max(0, at - 24), at) if match else None
    if match is None or noun is None:
        return None
    words = match.group("place").split()
    for last in range(len(words), 0, -1):  # the longest place first: "New York"
        place = " ".join(words[:last])
        # only a name the base gives in this shape: "the shooting that took place in Las
        # Vegas" describes, and need not be the one named "Las Vegas shooting"
        events = aliases.get(normalise(f"{noun.group('kind')} in {place}"))
        if events:
            start, end = noun.start("kind"), match.start("place") + len(place)
            return EventMention(start, end, text[start:end], tuple(events))
    return None
