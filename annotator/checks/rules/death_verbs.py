"""Deaths told by a verb, for the counts of rule elapsed-time: "three years after Fidel Castro
died", "since Shinzo Abe was assassinated", "Thatcher died 10 years ago".

The base names a death by its noun ("the death of Fidel Castro", "the killing of Jamal
Khashoggi"); English as often tells it with a verb after the person's name. The name is read
as the base's death, killing or murder of that person, never as anyone else's.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise

# The verb, and the nouns of the base's aliases it may stand for.
_VERBS = {
    "died": ("death",),
    "passed away": ("death", "passing"),
    "was killed": ("killing", "death", "murder", "assassination"),
    "was murdered": ("murder", "killing"),
    "was assassinated": ("assassination", "killing"),
    "was shot dead": ("killing", "assassination", "murder", "shooting"),
}
_VERB_RX = re.compile(r"\s(?:" + "|".join(v.replace(" ", r"\s+") for v in _VERBS) + r")\b")
# Up to four words of a name before the verb: "Queen Elizabeth II", "George H. W. Bush".
_NAME_RX = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*\Z")
_REACH = 50


def _deaths(analysis: ArticleAnalysis, name: str, verb: str) -> tuple[Event, ...]:
    """The events the base names as the death (or killing...) of someone a name denotes,
    the name's leading words dropped one by one ("Former Queen Elizabeth II")."""
    if analysis.kb is None:
        return ()
    aliases = analysis.kb.event_alias_keys()
    nouns = _VERBS[" ".join(verb.split())]
    words = name.split()
    for first in range(len(words)):
        person = " ".join(words[first:])
        found = [
            e
            for noun in nouns
            for key in (f"{noun} of {person}", f"{person}'s {noun}")
            for e in aliases.get(normalise(key), ())
        ]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def death_mentions(analysis: ArticleAnalysis, low: int, high: int) -> list[EventMention]:
    """Deaths the text tells by a verb after the person's name, between two offsets."""
    text = analysis.text
    found = []
    for verb in _VERB_RX.finditer(text, low, high):
        name = _NAME_RX.search(text, max(low, verb.start() - _REACH), verb.start())
        if name is None:
            continue
        events = _deaths(analysis, name.group(), verb.group().strip())
        if events:
            found.append(EventMention(name.start(), verb.end(), text[name.start() : verb.end()], events))
    return found
