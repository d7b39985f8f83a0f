"""Rule weekday: a weekday that does not match its date.

"Thursday, March 14" must fall on a Thursday in the year meant: the year written beside
it, else the years the passage may speak of.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.reference import DATED, FUTURE, PAST, UNKNOWN, ReferenceTime
from annotator.checks.analysis.story_frames import blank_start
from annotator.checks.findings import ERROR, DateWindow, Finding, make_finding
from annotator.temporal.timex import first_starting_from

WEEKDAY_RULE = "weekday"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The lookbehind after each name's first letter is the word boundary ("\bMonday").
_WEEKDAY = "(?P<weekday>" + "|".join(f"{day[0]}(?<!\\w{day[0]}){day[1:]}" for day in _WEEKDAY_NAMES) + ")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_WEEKDAY_RX = re.compile(
    rf"{_WEEKDAY},?\s+(?:the\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY.replace('day>', 'day2>')}"
    rf"\s+(?:of\s+)?{_MONTH.replace('month>', 'month2>')}){_YEAR}(?(year)(?!\d)|\b)"
)
# The abbreviations of schedules and datelines ("Wed., June 17", "Thurs, Oct. 1"), each with
# its full stop or comma, so that a newspaper's name ("The Sun, June 17") is not read as one:
# "Sat" and "Sun" only with their full stop.
_ABBREVIATIONS = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Tues": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Thur": "Thursday",
    "Thurs": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
}
_ABBREVIATED = r"(?P<weekday>\b(?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri)(?:\.,?|,)|(?:Sat|Sun)\.,?))"
_ABBREVIATED_RX = re.compile(
    _WEEKDAY_RX.pattern.replace(_WEEKDAY + ",?", _ABBREVIATED, 1).replace(r"(?:the\s+)?", "", 1)
)
_ABBREVIATION_BEFORE_RX = re.compile(r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[.,]{1,2} \Z")
# Where a weekday name ends: the engine skips ahead on the literal "day", far faster than on
# a choice of capitals. The last six letters tell which name it ends.
_WEEKDAY_END_RX = re.compile("day(?:" + "|".join(f"(?<={day})" for day in _WEEKDAY_NAMES) + ")")
_WEEKDAY_LENGTHS = {day[-6:]: len(day) for day in _WEEKDAY_NAMES}
# A weekday range before a date range: "Monday-Wednesday, June 2-4", "Monday through Friday,
# February 26-March 1": the second weekday names the range's last day.
_RANGE_WORD = r"\s*(?:-|–|—|&|\s(?:through|thru|to|and)\s)\s*"
_RANGE_OPENER_RX = re.compile(
    r"\b(?:" + "|".join((*_WEEKDAY_NAMES, *_ABBREVIATIONS)) + r")\.?" + _RANGE_WORD + r"\Z", re.IGNORECASE
)
_RANGE_END_RX = re.compile(
    _RANGE_WORD + rf"(?:{_MONTH.replace('month>', 'end_month>')}\s+)?(?P<end_day>\d{{1,2}})\b"
    r"(?:,?\s+(?P<end_year>\d{4})\b)?"
)
_YEAR_SEARCH = timedelta(days=200)
# A clause in the past ("Trump won on Tuesday, Nov. 8", written in June) may speak of the
# last such day up to a year back; one in the future of the next such day up to a year on.
_TENSE_SEARCH = timedelta(days=366)


_EITHER = "either"  # as far as a tense may reach, both ways


def _candidate_years(month: int, day: int, window: DateWindow, tense: str = "") -> list[date]:
    before = _TENSE_SEARCH if tense in (PAST, _EITHER) else _YEAR_SEARCH
    after = _TENSE_SEARCH if tense in (FUTURE, _EITHER) else _YEAR_SEARCH
    return list(_dates_near(month, day, window.earliest, window.latest, before, after))


@lru_cache(maxsize=4096)
def _dates_near(
    month: int, day: int, earliest: date, latest: date, before: timedelta, after: timedelta
) -> tuple[date, ...]:
    """The month and day in the years around a window, within `before` and `after` of it
    (kept: a weekday is read against the same days many times in one article)."""
    bounds: tuple[date, date] | None = None  # worked out once, at the first real date
    days = []
    for year in range(earliest.year - 1, latest.year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if bounds is None:
            bounds = earliest - before, latest + after
        if bounds[0] <= candidate <= bounds[1]:
            days.append(candidate)
    return tuple(days)


def _fits(days: list[date], weekday: str) -> bool:
    name = weekday.lower()
    return any(WEEKDAYS[day.weekday()] == name for day in days)


def _in_clause_years(month: int, day: int, reference: ReferenceTime | None, known: list[date]) -> list[date]:
    """The date in the year its clause names ("last year's summit, on Wednesday, July 12")."""
    if reference is None or reference.kind != DATED or reference.earliest is None or reference.latest is None:
        return []
    if (reference.latest - reference.earliest).days > 366:
        return []
    found = []
    for year in range(reference.earliest.year, reference.latest.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if reference.earliest <= candidate <= reference.latest and candidate not in known:
            found.append(candidate)
    return found


# "in 2021" (or "In 2026") earlier in the sentence: a year told as the time of what follows.
_YEAR_VALUE_RX = re.compile(r"\d{4}")
_EVENT_DAYS_MOST = 31  # an event longer than a month names no one day of its own
_YEARS_COUNTED_RX = re.compile(r"P(\d{1,3})Y")
# "since" between a count of years and the date: "two years since the attack of Saturday, Oct. 7"
_SINCE_BETWEEN_RX = re.compile(r"\ssince\s[^.;:!?]{0,60}\Z")
_IN_YEAR_RX = re.compile(r"\b[Ii]n\s+(?:late\s+|early\s+)?(?P<year>\d{4})\b(?!\s*[-–]|\d)")


def _sentence_year(
    month: int, day: int, analysis: ArticleAnalysis, offset: int, known: list[date]
) -> list[date]:
    """The date in the year an "in <year>" earlier in its sentence tells, which also dates the
    clauses joined to its own ("In 2026 it falls on a Saturday, and the holiday moves to
    Monday 28 December"; "in 2021, when Boxing Day fell on a Sunday, the holiday moved to
    Tuesday 28 December"), where the clause reader keeps the year to the first clause, and
    any year told before it in the sentence."""
    start = analysis.layout.sentence_bounds(offset)[0]
    told = list(_IN_YEAR_RX.finditer(analysis.text, start, offset))
    years = [int(told[-1].group("year"))] if told else []
    # "Two years ago today, on Saturday, Oct. 7, ...", "That year, 1953, ...": a year told
    # before it; "Three years have passed since Wednesday, Jan. 6": the year a count runs from
    timexes, window = analysis.timexes, analysis.window
    for timex in timexes[first_starting_from(timexes, start) : first_starting_from(timexes, offset)]:
        value = timex.value or ""
        if timex.type == "DATE" and _YEAR_VALUE_RX.fullmatch(value):
            years.append(int(value))
        counted = _YEARS_COUNTED_RX.fullmatch(value) if timex.type == "DURATION" else None
        if counted and window and _SINCE_BETWEEN_RX.search(analysis.text, timex.end, offset):
            years += [
                window.latest.year - int(counted.group(1)),
                window.earliest.year - int(counted.group(1)) - 1,
            ]
    years += _years_told_before(analysis, start)
    found = []
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate not in known and candidate not in found:
            found.append(candidate)
    return found


def _years_told_before(analysis: ArticleAnalysis, start: int) -> list[int]:
    """The years the sentence before the one starting at `start`, in the same paragraph, tells
    in so many digits or counts back to ("In 2016, Britain held a referendum. The vote, on
    Thursday, June 23, split the country."): a background paragraph gives its year once, or
    its heading does for a paragraph's first sentence ("The 2016 referendum")."""
    text = analysis.text
    if start == 0:
        return []
    if "\n" in text[start - 1 : start]:
        before = _heading_above(text, start)  # "The 2016 referendum" over the paragraph
        if before is None:
            return []
        start = blank_start(text, start)
    else:
        before = max(analysis.layout.sentence_bounds(start - 1)[0], text.rfind("\n", 0, start) + 1)
    timexes = analysis.timexes
    years = []
    for timex in timexes[first_starting_from(timexes, before) : first_starting_from(timexes, start)]:
        year = (timex.value or "")[:4]
        if year.isdigit() and (year in timex.text or timex.text.lower().endswith(" ago")):
            years.append(int(year))
    return years


def _event_days(
    month: int, day: int, analysis: ArticleAnalysis, offset: int, known: list[date]
) -> list[date]:
    """The date on a day of a short event its sentence names ("Russia invaded Ukraine on
    Thursday, Feb. 24", written on an anniversary): the event's own year."""
    low, high = analysis.layout.sentence_bounds(offset)
    found = []
    for mention in analysis.mentions.events:
        if not low <= mention.start < high:
            continue
        for event in mention.events:
            last = (event.end or event.start).hi
            if (last - event.start.lo).days > _EVENT_DAYS_MOST:
                continue
            for year in {event.start.lo.year, last.year}:
                try:
                    candidate = date(year, month, day)
                except ValueError:
                    continue
                if event.start.lo <= candidate <= last and candidate not in known and candidate not in found:
                    found.append(candidate)
    return found


def _heading_above(text: str, start: int) -> int | None:
    """The start of the heading over the paragraph starting at `start`: a short line above it,
    blank lines between allowed, that ends on no full stop."""
    end = blank_start(text, start)
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end]
    if not line.strip() or len(line) > _HEADING_MOST or line.rstrip()[-1] in '.!?"”':
        return None
    return line_start


_HEADING_MOST = 80  # characters of a heading line


def _weekday_dates(text: str, timexes: list) -> list[re.Match[str]]:
    """The matches of _WEEKDAY_RX in `text`, found from the weekday names (each match starts
    at one and holds no other, so these are the matches a scan of the whole text finds), and
    those of the abbreviated names, found before the dates the tagger read, in the order of
    the text."""
    found = []
    for name_end in _WEEKDAY_END_RX.finditer(text):
        end = name_end.end()
        match = _WEEKDAY_RX.match(text, end - _WEEKDAY_LENGTHS[text[end - 6 : end]])
        if match:
            found.append(match)
    abbreviated = []
    for timex in timexes:
        # "Wed., June 17": a full stop or comma, a space, then the date
        if timex.start < 5 or text[timex.start - 2] not in ".," or timex.type != "DATE":
            continue
        before = _ABBREVIATION_BEFORE_RX.search(text, timex.start - 9, timex.start)
        match = _ABBREVIATED_RX.match(text, before.start()) if before else None
        if match and not _ends_a_name(text, match):
            abbreviated.append(match)
    return sorted(found + abbreviated, key=re.Match.start) if abbreviated else found


# A name's earlier words right before an abbreviation ("the Baltimore Sun. Jan. 5 was her last
# day", "by Nguyen Thu, Oct. 5"): a capitalised word on the same line, or "the".
_NAME_BEFORE_RX = re.compile(r"(?:\b[Tt]he|(?<![.:;!?\n])\s[A-Z][\w'’-]*)\s+\Z")


def _ends_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether an abbreviation is the last word of a name: "Sun." or "Sat." without the comma
    of a schedule ("Sun., Nov. 30"), or a name written with a comma and no full stop ("Thu,",
    "Wed,"), right after a name's earlier words ("the Sun. Jan. 5", "Nguyen Thu, Oct. 5")."""
    written = match.group("weekday")
    named = (written in ("Sun.", "Sat.")) or not written.rstrip(",").endswith(".")
    start = match.start("weekday")
    return named and _NAME_BEFORE_RX.search(text, max(0, start - 40), start) is not None


# How the words before a range's last weekday end, spaces aside: every match of
# _RANGE_OPENER_RX ends on one of these and the spaces after it.
_RANGE_MARKS = ("-", "–", "—", "&")
_RANGE_WORDS = ("through", "thru", "to", "and")


def _opens_a_range(text: str, start: int) -> bool:
    """Whether a weekday range ends at `start` ("Monday-", "Monday through "): the pattern
    is searched only where the words before end as a range's words do."""
    low = max(0, start - 20)
    before = text[low:start].rstrip()
    if not before.endswith(_RANGE_MARKS) and not before[-7:].lower().endswith(_RANGE_WORDS):
        return False
    return _RANGE_OPENER_RX.search(text, low, start) is not None


def _full_name(written: str) -> str:
    """The weekday's full name, from the name or its abbreviation as written."""
    return _ABBREVIATIONS.get(written.rstrip(".,"), written)


# A calendar's present: what is held, opens or begins on a day is still to come ("The United
# States holds midterm elections on Tuesday, November 3", written in January).
_SCHEDULED_RX = re.compile(
    r"\b(?:holds|opens|begins|starts|kicks\s+off|takes\s+place|(?:is|are)\s+(?:held|scheduled|set|due))\b"
    r"[^.;:!?]{0,80}\Z"
)


def _scheduled(analysis: ArticleAnalysis, offset: int) -> bool:
    """Whether the sentence before `offset` tells, in the present, of something held or
    beginning: a calendar's present, whose date lies ahead."""
    start = analysis.layout.sentence_bounds(offset)[0]
    return _SCHEDULED_RX.search(analysis.text, start, offset) is not None


def check_weekdays(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule weekday: a weekday that does not match the calendar date beside it."""
    text, layout, window = analysis.text, analysis.layout, analysis.window
    findings = []
    for match in _weekday_dates(text, analysis.timexes):
        month_name = match.group("month") or match.group("month2")
        month = _MONTHS[month_name[:3].lower()]
        day = int(match.group("day") or match.group("day2"))
        weekday = _full_name(match.group("weekday"))
        year = match.group("year")
        if _opens_a_range(text, match.start()):
            end = None if year else _RANGE_END_RX.match(text, match.end())
            if end is None:
                continue  # a range whose last day is not written beside it
            month = _MONTHS[end.group("end_month")[:3].lower()] if end.group("end_month") else month
            day, year = int(end.group("end_day")), end.group("end_year")
        if year:
            try:
                candidates = [date(int(year), month, day)]
            except ValueError:
                continue
        else:
            local = layout.window_at(match.start(), window)
            candidates = _candidate_years(month, day, local) if local else []
            if local and not _fits(candidates, weekday):
                # Only a weekday that fits none of the nearby years needs the clause read:
                # its tense may point a year away, its own year further ("In 2020, the AP
                # declared Biden the winner on Saturday, Nov. 7", written in 2024).
                reference = analysis.reference_at(match.start(), match.end())
                if _fits(_candidate_years(month, day, local, _EITHER), weekday):
                    tense = reference.kind
                    if tense == UNKNOWN and _scheduled(analysis, match.start()):
                        tense = FUTURE  # "The United States holds midterm elections on Tuesday, November 3"
                    candidates = _candidate_years(month, day, local, tense)
                candidates += _in_clause_years(month, day, reference, candidates)
                candidates += _sentence_year(month, day, analysis, match.start(), candidates)
                candidates += _event_days(month, day, analysis, match.start(), candidates)
        if not candidates or _fits(candidates, weekday):
            continue
        meant = candidates[len(candidates) // 2]
        actual = WEEKDAYS[meant.weekday()].capitalize()
        message = f"{meant.isoformat()} was a {actual}, not a {weekday} (checked against the calendar)."
        evidence = [
            {
                "kind": "calendar",
                "date": c.isoformat(),
                "weekday": WEEKDAYS[c.weekday()].capitalize(),
                "source": "Gregorian calendar",
            }
            for c in candidates
        ]
        findings.append(
            make_finding(
                WEEKDAY_RULE, ERROR, text, match.start(), match.end(), message, evidence, meant.isoformat()
            )
        )
    return findings
