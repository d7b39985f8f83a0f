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
_KEYWORDS = ("publish", "posted")


def stated_publication_date(text: str) -> PubDate | None:
    """The date the text says it was published, looked for near its top."""
    head = text[:HEAD_CHARS]
    lowered = head.lower()
    if not any(word in lowered for word in _KEYWORDS):
        return None
    match = _STATED.search(head)
    if not match:
        return None
    raw = match.group("date")
    try:
        parsed = date_parser.parse(raw.replace(".", " "), dayfirst=raw[0].isdigit(), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    day = date(parsed.year, parsed.month, parsed.day)
    return PubDate(
        day.isoformat(),
        "day",
        day,
        day,
        "stated",
        f"Stated in the text: “{match.group(0).strip()}”.",
    )
