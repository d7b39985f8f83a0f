"""The words that order two things in time ("before", "after", "in the wake of"), found in an
article for rule event-order: a sentence holding none has no order to judge, so the events a
text tells in other ways are looked for only in the sentences that hold one."""

from __future__ import annotations

import re

from annotator.temporal.anchoring import lowered_text

# The words that order two things in time.
_ORDER_WORD_RX = re.compile(
    r"\b(?:before|after|following|prior\s+to|ahead\s+of|preceded|preceding|followed|on\s+the\s+eve\s+of"
    r"|run-up|lead-up|in\s+the\s+wake\s+of|aftermath)\b",
    re.IGNORECASE,
)
# The same for the text lower-cased (every literal above is lower case), case-sensitive and
# with each word boundary after its word's first letter: the engine skips ahead to those
# letters where the pattern above is tried, ignoring case, at every character.
_ORDER_WORD_LOWER_RX = re.compile(
    "(?:"
    + "|".join(
        f"{word[0]}(?<!\\w{word[0]}){word[1:]}"
        for word in _ORDER_WORD_RX.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|")
    )
    + r")\b"
)


# The word every order word of _ORDER_WORD_RX begins with, but for the two phrases below.
_ORDER_WORD_STARTS = ("before", "after", "follow", "prior", "ahead", "preced", "run-up", "lead-up")
# "on the eve of", "in the wake of": their third word, and the two words before it.
_ORDER_PHRASE_WORDS = (("eve", "on"), ("wake", "in"))


def _order_words(lowered: str) -> list[int]:
    """Where _ORDER_WORD_LOWER_RX.finditer(lowered) finds its matches, found from the words
    they hold by literal search and each matched there (no match starts inside another, so
    every place it matches is one finditer gives)."""
    found = set()
    for word in _ORDER_WORD_STARTS:
        at = lowered.find(word)
        while at >= 0:
            if _ORDER_WORD_LOWER_RX.match(lowered, at):
                found.add(at)
            at = lowered.find(word, at + 1)
    for word, first in _ORDER_PHRASE_WORDS:
        at = lowered.find(word)
        while at >= 0:
            start = _phrase_start(lowered, at, first)
            if start >= 0 and _ORDER_WORD_LOWER_RX.match(lowered, start):
                found.add(start)
            at = lowered.find(word, at + 1)
    return sorted(found)


def _phrase_start(lowered: str, at: int, first: str) -> int:
    """Where "<first> the <word>" starts when the word at `at` ends such a phrase (the spaces
    between the words any run of them, as the pattern's), else -1."""
    end = at
    while end > 0 and lowered[end - 1].isspace():
        end -= 1
    if end == at or not lowered.startswith("the", end - 3) or end < 3:
        return -1
    end -= 3
    gap = end
    while end > 0 and lowered[end - 1].isspace():
        end -= 1
    if end == gap or end < len(first) or not lowered.startswith(first, end - len(first)):
        return -1
    return end - len(first)


def order_word_places(text: str) -> list[int]:
    """Where the text's order words start, as _ORDER_WORD_RX.finditer finds them."""
    lowered = lowered_text(text)
    return [m.start() for m in _ORDER_WORD_RX.finditer(text)] if lowered is None else _order_words(lowered)
