"""Quotations dated by their own sentence ("In a 2019 letter, she wrote: 'we meet on
Monday at noon'"): the relative times inside count from that date, not from the article's.

Only a date written out with its year just before the quotation, in the same sentence,
dates it; one that says no more than the year leaves the finer parts of the times inside
unknown ("2019-XX-XX", "2019-WXX").
"""

from __future__ import annotations

import re
import sys
from datetime import date

from .posts import embedded_posts

_PAIRS = (
    ('"', '"'),
    ("\u201c", "\u201d"),
    (": '", "'"),
    (":\t'", "'"),
    (": \u2018", "\u2019"),
    (":\t\u2018", "\u2019"),
)
_LONGEST = 3000  # characters: a quote mark left open must not swallow the rest of the text
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_REACH = 160  # characters between the dating expression and the opening quote, at most
# Rules whose values come from a date written with its year: they may date a quotation.
DATING_RULES = frozenset({"year", "month_year", "iso", "slash", "month_day", "day_month", "year_range"})
# Rules whose values count from the anchor date: inside a quotation dated only by its year
# (or month), what they say below that is unknown.
RELATIVE_RULES = frozenset(
    {
        "weekday",
        "deictic",
        "clock",
        "day_part",
        "tonight",
        "anaphor",
        "rel_unit",
        "weekend",
        "ago",
        "day_before",
        "nth_day",
        "year_end",
        "holiday",
    }
)
_YEAR_ONLY = re.compile(r"(\d{4})-(?:W\d\d|\d\d)(-\d\d)?")


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations in `text`, in order: between paired double quotes, or single
    quotes opened after a colon. Found with str.find, which is far quicker than a regex
    over the whole text; most texts hold few quote marks."""
    spans = []
    for opener, closer in _PAIRS:
        at = text.find(opener)
        while at != -1:
            begin = at + len(opener) - 1
            close = text.find(closer, begin + 1)
            while closer == "'" and close != -1 and text[close + 1 : close + 2].isalpha():
                close = text.find(closer, close + 1)  # an apostrophe ("don't")
            if close == -1:
                break
            if close - begin <= _LONGEST:
                spans.append((begin, close + 1))
            at = text.find(opener, close + 1)
    if len(spans) > 1:
        spans.sort()
        kept = [spans[0]]
        for span in spans[1:]:
            if span[0] >= kept[-1][1]:
                kept.append(span)
        spans = kept
    return spans


def dated_spans(text: str) -> list[tuple[int, int, date | None]]:
    """The quotations of `text` and its embedded posts (posts.py) in order, each with the
    date a post's signature gives it (None for a quotation: its sentence may date it). A
    quotation within a post is part of the post."""
    posts = embedded_posts(text)
    spans: list[tuple[int, int, date | None]] = [(s, e, None) for s, e in quotations(text)]
    if not posts:
        return spans
    spans = [span for span in spans if not any(span[0] < end and start < span[1] for start, end, _ in posts)]
    return sorted([*spans, *posts])


def quotation_anchor(
    text: str, opening: int, dating: tuple[int, str] | None, dct: date | None
) -> tuple[date, str] | None:
    """The date a quotation opening at `opening` is about, with its granularity ("year",
    "month" or "day"), from the last dating expression before it (its end and value), if
    that one is in the same sentence and differs from the article's date."""
    if dating is None or dct is None or not 0 <= opening - dating[0] <= _REACH:
        return None
    if _SENTENCE_END.search(text, dating[0], opening):
        return None
    value = dating[1]
    try:
        if len(value) == 4:
            anchor, granularity = date(int(value), 7, 1), "year"
        elif len(value) == 7:
            anchor, granularity = date(int(value[:4]), int(value[5:7]), 15), "month"
        else:
            anchor, granularity = date.fromisoformat(value[:10]), "day"
    except ValueError:
        return None
    if anchor.year == dct.year and (granularity == "year" or anchor.month == dct.month):
        return None  # no other time than the article's: its date is the better anchor
    return anchor, granularity


def masked(value: str, granularity: str) -> str:
    """A value counted from an anchor known only to the year (or month), with the parts
    the anchor does not fix written as unknown."""
    found = _YEAR_ONLY.match(value)
    if found is None or granularity == "day":
        return value
    rest = value[found.end() :]
    if "W" in found.group():
        return f"{found[1]}-WXX{rest}"
    if found[2] is None:  # a month: known when the anchor gave the month
        return value if granularity == "month" else f"{found[1]}-XX{rest}"
    return f"{found[1]}-XX-XX{rest}"


_WRITTEN_YEAR = re.compile(r"\d{4}")


class QuoteDating:
    """Follows the tagger through a text: the last dating expression outside quotations,
    and whether the current match lies in a quotation that one dates. Inside such a
    quotation the context's DCT and last date are the quotation's own; after it, the
    article's again."""

    __slots__ = ("_spans", "_index", "_dating", "_inside", "_saved", "granularity", "busy_from")

    def __init__(self, spans: list[tuple[int, int, date | None]]) -> None:
        self._spans = spans
        self._index = 0
        self._dating: tuple[int, str] | None = None
        self._inside: tuple[int, int, date | None] | None = None
        self._saved: tuple | None = None
        self.granularity: str | None = None  # of the anchor of the quotation the match is in
        # enter() has nothing to do for a match starting at or before this: none enters or
        # leaves a quotation there (the next one's opening, or the last character of the
        # one the matches are in)
        self.busy_from = spans[0][0] if spans else sys.maxsize

    def enter(self, start: int, ctx) -> None:
        """Before resolving a match at `start`: switch the context's anchors as it enters
        or leaves a dated quotation."""
        if self._inside is not None and start >= self._inside[1]:
            if self._saved is not None:
                ctx.dct, ctx.last_date, ctx.last_year = self._saved
            self._inside = self._saved = self.granularity = None
        spans = self._spans
        while self._index < len(spans) and spans[self._index][1] <= start:
            self._index += 1
        if self._inside is None and self._index < len(spans) and spans[self._index][0] < start:
            self._inside = spans[self._index]
            own = self._inside[2]
            anchor = (
                (own, "day")
                if own is not None
                else quotation_anchor(ctx.text, self._inside[0], self._dating, ctx.dct)
            )
            if anchor is not None:
                self._saved = (ctx.dct, ctx.last_date, ctx.last_year)
                ctx.dct = ctx.last_date = anchor[0]
                ctx.last_year = anchor[0].year
                self.granularity = anchor[1]
        if self._inside is not None:
            self.busy_from = self._inside[1] - 1
        else:
            self.busy_from = spans[self._index][0] if self._index < len(spans) else sys.maxsize

    def note(self, name: str, written: str, end: int, value: str) -> str:
        """After resolving: remember a dating expression outside quotations; return the
        value, with what a year-only anchor leaves unknown written as such."""
        if self._inside is None:
            if name in DATING_RULES and (
                name not in ("month_day", "day_month") or _WRITTEN_YEAR.search(written)
            ):
                self._dating = (end, value)
            return value
        if self.granularity is not None and name in RELATIVE_RULES:
            if name == "weekday" and self.granularity != "day" and len(value) == 10:
                weekday = date.fromisoformat(value).isoweekday()  # "Monday" of 2019
                return f"{value[:4]}-WXX-{weekday}"
            return masked(value, self.granularity)
        return value
