"""Helpers that interpret TIMEX3 values (calendar bounds, granularity, well-formedness)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DATE_RX = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?"
    r"|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"(?:T.*)?$"
)
_DECADE_RX = re.compile(r"^(?P<dec>\d{3})$")
_CENTURY_RX = re.compile(r"^(?P<cen>\d\d)$")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
_X_DATE = (
    r"(?:[\dX]{4}|[\dX]{3}|[\dX]{2})"
    r"(?:-(?:[\dX]{2}(?:-[\dX]{2})?|W[\dX]{2}(?:-(?:WE|[\dX]))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
)
_TIME_PART = r"(?:T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|AF|EV|NI|DT))"
_DATE_VALUE_RX = re.compile(rf"^{_X_DATE}{_TIME_PART}?$")
_TIME_VALUE_RX = re.compile(rf"^{_X_DATE}{_TIME_PART}$")
_DURATION_RX = re.compile(r"^P(?:(?:[\dX.]+[YMWDLCEQH])+(?:T(?:[\dX.]+[HMS])+)?|T(?:[\dX.]+[HMS])+)$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


#: Bounds already worked out, by value: an article's rules ask about the same few values
#: again and again, and parsing one costs a regex match and several date constructions.
_BOUNDS: dict[str, tuple[date, date] | None] = {}
_BOUNDS_LIMIT = 50_000


def value_bounds(value: str) -> tuple[date, date] | None:
    """Earliest and latest calendar day covered by a TIMEX3 date value, None if not a fixed date."""
    try:
        return _BOUNDS[value]
    except KeyError:
        pass
    bounds = _parse_bounds(value)
    if len(_BOUNDS) >= _BOUNDS_LIMIT:  # values such as full dates are many: bound the memory
        _BOUNDS.clear()
    _BOUNDS[value] = bounds
    return bounds


def _parse_bounds(value: str) -> tuple[date, date] | None:
    match = _DATE_RX.match(value)
    try:
        if match:
            return _date_bounds(match)
        if m := _DECADE_RX.match(value):
            first = int(m["dec"]) * 10
            return date(first, 1, 1), date(first + 9, 12, 31)
        if m := _CENTURY_RX.match(value):
            first = int(m["cen"]) * 100
            return date(max(first, 1), 1, 1), date(first + 99, 12, 31)
    except ValueError:
        return None
    return None


def _date_bounds(m: re.Match[str]) -> tuple[date, date]:
    year = int(m["y"])
    if m["d"]:
        day = date(year, int(m["m"]), int(m["d"]))
        return day, day
    if m["m"]:
        month = int(m["m"])
        return date(year, month, 1), _month_end(year, month)
    if m["w"]:
        monday = date.fromisocalendar(year, int(m["w"]), 1)
        if m["we"]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m["q"]:
        first = 3 * int(m["q"]) - 2
        return date(year, first, 1), _month_end(year, first + 2)
    if m["h"]:
        first = 6 * int(m["h"]) - 5
        return date(year, first, 1), _month_end(year, first + 5)
    if m["s"]:
        first, last = _SEASON_MONTHS[m["s"]]
        end_year = year + (last - 1) // 12
        return date(year, first, 1), _month_end(end_year, (last - 1) % 12 + 1)
    return date(year, 1, 1), date(year, 12, 31)


def granularity(value: str) -> str:
    """Name of the calendar unit a value is expressed in ('day', 'month', 'duration', 'ref', ...)."""
    if value in _REFS:
        return "ref"
    if value.startswith("P"):
        return "duration"
    if "T" in value[4:]:
        return "time"
    if m := _DATE_RX.match(value):
        for group, name in (
            ("d", "day"),
            ("m", "month"),
            ("we", "weekend"),
            ("w", "week"),
            ("q", "quarter"),
            ("h", "half"),
            ("s", "season"),
        ):
            if m[group]:
                return name
        return "year"
    if _DECADE_RX.match(value):
        return "decade"
    if _CENTURY_RX.match(value):
        return "century"
    return "unknown"


def is_well_formed(value: str, type_: str) -> bool:
    """Whether a value has the TIMEX3 shape its type requires."""
    if type_ == "DATE":
        return value in _REFS or bool(_DATE_VALUE_RX.match(value))
    if type_ == "TIME":
        return value in _REFS or bool(_TIME_VALUE_RX.match(value) or _DATE_VALUE_RX.match(value))
    if type_ == "DURATION":
        return bool(_DURATION_RX.match(value))
    if type_ == "SET":
        return bool(_DURATION_RX.match(value) or _DATE_VALUE_RX.match(value))
    return False
