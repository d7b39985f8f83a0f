"""Find titled mentions of people and mentions of events, resolved against the knowledge base.

Matching runs on folded word tokens through prefix tries built once per knowledge base,
so a long article costs one pass per kind of mention, whatever the number of aliases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count
from typing import Any, NamedTuple

from annotator.temporal.kb import Event, KnowledgeBase, Person, normalise

_SPLIT_RX = re.compile(r"([^\W_]+)")
_TIGHT_GAP_RX = re.compile(r"[ \t\u00a0\-'’]{1,3}")
_ABBREVIATION_GAP_RX = re.compile(r"\.[ \t\u00a0]?")
_END = "\0"
MODIFIERS = {"former": "former", "ex": "former", "then": "then", "late": "late",
             "outgoing": "outgoing", "incoming": "incoming", "incumbent": "current",
             "sitting": "current", "current": "current"}
_ARTICLES = {"the", "a", "an"}
_NEEDS_QUALIFIER = {"chief", "head", "pm"}
_CAPITAL_RX = re.compile(r"[A-ZÀ-Þ]")


class Token(NamedTuple):
    """One word of the text, folded for lookups, with its character span."""

    norm: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonMention:
    """"former US President Donald Trump": the whole span, the name's span and the title."""

    start: int
    end: int
    text: str
    name_start: int
    name_end: int
    people: tuple[Person, ...]
    title: str | None
    modifier: str | None
    organisations: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.text[self.name_start - self.start:self.name_end - self.start]


@dataclass(frozen=True, slots=True)
class EventMention:
    """A phrase naming a known event; several events when the alias is shared."""

    start: int
    end: int
    text: str
    events: tuple[Event, ...]


class Tokens(Sequence[Token]):
    """The words of a text as three parallel lists; a Token is built only when asked for,
    since the matchers look at few words beyond their folded form."""

    __slots__ = ("norms", "starts", "ends")

    def __init__(self, norms: list[str], starts: list[int], ends: list[int]):
        self.norms, self.starts, self.ends = norms, starts, ends

    def __len__(self) -> int:
        return len(self.norms)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return list(map(Token, self.norms[index], self.starts[index], self.ends[index]))
        return Token(self.norms[index], self.starts[index], self.ends[index])


@dataclass(slots=True)
class Mentions:
    tokens: Tokens
    people: list[PersonMention]
    events: list[EventMention]


def tokenize(text: str) -> Tokens:
    """Words of the text, lower-cased, with their spans; built by C-level splitting."""
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    parts = _SPLIT_RX.split(lowered if same_length else text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2] if same_length else [w.lower() for w in parts[1::2]]
    return Tokens(words, offsets[0::2], offsets[1::2])


def _build_trie(entries: dict[str, Any], originals: dict[str, list[str]] | None = None) -> dict:
    """Token trie of normalised keys, plus the accented spellings the keys came from."""
    root: dict = {}
    for key, payload in entries.items():
        variants = {key}
        for original in (originals or {}).get(key, ()):
            variants.add(" ".join(_SPLIT_RX.findall(original.lower())))
        for variant in variants:
            node = root
            for part in variant.split():
                node = node.setdefault(part, {})
            node[_END] = payload
    return root


def _tight(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens belong to one phrase (no punctuation or line break between)."""
    return _tight_gap(text, left.start, left.end, right.start)


def _tight_gap(text: str, left_start: int, left_end: int, right_start: int) -> bool:
    gap = text[left_end:right_start]
    if _TIGHT_GAP_RX.fullmatch(gap):
        return True
    return left_end - left_start == 1 and bool(_ABBREVIATION_GAP_RX.fullmatch(gap))


def _longest(text: str, tokens: Tokens, i: int, trie: dict) -> tuple[int, Any] | None:
    """Longest phrase from the trie starting at token i, as (index after it, payload)."""
    norms, starts, ends = tokens.norms, tokens.starts, tokens.ends
    node = trie.get(norms[i])
    if node is None:
        return None
    best = None
    j = i
    count = len(norms)
    while node is not None:
        j += 1
        if _END in node:
            best = (j, node[_END])
        if j >= count:
            break
        node = node.get(norms[j])  # the next word first: most phrases end here, gap unseen
        if node is not None and not _tight_gap(text, starts[j - 1], ends[j - 1], starts[j]):
            break
    return best


class MentionIndex:
    """Tries over a knowledge base's names, titles, country words and event aliases."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        names: dict[str, tuple[str, frozenset[str]]] = {
            key: ("surname", frozenset(ids)) for key, ids in kb.surname_keys().items()}
        names.update({key: ("name", frozenset(ids)) for key, ids in kb.name_keys().items()})
        spellings: dict[str, list[str]] = {}
        for person in kb.people.values():
            for alias in person.aliases:
                spellings.setdefault(normalise(alias), []).append(alias)
            spellings.setdefault(person.surname, []).append(person.name.split()[-1])
        self.names = _build_trie(names, spellings)
        titles = {title for term in kb.terms for title in term.titles}
        self.titles = _build_trie({t: t for t in titles})
        self.qualifiers = kb.qualifiers
        self.events = _build_trie({k: tuple(v) for k, v in kb.event_alias_keys().items()})
        # Words that may start a titled or named mention: one set lookup per word of a text.
        self.person_words = frozenset(self.titles) | frozenset(self.names)


def mention_index(kb: KnowledgeBase) -> MentionIndex:
    return kb.cached("mention_index", lambda: MentionIndex(kb))


def find_mentions(text: str, kb: KnowledgeBase) -> Mentions:
    """Every titled person mention and every event mention in a text."""
    index = mention_index(kb)
    tokens = tokenize(text)
    events = _find_events(text, tokens, index)
    people = _find_people(text, tokens, index)
    return Mentions(tokens, people, events)


def _find_events(text: str, tokens: Tokens, index: MentionIndex) -> list[EventMention]:
    found: list[EventMention] = []
    trie = index.events
    starts = list(compress(count(), map(trie.__contains__, tokens.norms)))
    i = 0
    for k in starts:
        if k < i:
            continue
        i = k
        hit = _longest(text, tokens, i, index.events)
        if hit is None:
            continue
        j, events = hit
        start, end = tokens[i].start, tokens[j - 1].end
        found.append(EventMention(start, end, text[start:end], events))
        i = j
    return found


def _qualifiers_before(text: str, tokens: Tokens, k: int, index: MentionIndex
                       ) -> tuple[int, list[str], str | None]:
    """Walk left from token k over country words, articles and one modifier."""
    organisations: list[str] = []
    modifier = None
    while k >= 0:
        if not _tight(text, tokens[k], tokens[k + 1]):
            break
        matched = False
        for size in (3, 2, 1):
            if k - size + 1 < 0:
                continue
            key = " ".join(t.norm for t in tokens[k - size + 1:k + 1])
            if key in index.qualifiers and all(
                    _tight(text, tokens[m], tokens[m + 1]) for m in range(k - size + 1, k)):
                organisations.append(index.qualifiers[key])
                k -= size
                matched = True
                break
        if matched:
            continue
        norm = tokens[k].norm
        if norm in MODIFIERS and modifier is None:
            modifier = MODIFIERS[norm]
            k -= 1
            continue
        if norm in _ARTICLES:
            k -= 1
        break
    return k + 1, organisations, modifier


def _name_at(text: str, tokens: Tokens, i: int, index: MentionIndex, fuzzy: bool = True
             ) -> tuple[int, str, frozenset[str]] | None:
    """A known name starting at token i (capitalised in the text), or a close spelling."""
    if i >= len(tokens) or not _CAPITAL_RX.match(text, tokens[i].start):
        return None
    hit = _longest(text, tokens, i, index.names)
    if hit:
        j, (kind, ids) = hit
        return j, kind, ids
    if not fuzzy:
        return None
    j = i
    while (j < len(tokens) and j - i < 3 and _CAPITAL_RX.match(text, tokens[j].start)
           and (j == i or _tight(text, tokens[j - 1], tokens[j]))):
        j += 1
    for stop in range(j, i, -1):
        phrase = text[tokens[i].start:tokens[stop - 1].end]
        people = index.kb.find_people(phrase)
        if people:
            return stop, "name", frozenset(p.id for p in people)
    return None


def _find_people(text: str, tokens: Tokens, index: MentionIndex) -> list[PersonMention]:
    kb = index.kb
    found: list[PersonMention] = []
    named_before: set[str] = set()
    used_until = 0
    candidates = list(compress(count(), map(index.person_words.__contains__, tokens.norms)))
    i = 0
    for k in candidates:
        if k < i:
            continue
        i = k
        title_hit = _longest(text, tokens, i, index.titles)
        if title_hit and tokens[i].start >= used_until:
            j, title = title_hit
            if j < len(tokens) and _tight(text, tokens[j - 1], tokens[j]):
                name = _name_at(text, tokens, j, index)
                if name is not None:
                    begin, orgs, modifier = _qualifiers_before(text, tokens, i - 1, index)
                    if title in _NEEDS_QUALIFIER and not orgs:
                        continue
                    stop, kind, ids = name
                    people = _resolve(kb, kind, ids, named_before)
                    if kind == "name":
                        named_before.update(ids)
                    start, end = tokens[begin].start, tokens[stop - 1].end
                    found.append(PersonMention(
                        start, end, text[start:end], tokens[j].start, tokens[stop - 1].end,
                        people, title, modifier, tuple(orgs)))
                    used_until = end
                    i = stop
                    continue
        name = (_name_at(text, tokens, i, index, fuzzy=False)
                if tokens[i].start >= used_until else None)
        if name is None:
            continue
        stop, kind, ids = name
        if kind == "name":
            named_before.update(ids)
            mention = _appositive(text, tokens, i, stop, index, _resolve(kb, kind, ids, set()))
            if mention is not None:
                found.append(mention)
                used_until = mention.end
        i = stop
    return found


def _resolve(kb: KnowledgeBase, kind: str, ids: frozenset[str], named_before: set[str]
             ) -> tuple[Person, ...]:
    """A surname stands for the fully named person mentioned earlier, when there is one."""
    if kind == "surname" and ids & named_before:
        ids = ids & named_before
    return tuple(kb.people[i] for i in sorted(ids))


def _appositive(text: str, tokens: Tokens, i: int, stop: int, index: MentionIndex,
                people: tuple[Person, ...]) -> PersonMention | None:
    """"Mark Rutte, the NATO secretary general" / "Donald Trump, the former president"."""
    if stop >= len(tokens) or not re.fullmatch(r",\s+", text[tokens[stop - 1].end:
                                                                tokens[stop].start]):
        return None
    k = stop
    has_marker = False
    if tokens[k].norm in _ARTICLES:
        k += 1
        has_marker = True
    modifier = None
    orgs: list[str] = []
    while k < len(tokens):
        norm = tokens[k].norm
        if norm in MODIFIERS and modifier is None:
            modifier = MODIFIERS[norm]
        else:
            qualifier = next((size for size in (3, 2, 1)
                              if " ".join(t.norm for t in tokens[k:k + size]) in index.qualifiers),
                             None)
            if qualifier is None:
                break
            orgs.append(index.qualifiers[" ".join(t.norm for t in tokens[k:k + qualifier])])
            k += qualifier - 1
        k += 1
    title_hit = _longest(text, tokens, k, index.titles) if k < len(tokens) else None
    if title_hit is None or not (has_marker or orgs or modifier):
        return None
    j, title = title_hit
    if title in _NEEDS_QUALIFIER and not orgs:
        return None
    if j < len(tokens) and _tight(text, tokens[j - 1], tokens[j]) and _CAPITAL_RX.match(
            text, tokens[j].start):
        return None
    start, end = tokens[i].start, tokens[j - 1].end
    return PersonMention(start, end, text[start:end], tokens[i].start, tokens[stop - 1].end,
                         people, title, modifier, tuple(orgs))

