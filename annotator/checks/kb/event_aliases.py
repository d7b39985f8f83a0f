"""The other ways news writes an event alias: the same event, in words the list leaves out.

``events.csv`` keeps one form of each phrasing; news also says "the creation of NATO" for
"the founding of NATO", and "Trump's upcoming inauguration" for "Trump's inauguration".
The variants are built from each alias's own words, so an alias never names another event.
"""

from __future__ import annotations

import re

from annotator.checks.kb.folding import normalise

# Nouns for an organisation's coming into being, interchangeable before "of X" and after "X's".
_FOUNDING = ("founding", "creation", "formation", "establishment", "birth")
# Words between a possessive and the event that say when it is, not which one it is.
_TIMING = ("upcoming", "coming", "forthcoming", "impending", "planned", "scheduled", "recent")
# An act named by its verb ("Trump fired Comey", "annexed Crimea") is also told in the
# passive, its object first: "Comey was fired", "Crimea was annexed".
_PASSIVE_VERBS = ("fired", "annexed", "recaptured", "liberated")
# A death named by its noun ("the death of Pope Francis", "Shinzo Abe's assassination") is
# also told by its verb, the person first: "Pope Francis died", "Shinzo Abe was assassinated".
# A killing is also told by how it was done ("Shinzo Abe was shot dead"); a person is shot dead
# once, but "was shot" alone may be a wound survived.
_DEATH_VERBS = {
    "death": ("died", "passed away"),
    "killing": ("was killed", "was shot dead", "was shot and killed"),
    "assassination": ("was assassinated", "was shot dead", "was shot and killed", "was gunned down"),
    "murder": ("was murdered",),
}
_DEATH_NOUN_RX = re.compile(r"death|killing|assassination|murder")
# The verbs that tell a killing, without their auxiliary: "killed", "shot dead".
KILLING_VERBS = tuple(
    dict.fromkeys(
        verb.removeprefix("was ") for noun, verbs in _DEATH_VERBS.items() if noun != "death" for verb in verbs
    )
)
# Only a name of two words or more: "Powell died" may be anyone's Powell.
_SHORTEST_NAME = 2
_NOT_IN_NAME = frozenset(("in", "at", "on", "of", "and", "the", "s"))
# A month in an alias as news abbreviates it ("the Sept. 11 attacks"); "May" and "March" are
# also words, so they keep their one form.
MONTH_SHORT = {
    "january": ("jan",),
    "february": ("feb",),
    "august": ("aug",),
    "september": ("sept", "sep"),
    "october": ("oct",),
    "november": ("nov",),
    "december": ("dec",),
}
# The abbreviations, which a full stop may follow inside a phrase ("Sept. 11 attacks").
ABBREVIATED_MONTHS = frozenset(short for shorts in MONTH_SHORT.values() for short in shorts)


# Each alias's variants, worked out once per process: the knowledge base and the mention
# index both ask for every alias, and a base with a user's own facts asks again. The
# shipped aliases' variants are stored prebuilt (kb/event_variant_table.py, ``remember``).
_KNOWN: dict[str, frozenset[str]] = {}


def alias_variants(alias: str) -> frozenset[str]:
    """Normalised keys of an alias and of its variants."""
    known = _KNOWN.get(alias)
    if known is None:
        known = _KNOWN[alias] = frozenset(worked_out_variants(alias))
    return known


def remember(variants: dict[str, frozenset[str]]) -> None:
    """Take the variants of aliases as worked out beforehand (the stored table)."""
    for alias, keys in variants.items():
        _KNOWN.setdefault(alias, keys)


def worked_out_variants(alias: str) -> set[str]:
    """An alias's variants worked out anew (what ``alias_variants`` remembers)."""
    key = normalise(alias)
    words = key.split(" ")
    keys = {key}
    for i, word in enumerate(words):
        if word in _FOUNDING and (_before_of(words, i) or _after_possessive(words, i)):
            keys |= {" ".join([*words[:i], other, *words[i + 1 :]]) for other in _FOUNDING}
    for key in list(keys):
        words = key.split(" ")
        for i, word in enumerate(words):
            if i + 1 < len(words) and words[i + 1].isdigit():  # "September 11", not "September"
                shorts = MONTH_SHORT.get(word, ())
                keys |= {" ".join([*words[:i], short, *words[i + 1 :]]) for short in shorts}
    for key in list(keys):
        words = key.split(" ")
        for i, word in enumerate(words[:-1]):
            if word in _PASSIVE_VERBS:
                keys.add(" ".join([*words[i + 1 :], "was", word]))
    keys |= death_verb_forms(keys)
    for key in list(keys):
        words = key.split(" ")
        for i in range(1, len(words) - 1):
            if words[i] == "s" and words[i + 1] not in _TIMING:
                keys |= {" ".join([*words[: i + 1], timing, *words[i + 1 :]]) for timing in _TIMING}
    return keys


def _before_of(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1] == "of"


def _after_possessive(words: list[str], i: int) -> bool:
    return i >= 2 and words[i - 1] == "s" and i == len(words) - 1


def death_verb_forms(keys: set[str]) -> set[str]:
    """The verb forms of a death alias's spellings ("hugo chávez died" as written, accents
    kept)."""
    return {form for key in keys if _DEATH_NOUN_RX.search(key) for form in _death_by_verb(key.split(" "))}


def _death_by_verb(words: list[str]) -> tuple[str, ...]:
    """ "pope francis died" for "death of pope francis" or "pope francis s death"."""
    if len(words) > 2 and words[0] in _DEATH_VERBS and words[1] == "of":
        noun, name = words[0], words[2:]
    elif len(words) > 2 and words[-1] in _DEATH_VERBS and words[-2] == "s":
        noun, name = words[-1], words[:-2]
    else:
        return ()
    if len(name) < _SHORTEST_NAME or _NOT_IN_NAME.intersection(name) or any(w.isdigit() for w in name):
        return ()
    return tuple(" ".join([*name, verb]) for verb in _DEATH_VERBS[noun])
