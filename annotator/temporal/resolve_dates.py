"""Normalisers for calendar expressions: dates, months, weekdays, clock times, deictic days."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .anchoring import (
    FUTURE,
    PAST,
    add_months,
    day_value,
    month_by_tense,
    month_day_by_tense,
    month_value,
    nearest_month,
    nearest_weekday,
    week_value,
    weekday_by_tense,
)
from .context import Context, Resolution
from .lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS, number_value
from .names import in_name

_CLOCK_RX = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?:(?P<ap>[ap])|o'clock|in the (?P<part>\w+))?",
    re.IGNORECASE,
)
_MONTH_PREPOSITIONS = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|through|during|last|next|this|early|late|mid"
    r"|to|and|or|between|before|after|around|that|each|every)[\s-]+(?:at\s+least\s+)?"
    r"|\b(?:at\s+least|as\s+early\s+as|as\s+late\s+as)\s+)$",
    re.IGNORECASE,
)


_UNTIL = re.compile(r"\b(?:until|till|through|by)\s+\Z", re.IGNORECASE)


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]


_DIGITS = re.compile(r"\d+")


def day_number(word: str) -> int:
    digits = _DIGITS.match(word)
    if digits is None:
        raise ValueError(f"no day number in {word!r}")
    return int(digits.group())


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_weekday(ctx: Context, month: int, day: int, weekday: int) -> date | None:
    """A month and day whose year is fixed by the weekday named with it ("Friday, Oct. 23")."""
    dct = ctx.dct
    assert dct is not None
    options = [_safe_date(y, month, day) for y in range(dct.year - 6, dct.year + 2)]
    fitting = [d for d in options if d and d.isoweekday() == weekday]
    if not fitting:
        return None
    return min(fitting, key=lambda d: abs((d - dct).days))


# A year glued to the next word, as text scraped from a page often has it after the date of
# an embedded post ("(@user) September 28, 2017Spencer responded"); the rule patterns end
# at a word boundary and so stop before the year.
_GLUED_YEAR = re.compile(r",[ \t](1[5-9]\d\d|20\d\d)(?=[^\W_])")

# "August 6 of that year", "in May of the following year", "in April that year": the year
# is the one last mentioned (or next to it), not the one nearest the DCT.
_OF_ANAPHORIC_YEAR = re.compile(
    r",?\s+(?:of\s+)?(?:(?P<same>that|the\s+same)|the\s+(?P<step>following|next|previous|preceding))"
    r"\s+year\b",
    re.IGNORECASE,
)
_THAT_BEFORE = re.compile(r"\b[Tt]hat\s+\Z")  # "That April, ...": the month of the year last named


def that_year(ctx: Context) -> int | None:
    """The year last mentioned, for a month or season after "that" ("That April"); none
    when the text has named no year before it."""
    if ctx.last_year is None or not _THAT_BEFORE.search(ctx.text, max(0, ctx.start - 6), ctx.start):
        return None
    return ctx.last_year


def anaphoric_year(ctx: Context) -> int | None:
    """The year "of that year" after the match names, taking the words into the timex."""
    found = _OF_ANAPHORIC_YEAR.match(ctx.text, ctx.end)
    if found is None or ctx.anchor_year is None:
        return None
    ctx.end = found.end()
    if found["same"]:
        return ctx.anchor_year
    return ctx.anchor_year + (1 if found["step"].lower() in ("following", "next") else -1)


def full_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, day = month_number(m["mon"]), day_number(m["day"])
    groups = m.re.groupindex  # "the week of June 9" names neither a weekday nor a year
    year = m["y"] if "y" in groups else None
    if not year and "y" in groups and ctx.text.startswith(",", ctx.end):
        glued = _GLUED_YEAR.match(ctx.text, ctx.end)
        if glued:
            year, ctx.end = glued[1], glued.end()
    if not year and "y" in groups:
        year = anaphoric_year(ctx)
    if year:
        found = _safe_date(int(year), month, day)
        if not found:
            return None
        ctx.mention(found)
        return "DATE", day_value(found), None
    if _safe_date(2000, month, day) is None:
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    found = None
    if "wd" in groups and m["wd"]:
        found = _with_weekday(ctx, month, day, weekday_number(m["wd"]))
    found = found or month_day_by_tense(ctx.dct, month, day, ctx.tense)
    if found is None:
        return None
    ctx.mention(found)
    return "DATE", day_value(found), None


def iso_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if not found:
        return None
    ctx.mention(found)
    if m["hh"]:
        return "TIME", f"{found.isoformat()}T{m['hh']}:{m['mm']}", None
    return "DATE", day_value(found), None


def slash_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = int(m["y"])
    if year < 100:
        year += 2000 if year <= 40 else 1900
    found = _safe_date(year, int(m["m"]), int(m["d"]))
    if not found:
        return None
    ctx.mention(found)
    return "DATE", day_value(found), None


def week_of(m: re.Match[str], ctx: Context) -> Resolution | None:
    result = full_date(m, ctx)
    if result is None or result[1].startswith("X"):
        return result
    return "DATE", week_value(date.fromisoformat(result[1])), None


def _spelled_year(words: str) -> int | None:
    words = words.lower().replace("-", " ")
    if "two thousand" in words:
        return 2000
    head, _, rest = words.partition(" ")
    century = {"nineteen": 1900, "twenty": 2000}.get(head)
    if century is None:
        return None
    if rest == "hundred":
        return century
    value = number_value(rest)
    return None if value is None else century + int(value)


def month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    month = month_number(m["mon"])
    year: int | None
    if m["y"]:
        year = int(m["y"])
    elif m["spelled"]:
        year = _spelled_year(m["spelled"])
    elif ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", None
    else:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    if year is None:
        return None
    ctx.mention(date(year, month, 1))
    return "DATE", f"{year:04d}-{month:02d}", None


def relative_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    month = month_number(m["mon"])
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", None
    rel = m["rel"].lower()
    current = date(ctx.dct.year, ctx.dct.month, 1)
    if rel in ("last", "this past", "the past"):
        found = nearest_month(add_months(current, -1), month, PAST)
    elif rel in ("next", "this coming", "the coming"):
        found = nearest_month(add_months(current, 1), month, FUTURE)
    else:
        found = date(ctx.dct.year, month, 1)
    ctx.mention(found)
    return "DATE", month_value(found), None


def bare_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["mon"]
    if len(word.rstrip(".")) <= 4 and word.lower().rstrip(".") not in ("may", "june", "july"):
        return None
    if word.lower() in ("may", "march") and not _MONTH_PREPOSITIONS.search(
        ctx.text, max(0, ctx.start - 20), ctx.start
    ):
        return None
    month = month_number(word)
    year = anaphoric_year(ctx)
    if year is None:
        year = that_year(ctx)
    if year is not None:
        ctx.mention(date(year, month, 1))
        return "DATE", f"{year:04d}-{month:02d}", None
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", None
    found = month_by_tense(ctx.dct, month)  # the same month whatever the tense, or None
    if found is None:
        tense = ctx.tense()
        if tense is None and _UNTIL.search(ctx.text, max(0, ctx.start - 8), ctx.start):
            tense = FUTURE  # "the ban runs until March": a limit still ahead
        found = nearest_month(ctx.dct, month, tense)
    ctx.mention(found)
    return "DATE", month_value(found), None


def _relative_weekday(ctx: Context, rel: str | None, weekday: int) -> date:
    assert ctx.dct is not None
    if rel in ("last", "this past", "the past"):
        return nearest_weekday(ctx.dct - timedelta(days=1), weekday, PAST)
    if rel in ("next", "this coming", "the coming"):
        return nearest_weekday(ctx.dct + timedelta(days=1), weekday, FUTURE)
    if rel == "this":
        monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1)
        return monday + timedelta(days=weekday - 1)
    if rel in ("the previous",):
        return nearest_weekday((ctx.anchor or ctx.dct) - timedelta(days=1), weekday, PAST)
    if rel in ("the following", "the next"):
        return nearest_weekday((ctx.anchor or ctx.dct) + timedelta(days=1), weekday, FUTURE)
    return weekday_by_tense(ctx.dct, weekday, ctx.tense)


# Days with a name of their own ("Good Friday", "Super Tuesday", "Bloody Sunday"): not the
# weekday of the week written in, and not a date this resolver can tell.
_NAMED_DAY_RX = re.compile(
    r"\b(?:Good|Black|Bloody|Super|Cyber|Ash|Holy|Palm|Maundy|Easter|Whit|Giving|Shrove|Fat|Blue"
    r"|Business)\s+\Z"
)


def weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    if ctx.text.startswith(" Night Live", ctx.end):  # a show's name
        return None
    if _NAMED_DAY_RX.search(ctx.text, max(0, ctx.start - 10), ctx.start):
        return None
    number = weekday_number(m["wd"])
    if m["plural"]:
        return "SET", f"XXXX-WXX-{number}", None
    if ctx.dct is None:
        return "DATE", f"XXXX-WXX-{number}", None
    found = _relative_weekday(ctx, m["rel"].lower() if m["rel"] else None, number)
    ctx.mention(found)
    return "DATE", day_value(found), None


_DEICTIC_SHIFT = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "tonight": 0,
}


def deictic_day(word: str, ctx: Context) -> date | None:
    if ctx.dct is None:
        return None
    return ctx.dct + timedelta(days=_DEICTIC_SHIFT[word.lower()])


def deictic(m: re.Match[str], ctx: Context) -> Resolution | None:
    if in_name(ctx.text, ctx.start, ctx.end, after=False):  # "USA Today"
        return None
    found = deictic_day(m.group(), ctx)
    if found is None:
        return (
            "DATE",
            "PRESENT_REF"
            if m.group().lower() == "today"
            else ("PAST_REF" if "yester" in m.group().lower() else "FUTURE_REF"),
            None,
        )
    ctx.mention(found)
    return "DATE", day_value(found), None


def _day_of(word: str | None, ctx: Context) -> date | None:
    """The date a day word names ("Friday", "yesterday", "this"), or the anchor date."""
    if not word:
        return ctx.anchor
    lower = word.lower()
    if lower in _DEICTIC_SHIFT:
        return deictic_day(lower, ctx)
    if lower in WEEKDAYS and ctx.dct is not None:
        return weekday_by_tense(ctx.dct, WEEKDAYS[lower], ctx.tense)
    if lower == "last" and ctx.dct is not None:
        return ctx.dct - timedelta(days=1)
    if lower in ("the next",) and ctx.anchor is not None:
        return ctx.anchor + timedelta(days=1)
    return ctx.dct if lower in ("this",) else ctx.anchor


def day_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    found = _day_of(m["day"], ctx)
    code = PARTS_OF_DAY[m["part"].lower()]
    if found is None:
        return "TIME", f"XXXX-XX-XXT{code}", None
    ctx.mention(found)
    return "TIME", f"{day_value(found)}T{code}", None


def part_word(m: re.Match[str], ctx: Context) -> Resolution | None:
    if in_name(ctx.text, ctx.start, ctx.end, after=False):  # "World News Tonight"
        return None
    word = m.group().lower()
    found = ctx.dct if word == "tonight" else ctx.anchor
    prefix = day_value(found) if found else "XXXX-XX-XX"
    if word == "midday":
        return "TIME", f"{prefix}T12:00", None
    return "TIME", f"{prefix}T{PARTS_OF_DAY[word]}", None


def clock_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    clock = m["clock"].lower()
    if clock == "noon":
        hour, minute = 12, 0
    elif clock == "midnight":
        hour, minute = 24, 0
    else:
        parts = _CLOCK_RX.match(clock)
        if not parts:
            return None
        hour, minute = int(parts["h"]), int(parts["m"] or 0)
        if parts["ap"] == "p" or parts["part"] in ("afternoon", "evening"):
            hour += 12 if hour < 12 else 0
        elif parts["ap"] == "a" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    if m["mon"] and ctx.dct is not None:
        found = month_day_by_tense(ctx.dct, month_number(m["mon"]), day_number(m["day"]), ctx.tense)
    else:
        found = _day_of(m["wd"], ctx)
    prefix = day_value(found) if found else "XXXX-XX-XX"
    if m["wd"] or m["mon"]:
        ctx.mention(found)
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}", None
