"""Posts embedded in scraped news (tweets): "... Sunday evening. Ted Lieu (@tedlieu) July 14,
2017". The signature dates the post that precedes it, and the relative times in the post
count from that date, not from the article's.

A post is taken to be the text before its signature back to the previous signature, the
line's start or the length of the longest post, whichever is nearest, and after the last
colon there: the article's words that introduce the post ("he tweeted:") end with one.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .lexicon import MONTH_RX, MONTHS

_SIGNATURE = re.compile(
    rf"\(@\w{{1,15}}\)[ \t]{{0,3}}(?P<mon>{MONTH_RX})[ \t]?(?P<day>\d{{1,2}}),[ \t]?"
    r"(?P<y>\d{4})"
)
_LONGEST_POST = 280  # characters in a tweet, at most


def _after_introduction(text: str, start: int, end: int) -> int:
    """Where a post between start and end begins: after the last colon that ends the
    article's introduction ("he tweeted:"), not one of a link ("https://")."""
    colon = text.rfind(":", start, end)
    while colon != -1 and text.startswith("//", colon + 1):
        colon = text.rfind(":", start, colon)
    return start if colon == -1 else colon + 1


@lru_cache(maxsize=2)  # the tagger and the checks' layout both read an article's posts
def embedded_posts(text: str) -> tuple[tuple[int, int, date], ...]:
    """Spans of the posts in `text` that a signature dates, with that date, in order."""
    posts: list[tuple[int, int, date]] = []
    previous_end = 0
    at = text.find("(@")
    while at != -1:
        signature = _SIGNATURE.match(text, at)
        if signature is not None:
            try:
                day = date(
                    int(signature["y"]), MONTHS[signature["mon"].lower().rstrip(".")], int(signature["day"])
                )
            except ValueError:
                day = None
            if day is not None:
                line_start = text.rfind("\n", 0, at) + 1
                start = max(previous_end, line_start, at - _LONGEST_POST)
                start = _after_introduction(text, start, at)
                if start < at:
                    posts.append((start, at, day))
                previous_end = signature.end()
        at = text.find("(@", at + 2)
    return tuple(posts)


def signature_date_span(text: str, at: int) -> tuple[int, int] | None:
    """Where the date of the signature at `at` ("(@jdoe) June 26, 2017") is written."""
    signature = _SIGNATURE.match(text, at)
    return (signature.start("mon"), signature.end()) if signature else None
