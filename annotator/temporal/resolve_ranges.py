"""Normalisers for ranges ("2015-2016", "between 6 and 9 months"), days counted from the last
date mentioned ("the day before", "the third day") and bare plural units beside "before" or
"after" ("minutes before": a duration whose count is not said)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .anchoring import day_value
from .context import Context, Resolution
from .lexicon import SMALL_NUMBERS, TENS, UNITS, number_value
from .resolve_durations import duration_value, unit_key
from .resolve_spans import shift_value


def year_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "2015-2016", "1998-99": two years, the first a timex of its own (as TimeML writes a
    range: two points). A second number that cannot end the range is no year."""
    first, second = int(m["a"]), m["b"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and last <= first:
        last += 100  # "1999-00"
    if not 0 < last - first <= 100:
        return None
    ctx.piece = (m.start("a"), m.end("a"), "DATE", f"{first:04d}", None)
    ctx.start = m.start("b")
    ctx.mention_year(last)
    return "DATE", f"{last:04d}", None


def range_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "between 6 and 9 months", "two to six days", "6-9 months": two durations, the first
    bare ("6"), as TimeML writes a range. "Two or three days" and "the past two to three
    years" stay one duration of unknown length."""
    unit = unit_key(m["unit"])
    first = m["a"] or m["a2"]
    if m["a2"] and m.string[m.end("a2") : m.start("b")] == "-" and _compound(m["a2"], m["b"]):
        # "twenty-five years": one number written with a hyphen, not a range.
        return "DURATION", duration_value(number_value(f"{m['a2']}-{m['b']}"), unit), None
    low = number_value(first)
    if m["the"] or m["conj"] == "or" or low is None or number_value(m["b"]) is None:
        return "DURATION", duration_value(None, unit), None
    start = m.start("a") if m["a"] else m.start("a2")
    ctx.piece = (start, start + len(first), "DURATION", duration_value(low, unit), None)
    ctx.start = m.start("b")
    return "DURATION", duration_value(number_value(m["b"]), unit), None


def _compound(tens: str, unit: str) -> bool:
    """Whether two number words make one ("twenty" and "five": twenty-five)."""
    return tens.lower() in TENS and unit.lower() in SMALL_NUMBERS and 0 < SMALL_NUMBERS[unit.lower()] < 10


_PARTS = {"morning": "MO", "night": "NI", "evening": "EV"}


def day_before(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "The day before", "the week after": one unit from the last date mentioned."""
    unit = m["unit"].lower()
    step = 1 if m["dir"].lower() == "after" else -1
    if unit == "year":
        year = ctx.anchor_year
        return (
            ("DATE", f"{year + step:04d}", None)
            if year is not None
            else ("DATE", "PAST_REF" if step < 0 else "FUTURE_REF", None)
        )
    base = ctx.anchor
    if unit in _PARTS:
        prefix = day_value(base + timedelta(days=step)) if base else "XXXX-XX-XX"
        return "TIME", f"{prefix}T{_PARTS[unit]}", None
    if base is None:
        return "DATE", "PAST_REF" if step < 0 else "FUTURE_REF", None
    value = shift_value(base, unit, step)
    if unit == "day" and value:
        ctx.mention(date.fromisoformat(value))
    return ("DATE", value, None) if value else None


def nth_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "The third day (of the talks)", "a third straight day": in news, the day being
    reported, which is the last date mentioned (as TimeBank reads "the eighth day of Desert
    Shield"), not a day counted from it."""
    base = ctx.anchor
    return "DATE", day_value(base) if base else "XXXX-XX-XX", None


def units_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Months ago", "days from now": a point in the past (or future), no more said."""
    return "DATE", "PAST_REF" if m["dir"].lower() == "ago" else "FUTURE_REF", None


def units_around(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Minutes before", "days after", "weeks later", "months-long": a duration of unknown
    count."""
    # the pattern's look-ahead also lets the text's end pass
    if ctx.end == len(ctx.text) and not m.group().endswith("long"):
        return None
    unit = unit_key(m["unit"])
    return ("DURATION", duration_value(None, unit), None) if unit in UNITS else None


def all_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "All year", "all week": the current one, as a whole."""
    if ctx.dct is None:
        return "DATE", "PRESENT_REF", None
    value = shift_value(ctx.dct, m["unit"].lower(), 0)
    return ("DATE", value, None) if value else None


# Days known by a name alone (sources: the dates of the Normandy landings and of the
# September 11 attacks; the 20th Amendment fixes Inauguration Day on January 20).
_FIXED_DAYS = {"d-day": "1944-06-06", "9/11": "2001-09-11"}


def named_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "D-Day", "9/11", "Inauguration Day" (the last one on or before the DCT; years
    after a presidential election, 1 more than a multiple of four)."""
    name = m["name"].lower()
    if name in _FIXED_DAYS:
        ctx.mention(date.fromisoformat(_FIXED_DAYS[name]))  # "lost their lives that day"
        return "DATE", _FIXED_DAYS[name], None
    if ctx.dct is None:
        return "DATE", "XXXX-01-20", None
    year = ctx.dct.year - (ctx.dct.year - 1) % 4
    if year == ctx.dct.year and ctx.dct < date(year, 1, 20):
        year -= 4
    ctx.mention(date(year, 1, 20))
    return "DATE", f"{year:04d}-01-20", None


def unit_or_two(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "The next week or two": a length of one unit or two, so of unknown count."""
    return "DURATION", duration_value(None, unit_key(m["unit"])), None
