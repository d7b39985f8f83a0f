"""Rule elapsed-time, its anniversary form: "the 40th anniversary of the Washington Treaty",
"NATO's 50th anniversary", "the alliance celebrates its 50th anniversary" must fall in the
year the passage speaks of.

An organisation's anniversary is counted from the founding the base knows; "the alliance"
and "its" stand for the organisation the text named just before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import WARNING, DateWindow, Finding, make_finding
from annotator.checks.kb.facts import Event
from annotator.checks.kb.folding import normalise
from annotator.checks.rules.anniversary_day import (
    celebrated_long_before,
    marked_on_another_anniversary,
    told_in_retrospect,
)
from annotator.checks.rules.elapsed_anchors import stated_event_phrase
from annotator.checks.rules.elapsed_time import ELAPSED_RULE
from annotator.checks.rules.told_events import with_told_events
from annotator.temporal.lexicon import CENTURY_ORDINALS, SMALL_NUMBERS, TENS
from annotator.temporal.values import value_bounds

_ORDINAL_WORDS = {
    **{word: n for word, n in CENTURY_ORDINALS.items() if n <= 10},
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "eightieth": 80,
    "hundredth": 100,
}
_NTH = (
    r"(?:(?P<nth>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"))"
)
_CARDINALS = {**SMALL_NUMBERS, **TENS}
# "the 4 year mark of the shooting", "the five-year mark since the attack": an anniversary too.
_CARDINAL = (
    r"(?P<years>\d{1,3}|" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")[\s-]+years?[\s-]+mark"
)
_ANNIVERSARY_RX = re.compile(rf"\b{_NTH}\s+anniversary\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "the 75th anniversary of the signing of the Washington Treaty": the act that began it.
_BEGINNING_RX = re.compile(
    r"(?:signing|adoption|passage|enactment|founding|outbreak)\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_MARK_RX = re.compile(rf"\b{_CARDINAL}\s+(?:of|since)\s+(?:the\s+)?", re.IGNORECASE)
_OWN_ANNIVERSARY_RX = re.compile(r"\b(?P<org>[A-Z][A-Za-z.\-]+)['’]s\s+" + _NTH + r"\s+anniversary\b")
# "the alliance celebrates its 50th anniversary", "NATO, which will celebrate its 50th
# anniversary": the organisation is the subject of a verb of marking the day.
_ITS_ANNIVERSARY_RX = re.compile(
    r"\b(?P<org>(?-i:[A-Z][A-Za-z.\-]+)|the\s+(?:North\s+)?(?:Atlantic\s+)?alliance)(?:,\s+(?:which|that))?\s+"
    r"(?:(?:will|is|was|to)\s+)?(?:celebrat(?:es|ed|ing|e)|marks?(?:ed|ing)?)\s+its\s+"
    + _NTH
    + r"\s+anniversary\b",
    re.IGNORECASE,
)
_NAMED_RX = re.compile(r"\b[A-Z][A-Za-z.\-]+")
_MONTH_PRECISE = timedelta(days=62)
_NEAR_DAY = timedelta(days=31)


def _count(match: re.Match[str]) -> int:
    if match.groupdict().get("years"):
        years = match.group("years").lower()
        return int(years) if years.isdigit() else _CARDINALS[years]
    return int(match.group("nth")) if match.group("nth") else _ORDINAL_WORDS[match.group("word").lower()]


def _founded(analysis: ArticleAnalysis, org: str) -> tuple[Event, ...]:
    aliases = analysis.kb.event_alias_keys() if analysis.kb is not None else {}
    return tuple(aliases.get(normalise(f"founding of {org}"), ()))


def _named_before(analysis: ArticleAnalysis, at: int) -> tuple[Event, ...]:
    """The founding of the last organisation the text names before `at`, in that sentence
    or the one before: what "the alliance" stands for."""
    layout = analysis.layout
    sentence = layout.sentence_index(at)
    low = layout.sentence_bounds(at)[0]
    if sentence > 0 and low > 0:
        low = layout.sentence_bounds(low - 1)[0]
    for word in reversed(list(_NAMED_RX.finditer(analysis.text, low, at))):
        events = _founded(analysis, word.group())
        if events:
            return events
    return ()


def _anniversaries(analysis: ArticleAnalysis) -> list[tuple[int, int, EventMention]]:
    """(start, count, event mention) of "the 40th anniversary of the Washington Treaty", of
    "NATO's 50th anniversary" and of "the alliance celebrates its 50th anniversary", the
    last two counted from the founding the base knows."""
    text = analysis.text
    found = []
    # each form searched only in a text that holds its words
    forms = [rx for rx, word in ((_ANNIVERSARY_RX, "anniversary"), (_MARK_RX, "year mark ")) if word in text]
    matches = [match for rx in forms for match in rx.finditer(text)]
    mentions = with_told_events(analysis, (m.start() for m in matches)) if matches else []
    for match in matches:
        beginning = _BEGINNING_RX.match(text, match.end())
        reach = beginning.end() if beginning else match.end()
        following = [m for m in mentions if match.end() <= m.start <= reach + 3]
        if following:
            found.append((match.start(), _count(match), following[0]))
        elif stated := stated_event_phrase(analysis, match.end()):
            # "the 50th anniversary of the 1969 Moon landing": the year the text gives
            found.append((match.start(), _count(match), stated))
    for match in _OWN_ANNIVERSARY_RX.finditer(text):
        events = _founded(analysis, match.group("org"))
        if events:
            mention = EventMention(match.start(), match.end(), match.group(), events)
            found.append((match.start(), _count(match), mention))
    for match in _ITS_ANNIVERSARY_RX.finditer(text):
        org = match.group("org")
        events = _named_before(analysis, match.start()) if " " in org else _founded(analysis, org)
        if events:
            mention = EventMention(match.start(), match.end(), match.group(), events)
            found.append((match.start(), _count(match), mention))
    return found


def _fits(days: DateWindow, event: Event, count: int, dated: bool) -> bool:
    """Whether the anniversary of the event's start, or of the end of an event that lasted
    into a later year, can fall in the days spoken of: "the 70th anniversary of the Korean
    War" is marked in 2020 for its outbreak and in 2023 for its armistice."""
    ends = [event.end.lo] if event.end is not None and event.end.lo.year > event.start.lo.year else []
    return any(_anniversary_fits(days, day, count, dated) for day in [event.start.lo, *ends])


def _anniversary_fits(days: DateWindow, first: date, count: int, dated: bool) -> bool:
    """Whether the count's anniversary of a day can fall in the days spoken of: a year either
    way, but a clause dated to the month the anniversary falls in ("in April 2000", NATO's
    founding month), or to days within a month of it, is that year's anniversary and no other."""
    year = first.year + count
    if dated and days.latest - days.earliest <= _MONTH_PRECISE:
        years = range(days.earliest.year - 1, days.latest.year + 2)
        # the anniversary day within the clause's date or a month of it ("Yesterday was the
        # fifth anniversary", "the anniversary last week"): that year's count, no other
        on_the_day = [
            y
            for y in years
            if days.earliest - _NEAR_DAY <= _add_years(first, y - first.year) <= days.latest + _NEAR_DAY
        ]
        if on_the_day:
            return year in on_the_day
    return days.earliest.year - 1 <= year <= days.latest.year + 1


_AT_WRITING = "read at the date written, "
# "Supporters marked the fifth anniversary of the attack": an anniversary of a loss, marked in
# the past tense, has come by the date written (give or take a month); one of a founding may
# be celebrated the whole year before it.
_MARKED_RX = re.compile(r"\b(?:marked|commemorated|observed)\s+(?:the\s+)?\Z", re.IGNORECASE)
_MOURNED = {"attack", "disaster", "storm", "death", "incident", "battle"}


def _marked_before_it_came(analysis: ArticleAnalysis, start: int, mention: EventMention, count: int) -> bool:
    """Whether "marked the Nth anniversary" of a loss, with no date of its own, speaks of an
    anniversary still more than a month ahead of the date written."""
    writing = analysis.writing_window(start)
    if writing is None or not _MARKED_RX.search(analysis.text, max(0, start - 20), start):
        return False
    if not all(e.kind in _MOURNED for e in mention.events):
        return False
    return all(_add_years(e.start.lo, count) > writing.latest + _NEAR_DAY for e in mention.events)


def _ordinal(count: int) -> str:
    """ "1st", "2nd", "3rd", "11th", "22nd"."""
    suffix = "th" if count % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(count % 10, "th")
    return f"{count}{suffix}"


def _add_years(day: date, years: int) -> date:
    """The same day `years` later (29 February falls on the 28th)."""
    return date(day.year + years, day.month, min(day.day, 28 if day.month == 2 else day.day))


_WHEN_GAP_RX = re.compile(r"\s*,?\s+(?:when|as)\s+\Z")


def _when_dated(analysis: ArticleAnalysis, start: int) -> tuple[int, DateWindow] | None:
    """ "in April next year when the alliance celebrates its 50th anniversary": the clause
    is the time just named; its date's start and days."""
    low, _ = analysis.layout.sentence_bounds(start)
    for timex in analysis.timexes:
        if timex.type != "DATE" or not low <= timex.start < timex.end <= start:
            continue
        bounds = value_bounds(timex.value)
        if bounds and _WHEN_GAP_RX.match(analysis.text[timex.end : start]):
            return timex.start, DateWindow(bounds[0], bounds[1], f"the date \u201c{timex.text}\u201d")
    return None


def _events_own_date(days: DateWindow, events: tuple[Event, ...]) -> bool:
    """Whether a date of a year or less holds the day an event began: the event's own date,
    which no anniversary of it falls on."""
    return (days.latest - days.earliest).days < 366 and any(
        days.earliest <= e.start.lo and e.start.hi <= days.latest for e in events
    )


def _dating_start(analysis: ArticleAnalysis, start: int, days: DateWindow) -> int:
    """Where the date that dates the clause is written, when it comes before the phrase in
    its sentence: the flag shows both."""
    low, _ = analysis.layout.sentence_bounds(start)
    for timex in analysis.timexes:
        if low <= timex.start < start and value_bounds(timex.value) == (days.earliest, days.latest):
            return timex.start
    return start


def check_anniversaries(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule elapsed-time, its anniversary form: the anniversary must fall in a year the
    passage speaks of (the clause's date, else the date it is written on, a year either
    way for an anniversary just past or coming)."""
    text, window = analysis.text, analysis.window
    if window is None or ("anniversary" not in text and "year mark " not in text):
        return []
    findings = []
    for start, count, mention in _anniversaries(analysis):
        writing = analysis.writing_window(start)
        if writing is None:
            continue
        reference = analysis.reference_at(start, mention.end)
        when = _when_dated(analysis, start)
        dated = when is not None or reference.kind == "dated"
        if when is not None:
            flag_start, days = when[0], when[1]
            basis = f"the time the clause is about: {days.describe()}"
        elif reference.kind in ("historical", "hypothetical"):
            continue
        elif reference.kind in ("past", "recent") and told_in_retrospect(analysis, start, mention, count):
            continue  # "On the 10th anniversary of Katrina, Obama visited", written years later
        else:
            found = reference.window(writing) if dated else writing
            if found is None:
                continue
            if dated and _events_own_date(found, mention.events):
                # "marked the 10th anniversary of the accord, adopted in December 2015": the
                # date is the event's own, not the marking's, which is then the writing's
                found, dated = writing, False
            days = found
            flag_start = _dating_start(analysis, start, days) if dated else start
            basis = reference.describe(writing) if dated else _AT_WRITING + writing.describe()
        if any(_fits(days, event, count, dated) for event in mention.events) and (
            dated
            or not (
                _marked_before_it_came(analysis, start, mention, count)
                or marked_on_another_anniversary(analysis, start, mention, count)
                or celebrated_long_before(analysis, start, mention, count)
            )
        ):
            continue
        event = mention.events[0]
        years = event.start.lo.year + count
        message = (
            f"\u201c{text[start : mention.end]}\u201d does not fit: "
            f"{event.name} was on {event.start.text}, so its {_ordinal(count)} anniversary "
            f"fell in {years}, not around {days.describe()} "
            f"(source: {event.source})."
        )
        findings.append(
            make_finding(
                ELAPSED_RULE,
                WARNING,
                text,
                flag_start,
                mention.end,
                message,
                [e.evidence() for e in mention.events],
                f"anniversary|{event.id}|{count}",
                basis=basis,
            )
        )
    return findings
