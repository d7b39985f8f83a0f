"""Publication dates with their precision and provenance.

An article's date may be known to the day, the month, the year, or only as a
range (with a most likely day). Checks use the bounds so that a date known
only to the year never yields a finding that needs the day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "year", "range")
PROVENANCES = ("stated", "metadata", "manifest", "user", "estimated")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class PubDateError(ValueError):
    """A publication date that cannot be read."""


@dataclass(frozen=True, slots=True)
class PubDate:
    """The date an article was published, as far as it is known."""

    value: str
    precision: str
    earliest: date
    latest: date
    provenance: str | None = None
    note: str | None = None

    @property
    def anchor(self) -> date:
        """The single day used to anchor relative expressions ("Tuesday", "last year")."""
        if self.precision in ("day", "range"):
            return date.fromisoformat(self.value) if _DAY.match(self.value) else self.earliest
        return self.earliest

    def describe(self) -> str:
        if self.precision == "range":
            return f"{self.value} (between {self.earliest} and {self.latest})"
        return self.value


def value_bounds(value: str) -> tuple[date, date, str]:
    """First and last day covered by an ISO value (day, month or year)."""
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise PubDateError(f"no month {month} in {value!r}")
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last), "month"
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31), "year"
    raise PubDateError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")


def parse_pubdate(
    text: str,
    provenance: str | None = None,
    *,
    earliest: str | None = None,
    latest: str | None = None,
    note: str | None = None,
) -> PubDate:
    """Read ``2025-06-10``, ``2025-06``, ``2025``, or a range ``2025-06-09/2025-06-24``.

    A range may carry its most likely day after ``~``: ``2025-06-09/2025-06-24~2025-06-10``.
    ``earliest``/``latest`` given apart make the value a range around it.
    """
    text = text.strip()
    try:
        if "/" in text:
            span, _, likely = text.partition("~")
            first, _, last = span.partition("/")
            lo, _, _ = value_bounds(first.strip())
            _, hi, _ = value_bounds(last.strip())
            value = likely.strip() or lo.isoformat()
            return _ranged(value, lo, hi, provenance, note)
        lo, hi, precision = value_bounds(text)
        if earliest or latest:
            lo2 = value_bounds(earliest)[0] if earliest else lo
            hi2 = value_bounds(latest)[1] if latest else hi
            if (lo2, hi2) != (lo, hi):
                return _ranged(text, lo2, hi2, provenance, note)
        return PubDate(text, precision, lo, hi, provenance, note)
    except ValueError as exc:
        raise PubDateError(f"not a publication date: {text!r} ({exc})") from exc


def _ranged(value: str, lo: date, hi: date, provenance: str | None, note: str | None) -> PubDate:
    if hi < lo:
        raise PubDateError(f"range ends before it starts: {lo} to {hi}")
    likely, _, _ = value_bounds(value)
    if not lo <= likely <= hi:
        raise PubDateError(f"most likely day {likely} lies outside {lo} to {hi}")
    return PubDate(value, "range", lo, hi, provenance, note)


def pubdate_columns(pub: PubDate | None) -> dict[str, str | None]:
    """The article columns that store a publication date."""
    if pub is None:
        return {
            "published": None,
            "published_precision": None,
            "published_earliest": None,
            "published_latest": None,
            "published_provenance": None,
            "published_note": None,
        }
    return {
        "published": pub.value,
        "published_precision": pub.precision,
        "published_earliest": pub.earliest.isoformat(),
        "published_latest": pub.latest.isoformat(),
        "published_provenance": pub.provenance,
        "published_note": pub.note,
    }


def pubdate_from_row(row: dict) -> PubDate | None:
    """The publication date stored in an article row, if any."""
    if not row.get("published"):
        return None
    return PubDate(
        value=row["published"],
        precision=row.get("published_precision") or "day",
        earliest=date.fromisoformat(row["published_earliest"]),
        latest=date.fromisoformat(row["published_latest"]),
        provenance=row.get("published_provenance"),
        note=row.get("published_note"),
    )
