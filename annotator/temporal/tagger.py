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
from . import resolve_durations as rdu
from . import resolve_ranges as rr
from . import resolve_spans as rs
from .anchoring import lowered_text
from .context import Context, Resolution
from .patterns import RULE_NAMES, RULE_RXS
from .quotes import DATING_RULES, QuoteDating, dated_spans
from .scanner import rule_matches
from .timex import Timex, new_timex

Resolver = Callable[[re.Match[str], Context], "Resolution | None"]

RESOLVERS: dict[str, Resolver] = {
    "iso": rd.iso_date,
    "slash": rd.slash_date,
    "clock": rd.clock_time,
    "month_day": rd.full_date,
    "day_month": rd.full_date,
    "week_of": rd.week_of,
    "month_year": rd.month_year,
    "rel_month": rd.relative_month,
    "month": rd.bare_month,
    "day_part": rd.day_part,
    "tonight": rd.part_word,
    "set_every": rs.set_every,
    "set_times": rs.set_times,
    "set_adverb": rs.set_adverb,
    "weekday": rd.weekday,
    "deictic": rd.deictic,
    "half": rs.half,
    "quarter": rs.quarter,
    "quarter_ref": rs.quarter_ref,
    "year_ago_adj": rs.year_earlier,
    "century": rs.century,
    "decade": rs.decade,
    "ago": rs.ago,
    "rel_unit": rs.relative_unit,
    "weekend": rs.weekend,
    "year_end": rs.year_end,
    "for_the_year": rs.for_the_year,
    "holiday": rs.holiday,
    "anaphor": rs.anaphor,
    "day_before": rr.day_before,
    "nth_day": rr.nth_day,
    "range_dur": rr.range_duration,
    "units_around": rr.units_around,
    "units_ago": rr.units_ago,
    "units_long": rr.units_around,
    "all_unit": rr.all_unit,
    "named_day": rr.named_day,
    "unit_or_two": rr.unit_or_two,
    "year_range": rr.year_range,
    "duration": rdu.duration,
    "vague_dur": rdu.vague_duration,
    "ahead": rdu.vague_duration_ahead,
    "bare_units": rdu.bare_units,
    "season": rs.season,
    "spelled_year": rs.spelled_year,
    "year": rs.year,
    "refs": rs.refs,
}
assert set(RESOLVERS) == set(RULE_NAMES)


class _FullMatchers(dict[str, Callable[[str, int, int], "re.Match[str] | None"]]):
    """Each rule's fullmatch, taken from its regex when the rule first matches."""

    def __missing__(self, name: str) -> Callable[[str, int, int], re.Match[str] | None]:
        fullmatch = self[name] = RULE_RXS[name].fullmatch
        return fullmatch


_RULE_FULLMATCH = _FullMatchers()

_POINT_MODS = {
    "late": "END",
    "the end of": "END",
    "the close of": "END",
    "end of": "END",
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "earlier": "START",
    "later": "END",
}
_AMOUNT_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "just under": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "not less than": "EQUAL_OR_MORE",
    "not more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}
# Longest first; the same text in every run, so that its compiled form is found stored.
_MOD_WORDS = sorted({*_POINT_MODS, *_AMOUNT_MODS}, key=lambda word: (-len(word), word))
_MOD_BEFORE = re.compile(
    r"(?<![\w-])(?P<mod>" + "|".join(re.escape(w) for w in _MOD_WORDS) + r")(?:\s+|-)\Z",
    re.IGNORECASE,
)
_LOOKBACK = 24
# The last word of each modifier: where the lower-cased text before a match (and its white
# space or hyphen) ends with none of these, no modifier is there and no regex search is needed.
_MOD_LAST_WORDS = tuple({word.split()[-1] for word in _MOD_WORDS})
_MOD_BY_ENDING: dict[str, tuple[str, ...]] = {}
for _word in _MOD_LAST_WORDS:
    _MOD_BY_ENDING[_word[-2:]] = (*_MOD_BY_ENDING.get(_word[-2:], ()), _word)
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


def _may_follow_modifier(text: str, folded: str, start: int) -> bool:
    """Whether a modifier may end just before `start` (past three characters: a word of two
    or more, then white space or a hyphen). A quick look at the word before the usual single
    space or hyphen rules out nearly every match; _modifier then decides exactly."""
    words = _MOD_BY_ENDING.get(folded[start - 3 : start - 1])
    if words is not None and folded.endswith(words, max(0, start - _LOOKBACK), start - 1):
        return True
    before = text[start - 1]  # otherwise only white space other than one plain space can do
    return before.isspace() and (before != " " or text[start - 2].isspace())


def _modifier(
    text: str, folded: str | None, start: int, type_: str, value: str, body: str
) -> tuple[int, str] | None:
    """A modifier written just before a match that TimeML puts inside the span, with its code.

    `folded` is the text lower-cased (see anchoring.lowered_text), None when unavailable.
    """
    if start == 0:
        return None
    window = max(0, start - _LOOKBACK)
    end = start - 1  # where the modifier's last word ends: before a hyphen or white space
    if text[end] != "-":
        if not text[end].isspace():
            return None
        while end > window and text[end - 1].isspace():
            end -= 1
    if folded is not None and not folded.endswith(_MOD_LAST_WORDS, window, end):
        return None
    found = _MOD_BEFORE.search(text, window, start)
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
    if type_ == "DURATION" or (
        type_ in ("DATE", "TIME")
        and (lowered.endswith("ago") or word in ("about", "around", "approximately", "roughly"))
    ):
        return found.start(), _AMOUNT_MODS[word]
    return None


def tag(text: str, dct: str | date | None = None) -> list[Timex]:
    """Temporal expressions of `text`, anchored to the document creation time `dct`."""
    anchor = _parse_dct(dct)
    ctx = Context(text=text, dct=anchor, last_date=anchor)
    folded = lowered_text(text)
    found: list[Timex] = []
    last_end = 0
    fullmatch, resolvers = _RULE_FULLMATCH, RESOLVERS
    spans = dated_spans(text)
    quoting = QuoteDating(spans) if spans else None
    for match in rule_matches(text):
        name = match.lastgroup
        assert name is not None  # each rule is a named group of the scanner's regex
        start, end = match.span()
        if start < last_end:  # inside a timex a resolver widened to the right
            continue
        parts = fullmatch[name](text, start, end)
        if parts is None:
            continue
        ctx.start = start
        ctx.end = end
        if quoting is not None and start > quoting.busy_from:  # may enter or leave a quotation
            quoting.enter(start, ctx)
        try:
            result = resolvers[name](parts, ctx)
        except (ValueError, KeyError, IndexError, OverflowError, TypeError, AttributeError):
            result = None
        if result is None:
            ctx.piece = None
            continue
        type_, value, mod = result
        if quoting is not None and (quoting.granularity is not None or name in DATING_RULES):
            value = quoting.note(name, text[start:end], end, value)  # otherwise it changes nothing
        if ctx.start != start:  # the resolver left leading words out of the timex
            start = ctx.start
        if ctx.end != end:  # or took in a year glued to the next word
            end = ctx.end
        if ctx.piece is not None:  # a first timex inside the match ("2015" of "2015-2016")
            p_start, p_end, p_type, p_value, p_mod = ctx.piece
            ctx.piece = None
            found.append(new_timex(p_start, p_end, text[p_start:p_end], p_type, p_value, p_mod))
            last_end = p_end
        # Most matches follow one space and a word that ends unlike any modifier: told
        # without a call, the rest go through the exact checks.
        if start > 2 and (
            folded is None
            or (
                folded[start - 3 : start - 1] in _MOD_BY_ENDING
                or text[start - 1] != " "
                or text[start - 2].isspace()
            )
            and _may_follow_modifier(text, folded, start)
        ):
            extension = _modifier(text, folded, start, type_, value, match.group())
            if extension and extension[0] >= last_end and mod is None:
                start, mod = extension
        found.append(new_timex(start, end, text[start:end], type_, value, mod))
        last_end = end
    return found
