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
# A killing told in the active, its killer first, with the victim's title between: "Israel
# killed Hamas's political chief Ismail Haniyeh", "a drone strike killed the Quds Force
# commander Qasem Soleimani". The name ends before a possessive: "killed Soleimani's deputy"
# tells another's death.
_ACTIVE_RX = re.compile(
    r"\b(?P<verb>killed|assassinated|murdered)\s+(?P<object>(?:(?![,;:.]\s|\s(?:in|at|on|near|with|during|while"
    r"|after|before|and|as|when|by|from|outside|inside)\s).){1,80}?)(?=[,;:.]\s|[,;:.]?\Z|\s(?:in|at|on|near|with"
    r"|during|while|after|before|and|as|when|by|from|outside|inside)\s)"
)
# A run of capitalised words in the object: the name comes last, after its title.
_NAME_RUN_RX = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w-]*(?![\w'’-])(?!\s*['’]s?\b)")
_ACTIVE_NOUNS = {
    "killed": ("killing", "assassination", "death", "murder"),
    "assassinated": ("assassination", "killing"),
    "murdered": ("murder", "killing"),
}


def _deaths(analysis: ArticleAnalysis, name: str, verb: str, least: int = 1) -> tuple[Event, ...]:
    """The events the base names as the death (or killing...) of someone a name denotes,
    the name's leading words dropped one by one ("Former Queen Elizabeth II") while at least
    `least` of them are left."""
    if analysis.kb is None:
        return ()
    aliases = analysis.kb.event_alias_keys()
    nouns = _ACTIVE_NOUNS.get(verb) or _VERBS[" ".join(verb.split())]
    words = name.split()
    for first in range(len(words) - least + 1):
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


def death_mentions(
    analysis: ArticleAnalysis, low: int, high: int, full_names: bool = False
) -> list[EventMention]:
    """Deaths the text tells by a verb after the person's name, or by an active verb of
    killing before it, between two offsets; with `full_names`, only where two words of the
    name or more name the person ("Colin Powell died", not "Powell died": any Powell)."""
    least = 2 if full_names else 1
    text = analysis.text
    found = []
    for verb in _VERB_RX.finditer(text, low, high):
        name = _NAME_RX.search(text, max(low, verb.start() - _REACH), verb.start())
        if name is None:
            continue
        events = _deaths(analysis, name.group(), verb.group().strip(), least)
        if events:
            found.append(EventMention(name.start(), verb.end(), text[name.start() : verb.end()], events))
    for active in _ACTIVE_RX.finditer(text, low, high):
        runs = list(_NAME_RUN_RX.finditer(text, active.start("object"), active.end("object")))
        if not runs or runs[-1].end() != active.end("object"):
            continue  # the object does not end on a name: "killed Haniyeh's bodyguard"
        events = _deaths(analysis, runs[-1].group(), active.group("verb"), least)
        if events:
            start, end = active.start(), active.end()
            found.append(EventMention(start, end, text[start:end], events))
    return sorted(found, key=lambda m: m.start)
