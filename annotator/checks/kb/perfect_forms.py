"""The past perfect of an event told as a clause: "after the last US troops had left
Afghanistan", "before Kabul had fallen", "after the Kakhovka dam had been destroyed".

A sentence that orders two past events tells the earlier one in the past perfect as often as
in the simple past; the clause is the same act, so its key is built beside the simple one:
the first verb of the clause ("left", "was destroyed") is told with "had" ("had left", "had
been destroyed"). Only the verbs the clause shapes are made with are read as verbs, so a
name's word ("United") never is.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.checks.kb.event_parts import CLAUSE_VERBS

# Past participles that differ from the simple past.
_PARTICIPLES = {
    "fell": "fallen",
    "took": "taken",
    "sank": "sunk",
    "overthrew": "overthrown",
    "retook": "retaken",
    "withdrew": "withdrawn",
    "blew": "blown",
    "began": "begun",
    "came": "come",
    "went": "gone",
    "rode": "ridden",
    "drove": "driven",
    "flew": "flown",
    "broke": "broken",
    "ran": "run",
    "became": "become",
    "gave": "given",
    "rose": "risen",
    "swore": "sworn",
    "wrote": "written",
}
# Verbs of the clauses aliases and their shapes are told with (the clause shapes' own, and
# those of deaths, flights, marches, coronations, votes and entries).
_VERBS = frozenset(
    CLAUSE_VERBS
    | set(_PARTICIPLES)
    | {"left", "entered", "died", "fled", "marched", "returned", "seized", "voted", "joined", "signed"}
    | {"stormed", "collapsed", "resigned", "surrendered", "killed", "assassinated", "murdered", "attacked"}
    | {"invaded", "annexed", "won", "lost", "met", "swept", "struck", "hit", "held", "crossed", "poured"}
    | {"rolled", "toppled", "ousted", "deposed", "captured", "liberated", "recaptured", "destroyed"}
)
_BE = frozenset(("was", "were"))
_SHORTEST = 2  # words of a clause: a verb alone ("fell") is no event's


def perfect_forms(keys: Iterable[str]) -> set[str]:
    """The past perfect of every key told as a clause ("britain left the eu" -> "britain had
    left the eu", "kakhovka dam was destroyed" -> "kakhovka dam had been destroyed")."""
    found = set()
    for key in keys:
        words = key.split(" ")
        if len(words) < _SHORTEST or "had" in words:
            continue
        for k, word in enumerate(words):
            if word in _BE and k + 1 < len(words) and k > 0:
                found.add(" ".join([*words[:k], "had", "been", *words[k + 1 :]]))
                break
            if word in _VERBS:
                participle = _PARTICIPLES.get(word, word)
                found.add(" ".join([*words[:k], "had", participle, *words[k + 1 :]]))
                break
    return found
