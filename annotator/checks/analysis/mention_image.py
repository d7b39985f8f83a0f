"""The fast path of mention finding: words read off a one-byte-per-character image of the text.

Most words of an article start no title, name or event alias, and tokenizing every word in
Python cost more than all the matching. So a text whose word characters are all Latin-1 is
mapped, by C-level encoding and one byte translation, to an image with one byte per
character: word characters lower-cased (what ``str.lower`` gives them), every other
character a whitespace byte telling the class of gap it makes (tight space, tight hyphen or
apostrophe, full stop, anything else). ``bytes.split`` lists its words and one C-level set
lookup per word keeps the few that may start a phrase; Python looks at those only. One whose
phrases need a next word is kept only when a word that may continue it follows (a word too
common to look at, like "the", is looked for from those next words instead), and
``bytes.find`` locates the rest. At those few places one regex per kind of phrase, compiled
once per knowledge base from its tries, finds the longest phrase.
"""

from __future__ import annotations

import codecs
import re
from itertools import compress, count
from typing import Any

from annotator.checks.analysis.mention_words import END, KINDS, PhraseTable, Words
from annotator.checks.kb.event_aliases import ABBREVIATED_MONTHS

_WORD_CHAR_RX = re.compile(r"[^\W_]")
_ERRORS = "annotator-mention-image"
# Gap classes, as the whitespace bytes they become: bytes.split sees them all as gaps.
_SPACE, _HYPHEN, _STOP, _OTHER = 0x20, 0x09, 0x0A, 0x0D


def _gap_class(char: str) -> int:
    if char in " \t\u00a0":
        return _SPACE
    if char in "-'\u2019":
        return _HYPHEN
    return _STOP if char == "." else _OTHER


def _stand_ins(error: UnicodeError) -> tuple[str, int]:
    """Latin-1 stand-ins of the same gap class for characters beyond Latin-1, possible only
    when none of them is part of a word."""
    assert isinstance(error, UnicodeEncodeError)
    chars = error.object[error.start : error.end]
    if _WORD_CHAR_RX.search(chars.lower()):
        raise error
    return "".join("'" if _gap_class(c) == _HYPHEN else "|" for c in chars), error.end


codecs.register_error(_ERRORS, _stand_ins)
# Frequent typographic characters get their stand-ins up front, which is cheaper than
# calling the error handler for each of them.
_TYPOGRAPHIC = [(c, "'" if _gap_class(c) == _HYPHEN else "|") for c in "\u2019\u201c\u201d\u2014\u2013"]
# Latin-1 characters lower-case to Latin-1 characters, one for one, word or not alike, and
# none of the word characters is a byte below 0x21.
_TABLE = bytes(
    ord(c.lower()) if _WORD_CHAR_RX.match(c.lower()) else _gap_class(c) for c in map(chr, range(256))
)
_BOUNDARY = rb"(?![^\x00-\x20])"  # image bytes above 0x20 are the word characters
_TIGHT = rb"[ \t]{1,3}"
_TIGHT_AFTER_INITIAL = rb"(?:[ \t]{1,3}|\n ?)"
_TIGHT_BEFORE_WORD = rb"(?:[ \t]{1,3}|(?<![^\x00-\x20]{2})\n ?)(?=[^\x00-\x20])"
_WORD_RX = re.compile(rb"[^\x00-\x20]+")
# The next word of a name after a tight gap (group 1), in one match.
_NEXT_WORD = re.compile(_TIGHT + rb"([^\x00-\x20]+)")
_NEXT_WORD_AFTER_INITIAL = re.compile(_TIGHT_AFTER_INITIAL + rb"([^\x00-\x20]+)")


def _word_end(image: bytes, start: int) -> int:
    """Where the word that begins at ``start`` ends (callers pass a word's first byte)."""
    word = _WORD_RX.match(image, start)
    assert word is not None, start
    return word.end()


# Words too common to look at each time: when they start phrases only before some words,
# those words are looked at instead.
_COMMON_WORDS = frozenset(b"the a an of in on at to and or for by with from as is was that this it".split())
# Letters by how often English words start with them: alternatives are tried in this order.
_FIRST_LETTERS = b"tasiocpwfmbrdehlngu2yvkj134567890qxz"


def text_image(text: str) -> bytes | None:
    """The image of a text, framed by a gap byte at each end (offset + 1); None when a word
    character lies beyond Latin-1."""
    if text.isascii():
        raw = text.encode("ascii")
    else:
        for char, stand_in in _TYPOGRAPHIC:
            if char in text:
                text = text.replace(char, stand_in)
        try:
            raw = text.encode("latin-1", _ERRORS)
        except UnicodeEncodeError:
            return None
    return b"\r" + raw.translate(_TABLE) + b"\r"


def image_bytes(word: str) -> bytes | None:
    """A folded word as it appears in an image; None when no image can hold it."""
    try:
        encoded = word.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return encoded if encoded and encoded.translate(_TABLE) == encoded else None


def _alternatives(entries: list[tuple[bytes, bytes]]) -> bytes:
    """One regex for (word, pattern after it) pairs, branching a character at a time."""
    by_first: dict[int, list[tuple[bytes, bytes]]] = {}
    ends = []
    for word, after in entries:
        if word:
            by_first.setdefault(word[0], []).append((word[1:], after))
        else:
            ends.append(after)

    def rank(first: int) -> tuple[int, int]:
        found = _FIRST_LETTERS.find(bytes([first]))
        return (found if found >= 0 else len(_FIRST_LETTERS), first)

    branches = [
        re.escape(bytes([first])) + _alternatives(by_first[first]) for first in sorted(by_first, key=rank)
    ] + ends
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def _following(node: dict) -> list[tuple[bytes, bytes]]:
    """(word, pattern of the longest way on to a phrase end) for each word a node leads to."""
    entries = []
    for token, child in node.items():
        encoded = image_bytes(token) if token != END else None
        if encoded is None:
            continue
        onward = _following(child)
        if onward:
            gap = _TIGHT_AFTER_INITIAL if len(encoded) == 1 else _TIGHT
            after = gap + _alternatives(onward)
            entries.append((encoded, _BOUNDARY + (b"(?:" + after + b"|)" if END in child else after)))
        elif END in child:
            entries.append((encoded, _BOUNDARY))
    return entries


def _payloads(node: dict, prefix: bytes = b"") -> dict[bytes, Any]:
    """Payload of every phrase of a trie, keyed by its words joined by single spaces."""
    found = {}
    for token, child in node.items():
        if token == END:
            if prefix:
                found[prefix] = child
        elif (encoded := image_bytes(token)) is not None:
            found.update(_payloads(child, prefix + b" " + encoded if prefix else encoded))
    return found


class ImagePatterns:
    """What the image path needs of one knowledge base's tries, compiled once."""

    def __init__(self, tries: dict[str, dict], tables: dict[str, PhraseTable]):
        # First word (as image bytes) -> the kinds of phrase it starts whatever follows, the
        # kinds it starts when one of some next words follows, and (see below) the kinds a
        # word before it starts when it follows them.
        self.firsts: dict[bytes, tuple[int, dict[bytes, int], dict[bytes, int]]] = {}
        self.tables = tables
        # An event's first word counts where it is a whole alias, or where the second word
        # of one of its aliases follows. Names are looked up after titles and before
        # appositive titles only (mentions._walk), so no name's first word is looked for.
        for kind, table in tables.items():
            if kind == "name":
                continue
            for first in table.firsts:
                if (encoded := image_bytes(first)) is None:
                    continue
                always, after, before = self.firsts.get(encoded, (0, {}, {}))
                if first in table.whole:
                    always |= KINDS[kind]
                else:
                    for following in filter(None, map(image_bytes, table.seconds[first])):
                        after[following] = after.get(following, 0) | KINDS[kind]
                self.firsts[encoded] = (always, after, before)
        for kind, trie in tries.items():
            for token, child in trie.items():
                if token == END or (encoded := image_bytes(token)) is None:
                    continue
                always, after, before = self.firsts.get(encoded, (0, {}, {}))
                if END in child:
                    always |= KINDS[kind]
                else:
                    for following in filter(None, map(image_bytes, child)):
                        after[following] = after.get(following, 0) | KINDS[kind]
                if always or after:
                    self.firsts[encoded] = (always, after, before)
        # A word that starts phrases only with some words after it is looked for from those
        # words instead when it is too common to look at ("the" in "the Hague summit"), or
        # when they are looked at anyway ("London" from "summit" in "London summit").
        common = sorted(_COMMON_WORDS & self.firsts.keys())
        from_after: set[bytes] = set()  # words looked for from the words after them
        for word in common + sorted(self.firsts.keys() - _COMMON_WORDS):
            always, after, before = self.firsts[word]
            looked_at = [
                following not in from_after and (word in _COMMON_WORDS or following in self.firsts)
                for following in after
            ]
            if not always and not before and all(looked_at):
                from_after.add(word)
                for following, kinds in after.items():
                    self.firsts.setdefault(following, (0, {}, {}))[2][word] = kinds
        self.firsts = {word: entry for word, entry in self.firsts.items() if word not in from_after}
        self.first_words = frozenset(self.firsts)
        self.payloads = {kind: _payloads(trie) for kind, trie in tries.items()}
        phrases = {
            kind: b"(?>" + _alternatives(entries) + b")" if entries else b"(?!)"
            for kind, entries in ((kind, _following(trie)) for kind, trie in tries.items())
        }
        # The longest phrase of each kind at a word, and the payloads of the phrases.
        self.matchers = {
            kind: (re.compile(pattern).match, self.payloads[kind]) for kind, pattern in phrases.items()
        }
        self.title_before_word = re.compile(
            phrases["title"] + b"()" + _TIGHT_BEFORE_WORD
        ).match  # group 1: the title's end


class ImageWords(Words):
    """Words of a text read off its image on demand."""

    __slots__ = ("image", "patterns")

    def __init__(self, image: bytes, patterns: ImagePatterns):
        self.image, self.patterns = image, patterns

    def starting(self):
        image, patterns = self.image, self.patterns
        firsts = patterns.firsts
        words = image.split()
        words.append(b"")
        at = 0
        # occurrences of words passed since the last word yielded: they lie ahead of `at`
        passed: dict[bytes, int] = {}
        # compress over the set test keeps each hit's place in the words at C level
        for n in compress(count(), map(patterns.first_words.__contains__, words)):
            word = words[n]
            always, after, before = firsts[word]
            kinds = always
            earlier = 0
            if after or before:
                if after:
                    kinds |= after.get(words[n + 1], 0)
                if before and n:
                    earlier = before.get(words[n - 1], 0)
                if not kinds and not earlier:
                    passed[word] = passed.get(word, 0) + 1
                    continue
            # The next occurrence of the word is this one, unless some of its occurrences
            # since the last word yielded started nothing (by the words around them).
            size = len(word)
            at = _whole_word(image, word, size, at)
            if passed:
                for _ in range(passed.get(word, 0)):
                    at = _whole_word(image, word, size, at + size)
                passed.clear()
            if earlier:
                yield _previous_word_start(image, at - 1), earlier
            if kinds:
                yield at - 1, kinds
            at += size

    def longest(self, kind, start):
        if kind in self.patterns.tables:
            return self._longest_phrase(start, self.patterns.tables[kind])
        match, payloads = self.patterns.matchers[kind]
        found = match(self.image, start + 1)
        if found is None:
            return None
        end = found.end() - 1
        phrase = self.image[start + 1 : end + 1]
        payload = payloads.get(phrase)  # a phrase with one space between words, mostly
        return end, payloads[b" ".join(phrase.split())] if payload is None else payload

    def _longest_phrase(self, start: int, names: PhraseTable) -> tuple[int, Any] | None:
        """Longest phrase of a table (a name, an event) from the word at ``start``, read word
        by word while the words so far begin some phrase and the gaps stay tight."""
        image = self.image
        found = _WORD_RX.match(image, start + 1)
        if found is None:
            return None
        end = found.end()
        phrase = found.group().decode("latin-1")
        single = _takes_stop(phrase)
        entry, prefixes = names.entry, names.prefixes
        best = None
        while True:
            hit = entry(phrase)
            if hit is not None:
                best = (end - 1, hit)
            if phrase not in prefixes:
                return best
            found = (_NEXT_WORD_AFTER_INITIAL if single else _NEXT_WORD).match(image, end)
            if found is None:
                return best
            end = found.end()
            word = found.group(1).decode("latin-1")
            single = _takes_stop(word)
            phrase = f"{phrase} {word}"

    def title_before_word(self, start):
        found = self.patterns.title_before_word(self.image, start + 1)
        if found is None:
            return None
        end = found.start(1) - 1
        phrase = self.image[start + 1 : end + 1]
        payloads = self.patterns.payloads["title"]
        payload = payloads.get(phrase)
        return (end, payloads[b" ".join(phrase.split())] if payload is None else payload, found.end() - 1)

    def after(self, end):
        found = _WORD_RX.search(self.image, end + 1)
        return None if found is None else (found.start() - 1, found.end() - 1)

    def before(self, start):
        image = self.image
        at = start  # the image offset of text[start - 1]
        while image[at] <= 32:
            if at == 0:
                return None
            at -= 1
        return self.last_word_start(at), at

    def last_word_start(self, end):
        image = self.image
        at = end
        while image[at] > 32:
            at -= 1
        return at

    def word_end(self, start):
        return _word_end(self.image, start + 1) - 1

    def norm(self, start, end):
        return self.image[start + 1 : end + 1].decode("latin-1")


def _previous_word_start(image: bytes, at: int) -> int:
    """Text offset of the word before the gap that ends at image offset ``at`` (-1: none)."""
    while image[at] <= 32:
        if at == 0:
            return -1
        at -= 1
    while image[at] > 32:
        at -= 1
    return at


def _whole_word(image: bytes, word: bytes, size: int, at: int) -> int:
    """Image offset of the next occurrence of ``word`` from ``at`` that is a whole word."""
    at = image.find(word, at)
    while image[at - 1] > 32 or image[at + size] > 32:
        at = image.find(word, at + 1)
    return at


def _takes_stop(word: str) -> bool:
    """Whether a full stop may follow the word inside a phrase: an initial ("U.S.") or an
    abbreviated month ("the Sept. 11 attacks")."""
    return len(word) == 1 or word in ABBREVIATED_MONTHS
