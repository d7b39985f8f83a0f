"""Rules weekday and elapsed-time: calendar arithmetic the text does itself.

"Thursday, March 14" must fall on a Thursday in the year meant; "30 years ago" and
"the almost 3-year war" must match the time between the event and the writing date,
within the tolerance the wording allows ("almost", "more than", "about").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.temporal.anchoring import lowered_text
from annotator.temporal.kb import Event
from annotator.temporal.mentions import EventMention
from annotator.temporal.rules_common import (
    ERROR,
    WARNING,
    DateWindow,
    Finding,
    TextLayout,
    make_finding,
)

WEEKDAY_RULE, ELAPSED_RULE = "weekday", "elapsed-time"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
          r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Each name starts with a literal so the regex engine skips ahead to capitals M, T, W, F, S;
# the lookbehind after the first letter is the word boundary ("\bMonday") checked late.
_WEEKDAY = "(?P<weekday>" + "|".join(
    f"{day[0]}(?<!\\w{day[0]}){day[1:]}"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) + ")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_WEEKDAY_RX = re.compile(
    rf"{_WEEKDAY},?\s+(?:the\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY.replace('day>', 'day2>')}"
    rf"\s+(?:of\s+)?{_MONTH.replace('month>', 'month2>')}){_YEAR}\b")
_YEAR_SEARCH = timedelta(days=200)

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                 "hundred": 100, "a dozen": 12, "a half": 0.5, "half a": 0.5}
_NUMBER = r"(?P<number>\d+(?:\.\d+)?|" + "|".join(
    sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + ")"
_QUALIFIER = (r"(?:(?P<qualifier>almost|nearly|close to|about|around|roughly|some"
              r"|approximately|more than|over|at least|just over|well over|less than|under"
              r"|at most|just under)\s+)?")
_UNIT = r"(?P<unit>year|month|week|day|decade)s?"
_CONFLICT = r"(?P<noun>war|conflict|fighting|invasion|occupation|campaign|siege|hostilities)"
_ELAPSED_RX = re.compile(
    rf"\b{_QUALIFIER}{_NUMBER}(?:"
    rf"\s+{_UNIT}\s+(?P<ago>ago|earlier|before)\b"
    rf"|[\s-]{_UNIT.replace('unit>', 'unit2>')}(?:[\s-]old|[\s-]long)?\s+{_CONFLICT}\b"
    rf"|\s+{_UNIT.replace('unit>', 'unit3>')}\s+of\s+{_CONFLICT.replace('noun>', 'noun2>')}\b"
    rf"|\s+{_UNIT.replace('unit>', 'unit4>')}\s+(?P<since>since|after)\s+)",
    re.IGNORECASE)
_UNIT_WORD_RX = re.compile(r"\b(?:year|month|week|day|decade)s?\b", re.IGNORECASE)
# How a number of _NUMBER ends: a digit, or the last word of a number word, whole.
_NUMBER_TAILS = sorted({word.split()[-1] for word in _NUMBER_WORDS}, key=len, reverse=True)
_NUMBER_END_RX = re.compile(r"(?:\d|\b(?:" + "|".join(_NUMBER_TAILS) + r"))\Z", re.IGNORECASE)
_NUMBER_END_REACH = max(map(len, _NUMBER_TAILS)) + 2  # the word and the boundary before it
# The same three patterns for lower-cased text (every literal in them is lower case already):
# the case-sensitive form lets the engine skip to likely first letters. A match found there
# is matched again, anchored, on the original text, so groups read the text as written.
_ELAPSED_LOWER_RX = re.compile(_ELAPSED_RX.pattern)
_UNIT_WORD_LOWER_RX = re.compile(_UNIT_WORD_RX.pattern)
_NUMBER_END_LOWER_RX = re.compile(_NUMBER_END_RX.pattern)
_UNIT_DAYS = {"year": 365.2425, "month": 30.436875, "week": 7.0, "day": 1.0, "decade": 3652.425}
_ANAPHOR_RX = re.compile(r"\b(?:agreement|treaty|memorandum|accord|summit|war|invasion|deal"
                         r"|talks|annexation|referendum|protocol|election)\b", re.IGNORECASE)


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


def check_weekdays(text: str, layout: TextLayout, window: DateWindow | None) -> list[Finding]:
    """Rule weekday: a weekday that does not match the calendar date beside it."""
    findings = []
    for match in _WEEKDAY_RX.finditer(text):
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
        message = (f"{meant.isoformat()} was a {actual}, not a {weekday} "
                   f"(checked against the calendar).")
        evidence = [{"kind": "calendar", "date": c.isoformat(),
                     "weekday": WEEKDAYS[c.weekday()].capitalize(),
                     "source": "Gregorian calendar"} for c in candidates]
        findings.append(make_finding(WEEKDAY_RULE, ERROR, text, match.start(), match.end(),
                                     message, evidence, meant.isoformat()))
    return findings


def _amount(match: re.Match[str]) -> float:
    word = match.group("number").lower()
    return float(_NUMBER_WORDS.get(word, 0) or word)


def _accepted_years(amount: float, qualifier: str | None) -> tuple[float, float]:
    """The range of true elapsed values the wording allows."""
    qualifier = (qualifier or "").lower()
    if qualifier in {"almost", "nearly", "close to", "just under"}:
        return amount - 1, amount + 0.05
    if qualifier in {"more than", "over", "at least", "just over", "well over"}:
        return amount - 0.02, float("inf")
    if qualifier in {"less than", "under", "at most"}:
        return 0.0, amount + 0.02
    if qualifier:
        tolerance = max(1.0, amount * 0.15)
        return amount - tolerance, amount + tolerance
    return amount - 1, amount + 1


def _events_for(match: re.Match[str], events: list[EventMention], layout: TextLayout
                ) -> tuple[Event, ...]:
    """The events an elapsed-time phrase measures from, or () when the text does not say."""
    sentence = layout.sentence_index(match.start())
    if match.group("noun") or match.group("noun2"):
        near = [m for m in events if match.start() <= m.start <= match.end() + 20]
        wars = near or [m for m in events if any(e.kind == "war" for e in m.events)]
        return tuple({e for m in wars for e in m.events if e.kind == "war"})
    if match.group("since"):
        after = [m for m in events if match.end() <= m.start <= match.end() + 12]
        return after[0].events if after else ()
    same = [m for m in events if layout.sentence_index(m.start) == sentence]
    if same:
        return min(same, key=lambda m: abs(m.start - match.start())).events
    sentence_start, _ = layout.sentence_bounds(match.start())
    if not _ANAPHOR_RX.search(layout.text, sentence_start, match.start()):
        return ()
    previous = [m for m in events if layout.sentence_index(m.start) == sentence - 1]
    return previous[-1].events if previous else ()


def _number_before(text: str, at: int, number_end_rx: re.Pattern[str] = _NUMBER_END_RX) -> bool:
    """Whether a number and a separator ("3 ", "three-") end at `at`, as every elapsed-time
    phrase has before its unit word: the many unit words without one need no search."""
    if at == 0:
        return False
    gap = at - 1
    if text[gap] != "-":
        if not text[gap].isspace():
            return False
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
    return number_end_rx.search(text, max(0, gap - _NUMBER_END_REACH), gap) is not None


def _elapsed_phrases(text: str):
    """Elapsed-time phrases, searched only around unit words (a full scan is slow)."""
    lowered = lowered_text(text)
    searched, unit_rx, number_rx, elapsed_rx = (
        (text, _UNIT_WORD_RX, _NUMBER_END_RX, _ELAPSED_RX) if lowered is None
        else (lowered, _UNIT_WORD_LOWER_RX, _NUMBER_END_LOWER_RX, _ELAPSED_LOWER_RX))
    last_end = 0
    for unit in unit_rx.finditer(searched):
        if unit.start() < last_end or not _number_before(searched, unit.start(), number_rx):
            continue
        stop = min(len(text), unit.end() + 40)
        match = elapsed_rx.search(searched, max(last_end, unit.start() - 45), stop)
        while match and match.end() <= unit.start():
            match = elapsed_rx.search(searched, match.end(), stop)
        if match and match.start() <= unit.start():
            last_end = match.end()
            yield match if lowered is None else _ELAPSED_RX.match(text, match.start(), stop)


def check_elapsed(text: str, events: list[EventMention], layout: TextLayout,
                  window: DateWindow | None) -> list[Finding]:
    """Rule elapsed-time: "N years ago" / "N-year war" against the event and writing dates."""
    if not events or window is None:
        return []  # every phrase is measured from an event, against a known writing date
    findings = []
    for match in _elapsed_phrases(text):
        local = layout.window_at(match.start(), window)
        if local is None:
            continue
        candidates = _events_for(match, events, layout)
        if not candidates:
            continue
        unit = next(match.group(g) for g in ("unit", "unit2", "unit3", "unit4") if match.group(g))
        scale = _UNIT_DAYS[unit.lower()]
        low, high = _accepted_years(_amount(match), match.group("qualifier"))
        verdicts = []
        for event in candidates:
            shortest = (local.earliest - event.start.hi).days / scale
            longest = (local.latest - event.start.lo).days / scale
            verdicts.append((event, shortest, longest, longest >= low and shortest <= high))
        if any(ok for *_, ok in verdicts):
            continue
        event, shortest, longest = min(verdicts, key=lambda v: abs(v[1] - low))[:3]
        elapsed = f"{shortest:.1f}" if abs(longest - shortest) < 0.05 else \
            f"{shortest:.1f} to {longest:.1f}"
        message = (f"“{match.group(0).strip()}” does not fit: {event.name} began on "
                   f"{event.start.text}, {elapsed} {unit.lower()}s before {local.describe()} "
                   f"(source: {event.source}).")
        findings.append(make_finding(ELAPSED_RULE, WARNING, text, match.start(), match.end(),
                                     message, [e.evidence() for e in candidates], event.id))
    return findings
