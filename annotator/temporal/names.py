"""Telling a time word that is part of a name ("the Daily Beast", "British Summer Time",
"Saturday Night Live", "USA Today") from one that names a time.

Capitals carry the sign: a capitalised time word in mid-sentence that stands beside another
capitalised word (not a small word of a title-case headline, nor another time word) is
taken for part of a name.
"""

from __future__ import annotations

import re

# Capitalised words that stand beside a time word in title-case headlines without making
# it a name: small words, and other time words ("Friday Night", "Last Week").
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "says",
        "said",
        "after",
        "before",
        "over",
        "into",
        "than",
        "that",
        "this",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "who",
        "what",
        "when",
        "how",
        "why",
        "not",
        "no",
        "new",
        "just",
        "so",
        "up",
        "out",
        "every",
        "each",
        "since",
        "until",
        "during",
        "about",
        "morning",
        "afternoon",
        "evening",
        "night",
        "noon",
        "midnight",
        "week",
        "weekend",
        "month",
        "year",
        "day",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "ago",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[\w'&.-]*[\w&])?)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'&-]*)")
_SENTENCE_OPENERS = '.!?:;"\u201c\u2018(\n'


def _capital_name_word(word: str | None) -> bool:
    return bool(word and word[0].isupper() and word.lower() not in _NOT_NAMES)


def word_before(text: str, start: int) -> str | None:
    """The word just before `start` on the same line, if only blanks come between."""
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return found[1] if found else None


def word_after(text: str, end: int) -> str | None:
    """The word just after `end` on the same line, if only blanks come between."""
    found = _WORD_AFTER.match(text, end)
    return found[1] if found else None


def mid_sentence(text: str, start: int) -> bool:
    """Whether something other than the start of a sentence or quotation comes before."""
    index = start - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index >= 0 and text[index] not in _SENTENCE_OPENERS


def in_name(text: str, start: int, end: int, before: bool = True, after: bool = True) -> bool:
    """Whether the capitalised word(s) at text[start:end] stand in a name: beside another
    capitalised word that is no small word or time word (`before`/`after`: which sides)."""
    if not text[start].isupper():
        return False
    if after and _capital_name_word(word_after(text, end)):
        return True
    return before and mid_sentence(text, start) and _capital_name_word(word_before(text, start))


def capitalised_mid_sentence(text: str, start: int) -> bool:
    """A capital where lower case was due: the word begins a name ("the Daily Mail")."""
    return text[start].isupper() and mid_sentence(text, start)
