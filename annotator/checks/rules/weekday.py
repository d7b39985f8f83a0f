"""Rule weekday: a weekday that does not match its date.

"Thursday, March 14" must fall on a Thursday in the year meant: the year written beside
it, else the years the passage may speak of.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, DateWindow, Finding, make_finding

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
# Where a weekday name ends: the engine skips ahead on the literal "day", far faster than on
# a choice of capitals. The last six letters tell which name it ends.
_WEEKDAY_END_RX = re.compile("day(?:" + "|".join(f"(?<={day})" for day in _WEEKDAY_NAMES) + ")")
_WEEKDAY_LENGTHS = {day[-6:]: len(day) for day in _WEEKDAY_NAMES}
_YEAR_SEARCH = timedelta(days=200)


def _candidate_years(month: int, day: int, window: DateWindow) -> list[date]:
    days = []
    for year in range(window.earliest.year - 1, window.latest.year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if window.earliest - _YEAR_SEARCH <= candidate <= window.latest + _YEAR_SEARCH:
            days.append(candidate)
    return days


def _weekday_dates(text: str):
    """The matches of _WEEKDAY_RX in `text`, found from the weekday names: each match starts
    at one and holds no other, so these are the matches a scan of the whole text finds."""
    for name_end in _WEEKDAY_END_RX.finditer(text):
        end = name_end.end()
        match = _WEEKDAY_RX.match(text, end - _WEEKDAY_LENGTHS[text[end - 6 : end]])
        if match:
            yield match


def check_weekdays(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule weekday: a weekday that does not match the calendar date beside it."""
    text, layout, window = analysis.text, analysis.layout, analysis.window
    findings = []
    for match in _weekday_dates(text):
        month_name = match.group("month") or match.group("month2")
        month = _MONTHS[month_name[:3].lower()]
        day = int(match.group("day") or match.group("day2"))
        weekday = match.group("weekday")
        if match.group("year"):
            try:
                candidates = [date(int(match.group("year")), month, day)]
            except ValueError:
                continue
        else:
            local = layout.window_at(match.start(), window)
            candidates = _candidate_years(month, day, local) if local else []
        if not candidates or any(WEEKDAYS[c.weekday()] == weekday.lower() for c in candidates):
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
