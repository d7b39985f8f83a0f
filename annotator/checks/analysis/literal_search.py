"""Finding fixed words in a text by literal search, the cheap first pass of several readings.

It imports nothing of the analysis, so the article layout (update notes) and the event
readings above it can all use it."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_positions(text: str, words: Iterable[str]) -> list[tuple[str, int]]:
    """Where each of the words occurs in the text (as a plain substring), in text order:
    a literal search per word costs little where a pattern tried at every character would."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append((word, at))
            at = text.find(word, at + len(word))
    return sorted(found, key=lambda item: item[1])


# Where the words before a pattern's literal are looked for first (see matches_from_words).
_HEAD_CHARS = 300


def matches_at(text: str, starts: Iterable[int], pattern: re.Pattern) -> list[re.Match]:
    """What `pattern.finditer(text)` finds, for a pattern whose every match begins at one of
    `starts` (found by literal search): tried there alone, in text order, as finditer would."""
    found = []
    end = 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def located_matches(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, for a pattern whose every match starts with one
    of `words` as written: tried only at each place a word occurs (overlapping ones too), as
    finditer would (a match tried at a place sees the text before it, for its word boundaries
    and lookbehinds)."""
    places = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
    return matches_at(text, places, pattern)


def matches_from_words(
    text: str, words: Iterable[re.Pattern], head: re.Pattern, pattern: re.Pattern, spaces: int
) -> list[re.Match]:
    r"""What `pattern.finditer(text)` finds, for a pattern that opens with a part the regex
    engine would try at every capital (a name) and goes on with words `words` find cheaply.

    `head` is the pattern's part before those words, ending with ``\Z``: the pattern puts
    whitespace right before them, and `head` holds at most `spaces` runs of whitespace and
    none of the words after one, or only where it matches the text up to that word as well (a
    modifier that is a noun too). So the words found after a space, in text order, give the
    matches in finditer's order: the name is read backwards from each over the last words before it
    (a short window, the whole stretch since the last match where that holds fewer spaces)
    and the pattern matched where it starts, so its groups are the pattern's own."""
    found = []
    end = 0
    for at in sorted(word.start() for rx in words for word in rx.finditer(text)):
        if at <= end or not text[at - 1].isspace():
            continue
        start = at - _HEAD_CHARS
        if start <= end or len(text[start:at].split()) <= spaces + 1:
            start = end
        while (named := head.search(text, start, at)) is not None:
            match = pattern.match(text, named.start())
            if match is not None:
                found.append(match)
                end = match.end()
                break
            start = named.start() + 1
    return found
