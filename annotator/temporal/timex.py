"""The TIMEX3 record the tagger returns; shared by the rest of the application."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

# A year in a timex's own words ("March 2019", "in 1998"), unlike one the tagger worked out
# from the article's date ("on Tuesday", "next month").
YEAR_IN_TEXT_RX = re.compile(r"\b\d{4}\b")


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: character span in the text plus its TIMEX3 normalisation."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


_new_object = object.__new__
_SET_START, _SET_END, _SET_TEXT, _SET_TYPE, _SET_VALUE, _SET_MOD = (
    getattr(Timex, field).__set__ for field in ("start", "end", "text", "type", "value", "mod")
)


def new_timex(start: int, end: int, text: str, type_: str, value: str, mod: str | None) -> Timex:
    """The same as Timex(...) without the frozen dataclass's __init__, which goes through
    object.__setattr__ for every field: the tagger makes one for each expression it finds."""
    timex = _new_object(Timex)
    _SET_START(timex, start)
    _SET_END(timex, end)
    _SET_TEXT(timex, text)
    _SET_TYPE(timex, type_)
    _SET_VALUE(timex, value)
    _SET_MOD(timex, mod)
    return timex


def first_starting_from(timexes: Sequence[Timex], offset: int) -> int:
    """Index of the first of `timexes` (in order of start) that starts at or after `offset`."""
    return bisect_left(timexes, offset, key=_start_of)


def _start_of(timex: Timex) -> int:
    return timex.start
