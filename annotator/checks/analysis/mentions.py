"""Find titled mentions of people and mentions of events, resolved against the knowledge base.

Matching runs on folded words through prefix tries built once per knowledge base. One walk,
left to right, over the few words that may start a title, a name or an event alias does all
three kinds; the matchers read the words around such a start only as they need them. The
words come from ``mention_image`` (mostly C-level work on a byte image of the text, for
texts whose word characters are Latin-1) or else from a full tokenization
(``mention_words``), with the same results, so an article costs little beyond its mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from annotator.checks.analysis.mention_image import ImagePatterns, ImageWords, text_image
from annotator.checks.analysis.mention_words import (
    END,
    EVENT,
    NAME,
    TITLE,
    TextTokens,
    Token,
    Tokens,
    TokenWords,
    Words,
    first_kinds,
    tight_gap,
    tokenize,
)
from annotator.checks.kb.model import Event, KnowledgeBase, Person, normalise

__all__ = ["EventMention", "MentionIndex", "Mentions", "PersonMention", "Token", "Tokens",
           "find_mentions", "mention_index", "tokenize"]

_SPLIT_RX = re.compile(r"([^\W_]+)")
_APPOSITIVE_GAP_RX = re.compile(r",\s+")
# A word and a gap that ties it to the word after (an abbreviation's full stop after one
# letter), ending where a search for it is made to end.
_TIED_BEFORE_RX = re.compile(r"(?:[^\W_][ \t\u00a0\-'’]{1,3}|(?<![^\W_])[^\W_]\.[ \t\u00a0]?)\Z")
MODIFIERS = {"former": "former", "ex": "former", "then": "then", "late": "late",
             "outgoing": "outgoing", "incoming": "incoming", "incumbent": "current",
             "sitting": "current", "current": "current"}
_ARTICLES = {"the", "a", "an"}
_NEEDS_QUALIFIER = {"chief", "head", "pm"}
_CAPITALS = frozenset(map(chr, [*range(0x41, 0x5B), *range(0xC0, 0xDF)]))  # [A-ZÀ-Þ]


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


@dataclass(slots=True)
class Mentions:
    tokens: Tokens
    people: list[PersonMention]
    events: list[EventMention]


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
            node[END] = payload
    return root


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
        self.tries = {"title": self.titles, "name": self.names, "event": self.events}
        self.first_kinds = first_kinds(self.tries)
        self._image_patterns: ImagePatterns | None = None

    @property
    def image_patterns(self) -> ImagePatterns:
        """The tries compiled for the image path, on first use."""
        if self._image_patterns is None:
            self._image_patterns = ImagePatterns(self.tries)
        return self._image_patterns


def mention_index(kb: KnowledgeBase) -> MentionIndex:
    return kb.cached("mention_index", lambda: MentionIndex(kb))


def find_mentions(text: str, kb: KnowledgeBase) -> Mentions:
    """Every titled person mention and every event mention in a text."""
    index = mention_index(kb)
    image = text_image(text)
    if image is None:
        tokens: Tokens = tokenize(text)
        words: Words = TokenWords(text, tokens, index.tries, index.first_kinds)
    else:
        tokens, words = TextTokens(text), ImageWords(image, index.image_patterns)
    people, events = _walk(text, words, index)
    return Mentions(tokens, people, events)


def _walk(text: str, words: Words, index: MentionIndex
          ) -> tuple[list[PersonMention], list[EventMention]]:
    """Events and people, left to right; a found mention's words start nothing else."""
    kb, longest = index.kb, words.longest
    events: list[EventMention] = []
    events_until = 0
    people: list[PersonMention] = []
    named_before: set[str] = set()
    used_until = resume = 0
    for start, kinds in words.starting():
        if kinds & EVENT and start >= events_until:
            hit = longest("event", start)
            if hit is not None:
                events_until = hit[0]
                events.append(EventMention(start, hit[0], text[start:hit[0]], hit[1]))
        if start < resume:
            continue
        if kinds & TITLE and start >= used_until:
            title_hit = words.title_before_word(start)
            if title_hit is not None and (name := _name_at(text, words, title_hit[2], index)):
                begin, orgs, modifier = _qualifiers_before(text, words, start, index)
                if title_hit[1] in _NEEDS_QUALIFIER and not orgs:
                    continue
                name_end, kind, ids = name
                resolved = _resolve(kb, kind, ids, named_before)
                if kind == "name":
                    named_before.update(ids)
                people.append(PersonMention(
                    begin, name_end, text[begin:name_end], title_hit[2], name_end, resolved,
                    title_hit[1], modifier, tuple(orgs)))
                used_until = resume = name_end
                continue
        if not kinds & NAME or start < used_until or text[start] not in _CAPITALS:
            continue
        name_hit = longest("name", start)
        if name_hit is None:
            continue
        name_end, (kind, ids) = name_hit
        if kind == "name":
            named_before.update(ids)
            if text.startswith(",", name_end):
                mention = _appositive(text, words, start, name_end, index,
                                      _resolve(kb, kind, ids, set()))
                if mention is not None:
                    people.append(mention)
                    used_until = mention.end
        resume = name_end
    return people, events


def _qualifiers_before(text: str, words: Words, start: int, index: MentionIndex
                       ) -> tuple[int, list[str], str | None]:
    """Walk left from the word before ``start`` over country words, articles and one
    modifier; returns where the mention begins."""
    if not _TIED_BEFORE_RX.search(text, max(0, start - 4), start):
        return start, [], None
    left: list[tuple[int, int]] = []  # the words before start, nearest first, as needed

    def word(m: int) -> tuple[int, int] | None:
        while len(left) <= m:
            found = words.before(left[-1][0] if left else start)
            if found is None:
                return None
            left.append(found)
        return left[m]

    organisations: list[str] = []
    modifier = None
    m = 0
    while (current := word(m)) is not None:
        if not tight_gap(text, *current, left[m - 1][0] if m else start):
            break
        matched = False
        for size in (3, 2, 1):
            if word(m + size - 1) is None:
                continue
            group = left[m + size - 1:m - 1 if m else None:-1]
            key = " ".join(words.norm(*w) for w in group)
            if key in index.qualifiers and all(
                    tight_gap(text, *a, b[0]) for a, b in zip(group, group[1:], strict=False)):
                organisations.append(index.qualifiers[key])
                m += size
                matched = True
                break
        if matched:
            continue
        norm = words.norm(*current)
        if norm in MODIFIERS and modifier is None:
            modifier = MODIFIERS[norm]
            m += 1
            continue
        if norm in _ARTICLES:
            m += 1
        break
    return (left[m - 1][0] if m else start), organisations, modifier


def _name_at(text: str, words: Words, start: int, index: MentionIndex
             ) -> tuple[int, str, frozenset[str]] | None:
    """A known name starting at a word (capitalised in the text), or a close spelling, as
    (its end, kind, person ids)."""
    if text[start] not in _CAPITALS:
        return None
    hit = words.longest("name", start)
    if hit is not None:
        kind, ids = hit[1]
        return hit[0], kind, ids
    run = [(start, words.word_end(start))]
    while len(run) < 3:  # up to three capitalised words in one phrase
        following = words.after(run[-1][1])
        if (following is None or text[following[0]] not in _CAPITALS
                or not tight_gap(text, *run[-1], following[0])):
            break
        run.append(following)
    for last in reversed(run):
        people = index.kb.find_people(text[start:last[1]])
        if people:
            return last[1], "name", frozenset(p.id for p in people)
    return None


def _resolve(kb: KnowledgeBase, kind: str, ids: frozenset[str], named_before: set[str]
             ) -> tuple[Person, ...]:
    """A surname stands for the fully named person mentioned earlier, when there is one."""
    if kind == "surname" and ids & named_before:
        ids = ids & named_before
    if len(ids) == 1:
        (only,) = ids
        return (kb.people[only],)
    return tuple(kb.people[i] for i in sorted(ids))


def _appositive(text: str, words: Words, start: int, name_end: int, index: MentionIndex,
                people: tuple[Person, ...]) -> PersonMention | None:
    """"Mark Rutte, the NATO secretary general" / "Donald Trump, the former president"."""
    right = [words.after(name_end)]  # the words after the name, as needed

    def word(m: int) -> tuple[int, int] | None:
        while len(right) <= m and right[-1] is not None:
            right.append(words.after(right[-1][1]))
        return right[m] if m < len(right) else None

    if right[0] is None or not _APPOSITIVE_GAP_RX.fullmatch(text, name_end, right[0][0]):
        return None
    k = 0
    has_marker = False
    if words.norm(*right[0]) in _ARTICLES:
        k += 1
        has_marker = True
    modifier = None
    orgs: list[str] = []
    while (current := word(k)) is not None:
        norm = words.norm(*current)
        if norm in MODIFIERS and modifier is None:
            modifier = MODIFIERS[norm]
        else:
            keys = [" ".join(words.norm(*w) for w in
                             _present(word(x) for x in range(k, k + size))) for size in (3, 2, 1)]
            qualifier = next((size for size, key in zip((3, 2, 1), keys, strict=True)
                              if key in index.qualifiers), None)
            if qualifier is None:
                break
            orgs.append(index.qualifiers[keys[3 - qualifier]])
            k += qualifier - 1
        k += 1
    current = word(k)
    title_hit = words.longest("title", current[0]) if current is not None else None
    if title_hit is None or not (has_marker or orgs or modifier):
        return None
    title_end, title = title_hit
    last_start = words.last_word_start(title_end)
    if title in _NEEDS_QUALIFIER and not orgs:
        return None
    following = words.after(title_end)
    if (following is not None and tight_gap(text, last_start, title_end, following[0])
            and text[following[0]] in _CAPITALS):
        return None
    return PersonMention(start, title_end, text[start:title_end], start, name_end, people,
                         title, modifier, tuple(orgs))


def _present(spans):
    """The leading spans that exist: a slice of words cut short by the end of the text."""
    for span in spans:
        if span is None:
            return
        yield span
