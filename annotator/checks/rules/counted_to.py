"""A date set off by a comma after an event counted from or placed against: "Fifty years after
the Six-Day War, in 2017, Israel marked ...", "Before the Brexit referendum, in 2015, David
Cameron won a majority" give the time of what the sentence tells, not the event's own date. Rule
event-date leaves such a date alone when the count or the relation from the event fits it, and
flags it, as any date given beside the event, when it does not ("Fifty years after the Six-Day
War, in 2020", "Before the Brexit referendum, in 2017")."""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.rules.event_refs import DatedReference
from annotator.temporal.lexicon import SMALL_NUMBERS, TENS
from annotator.temporal.values import value_bounds

# A count or a relation before the event's name: "Fifty years after the", "a decade since",
# "Two years before the", "Months after the", "Shortly after the", "Before the".
_RELATION_BEFORE_RX = re.compile(
    r"(?:\b(?P<number>\d+|an?|half\s+a|[a-z]+(?:[ -][a-z]+)?)\s+(?P<unit>years?|months?|weeks?|days?"
    r"|decades?|century|centuries)\s+|\b(?:long|shortly|soon|just|right|immediately|days|weeks|months"
    r"|years|decades|(?:in\s+)?the\s+(?:year|month|week|day|days|weeks|months|years|decade))\s+|\b)"
    r"(?P<relation>after|before|since|on\s+from)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525}
# How far a count may be rounded, by its unit: a year either way for years.
_SLACK_DAYS = {"day": 1, "week": 4, "month": 31, "year": 366, "decade": 366, "century": 366}
_COMMA_GAPS = (",", ", in", ", by")


def counted_to(text: str, ref: DatedReference) -> bool:
    """Whether the date after the event's name and a comma is the time of what a count or a
    relation before the name places from the event ("Two years before the Brexit referendum,
    in 2014, ...", "Shortly after the Capitol riot, in February 2021, ..."), and fits it."""
    if text[ref.mention.end : ref.timex.start].strip() not in _COMMA_GAPS:
        return False
    found = _RELATION_BEFORE_RX.search(text, max(0, ref.mention.start - 40), ref.mention.start)
    if found is None:
        return False
    bounds = value_bounds(ref.timex.value)
    if bounds is None:
        return False
    before = found.group("relation").lower() == "before"
    amount = _number(found.group("number")) if found.group("number") else None
    if amount is None:  # "Before the", "Months after the", "In the year after the"
        if found.group("relation").lower() == "since":
            return False  # "Since the Brexit referendum, in 2016, ...": the event's own date
        if before:  # the time told comes before the event
            return any(bounds[0] <= event.start.hi for event in ref.candidates)
        return any(bounds[1] >= event.start.lo for event in ref.candidates)
    unit = found.group("unit").lower().rstrip("s").replace("centurie", "century")
    count = timedelta(days=amount * _UNIT_DAYS[unit]) * (-1 if before else 1)
    slack = timedelta(days=_SLACK_DAYS[unit])
    return any(
        bounds[0] - slack <= day.lo + count and day.hi + count <= bounds[1] + slack
        for event in ref.candidates
        for day in ((event.start,) if before else (event.start, event.end or event.start))
    )


def _number(words: str) -> float | None:
    """ "fifty" 50, "twenty-five" 25, "a" 1, "half a" 0.5, "10" 10; None for other words."""
    words = " ".join(words.lower().replace("-", " ").split())
    if words.isdigit():
        return float(words)
    if words in ("a", "an"):
        return 1.0
    if words == "half a":
        return 0.5
    parts = words.split()
    if len(parts) == 1:
        value = SMALL_NUMBERS.get(parts[0], TENS.get(parts[0]))
        return None if value is None else float(value)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in SMALL_NUMBERS:
        return float(TENS[parts[0]] + SMALL_NUMBERS[parts[1]])
    return None
