"""Finds and normalises the temporal expressions of a text (TimeML TIMEX3).

Candidates are found left to right exactly as one scan with the combined rule regex would
find them (scanner.py tries at each word only the rules that can start there); each is
normalised by its rule's resolver against the document creation time (DCT) and the dates
already mentioned, then widened to the left by a qualifying modifier ("late", "almost", ...).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from . import resolve_dates as rd
from . import resolve_spans as rs
from .context import Context, Resolution
from .patterns import RULE_NAMES, RULE_RXS
from .scanner import rule_matches
from .timex import Timex

Resolver = Callable[[re.Match[str], Context], "Resolution | None"]

RESOLVERS: dict[str, Resolver] = {
    "iso": rd.iso_date, "slash": rd.slash_date, "clock": rd.clock_time,
    "month_day": rd.full_date, "day_month": rd.full_date, "week_of": rd.week_of,
    "month_year": rd.month_year, "rel_month": rd.relative_month, "month": rd.bare_month,
    "day_part": rd.day_part, "tonight": rd.part_word, "set_every": rs.set_every,
    "set_times": rs.set_times, "set_adverb": rs.set_adverb, "weekday": rd.weekday,
    "deictic": rd.deictic, "half": rs.half, "quarter": rs.quarter, "quarter_ref": rs.quarter_ref,
    "year_ago_adj": rs.year_earlier, "century": rs.century, "decade": rs.decade, "ago": rs.ago,
    "rel_unit": rs.relative_unit, "weekend": rs.weekend,
    "year_end": rs.year_end, "for_the_year": rs.for_the_year, "holiday": rs.holiday,
    "anaphor": rs.anaphor, "range_dur": rs.range_duration,
    "duration": rs.duration, "vague_dur": rs.vague_duration, "ahead": rs.vague_duration_ahead,
    "bare_units": rs.bare_units, "season": rs.season, "spelled_year": rs.spelled_year,
    "year": rs.year, "refs": rs.refs,
}
assert set(RESOLVERS) == set(RULE_NAMES)

_POINT_MODS = {"late": "END", "the end of": "END", "the close of": "END", "end of": "END",
               "early": "START", "the beginning of": "START", "the start of": "START",
               "mid": "MID", "the middle of": "MID", "earlier": "START", "later": "END"}
_AMOUNT_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
                "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
                "almost": "LESS_THAN", "just under": "LESS_THAN", "less than": "LESS_THAN",
                "under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
                "just over": "MORE_THAN", "well over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
                "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
                "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
                "within": "EQUAL_OR_LESS"}
_MOD_WORDS = sorted({*_POINT_MODS, *_AMOUNT_MODS}, key=len, reverse=True)
_MOD_BEFORE = re.compile(
    r"(?<![\w-])(?P<mod>" + "|".join(re.escape(w) for w in _MOD_WORDS) + r")(?:\s+|-)\Z",
    re.IGNORECASE,
)
_LOOKBACK = 24
_NUMERIC_START = re.compile(r"\d|[a-z]+ty|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten")


def _parse_dct(dct: str | date | None) -> date | None:
    if dct is None or dct == "":
        return None
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, date):
        return dct
    try:
        return date.fromisoformat(str(dct).strip()[:10])
    except ValueError:
        return None


def _modifier(text: str, start: int, type_: str, value: str, body: str) -> tuple[int, str] | None:
    """A modifier written just before a match that TimeML puts inside the span, with its code."""
    found = _MOD_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if not found:
        return None
    word = found["mod"].lower()
    lowered = body.lower()
    if word in _POINT_MODS:
        if type_ not in ("DATE", "TIME") or value.endswith("_REF") and word != "earlier":
            return None
        if word in ("earlier", "later") and not re.match(
            r"(?:this|that|today|yesterday|tomorrow|[a-z]+day\b|in\b)", lowered
        ):
            return None
        return found.start(), _POINT_MODS[word]
    if lowered.startswith("the ") and word in ("over", "within", "under", "some"):
        return None
    if word == "some" and not _NUMERIC_START.match(lowered):
        return None
    if type_ == "DURATION" or (type_ in ("DATE", "TIME") and (
        lowered.endswith("ago") or word in ("about", "around", "approximately", "roughly")
    )):
        return found.start(), _AMOUNT_MODS[word]
    return None


def tag(text: str, dct: str | date | None = None) -> list[Timex]:
    """Temporal expressions of `text`, anchored to the document creation time `dct`."""
    anchor = _parse_dct(dct)
    ctx = Context(text=text, dct=anchor, last_date=anchor)
    found: list[Timex] = []
    last_end = 0
    for match in rule_matches(text):
        name = match.lastgroup
        start, end = match.span()
        parts = RULE_RXS[name].fullmatch(text, start, end)
        if parts is None:
            continue
        ctx.start, ctx.end = start, end
        try:
            result = RESOLVERS[name](parts, ctx)
        except (ValueError, KeyError, IndexError, OverflowError, TypeError, AttributeError):
            result = None
        if result is None:
            continue
        type_, value, mod = result
        extension = _modifier(text, start, type_, value, match.group())
        if extension and extension[0] >= last_end and mod is None:
            start, mod = extension
        found.append(Timex(start, end, text[start:end], type_, value, mod))
        last_end = end
    return found
