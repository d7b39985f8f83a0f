"""Events named by a place and, in apposition, their kind: "Benghazi, the attack that killed
four Americans in 2012".

News names an attack by its place alone ("like Benghazi") and says what it was in an
apposition with a relative clause of its own doing. The place and the kind noun together
are the event's usual name ("Benghazi attack"): when the knowledge base knows that name, the
words from the place to the kind noun name the event, so the relative clause's date is read
as its date. Only an apposition followed by "that" or "which" is read: "Benghazi, the attack"
alone is left to the other readings.
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


def kind_apposition_mentions(text: str, kb: KnowledgeBase, named: list[EventMention]) -> list[EventMention]:
    """Mentions "Benghazi, the attack" of the events the base names "Benghazi attack"."""
    if "the " not in text:
        return []
    aliases = kb.event_alias_keys()
    found = []
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
