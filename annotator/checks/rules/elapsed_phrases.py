"""The grammar of an elapsed time written out: "almost 30 years ago", "the eight-year
Iran-Iraq war", "three years into the invasion", "two weeks after"; its number, unit and
qualifier, and the range of true elapsed values the wording allows.

Every rule of the elapsed-time family (counts from events, from a term of office, from a
stated year, tenures) reads its phrases with these pieces, so a number word or a qualifier
is read the same way by each.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.literal_search import located_matches
from annotator.checks.findings import DateWindow
from annotator.checks.kb.facts import FuzzyDay
from annotator.temporal.anchoring import lowered_text
from annotator.temporal.lexicon import SMALL_NUMBERS, TENS

# Every number word up to "ninety-nine", the tens joined to their units by a hyphen or a
# space ("twenty-five years after": read whole, not as "five years after").
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **{word: value for word, value in SMALL_NUMBERS.items() if value},
    **TENS,
    **{
        f"{tens}{joint}{unit}": value + SMALL_NUMBERS[unit]
        for tens, value in TENS.items()
        for unit in list(SMALL_NUMBERS)[1:10]
        for joint in ("-", " ")
    },
    "hundred": 100,
    "a dozen": 12,
    "a half": 0.5,
    "half a": 0.5,
}


def alternation(words: list[str]) -> str:
    """The words, tried in the order given, as one alternation whose words sharing a first
    letter are grouped under it, and so on letter by letter: the engine rules a group out on
    its letter instead of trying each word at each place. Words of different letters never
    match at one place, and each group keeps its words' order with a word ending there after
    the longer ones (given first), so it matches as the plain alternation does."""
    groups: dict[str, list[str]] = {}
    ends = "" in words
    if ends and words.index("") != len(words) - 1:
        raise ValueError(f"a word is given before a longer one it begins: {words}")
    for word in words[:-1] if ends else words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = [
        re.escape(first + rest[0]) if len(rest) == 1 else f"{re.escape(first)}(?:{alternation(rest)})"
        for first, rest in groups.items()
    ]
    return "|".join(parts + [""] if ends else parts)


# Longest first (as written in the pattern), grouped letter by letter.
NUMBER = (
    r"(?P<number>\d+(?:\.\d+)?|"
    + alternation(sorted(NUMBER_WORDS, key=lambda word: len(re.escape(word)), reverse=True))
    + ")"
)
QUALIFIERS = (
    "almost",
    "nearly",
    "close to",
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "more than",
    "over",
    "at least",
    "just over",
    "well over",
    "less than",
    "under",
    "at most",
    "just under",
)
QUALIFIER = r"(?:(?P<qualifier>" + alternation(list(QUALIFIERS)) + r")\s+)?"
UNIT = r"(?P<unit>year|month|week|day|decade)s?"
# "three years into the war" counts, like "after", from the event to the clause's time, and
# so do "two years on from the earthquake" and "two years following the earthquake".
_AGO_WORDS, _SINCE_WORDS = "ago|earlier|before", r"since|after|into|on\s+from|following"
_CONFLICT_NOUNS = "war|conflict|fighting|invasion|occupation|campaign|siege|hostilities"
_CONFLICT = rf"(?P<noun>{_CONFLICT_NOUNS})"
# What follows the unit word in each of the four kinds of phrase.
_AFTER_UNIT = (
    rf"\s+(?P<ago>{_AGO_WORDS})\b",
    # "the eight-year Iran-Iraq war": the name may stand between the count and the noun
    rf"(?:[\s-]old|[\s-]long)?\s+(?P<named>(?:(?-i:[A-Z])[\w'’.-]*\s+){{1,3}})?{_CONFLICT}\b",
    rf"\s+of\s+{_CONFLICT.replace('noun>', 'noun2>')}\b",
    rf"\s+(?P<since>{_SINCE_WORDS})\s+",
)
_ELAPSED_RX = re.compile(
    rf"\b{QUALIFIER}{NUMBER}(?:"
    rf"\s+{UNIT}{_AFTER_UNIT[0]}"
    rf"|[\s-]{UNIT.replace('unit>', 'unit2>')}{_AFTER_UNIT[1]}"
    rf"|\s+{UNIT.replace('unit>', 'unit3>')}{_AFTER_UNIT[2]}"
    rf"|\s+{UNIT.replace('unit>', 'unit4>')}{_AFTER_UNIT[3]})",
    re.IGNORECASE,
)
# A unit word, when what follows could start one of those four (each cut after its first
# word): most unit words are in no phrase and need no search before them.
_UNIT_FOLLOWERS = (
    rf"(?=\s+(?:{_AGO_WORDS}|of|{_SINCE_WORDS}|(?:[\w'’.-]+\s+){{0,3}}(?:{_CONFLICT_NOUNS}))"
    r"|[\s-]old|[\s-]long)"
)
_UNIT_WORD_RX = re.compile(r"\b(?:year|month|week|day|decade)s?\b" + _UNIT_FOLLOWERS, re.IGNORECASE)
# How a number of NUMBER ends: a digit, or the last word of a number word, whole.
_NUMBER_TAILS = sorted({word.split()[-1] for word in NUMBER_WORDS}, key=lambda tail: (-len(tail), tail))
_NUMBER_END_RX = re.compile(r"(?:\d|\b(?:" + alternation(_NUMBER_TAILS) + r"))\Z", re.IGNORECASE)
_NUMBER_END_REACH = max(map(len, _NUMBER_TAILS)) + 2  # the word and the boundary before it
# How far before the end of its number an elapsed-time phrase may start: the longest number
# word, or the number's digits, then the spaces and the longest qualifier before it.
_NUMBER_WORD_REACH = max(map(len, NUMBER_WORDS))
_QUALIFIER_REACH = max(map(len, QUALIFIERS))
# The same three patterns for lower-cased text (every literal in them is lower case already):
# the case-sensitive form lets the engine skip to likely first letters. A match found there
# is matched again, anchored, on the original text, so groups read the text as written.
_ELAPSED_LOWER_RX = re.compile(_ELAPSED_RX.pattern.replace("(?-i:[A-Z])", "[a-z]"))
_NUMBER_END_LOWER_RX = re.compile(_NUMBER_END_RX.pattern)
# The same unit words, each opening on its literal first letter (the word boundary before it
# is the lookbehind after that letter), so that the engine skips ahead to a "d", "m", "w" or "y".
_UNIT_WORD_LOWER_RX = re.compile(
    "(?:"
    + "|".join(f"{unit[0]}(?<!\\w{unit[0]}){unit[1:]}" for unit in ("year", "month", "week", "day", "decade"))
    + ")s?\\b"
    + _UNIT_FOLLOWERS
)
UNIT_DAYS = {"year": 365.2425, "month": 30.436875, "week": 7.0, "day": 1.0, "decade": 3652.425}
OPENING_RX = re.compile(r"[\s\"'“‘(]*")


def phrase_amount(match: re.Match[str]) -> float:
    word = match.group("number").lower()
    return float(NUMBER_WORDS.get(word, 0) or word)


def accepted_years(amount: float, qualifier: str | None, unit: str = "") -> tuple[float, float]:
    """The range of true elapsed values the wording allows."""
    qualifier = (qualifier or "").lower()
    if qualifier in {"almost", "nearly", "close to", "just under"}:
        return amount - 1, amount + 0.05
    if qualifier in {"more than", "over", "at least", "just over", "well over"}:
        return amount - 0.02, float("inf")
    if qualifier in {"less than", "under", "at most"}:
        return 0.0, amount + 0.02
    if qualifier:
        # "about a year ago" is six months to a year and a half, never a month; a shorter
        # unit is rounded more loosely ("about a week ago" for four days)
        loose = 0.5 if amount < 2 and unit.lower() in ("year", "decade") else 1.0
        tolerance = max(loose, amount * 0.15)
        return amount - tolerance, amount + tolerance
    # A count of one ("a month after") allows half a unit either way, not a whole one: a
    # week is not "a month"; a small count is rounded loosely ("two years ago" for 2.7
    # years, never for 2.0 as "three"); larger ones to the unit ("30 years": 29 to 31).
    spread = 0.5 if amount < 2 else 0.75 if amount < 10 else 1.0
    if amount >= 50 and amount % 10 == 0:
        spread = amount * 0.05  # a round count: "200 days into his presidency" on day 203
    return amount - spread, amount + spread


def _number_end(text: str, at: int, number_end_rx: re.Pattern[str] = _NUMBER_END_RX) -> int:
    """Where the number ends when a number and a separator ("3 ", "three-") end at `at`, as
    every elapsed-time phrase has before its unit word, else -1: the many unit words without
    one need no search."""
    if at == 0:
        return -1
    gap = at - 1
    if text[gap] != "-":
        if not text[gap].isspace():
            return -1
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
    if gap > 0 and text[gap - 1].isdecimal():
        return gap  # a digit: the pattern's "\d" branch
    if number_end_rx.search(text, max(0, gap - _NUMBER_END_REACH), gap) is None:
        return -1
    return gap


def _earliest_start(text: str, number_end: int) -> int:
    """No elapsed-time phrase whose number ends at `number_end` starts before this offset:
    a search from here finds what a search from further back would."""
    start = number_end
    while start > 0 and (text[start - 1].isdecimal() or text[start - 1] == "."):
        start -= 1
    start = min(start, number_end - _NUMBER_WORD_REACH)
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start - _QUALIFIER_REACH


def elapsed_phrases(text: str):
    """Elapsed-time phrases, searched only around unit words that follow a number (a full
    scan is slow).

    The phrase holding a unit word starts at its qualifier or its number, so each search
    starts no further back than such a qualifier could: a phrase ending before the unit word
    ends on a word that is no qualifier or number, so it cannot overlap that one, and the
    search finds the phrase a search from further back would.
    """
    lowered = lowered_text(text)
    searched, unit_rx, number_rx, elapsed_rx = (
        (text, _UNIT_WORD_RX, _NUMBER_END_RX, _ELAPSED_RX)
        if lowered is None
        else (lowered, _UNIT_WORD_LOWER_RX, _NUMBER_END_LOWER_RX, _ELAPSED_LOWER_RX)
    )
    last_end = 0
    units = unit_rx.finditer(searched) if lowered is None else located_matches(unit_rx, lowered, _UNIT_WORDS)
    for unit in units:
        at = unit.start()
        if at < last_end:
            continue
        number_end = _number_end(searched, at, number_rx)
        if number_end < 0:
            continue
        stop = min(len(text), unit.end() + 40)
        match = elapsed_rx.search(
            searched, max(last_end, at - 45, _earliest_start(searched, number_end)), stop
        )
        while match and match.end() <= at:
            match = elapsed_rx.search(searched, match.end(), stop)
        if match and match.start() <= at:
            last_end = match.end()
            found = match if lowered is None else _ELAPSED_RX.match(text, match.start(), stop)
            if found is not None:  # a name read in lower case may be no name as written
                yield found


_UNIT_WORDS = ("year", "month", "week", "day", "decade")


def elapsed_range(start: FuzzyDay, until: DateWindow, scale: float) -> tuple[float, float]:
    """The shortest and longest time, in units of `scale` days, from a start to a window."""
    return (until.earliest - start.hi).days / scale, (until.latest - start.lo).days / scale
