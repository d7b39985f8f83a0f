"""The record every rule produces, and the article's date window it is judged against."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from annotator.checks.kb.folding import normalise

ERROR, WARNING, INFO = "error", "warning", "info"
#: How sure a flag is. HIGH ones are shown by default (the view's and ``check``'s default);
#: LOW ones are one filter away: defensible readings a careful fact-checker may not share.
HIGH, LOW = "high", "low"
CONFIDENCES = (HIGH, LOW)
_ISO_RX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Finding:
    """One flag raised on an article: where, what is wrong, and the facts that show it."""

    rule: str
    severity: str
    start: int
    end: int
    quote: str
    message: str
    evidence: list[dict[str, Any]] = field(default_factory=list, compare=False)
    fingerprint: str = ""
    article_id: Any = None
    confidence: str = HIGH
    basis: str = ""  # the reading the rule assumed: "read as describing 2017-12-21: ..."

    @property
    def shown(self) -> bool:
        """Whether the flag is among the likely errors shown by default."""
        return self.confidence == HIGH

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "message": self.message,
            "evidence": self.evidence,
            "fingerprint": self.fingerprint,
            "confidence": self.confidence,
            "basis": self.basis,
        }


def make_finding(
    rule: str,
    severity: str,
    text: str,
    start: int,
    end: int,
    message: str,
    evidence: list[dict[str, Any]],
    entity: str,
    *,
    confidence: str = HIGH,
    basis: str = "",
) -> Finding:
    """A finding whose fingerprint survives edits elsewhere in the article."""
    quote = text[start:end]
    return Finding(
        rule,
        severity,
        start,
        end,
        quote,
        message,
        evidence,
        fingerprint(rule, quote, entity),
        None,
        confidence,
        basis,
    )


#: Fingerprints already worked out: the same flag ("President Biden" called President after
#: his term) recurs across a corpus. Bounded, as quotes are many.
_FINGERPRINTS: dict[tuple[str, str, str], str] = {}
_FINGERPRINTS_LIMIT = 10_000


def fingerprint(rule: str, quote: str, entity: str) -> str:
    """Stable key of a finding: the rule, the normalised quote and the resolved entity."""
    try:
        return _FINGERPRINTS[rule, quote, entity]
    except KeyError:
        pass
    key = "\x1f".join((rule, normalise(quote), entity))
    found = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    if len(_FINGERPRINTS) >= _FINGERPRINTS_LIMIT:
        _FINGERPRINTS.clear()
    _FINGERPRINTS[rule, quote, entity] = found
    return found


@dataclass(frozen=True, slots=True)
class DateWindow:
    """The dates an article (or one of its parts) may have been written on, ends included."""

    earliest: date
    latest: date
    whose: str = field(default="", compare=False)  # e.g. "the comment's date"; "": the article's

    def describe(self) -> str:
        if self.earliest == self.latest:
            said = self.earliest.isoformat()
        else:
            said = f"between {self.earliest.isoformat()} and {self.latest.isoformat()}"
        return f"{said} ({self.whose})" if self.whose else said

    def at(self) -> str:
        """The window after a verb: "on 2025-03-12", or "between 2025-03-01 and 2025-03-31"."""
        return self.describe() if self.earliest != self.latest else f"on {self.describe()}"


def parse_iso_bounds(value: str | None) -> tuple[date, date] | None:
    """Bounds of an ISO date of any precision ('2025', '2025-04', '2025-04-15T10:00Z')."""
    if not value:
        return None
    match = _ISO_RX.match(value.strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if day and month:
            exact = date(year, month, day)
            return exact, exact
        if month:
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date(year, month, 1), following - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def article_window(published: str | None, earliest: date | None, latest: date | None) -> DateWindow | None:
    """The article's date as a window; None when nothing is known (rules then stay silent)."""
    bounds = parse_iso_bounds(published)
    low = bounds[0] if bounds else None
    high = bounds[1] if bounds else None
    if earliest and (low is None or earliest > low):
        low = earliest
    if latest and (high is None or latest < high):
        high = latest
    if low is None or high is None or low > high:
        return None
    return DateWindow(low, high)
