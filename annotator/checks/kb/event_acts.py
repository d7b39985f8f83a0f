"""An event told by what its actors did, in the clauses news names well-known events by.

News says "the army seized power in Niamey" for Niger's coups, "Sheikh Hasina fled" for her
ouster, "Prigozhin's men marched on Moscow" for the Wagner mutiny, "Charles III was crowned"
for his coronation. Each clause here is built from an alias and the event's own places and
country, and keeps every part that makes the alias name its events: a clause is never more
generic than the alias it comes from, but for a coup's: "the army seized power in Niger"
names every coup of Niger, so it is built (from any of their aliases, year aside) only for the
countries whose every successful coup the base lists, and names all of them; a date that fits
none is then wrong. Elsewhere the clause may be about a coup the base does not know.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from annotator.checks.kb.event_parts import CountryWords
from annotator.checks.kb.folding import normalise

_WORD_RX = re.compile(r"[^\W_]+")
# The countries whose every successful coup d'état events.csv lists (Wikipedia: List of coups
# and coup attempts by country): "seized power in Mali" names one of them, and a clause about
# another country's coup may be about one the base does not know.
COUPS_LISTED_IN_FULL = frozenset(
    ("Myanmar", "Niger", "Gabon", "Mali", "Guinea", "Sudan", "Burkina Faso", "Zimbabwe")
)
_MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december")
)
# The words a coup alias may hold beside its country: "Myanmar's military coup",
# "coup d'état in Niger"; an alias with any other word ("failed", a leader's name, a
# year) names fewer coups than the country's all.
_COUP_WORDS = frozenset(("the", "a", "coup", "military", "army", "d", "etat", "in", "s"))
# Who seizes power in a coup, after a country's adjective or possessive ("the Nigerien army",
# "Myanmar's generals").
_MILITARY = ("army", "military", "generals", "soldiers", "officers", "junta", "armed forces")
# Clauses of a coup with its country or capital after them; not "took power in", which is
# also said of an elected leader.
_SEIZED_IN = ("seized power in", "grabbed power in", "staged a coup in", "seized power in a coup in")
_SEIZED = ("seized power", "grabbed power", "staged a coup", "launched a coup", "seized power in a coup")

# Nouns of a leader's fall: "ouster of X", "X's overthrow".
_DOWNFALLS = frozenset(("ouster", "overthrow", "toppling", "removal"))
_FALL_PASSIVES = ("was ousted", "was toppled", "was deposed", "was overthrown")
_FALL_ACTIVES = ("ousted", "toppled", "deposed", "overthrew")
# The last words of the clauses above that tell one act done once, at one place: the date that
# ends the place or the agent after them is the act's ("was crowned at Westminster Abbey in
# May 2023", "fled to India in August 2024", "was toppled by protests in 2024", "died at
# his home in Plains in December 2024").
DONE_ONCE_VERBS = ("crowned", "toppled", "deposed", "overthrown", "ousted", "fled", "died", "passed away")
# A killing told in the active, its killer first: "the strike that killed Qasem Soleimani".
_KILLINGS = {"killing": ("killed",), "assassination": ("assassinated", "killed")}
# The words a person's name in an alias never holds.
_NOT_IN_NAME = frozenset(("in", "at", "on", "of", "and", "the", "to", "from", "by", "a"))
_SHORTEST_NAME = 2

# A mutiny told by its march on the country's capital: "Prigozhin's men marched on Moscow".
_MUTINIES = frozenset(("mutiny", "rebellion", "uprising", "revolt"))
_MARCHED = ("marched on", "marched toward", "marched towards", "advanced on")
_FOLLOWERS = ("men", "fighters", "mercenaries", "forces", "troops")
# A return to power told by its verb: "the Taliban swept back into power".
_RETURNED = ("returned to power", "swept back into power", "swept back to power", "came back to power")


def act_variants(alias: str, countries: CountryWords, places: Collection[str] = ()) -> set[str]:
    """The clauses of an alias's act told by its actors (folded keys, as the index reads)."""
    words = normalise(alias).split()
    if not words or "(" in alias:
        return set()
    found = _seizures(words, countries, places)
    if any(any(ch.isdigit() for ch in w) for w in words):
        return found  # a year or a number stays where the alias has it
    # a name's clauses also as written, accents kept: the text is matched as it is spelled
    for spelled in {tuple(words), tuple(_WORD_RX.findall(alias.lower()))}:
        found |= _done_to_a_person(list(spelled), places)
        found |= _marches(list(spelled), countries, places)
        found |= _returns(list(spelled), places)
    return found | _votes_to_leave(words, countries, places)


def _seizures(words: list[str], countries: CountryWords, places: Collection[str]) -> set[str]:
    """ "seized power in niamey", "the nigerien army seized power" for "2023 coup in Niger"."""
    if "coup" not in words:
        return set()
    rest = [w for w in words if w not in _COUP_WORDS and w not in _MONTHS and not w.isdigit()]
    organisation = countries.country_of(rest)
    if organisation is None or organisation not in COUPS_LISTED_IN_FULL:
        return set()
    sites = {*countries.names[organisation], *capitals(countries, organisation), *places}
    sites = {site for site in sites if not _begins_another(site, organisation, countries)}
    found = {f"{verb} {site}" for verb in _SEIZED_IN for site in sites}
    doers = {
        f"{adjective} {unit}"
        for adjective in countries.adjectives[organisation]
        if not _ends_another(adjective, organisation, countries)
        for unit in _MILITARY
    }
    doers |= {f"{name} s {unit}" for name in countries.names[organisation] for unit in _MILITARY}
    return found | {f"{doer} {verb}" for doer in doers for verb in _SEIZED}


def capitals(countries: CountryWords, organisation: str) -> set[str]:
    """A country's capital as its qualifiers give it ("Niamey's" -> "niamey"): a possessive
    that is neither the country's name nor its adjective."""
    own = {*countries.names[organisation], *countries.adjectives[organisation]}
    return {
        word[:-2]
        for word, owner in countries.owner.items()
        if owner == organisation and word.endswith(" s") and word[:-2] not in own
    }


def _begins_another(site: str, organisation: str, countries: CountryWords) -> bool:
    """Whether a place's name begins another country's ("Guinea" in "Guinea-Bissau"), so a
    clause ending on it would be read inside the other's."""
    return any(
        word.startswith(f"{site} ") and owner != organisation for word, owner in countries.owner.items()
    )


def _ends_another(adjective: str, organisation: str, countries: CountryWords) -> bool:
    """Whether an adjective ends another country's ("Guinean" in "Bissau-Guinean")."""
    return any(
        word.endswith(f" {adjective}") and owner != organisation for word, owner in countries.owner.items()
    )


def _patient(words: list[str], nouns: Collection[str]) -> tuple[str, list[str]] | None:
    """(noun, person) of "ouster of X" or "X s ouster", the whole alias; None otherwise."""
    body = words[1:] if words[0] == "the" else words
    if len(body) > 2 and body[0] in nouns and body[1] == "of":
        noun, name = body[0], body[2:]
    elif len(body) > 2 and body[-1] in nouns and body[-2] == "s":
        noun, name = body[-1], body[:-2]
    else:
        return None
    if name[:1] == ["the"] or _NOT_IN_NAME.intersection(name) or "s" in name:
        return None
    return noun, name


def _names_one(name: list[str], places: Collection[str]) -> bool:
    return len(name) >= _SHORTEST_NAME or " ".join(name) in places


def _done_to_a_person(words: list[str], places: Collection[str]) -> set[str]:
    """ "sheikh hasina was toppled" for "ouster of Sheikh Hasina", "sheikh hasina fled" for
    "Sheikh Hasina's flight", "charles iii was crowned" for "coronation of Charles III",
    "killed ismail haniyeh" for "killing of Ismail Haniyeh"."""
    nouns = (*_DOWNFALLS, "flight", "coronation", *_KILLINGS)
    read = _patient(words, nouns)
    if read is None or not _names_one(read[1], places):
        return set()
    noun, name = read[0], " ".join(read[1])
    if noun in _DOWNFALLS:
        return {f"{name} {verb}" for verb in _FALL_PASSIVES} | {f"{verb} {name}" for verb in _FALL_ACTIVES}
    if noun == "flight":  # a leader's flight as the base gives it: one flight, from power
        return {f"{name} fled"}
    if noun == "coronation":
        return {f"{name} was crowned"}
    return {f"{verb} {name}" for verb in _KILLINGS[noun]} if len(read[1]) >= _SHORTEST_NAME else set()


def _marches(words: list[str], countries: CountryWords, places: Collection[str]) -> set[str]:
    """ "prigozhin s men marched on moscow" for "Prigozhin's mutiny" in Russia: a mutiny's
    leaders marching on the capital of the country it broke out in."""
    body = words[1:] if words[0] == "the" else words
    if len(body) < 2 or body[-1] not in _MUTINIES:
        return set()
    leader = body[:-2] if body[-2] == "s" else body[:-1]
    if not leader or _NOT_IN_NAME.intersection(leader) or "s" in leader:
        return set()
    organisations = {countries.country_of(place.split()) for place in places} - {None}
    targets = {
        capital
        for organisation in organisations
        if organisation
        for capital in capitals(countries, organisation)
    }
    agent = " ".join(leader)
    doers = {
        agent,
        *(f"{agent} s {unit}" for unit in _FOLLOWERS),
        *(f"{agent} {unit}" for unit in _FOLLOWERS),
    }
    return {f"{doer} {verb} {target}" for doer in doers for verb in _MARCHED for target in targets}


def _returns(words: list[str], places: Collection[str]) -> set[str]:
    """ "taliban swept back into power", "taliban swept back into kabul" for "Taliban's
    return to power": a return to power is one, as a first seizure of it is not."""
    body = words[1:] if words[0] == "the" else words
    try:
        k = body.index("return")
    except ValueError:
        return set()
    if body[k + 1 :] not in (["to", "power"], ["to", "power", "in", *body[k + 4 :]]) or k == 0:
        return set()
    agent = body[: k - 1] if body[k - 1] == "s" else body[:k]
    if not agent or _NOT_IN_NAME.intersection(agent):
        return set()
    who = " ".join(agent)
    return {f"{who} {verb}" for verb in _RETURNED} | {f"{who} swept back into {place}" for place in places}


def _votes_to_leave(words: list[str], countries: CountryWords, places: Collection[str]) -> set[str]:
    """ "britain voted to leave the eu" for "referendum on leaving the EU" held in the United
    Kingdom: a country leaves a union once; "voted to remain" is said of earlier votes too."""
    body = words[1:] if words[0] == "the" else words
    if body[:3] != ["referendum", "on", "leaving"] or len(body) < 4:
        return set()
    union = " ".join(body[3:])
    found: set[str] = set()
    for place in places:
        organisation = countries.country_of(place.split())
        if organisation is None:
            continue
        found |= {f"{name} voted to leave {union}" for name in countries.names[organisation]}
        found |= {
            f"{adjective} voters voted to leave {union}" for adjective in countries.adjectives[organisation]
        }
    return found
