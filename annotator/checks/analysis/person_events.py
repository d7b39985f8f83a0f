"""Events named through the person they belong to: "his inauguration", "the election" Trump won.

News names a person once and then speaks of "his inauguration" or "her election" in the same
sentence ("Two months after his inauguration, Trump joked ..."). The pronoun is read as the
nearest name before it in its sentence, or the first after it; when the knowledge base knows
that person's own inauguration or election ("Trump's inauguration"), the phrase names that
event. Any other name there ("Trump congratulated Macron on his election") names nothing:
silence rather than a guess.

"The election" is read the same way only when its sentence says who won it ("Trump did win
last year, but it's three years after the election"): then it is that person's election.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.literal_search import word_positions
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.kb.model import KnowledgeBase

# Looked up as plain words first (most texts have none), then what comes before them.
_NOUNS = ("election", "inauguration", "swearing-in")
_PRONOUN_BEFORE_RX = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:(?:first|second|upcoming|coming|recent)\s+)?(?:re-)?\Z"
)
_THE_BEFORE_RX = re.compile(r"\b[Tt]he\s+\Z")
# "the election" alone: not "the election of X", "the election in Georgia".
_QUALIFIED_AFTER_RX = re.compile(r"\s+(?:of|in|for|to)\b|['’-]")
# Who won: "Trump did win", "Trump won", "Trump's victory", "Trump s win".
_WIN_RX = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z]+)(?:\s+(?:did\s+|narrowly\s+|easily\s+)?(?:win|won|wins)\b"
    r"|(?:['’]s|\s+s)\s+(?:election\s+)?(?:victory|win)\b)"
)
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


def with_person_events(
    text: str, events: list[EventMention], text_layout: TextLayout, kb: KnowledgeBase
) -> list[EventMention]:
    """The event mentions plus each phrase that names an event through a person, outside
    the spans the other mentions take, in text order."""
    taken = [(m.start, m.end) for m in events]
    found = []
    aliases: dict[str, list[Event]] | None = None
    for noun, at in word_positions(text, _NOUNS):
        end = at + len(noun)
        if end < len(text) and (text[end].isalnum() or text[end] == "-") or at and text[at - 1].isalnum():
            continue  # part of a longer word
        pronoun = _PRONOUN_BEFORE_RX.search(text, max(0, at - 30), at)
        the = None if pronoun or noun != "election" else _THE_BEFORE_RX.search(text, max(0, at - 6), at)
        hit = pronoun or (None if the is None or _QUALIFIED_AFTER_RX.match(text, end) else the)
        if hit is None:
            continue
        start = hit.start()
        if any(s < end and start < e for s, e in taken):
            continue
        aliases = aliases if aliases is not None else kb.event_alias_keys()
        sentence = text_layout.sentence_bounds(start)
        named = (
            _sentence_events(text, (start, end), sentence, noun, aliases, kb)
            if pronoun
            else _winner_election(text, sentence, aliases)
        )
        if named:
            found.append(EventMention(start, end, text[start:end], named))
    return sorted(events + found, key=lambda m: m.start) if found else events


def _winner_election(
    text: str, sentence: tuple[int, int], aliases: dict[str, list[Event]]
) -> tuple[Event, ...]:
    """The election of the one person its sentence says won ("Trump did win", "Trump's
    victory"), when the knowledge base knows that person's elections."""
    winners = {
        key
        for win in _WIN_RX.finditer(text, *sentence)
        if (key := normalise(f"{win['name']}'s election")) in aliases
    }
    if len(winners) != 1:
        return ()
    return tuple(aliases[winners.pop()])


def _sentence_events(
    text: str,
    phrase: tuple[int, int],
    sentence: tuple[int, int],
    noun: str,
    aliases: dict[str, list[Event]],
    kb: KnowledgeBase,
) -> tuple[Event, ...]:
    """The events of the person the pronoun refers to: the nearest name before it in its
    sentence ("Trump called Macron on his election" is Macron's), or the first one after it
    when it comes first ("After his inauguration, Trump ..."). A second known person in the
    sentence ("Trump thanked Obama at his inauguration") leaves the pronoun unresolved."""
    before = [
        m.group() for m in _NAME_RX.finditer(text, sentence[0], phrase[0]) if m.group() not in _NOT_NAMES
    ]
    later = [
        m.group() for m in _NAME_RX.finditer(text, phrase[1], sentence[1]) if m.group() not in _NOT_NAMES
    ]
    # the nearest word that names someone the base knows ("Trump spoke in Brussels weeks
    # before his inauguration" is Trump's), else the nearest capitalised word
    table = kb.name_table()
    known_before = [w for w in before if normalise(w) in table]
    known_later = [w for w in later if normalise(w) in table]
    candidates = (known_before[-1:] or known_later[:1]) or (before[-1:] or later[:1])
    if not candidates:
        return ()
    name = candidates[0]
    events = tuple(aliases.get(normalise(f"{name}'s {_ALIAS_NOUN.get(noun, noun)}"), ()))
    people = {normalise(word) for word in (*before, *later) if normalise(word) in table}
    return events if people <= {normalise(name)} else ()
