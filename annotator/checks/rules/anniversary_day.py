"""Rule elapsed-time, anniversaries marked without a date of their own, read against the
date written.

- "Israelis gathered to mark the first anniversary of the October 7 attacks", written on
  the day of the second: an article written within a few days of one anniversary of a
  one-day event, telling of an anniversary being marked, speaks of that one;
- "Climate diplomats marked the 10th anniversary of the Paris Agreement", written a year
  before it: a founding or a treaty may be celebrated some months ahead of its day, never
  a whole year, and neither the day it began nor the day it ended had come round that often.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.facts import Event

# "to mark the", "marked the", "is marking the", "commemorated the": a verb of marking the day.
_MARKING_RX = re.compile(
    r"\b(?:mark(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|celebrat(?:e|es|ed|ing))"
    r"\s+(?:the\s+|its\s+|their\s+)?\Z",
    re.IGNORECASE,
)
_MARKED_RX = re.compile(
    r"\b(?:marked|commemorated|observed|celebrated)\s+(?:the\s+|its\s+)?\Z", re.IGNORECASE
)
_ON_THE_DAY = timedelta(days=3)  # an article dated the day after, or a weekend's gatherings
_CELEBRATED_AHEAD = timedelta(days=120)  # a jubilee's celebrations begin some months early


def _same_day(day: date, years: int) -> date:
    """The same day `years` later (29 February falls on the 28th)."""
    return date(day.year + years, day.month, min(day.day, 28 if day.month == 2 else day.day))


def _one_day(event: Event) -> bool:
    return event.start.lo == event.start.hi and (event.end is None or event.end == event.start)


def _on_the_day_count(event: Event, writing_day: date) -> int | None:
    """The anniversary of a one-day event whose day falls within a few days of the date
    written, or None."""
    years = writing_day.year - event.start.lo.year
    for count in (years - 1, years, years + 1):
        if count > 0 and abs(_same_day(event.start.lo, count) - writing_day) <= _ON_THE_DAY:
            return count
    return None


def marked_on_another_anniversary(
    analysis: ArticleAnalysis, start: int, mention: EventMention, count: int
) -> bool:
    """Whether an anniversary being marked, with no date of its own, is not the one whose day
    the article is written on (every event the phrase may name agrees)."""
    writing = analysis.writing_window(start)
    if writing is None or writing.latest != writing.earliest:
        return False
    if not _MARKING_RX.search(analysis.text, max(0, start - 24), start):
        return False
    if not mention.events or not all(_one_day(e) for e in mention.events):
        return False
    counts = [_on_the_day_count(e, writing.earliest) for e in mention.events]
    return all(c is not None and c != count for c in counts)


def celebrated_long_before(analysis: ArticleAnalysis, start: int, mention: EventMention, count: int) -> bool:
    """Whether "marked the Nth anniversary", in the past tense and undated, speaks of an
    anniversary whose day, of the event's beginning or of its end, was still many months
    ahead of the date written."""
    writing = analysis.writing_window(start)
    if writing is None or not _MARKED_RX.search(analysis.text, max(0, start - 24), start):
        return False
    days = [day for e in mention.events for day in (e.start.lo, *((e.end.lo,) if e.end is not None else ()))]
    return bool(days) and all(_same_day(day, count) > writing.latest + _CELEBRATED_AHEAD for day in days)


# "On the 10th anniversary of Hurricane Katrina, Obama visited New Orleans": a past clause
# opened by the anniversary tells of that day, whenever it came. Only a passage written
# within days of one of the event's anniversaries is that day's news, read at the writing.
_ON_THE_OPENING_RX = re.compile(r"(?:\A|[.!?\"“”]\s+|\n\s*)On\s+(?:the|its|their)\s+\Z")
_NEWS_OF_THE_DAY = timedelta(days=7)


def told_in_retrospect(analysis: ArticleAnalysis, start: int, mention: EventMention, count: int) -> bool:
    """Whether an opening "On the Nth anniversary of X," of a past clause looks back to an
    anniversary that had come by the date written, in a passage not written around one."""
    writing = analysis.writing_window(start)
    if writing is None or not mention.events:
        return False
    if not _ON_THE_OPENING_RX.search(analysis.text, max(0, start - 12), start):
        return False
    for event in mention.events:
        span = min(event.last_day - event.start.lo, _NEWS_OF_THE_DAY * 4)
        for years in range(
            writing.earliest.year - event.start.lo.year - 1, writing.latest.year - event.start.lo.year + 1
        ):
            if years <= 0:
                continue
            day = _same_day(event.start.lo, years)
            if day - _NEWS_OF_THE_DAY <= writing.latest and writing.earliest <= day + span + _NEWS_OF_THE_DAY:
                return False  # written around an anniversary: the news of that day
    return all(_same_day(e.start.lo, count) <= writing.latest for e in mention.events)
