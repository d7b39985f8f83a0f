"""Word tables and regex fragments for English temporal expressions.

Names of months and weekdays are matched case-sensitively (capitalised or upper case)
so that the verbs "may" and "march" are not taken for months.
"""

from __future__ import annotations


def cap(word: str) -> str:
    """Regex for a word with either case of its first letter ("[Ll]ast")."""
    return f"[{word[0].upper()}{word[0].lower()}]{word[1:]}"


def caps(*words: str) -> str:
    """Alternation of words with a free case for the first letter."""
    return "(?:" + "|".join(cap(w) for w in sorted(words, key=len, reverse=True)) + ")"


MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_FULL = [w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july")]
_MONTH_ABBR = [w for w in MONTHS if w not in _MONTH_FULL]
#: The months' full names, capitalised, January first.
MONTH_NAMES = tuple(w.capitalize() for w in _MONTH_FULL)
MONTH_RX = (
    "(?:"
    + "|".join(w.capitalize() for w in sorted(_MONTH_FULL, key=len, reverse=True))
    + "|"
    + "|".join(w.upper() for w in _MONTH_FULL)
    + "|(?:"
    + "|".join(w.capitalize() for w in sorted(_MONTH_ABBR, key=len, reverse=True))
    + r")\.?)(?![\w])"
)

WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
WEEKDAY_RX = (
    "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + "|" + "|".join(w.upper() for w in WEEKDAYS) + ")"
)

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_RX = caps(*SEASONS)

SMALL_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE_NUMBERS = (
    "a few",
    "few",
    "several",
    "many",
    "some",
    "a couple of",
    "a couple",
    "couple of",
    "couple",
    "a number of",
)
ARTICLE_NUMBERS = ("a", "an", "a single", "one more")

_TENS_WORD = caps(*TENS) + "(?:[ -]" + caps(*list(SMALL_NUMBERS)[1:10]) + ")?"
NUMBER_WORD_RX = f"(?:{_TENS_WORD}|{caps(*SMALL_NUMBERS)}|{cap('a')} {cap('hundred')}|{cap('hundred')}s)"
NUMBER_RX = (
    r"(?:\d+(?:\.\d+)?(?: 1/2)?|(?:"
    + NUMBER_WORD_RX
    + r"|\d+)(?: and a half)?|"
    + caps(*VAGUE_NUMBERS)
    + "|"
    + caps("a", "an")
    + ")"
)

UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "E",
    "century": "C",
    "centurie": "C",
    "millenium": "L",
    "millennium": "L",
    "weekend": "WE",
}
TIME_UNITS = {"second", "minute", "hour"}
# Units take a capital in title-case headlines ("For At Least 18 Years").
UNIT_RX = (
    "(?:(?:trading |business |calendar )?(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|fortnight"
    "|[Mm]onth|quarter|[Yy]ear|[Dd]ecade|[Cc]entur(?:y|ie)|millenn?i(?:um|a))s?)"
)

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
    "final": 4,
}
QUARTER_ORD_RX = "(?:first|second|third|fourth|1st|2nd|3rd|4th|First|Second|Third|Fourth)"

CENTURY_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}

CENTURY_ORD_RX = caps(*CENTURY_ORDINALS)
DAY_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
    "9th": 9,
    "10th": 10,
}
DAY_ORD_RX = "(?:" + "|".join(sorted(DAY_ORDINALS, key=len, reverse=True)) + ")"

DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
    "midday": "MI",
    "daytime": "DT",
}


def number_value(word: str) -> float | None:
    """Numeric value of a number phrase; None for vague quantities ("several")."""
    word = word.lower().strip()
    if word.endswith(" and a half"):  # "two and a half"
        whole = number_value(word[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if word in ("a", "an", "a single", "one more"):
        return 1
    if word[:1].isdigit():
        if word.endswith(" 1/2"):
            return float(word[:-4]) + 0.5
        return float(word)
    if word in SMALL_NUMBERS:
        return SMALL_NUMBERS[word]
    if word in ("a hundred", "hundreds"):
        return 100 if word == "a hundred" else None
    if word in ("a couple of", "a couple", "couple of", "couple"):
        return 2
    parts = word.replace("-", " ").split()
    if parts and parts[0] in TENS:
        return TENS[parts[0]] + (SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None
