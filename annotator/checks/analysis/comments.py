"""Reader comments that carry their own date.

Comments below an article are written after it, by other people, often much later: judged by
the article's date they would raise false flags ("former President" in a comment posted after
the term ended). A comment without a date cannot be placed in time, so the rules stay silent
there; a comment whose header line gives its date ("jdoe · March 12, 2025 at 9:14 am",
"12 March 2025 10:14", "Posted on 2025-03-12") is judged by that date instead.

A header line is short and holds little besides the date: a name, a time, words such as
"posted" or "wrote". A sentence of the comment that happens to contain a date is not one.
"""

from __future__ import annotations

import re
from datetime import date

from annotator.temporal.lexicon import MONTHS

_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_RX = re.compile(
    r"\b(?:" + _MONTH.format(g="m1") + r"\s+(?P<d1>\d{1,2})" + _ORDINAL + r",?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH.format(g="m2") + r",?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b",
    re.IGNORECASE,
)
_HEADER_NOISE_RX = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\b(?:at|on|posted|says|said|wrote|replied|reply"
    r"|edited|updated|commented|utc|gmt|cet|cest|est|edt|pst|pdt)\b|[·•|,:;()\[\]\-–—/@#]",
    re.IGNORECASE,
)
_MAX_HEADER = 80  # characters: longer lines are comment text, not a header
_MAX_OTHER_WORDS = 3  # a name of up to three words besides the date and the noise words
_LINE_RX = re.compile(r"[^\n]+")


def _date_of(found: re.Match[str]) -> date | None:
    try:
        if found["y3"]:
            return date(int(found["y3"]), int(found["m3"]), int(found["d3"]))
        month = MONTHS.get((found["m1"] or found["m2"]).lower())
        day = int(found["d1"] or found["d2"])
        year = int(found["y1"] or found["y2"])
        return date(year, month, day) if month else None
    except ValueError:
        return None


def header_date(line: str) -> date | None:
    """The date a comment header line gives, or None when the line is not such a header."""
    if len(line) > _MAX_HEADER:
        return None
    found = _DATE_RX.search(line)
    if found is None:
        return None
    rest = _HEADER_NOISE_RX.sub(" ", line[: found.start()] + " " + line[found.end() :])
    if len(rest.split()) > _MAX_OTHER_WORDS:
        return None
    return _date_of(found)


def dated_comments(text: str, section_start: int) -> list[tuple[int, date]]:
    """Where each dated comment of the section starts (its header line), with its date.

    In order of offset; a comment runs until the next dated header, and text of the section
    before the first one has no known date.
    """
    found = []
    for line in _LINE_RX.finditer(text, section_start):
        day = header_date(line.group())
        if day is not None:
            found.append((line.start(), day))
    return found
