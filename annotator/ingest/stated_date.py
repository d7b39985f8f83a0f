"""Publication dates stated in an article's own text ("Published on 14 March 2025")."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as date_parser

from annotator.core.pubdate import PubDate

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_STATED = re.compile(
    rf"\b(?:Published|Posted|First published|Publication date|Date published)"
    rf"(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_DATE})",
    re.IGNORECASE,
)
HEAD_CHARS = 3000
#: Words every statement contains; the full pattern is tried only where one of them
#: occurs (and a word before, for "First published" and "Date published"), so a head
#: without one costs a few substring searches.
_KEYWORDS = ("publish", "posted", "publication")
_BEFORE = (0, len("first "), len("date "))


def _candidates(head: str) -> list[int]:
    lowered = head.lower()
    starts: set[int] = set()
    for word in _KEYWORDS:
        at = lowered.find(word)
        while at >= 0:
            starts.update(at - back for back in _BEFORE if at - back >= 0)
            at = lowered.find(word, at + 1)
    return sorted(starts)


def stated_publication_date(text: str) -> PubDate | None:
    """The date the text says it was published, looked for near its top."""
    head = text[:HEAD_CHARS]
    match = None
    for start in _candidates(head):
        if match := _STATED.match(head, start):
            break
    if match is None:
        return None
    raw = match.group("date")
    try:
        if raw[4:5] == "-":  # ISO 8601: never read day-first
            day = date.fromisoformat(raw)
        else:
            parsed = date_parser.parse(raw.replace(".", " "), dayfirst=raw[0].isdigit(), fuzzy=True)
            day = date(parsed.year, parsed.month, parsed.day)
    except (ValueError, OverflowError):
        return None
    return PubDate(
        day.isoformat(),
        "day",
        day,
        day,
        "stated",
        f"Stated in the text: “{match.group(0).strip()}”.",
    )
