"""Anchoring relative expressions: calendar arithmetic and the tense of the clause around a match.

A relative date ("Tuesday", "June 9") is resolved against the document creation time (DCT);
whether it points back or forward comes from the verbs near it, as a news reader would judge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

PAST, FUTURE = "past", "future"

_FUTURE_WORDS = (
    r"will|wo|'ll|shall|going to|plans?(?: to)?|planned|planning|expects?(?: to)?|expected"
    r"|scheduled|due|upcoming|coming|next|begins?|starts?|ends?|would|is to|are to|to be held"
    r"|intends?|hopes?|aims?|set to|ahead of|tomorrow|forthcoming|prepare|could|might"
    r"|to be \w+ed"
)
_PAST_WORDS = (
    r"was|were|had|did|said|ago|last|earlier|met|went|came|took|made|gave|told|began|saw|held"
    r"|left|won|lost|fell|rose|sold|bought|paid|spent|fled|got|found|thought|brought|wrote"
    r"|spoke|became|sent|struck|hit|led|ran|set|kept|put|shot|stood|seen|been|done|gone"
    r"|announced|since|former|previous|yesterday|\w+ed"
)
_TENSE_RX = re.compile(
    rf"(?<![\w'])(?:(?P<future>{_FUTURE_WORDS})|(?P<past>{_PAST_WORDS}))(?![\w'])", re.IGNORECASE
)
_NOT_PAST = {
    "need",
    "needed",
    "based",
    "united",
    "indeed",
    "speed",
    "seed",
    "feed",
    "proceed",
    "succeed",
    "exceed",
    "bed",
    "red",
    "shed",
    "embed",
    "armed",
    "called",
    "concerned",
    "expected",
    "planned",
    "scheduled",
    "proposed",
    "alleged",
    "named",
    "related",
    "limited",
    "detailed",
    "advanced",
    "hundred",
    "ed",
    "med",
    "wed",
    "ted",
    "reed",
    "breed",
    "weed",
    "greed",
    "creed",
    "deed",
    "steed",
    "heed",
}
# Future markers that are nouns after "the" ("the end of May", "the start of talks").
_NOUN_TOO = frozenset(
    {"end", "ends", "start", "starts", "begin", "begins", "plan", "plans", "aim", "aims", "hope", "hopes"}
)
# A determiner before such a word makes it a noun: "at the end of May", "unveiled its plan on
# Thursday", "their hopes on Monday".
_NOUN_DETERMINER_RX = re.compile(r"(?:\b(?:the|its|his|her|their|our|my|your|a|an|whose)|['’]s) \Z")
# One alternative per end mark: with a plain character first in each, the regex engine
# skips ahead to the next candidate instead of trying the pattern at every position.
_SENTENCE_END = re.compile(r"\.\s|!\s|\?\s|;\s|\n")


_FREQUENT_INITIALS = "taoiswcbpfhmdrelngyuvjkqzx"  # of English words, most frequent first


def _by_first_letter(alternatives: str) -> str:
    """The same alternation with the words grouped under their first letter ("w(?:ill|o)").

    The regex engine tries alternatives in turn; grouped, it looks at one group per word
    instead of at every marker. At a position only the words of one group can match, and
    within it their order is kept, so the same alternative wins as before; the groups are
    tried for the most frequent initials first. An alternative need only start with a plain
    letter ("to be \\w+ed" joins the "t" words); those that do not ("\\w+ed") must come last
    and stay last.
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for word in alternatives.split("|"):
        plain = re.match(r"[a-z'](?![?*+{])", word)
        if plain and not rest:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            rest.append(word)
    firsts = sorted(groups, key=lambda first: _FREQUENT_INITIALS.find(first) % 100)
    grouped = [f"{re.escape(first)}(?:{'|'.join(groups[first])})" for first in firsts]
    return "|".join(grouped + rest)


# The same markers for lower-cased text, without groups or IGNORECASE: several times faster
# because the regex engine then skips alternatives on their first letter. A marker is a
# future one exactly when the future alternatives alone match it whole.
_TENSE_LOWER_RX = re.compile(rf"(?<![\w'])(?:{_by_first_letter(_FUTURE_WORDS + '|' + _PAST_WORDS)})(?![\w'])")
# The same markers found by the character before them, which the regex engine tests from a
# table of ASCII characters at each position (a look-behind is a call at each position): a
# match is that character and the marker, found from one character before a clause.
_TENSE_AFTER_RX = re.compile(r"[^0-9A-Za-z_'](?<=[^\w'])" + _TENSE_LOWER_RX.pattern[len(r"(?<![\w'])") :])
_FUTURE_FORM_RX = re.compile(rf"(?:{_FUTURE_WORDS})")
# Characters whose lower case is longer, or that IGNORECASE equates with an ASCII letter
# although their lower case differs (İ, ı, ſ): texts holding one take the exact slow path.
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f]")
_lowered: tuple[str, str | None] = ("", "")


_ASCII_BYTES = bytes(range(128))


def _lower_text(text: str) -> str | None:
    """`text` lower-cased with unchanged offsets (cached for the text last asked about)."""
    global _lowered
    if _lowered[0] is not text:
        _lowered = (text, _lower_keeping_offsets(text))
    return _lowered[1]


def _lower_keeping_offsets(text: str) -> str | None:
    """`text.lower()`, or None for a text holding a case trap.

    News text is ASCII but for a few quotes and dashes, and str.lower() is slow on any other
    text. So the characters beyond ASCII are picked out (in UTF-8, every byte of theirs is
    past 127); when lower-casing leaves them as they are, lower-casing the UTF-8 bytes,
    which touches ASCII letters alone, gives the same text several times faster.
    """
    if text.isascii():
        return text.lower()
    try:
        encoded = text.encode()
    except UnicodeEncodeError:  # lone surrogates
        return None if _CASE_TRAPS.search(text) else text.lower()
    others = encoded.translate(None, _ASCII_BYTES).decode()
    if _CASE_TRAPS.search(others):
        return None
    return encoded.lower().decode() if others.lower() == others else text.lower()


def lowered_text(text: str) -> str | None:
    """`text` lower-cased with unchanged offsets, or None when case-folding could differ from
    lower-casing (see _CASE_TRAPS). Lets other rules run case-sensitive regexes, which skip
    ahead on literal first letters, where a case-insensitive one would try every position."""
    return _lower_text(text)


def lower_cased(text: str) -> str:
    """``text.lower()``, from the cache lowered_text keeps for the text last asked about (the
    article the rules are reading), so that a rule asking for each mention does not lower-case
    the whole article each time."""
    lowered = _lower_text(text)
    return text.lower() if lowered is None else lowered


def clause_tense(text: str, start: int, end: int, window: int = 90) -> str | None:
    """Tense of the clause around text[start:end]: the nearest tense marker wins.

    Of the markers before the match, the last one that tells a tense is the nearest (any
    earlier one is further away), so only those are read, from the last one back."""
    left = max(0, start - window)
    right = min(len(text), end + window)
    for boundary in _SENTENCE_END.finditer(text, left, start):
        left = boundary.end()
    cut = _SENTENCE_END.search(text, end, right)
    if cut:
        right = cut.start() + 1
    lowered = _lower_text(text)
    if lowered is None:
        return _exact_clause_tense(text, start, end, left, right)
    before: list[tuple[int, int]] = []  # the markers that end before the match
    settled = False  # whether the nearest of them has been read
    best: tuple[float, str] | None = None
    found = (
        _TENSE_AFTER_RX.finditer(lowered, left - 1, right)
        if left
        else _TENSE_LOWER_RX.finditer(lowered, 0, right)
    )
    for match in found:
        found_start, found_end = match.span()
        if left:
            found_start += 1  # past the character before the marker
        if found_end <= start:
            before.append((found_start, found_end))
            continue
        if not settled:
            settled = True
            if before:
                best = _nearest_before(text, lowered, before, start)
        if start <= found_start < end:
            continue
        kind = _kind_at(lowered, lowered[found_start:found_end], found_start)
        if kind is None:
            continue
        distance = (found_start - end) * 1.5
        if best is None or distance < best[0]:
            best = (distance, kind)
        if found_start >= end:
            break  # markers further right are further away: this one was the nearest there
    if not settled and before:
        best = _nearest_before(text, lowered, before, start)
    return best[1] if best else None


def _kind_at(lowered: str, marker: str, at: int) -> str | None:
    """FUTURE or PAST for a marker found at `at` of the lower-cased text, or None where it
    tells no tense: a noun after a determiner, a past-looking word that is no verb, a
    participle after a future "be"."""
    if marker.lower() in _NOUN_TOO and _NOUN_DETERMINER_RX.search(lowered, max(0, at - 7), at):
        return None  # "at the end of May", "its plan": a noun, no sign of the future
    kind = _marker_kind(marker)
    if kind == PAST and _after_be(lowered, at):
        return None  # "will be held in July": the auxiliary tells the tense
    return kind


def _nearest_before(
    text: str, lowered: str, markers: list[tuple[int, int]], start: int
) -> tuple[float, str] | None:
    """The distance and tense of the last of `markers` (spans that end by `start`) that tells
    a tense; a verb the date is attached to ("said on Friday") is at no distance."""
    for found_start, found_end in reversed(markers):
        kind = _kind_at(lowered, lowered[found_start:found_end], found_start)
        if kind is not None:
            if _GOVERNING_GAP_RX.fullmatch(text, found_end, start):
                return 0.0, kind
            return start - found_end, kind
    return None


def _exact_clause_tense(text: str, start: int, end: int, left: int, right: int) -> str | None:
    """clause_tense for a text whose case-folding may differ from its lower case: the
    case-blind markers, each read in turn."""
    best: tuple[float, str] | None = None
    for match in _TENSE_RX.finditer(text, left, right):
        found_start, found_end = match.span()
        if start <= found_start < end:
            continue
        word = match.group().lower()
        if word in _NOUN_TOO and _NOUN_DETERMINER_RX.search(
            text.lower(), max(0, found_start - 7), found_start
        ):
            continue  # "at the end of May", "its plan": a noun, no sign of the future
        kind = FUTURE if match.lastgroup == "future" else PAST
        if kind == PAST and word in _NOT_PAST:
            continue
        if kind == PAST and _after_be(text, found_start):
            continue  # "will be held in July": the auxiliary tells the tense
        if found_end <= start and _GOVERNING_GAP_RX.fullmatch(text, found_end, start):
            distance = 0.0  # "said on Friday, would ...": the verb the date is attached to
        else:
            distance = start - found_end if found_end <= start else (found_start - end) * 1.5
        if best is None or distance < best[0]:
            best = (distance, kind)
        if found_start >= end:
            break  # markers further right are further away: this one was the nearest there
    return best[1] if best else None


# What may stand between a verb and the date attached to it: "said on Friday", "met in May".
_GOVERNING_GAP_RX = re.compile(r"\s+(?:(?:on|in|at|during)\s+)?")
_FUTURE_BE = ("will be ", "'ll be ", "’ll be ", "shall be ", "won't be ", "won’t be ", " to be ")


def _after_be(text: str, start: int) -> bool:
    """Whether the word at `start` is a participle after a future "be" ("will be held",
    "is to be signed"), whose tense is the auxiliary's, not a past verb's."""
    return text[max(0, start - 9) : start].lower().endswith(_FUTURE_BE)


_KINDS: dict[str, str | None] = {}


def _marker_kind(marker: str) -> str | None:
    """FUTURE or PAST for a marker found in lower-cased text; None for a past-looking word
    that is not a verb ("needed", "hundred"). Remembered: the same few words recur."""
    kind = _KINDS.get(marker, "")
    if kind == "":
        word = marker.lower()
        kind = FUTURE if _FUTURE_FORM_RX.fullmatch(word) else PAST
        if kind == PAST and word in _NOT_PAST:
            kind = None
        if len(_KINDS) > 100_000:  # "-ed" words are many; keep memory bounded
            _KINDS.clear()
        _KINDS[marker] = kind
    return kind


def add_months(day: date, months: int) -> date:
    """The first day of the month `months` away from `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_value(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


def nearest_weekday(dct: date, weekday: int, tense: str | None) -> date:
    """The named ISO weekday nearest the DCT: on/before it for the past, on/after for the future."""
    delta = weekday - dct.isoweekday()
    ahead, back = delta % 7, (-delta) % 7
    if tense == FUTURE or (tense is None and ahead < back):
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


_TENSE_REACH_DAYS = 270


def _by_tense(dct: date, candidates: list[date], tense: str | None, reach: int = _TENSE_REACH_DAYS) -> date:
    """The candidate nearest the DCT in the tense's direction, unless that one is far away.

    A past-tense "Nov. 21" in a late-October article is usually a coming date mentioned in
    a past-tense clause ("said the dividend is payable Nov. 21"), so the tense only decides
    between candidates within about nine months.
    """
    gaps = [abs((c - dct).days) for c in candidates]
    nearest = candidates[gaps.index(min(gaps))]  # the first of the nearest, as min() gives
    if tense != PAST and tense != FUTURE:
        return nearest
    best, best_gap = nearest, None
    for candidate, gap in zip(candidates, gaps, strict=True):
        if (candidate <= dct if tense == PAST else candidate >= dct) and (best_gap is None or gap < best_gap):
            best, best_gap = candidate, gap
    return best if best_gap is not None and best_gap <= reach else nearest


# Relative dates already worked out: an article names the same months and days again and
# again against one DCT. Bounded: the keys vary with the DCT.
_NEAREST: dict[tuple, date | None] = {}
_NEAREST_LIMIT = 50_000


def nearest_month_day(dct: date, month: int, day: int, tense: str | None) -> date | None:
    """The year for a month and day given without one, chosen by tense then by closeness."""
    key = (dct, month, day, tense)
    try:
        return _NEAREST[key]
    except KeyError:
        pass
    if len(_NEAREST) >= _NEAREST_LIMIT:
        _NEAREST.clear()
    found = _NEAREST[key] = _nearest_month_day(dct, month, day, tense)
    return found


def _nearest_month_day(dct: date, month: int, day: int, tense: str | None) -> date | None:
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _by_tense(dct, candidates, tense) if candidates else None


def nearest_month(dct: date, month: int, tense: str | None) -> date:
    """First day of the named month: in the DCT year unless the tense points across a year end."""
    key = (dct, month, tense)  # three items: never equal to a key of nearest_month_day
    try:
        return _NEAREST[key]  # type: ignore[return-value]
    except KeyError:
        pass
    if len(_NEAREST) >= _NEAREST_LIMIT:
        _NEAREST.clear()
    found = _NEAREST[key] = _nearest_month(dct, month, tense)
    return found


def _nearest_month(dct: date, month: int, tense: str | None) -> date:
    current = date(dct.year, dct.month, 1)
    if tense is None:
        return date(dct.year, month, 1)
    candidates = [date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    # A month named in a future clause ("expected in October") is the next one, however
    # far; a past clause may still name a coming month ("said the vote is in March").
    return _by_tense(current, candidates, tense, reach=366 if tense == FUTURE else 320)


# Reading the tense of the clause is the costly part of resolving a relative date, and a
# date near the DCT comes out the same whatever the tense: these ask for it only elsewhere.
_TENSE_FREE_DAYS = 90  # a month and day this close to the DCT is the one nearest it


def month_day_by_tense(dct: date, month: int, day: int, tense: Callable[[], str | None]) -> date | None:
    """``nearest_month_day(dct, month, day, tense())``, calling `tense` only where its answer
    may change the date. Within _TENSE_FREE_DAYS of the DCT, the date in the DCT's year is
    the nearest, and the same date a year before or after lies beyond _TENSE_REACH_DAYS, so
    neither tense can pick another."""
    if day >= 1 and (day <= 28 or month != 2 and day <= 30 or day == 31 and month in _LONG_MONTHS):
        this_year = date(dct.year, month, day)
        if abs((this_year - dct).days) <= _TENSE_FREE_DAYS:
            return this_year
    return nearest_month_day(dct, month, day, tense())


_LONG_MONTHS = frozenset({1, 3, 5, 7, 8, 10, 12})
assert _TENSE_FREE_DAYS + _TENSE_REACH_DAYS < 365


def month_by_tense(dct: date, month: int) -> date | None:
    """The month ``nearest_month`` gives whatever the tense, or None where the tense decides:
    the DCT's own month, and the next one in its year (a year back it lies beyond the past
    tense's reach of 320 days), come out the same under any tense."""
    if month == dct.month or month == dct.month + 1:
        return date(dct.year, month, 1)
    return None


def weekday_by_tense(dct: date, weekday: int, tense: Callable[[], str | None]) -> date:
    """``nearest_weekday(dct, weekday, tense())``; the DCT's own weekday is the DCT whatever
    the tense, so `tense` is not called for it."""
    if weekday == dct.isoweekday():
        return dct
    return nearest_weekday(dct, weekday, tense())
