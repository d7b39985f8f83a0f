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

from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.model import KnowledgeBase, normalise

_KINDS = (
    r"attacks?|bombings?|shootings?|massacre|siege|earthquake|quake|tsunami|hurricane|storm|riots?"
    r"|uprising|coup|raid|explosion|blast"
)
# "the attack that killed", "the bombing, which ...": the kind noun and its relative clause.
# "t(?<!\w\w)" is "\bt": written after the letter, it lets the engine skip to each "t" or "T"
# rather than try every position of the text.
_KIND_RX = re.compile(rf"t(?<!\w\w)he\s+(?P<kind>{_KINDS})\s*,?\s*(?:that|which)\s", re.IGNORECASE)
# the place just before: "Benghazi, ", "Oklahoma City - ", "Manchester — "
_PLACE_BEFORE_RX = re.compile(
    r"(?P<place>(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*(?:,|\u2014|\u2013|\s-)?\s+\Z"
)
_REACH = 40
# "the violence that occurred in Charlottesville": a clause of mere happening between
_HAPPENING = r"(?:that|which)\s+(?:occurred|happened|took\s+place|erupted|broke\s+out|unfolded)\s+in\s+"
_HAPPENED_IN_RX = re.compile(
    rf"\b(?P<kind>[a-z]+)\s+{_HAPPENING}(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
)
# The clause alone, looked for first: the engine skips to its first letters, where the whole
# pattern, opening on any word, is tried at every position, and few texts hold the clause.
_HAPPENING_RX = re.compile(_HAPPENING + "[A-Z]")


def kind_apposition_mentions(text: str, kb: KnowledgeBase, named: list[EventMention]) -> list[EventMention]:
    """Mentions "Benghazi, the attack" of the events the base names "Benghazi attack", and
    "violence that occurred in Charlottesville" of those it names "violence in Charlottesville"."""
    if "that " not in text and "which " not in text:
        return []  # both readings need a relative clause
    aliases = kb.event_alias_keys()
    found = _happened_in(text, aliases, named)
    for kind in _KIND_RX.finditer(text):
        before = _PLACE_BEFORE_RX.search(text, max(0, kind.start() - _REACH), kind.start())
        if before is None:
            continue
        words = before.group("place").split()
        for first in range(len(words)):  # the longest place first: "Oklahoma City"
            place = " ".join(words[first:])
            events = aliases.get(normalise(f"{place} {kind.group('kind')}"))
            if events:
                start = before.end("place") - len(place)
                end = kind.end("kind")
                if not any(m.start < end and start < m.end for m in named):
                    found.append(EventMention(start, end, text[start:end], tuple(events)))
                break
    return found


def _happened_in(text: str, aliases, named: list[EventMention]) -> list[EventMention]:
    found = []
    if _HAPPENING_RX.search(text) is None:
        return found
    for match in _HAPPENED_IN_RX.finditer(text):
        words = match.group("place").split()
        for last in range(len(words), 0, -1):  # the longest place first: "New York"
            place = " ".join(words[:last])
            # only a name the base gives in this shape: "the shooting that took place in Las
            # Vegas" describes, and need not be the one named "Las Vegas shooting"
            events = aliases.get(normalise(f"{match.group('kind')} in {place}"))
            if events:
                start, end = match.start(), match.start("place") + len(place)
                if not any(m.start < end and start < m.end for m in named):
                    found.append(EventMention(start, end, text[start:end], tuple(events)))
                break
    return found
