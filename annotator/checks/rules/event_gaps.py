"""The count of days, weeks, months or years event-order reads between two events it orders
("Liz Truss took office two weeks before Queen Elizabeth II died"), with a tolerance honest
to its unit: a count of days is exact to a day, of weeks to half a week, of months to half a
month, of years to half a year; a vague count ("weeks", "several days") or a hedged one
("almost", "about", "more than") is no count."""

from __future__ import annotations

import re

from annotator.checks.kb.facts import Event
from annotator.temporal.lexicon import SMALL_NUMBERS

_NUMBERS = {"a": 1, "an": 1, **{word: value for word, value in SMALL_NUMBERS.items() if value}}
COUNT_BEFORE_CUE_RX = re.compile(
    r"(?<![\w-])(?P<count>" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"|\d{1,3})"
    r"\s+(?P<unit>day|week|month|year)s?\s+(?:after|before|following|prior\s+to|ahead\s+of)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_HEDGED_RX = re.compile(
    r"\b(?:almost|nearly|about|around|roughly|some|approximately|over|under|more\s+than|less\s+than"
    r"|at\s+least|at\s+most|barely|just\s+over|just\s+under|up\s+to|within|only|just)\s+\Z",
    re.IGNORECASE,
)
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
# half a unit either way, and a day for days told in another time zone
_TOLERANCE_DAYS = {"day": 1.0, "week": 3.5, "month": 365.25 / 24, "year": 365.25 / 2}


def stated_count(text: str, cue_end: int) -> tuple[int, str] | None:
    """(count, unit) written right before the cue ending at `cue_end`, unless vague or hedged."""
    match = COUNT_BEFORE_CUE_RX.search(text, max(0, cue_end - 40), cue_end)
    if match is None or _HEDGED_RX.search(text, max(0, match.start() - 20), match.start()):
        return None
    count = match.group("count").lower()
    amount = int(count) if count.isdigit() else _NUMBERS[count]
    return (amount, match.group("unit").lower()) if amount > 0 else None


def one_day(event: Event) -> bool:
    """Whether the event took one known day (a gap in days can be measured from it)."""
    return event.start.lo == event.start.hi and (
        event.end is None and event.kind != "war" or event.end == event.start
    )


def gap_fits(days: int, amount: int, unit: str) -> bool:
    return abs(days - amount * _UNIT_DAYS[unit]) <= _TOLERANCE_DAYS[unit]
