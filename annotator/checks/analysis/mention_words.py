"""The words of a text as the mention matchers read them, and the token path that reads them.

The matchers ask a ``Words`` object for the words that may start a phrase, for the longest
phrase of a trie at a word, and for the words around a place; offsets are character
offsets in the text. ``TokenWords`` answers from a full tokenization of the text, which is
exact for any text; ``mention_image.ImageWords`` answers the same questions faster for texts
whose word characters are all Latin-1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, count
from typing import Any, NamedTuple

from annotator.checks.kb.event_aliases import ABBREVIATED_MONTHS
from annotator.checks.kb.names import proper_prefixes
from annotator.checks.kb.store import SEPARATOR

_SPLIT_RX = re.compile(r"([^\W_]+)")
_TIGHT_GAP_RX = re.compile(r"[ \t\u00a0\-'’]{1,3}")
_ABBREVIATION_GAP_RX = re.compile(r"\.[ \t\u00a0]?")
END = "\0"  # the key under which a trie node keeps the payload of a phrase ending there
EVENT, TITLE, NAME = 1, 2, 4  # kinds of phrase a word may start, as flags
KINDS = {"event": EVENT, "title": TITLE, "name": NAME}  # the tries by their kind


class Token(NamedTuple):
    """One word of the text, folded for lookups, with its character span."""

    norm: str
    start: int
    end: int


class Tokens(Sequence[Token]):
    """The words of a text as three parallel lists; a Token is built only when asked for,
    since the matchers look at few words beyond their folded form."""

    __slots__ = ("norms", "starts", "ends")

    def __init__(self, norms: list[str], starts: list[int], ends: list[int]):
        self.norms, self.starts, self.ends = norms, starts, ends

    def __len__(self) -> int:
        return len(self.norms)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(map(Token, self.norms[index], self.starts[index], self.ends[index]))
        return Token(self.norms[index], self.starts[index], self.ends[index])


class TextTokens(Tokens):
    """The tokens of a text, computed on first use: the image path never needs them all."""

    __slots__ = ("_text",)

    def __init__(self, text: str):
        self._text = text

    def __getattr__(self, name: str):
        if name not in Tokens.__slots__:
            raise AttributeError(name)
        full = tokenize(self._text)
        self.norms, self.starts, self.ends = full.norms, full.starts, full.ends
        return getattr(self, name)


def tokenize(text: str) -> Tokens:
    """Words of the text, lower-cased, with their spans; built by C-level splitting."""
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    parts = _SPLIT_RX.split(lowered if same_length else text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2] if same_length else [w.lower() for w in parts[1::2]]
    return Tokens(words, offsets[0::2], offsets[1::2])


def tight_gap(text: str, left_start: int, left_end: int, right_start: int) -> bool:
    """Whether two words belong to one phrase (no punctuation or line break between)."""
    if right_start == left_end + 1 and text[left_end] == " ":
        return True
    gap = text[left_end:right_start]
    if _TIGHT_GAP_RX.fullmatch(gap):
        return True
    return bool(_ABBREVIATION_GAP_RX.fullmatch(gap)) and (
        left_end - left_start == 1 or text[left_start:left_end].lower() in ABBREVIATED_MONTHS
    )


class PhraseTable:
    """Phrases (words joined by one space) with their payloads, plus the set of their proper
    prefixes, in place of a trie: with tens of thousands of names a trie, and the regex
    compiled from it, cost seconds to build; walking word by word while the words so far
    are a prefix costs the same as walking a trie."""

    __slots__ = ("phrases", "prefixes", "_firsts")

    def __init__(self, phrases: dict[str, Any], prefixes: set[str] | None = None):
        self.phrases = phrases
        self.prefixes = proper_prefixes(phrases) if prefixes is None else prefixes
        self._firsts: tuple[set[str], dict[str, set[str]]] | None = None

    @property
    def whole(self) -> set[str]:
        """The phrases of one word that count alone."""
        return self._first_words()[0]

    @property
    def seconds(self) -> dict[str, set[str]]:
        """First word -> the second words of its phrases."""
        return self._first_words()[1]

    def _first_words(self) -> tuple[set[str], dict[str, set[str]]]:
        # Only the event table's are read (names are looked up after titles, never from
        # their first word), so they are worked out on first use.
        if self._firsts is None:
            whole: set[str] = set()
            seconds: dict[str, set[str]] = {}
            for phrase, payload in self.phrases.items():
                first, gap, rest = phrase.partition(" ")
                if gap:
                    seconds.setdefault(first, set()).add(rest.partition(" ")[0])
                elif self.counts_alone(payload):
                    whole.add(first)
            self._firsts = (whole, seconds)
        return self._firsts

    @property
    def firsts(self) -> set[str]:
        """The first words of the phrases that matter."""
        return self.whole | self.seconds.keys()

    def counts_alone(self, payload: Any) -> bool:
        return True

    def entry(self, phrase: str) -> Any:
        return self.phrases.get(phrase)


class NameTable(PhraseTable):
    """Names: phrase -> (kind, person ids joined by SEPARATOR), ids read once when found. A
    one-word surname is not a name by itself, so it does not count alone."""

    __slots__ = ("_ids",)

    def __init__(self, phrases: dict[str, tuple[str, str]], prefixes: set[str] | None = None):
        super().__init__(phrases, prefixes)
        self._ids: dict[str, frozenset[str]] = {}

    def counts_alone(self, payload: Any) -> bool:
        return payload[0] == "name"

    def entry(self, phrase: str) -> tuple[str, frozenset[str]] | None:
        """(kind, person ids) of a whole name, or None."""
        hit = self.phrases.get(phrase)
        if hit is None:
            return None
        ids = self._ids.get(hit[1])
        if ids is None:
            ids = self._ids[hit[1]] = frozenset(hit[1].split(SEPARATOR))
        return hit[0], ids


def first_kinds(tries: dict[str, dict], tables: dict[str, PhraseTable]) -> dict[str, int]:
    """The words that may start a phrase of the tries or tables (names aside), with the
    kinds (flags) they start."""
    found: dict[str, int] = {}
    for kind, table in tables.items():
        if kind == "name":
            continue  # names are looked up after titles and before appositives only
        for word in table.firsts:
            found[word] = found.get(word, 0) | KINDS[kind]
    for kind, trie in tries.items():
        for word in trie:
            if word != END:
                found[word] = found.get(word, 0) | KINDS[kind]
    return found


class Words:
    """What the matchers ask of a text's words."""

    __slots__ = ()

    def starting(self) -> Iterator[tuple[int, int]]:
        """(start, kinds) of every word that may start a phrase, in text order, with the
        kinds of phrase (flags) it may start; kinds that the next word rules out may be
        left out, and words left with none."""
        raise NotImplementedError

    def longest(self, kind: str, start: int) -> tuple[int, Any] | None:
        """End and payload of the longest phrase of a kind's trie ("title", "name" or
        "event") from the word at ``start``."""
        raise NotImplementedError

    def title_before_word(self, start: int) -> tuple[int, Any, int] | None:
        """The longest title at ``start`` when a word follows it in the same phrase: the
        title's end and payload and that word's start."""
        raise NotImplementedError

    def after(self, end: int) -> tuple[int, int] | None:
        """The span of the first word after offset ``end`` (the end of a word), if any."""
        raise NotImplementedError

    def before(self, start: int) -> tuple[int, int] | None:
        """The span of the last word before offset ``start`` (the start of a word), if any."""
        raise NotImplementedError

    def last_word_start(self, end: int) -> int:
        """The start of the word ending at ``end``."""
        raise NotImplementedError

    def word_end(self, start: int) -> int:
        """The end of the word starting at ``start``."""
        raise NotImplementedError

    def norm(self, start: int, end: int) -> str:
        raise NotImplementedError


class TokenWords(Words):
    """Words of a fully tokenized text, matched against the tries token by token."""

    __slots__ = ("text", "tokens", "tries", "tables", "kinds", "_by_start", "_by_end")

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        tries: dict[str, dict],
        tables: dict[str, PhraseTable],
        kinds: dict[str, int],
    ):
        self.text, self.tokens, self.tries, self.kinds = text, tokens, tries, kinds
        self.tables = tables
        self._by_start = dict(zip(tokens.starts, count()))
        self._by_end = dict(zip(tokens.ends, count()))

    def starting(self):
        norms, starts, kinds = self.tokens.norms, self.tokens.starts, self.kinds
        for k in compress(count(), map(kinds.__contains__, norms)):
            yield starts[k], kinds[norms[k]]

    def _longest(self, i: int, trie: dict) -> tuple[int, Any] | None:
        """Longest phrase from the trie starting at token i, as (index after it, payload)."""
        text, norms, starts, ends = self.text, self.tokens.norms, self.tokens.starts, self.tokens.ends
        node = trie.get(norms[i])
        if node is None:
            return None
        best = None
        j = i
        size = len(norms)
        while node is not None:
            j += 1
            if END in node:
                best = (j, node[END])
            if j >= size:
                break
            node = node.get(norms[j])  # the next word first: most phrases end here, gap unseen
            if node is not None and not tight_gap(text, starts[j - 1], ends[j - 1], starts[j]):
                break
        return best

    def longest(self, kind, start):
        if kind in self.tables:
            return self._longest_phrase(self._by_start[start], self.tables[kind])
        hit = self._longest(self._by_start[start], self.tries[kind])
        return None if hit is None else (self.tokens.ends[hit[0] - 1], hit[1])

    def _longest_phrase(self, i: int, names: PhraseTable) -> tuple[int, Any] | None:
        norms, starts, ends = self.tokens.norms, self.tokens.starts, self.tokens.ends
        best = None
        phrase = norms[i]
        j = i
        while True:
            entry = names.entry(phrase)
            if entry is not None:
                best = (ends[j], entry)
            if (
                phrase not in names.prefixes
                or j + 1 >= len(norms)
                or not tight_gap(self.text, starts[j], ends[j], starts[j + 1])
            ):
                return best
            j += 1
            phrase = f"{phrase} {norms[j]}"

    def title_before_word(self, start):
        hit = self._longest(self._by_start[start], self.tries["title"])
        if hit is None or hit[0] >= len(self.tokens):
            return None
        j, title = hit
        starts, ends = self.tokens.starts, self.tokens.ends
        if not tight_gap(self.text, starts[j - 1], ends[j - 1], starts[j]):
            return None
        return ends[j - 1], title, starts[j]

    def after(self, end):
        k = self._by_end[end] + 1
        return (self.tokens.starts[k], self.tokens.ends[k]) if k < len(self.tokens.ends) else None

    def before(self, start):
        k = self._by_start[start] - 1
        return (self.tokens.starts[k], self.tokens.ends[k]) if k >= 0 else None

    def last_word_start(self, end):
        return self.tokens.starts[self._by_end[end]]

    def word_end(self, start):
        return self.tokens.ends[self._by_start[start]]

    def norm(self, start, end):
        return self.tokens.norms[self._by_start[start]]
