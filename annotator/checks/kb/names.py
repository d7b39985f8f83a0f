"""The phrases that name a person in text: full names, aliases and usable surnames.

With tens of thousands of people many share a surname, so a surname names someone only
when it is safe to read it alone: it is nobody's first name ("President Thomas" must not
find Clarence Thomas through another Thomas), it is not a regnal number or a suffix, and
for countries that write the family name first (China, Korea, Taiwan) it is the first word.
Whether a surname points to one holder of a title is decided later, by the rule.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from annotator.checks.kb.folding import fold, normalise

NAME, SURNAME = "name", "surname"
FAMILY_NAME_FIRST = frozenset({"China", "Taiwan", "North Korea", "South Korea", "Hong Kong"})
# Thai, Ethiopian and Eritrean usage names a person by the given name, which comes first:
# "Prime Minister Srettha", "Prime Minister Abiy".
GIVEN_NAME_USED = frozenset({"Thailand", "Ethiopia", "Eritrea"})
# The Arabic article as English spells it before a name: "el-Sisi" and "al-Sisi".
_ARTICLE_RX = re.compile(r"\b([AaEe])l-")
_SUFFIXES = frozenset({"jr", "sr", "junior", "senior"})
_ROMAN_RX = re.compile(r"[ivxlc]+")
_SPLIT_RX = re.compile(r"[^\W_]+")
# German and Hungarian umlauts as English text often transliterates them ("Goencz").
_NON_ASCII_RX = re.compile(r"[^\x00-\x7f]")
_LOST_AT_EDGE_RX = re.compile(r"(?:^|[\s'’-])[^\x00-\x7f]|[^\x00-\x7f](?:$|[\s'’-])")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def spellings(alias: str) -> set[str]:
    """Lookup keys of a name: folded, as the text's lower-cased words (accents kept), with
    umlauts transliterated, and with its accented letters lost inside words."""
    keys = {normalise(alias), " ".join(w.lower() for w in _SPLIT_RX.findall(alias))}
    if _ARTICLE_RX.search(alias):
        keys |= {normalise(_ARTICLE_RX.sub(article, alias)) for article in ("al-", "el-")}
    if alias != (translit := alias.translate(_UMLAUTS)):
        keys.add(normalise(translit))
    if not alias.isascii() and not _LOST_AT_EDGE_RX.search(alias):
        # Pages that lost their accented letters: "Pe a Nieto" for "Peña Nieto".
        keys.add(normalise(_NON_ASCII_RX.sub(" ", alias)))
    return keys - {""}


# Titles of those who lead a country or a world body, whom news also names by the last two
# words of a longer name ("Tayyip Erdogan", "Lopez Obrador"); for everyone else that form
# would only crowd the names looked up.
_LEADING_TITLE_RX = re.compile(
    r"\b(?:President|Prime Minister|Chancellor|Premier|Taoiseach|First Minister|Secretary[- ]General"
    r"|King|Queen|Emir|Pope)\b",
    re.IGNORECASE,
)


def leads(titles: Iterable[str], offices: Iterable[str]) -> bool:
    """Whether a person's titles and offices show a leader of a country or a world body."""
    return any(_LEADING_TITLE_RX.search(t) for t in titles) and not all(
        o.startswith(("Vice", "Deputy")) for o in offices
    )


def short_forms(name: str, organisations: Iterable[str] = (), leader: bool = False) -> set[str]:
    """A longer name as news shortens it to its first and last words ("Recep Erdogan",
    "Hafez Assad"), and a leader's to the last two ("Tayyip Erdogan"): only where the last
    word is a surname, never a regnal number or suffix, and never for names written family
    name first."""
    words = _SPLIT_RX.findall(name)
    if len(words) < 3 or FAMILY_NAME_FIRST.intersection(organisations):
        return set()
    last = words[-1].lower()
    if fold(last) in _SUFFIXES or _ROMAN_RX.fullmatch(last) or len(words[0]) < 2:
        return set()
    forms = spellings(f"{words[0]} {words[-1]}")
    if leader and words[-2][0].isupper() and len(words[-2]) > 1:
        # "Tayyip Erdogan", "Lopez Obrador", "Gahr Store": a first given name left out
        forms |= spellings(f"{words[-2]} {words[-1]}")
    return forms


def surname_of(name: str, organisations: Iterable[str] = ()) -> set[str]:
    """The word a bare mention would use (folded and as written), or nothing when the name
    has none to offer."""
    words = [w.lower() for w in _SPLIT_RX.findall(name) if fold(w) not in _SUFFIXES]
    while words and _ROMAN_RX.fullmatch(words[-1]):
        words.pop()
    if len(words) < 2:
        return set()
    first = FAMILY_NAME_FIRST.intersection(organisations) or GIVEN_NAME_USED.intersection(organisations)
    word = words[0] if first else words[-1]
    # "Chancellor Schroeder" for Schröder: the transliterated umlaut, as spellings() keeps.
    return {word, fold(word), fold(word.translate(_UMLAUTS))}


@dataclass(frozen=True, slots=True)
class PersonNames:
    """What naming a person needs: id, display name, aliases, countries served."""

    id: str
    name: str
    aliases: tuple[str, ...]
    organisations: tuple[str, ...]
    leader: bool = False  # led a country or a world body (see ``leads``)


def name_table(people: Iterable[PersonNames]) -> dict[str, tuple[str, frozenset[str]]]:
    """Phrase (words joined by one space) -> (NAME or SURNAME, person ids); a full name
    wins over a short form or a surname spelled the same."""
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    first_names: set[str] = set()
    for person in people:
        for alias in (person.name, *person.aliases):
            for key in spellings(alias):
                full.setdefault(key, set()).add(person.id)
        for key in short_forms(person.name, person.organisations, person.leader):
            short.setdefault(key, set()).add(person.id)
        family_first = bool((FAMILY_NAME_FIRST | GIVEN_NAME_USED).intersection(person.organisations))
        words = [w.lower() for w in _SPLIT_RX.findall(person.name)]
        if len(words) > 1 and not family_first:
            first_names.update((words[0], fold(words[0])))
        for surname in surname_of(person.name, person.organisations):
            surnames.setdefault(surname, set()).add(person.id)
    table = {key: (SURNAME, frozenset(ids)) for key, ids in surnames.items() if key not in first_names}
    table.update((key, (NAME, frozenset(ids))) for key, ids in short.items() if key not in full)
    table.update((key, (NAME, frozenset(ids))) for key, ids in full.items())
    return table


def proper_prefixes(phrases: Collection[str]) -> set[str]:
    """Every phrase's proper prefixes of whole words ("george walker" of "george walker
    bush"), one word shorter at each round: set-wide C-level work rather than a Python loop
    over tens of thousands of names."""
    found: set[str] = set()
    level = {phrase[:cut] for phrase in phrases if (cut := phrase.rfind(" ")) > 0}
    while level:
        found |= level
        level = {prefix[:cut] for prefix in level if (cut := prefix.rfind(" ")) > 0}
    return found
