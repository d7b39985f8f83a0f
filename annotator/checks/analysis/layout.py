"""The layout of a text: its sentences, the parts that speak from another date (quotations,
reader comments), and what several rules work out alike about one passage."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from annotator.checks.analysis.comments import dated_comments
from annotator.checks.analysis.story_frames import link_line
from annotator.checks.analysis.update_notes import dated_update_notes
from annotator.checks.findings import DateWindow
from annotator.temporal.posts import embedded_posts, signature_date_span
from annotator.temporal.timex import first_starting_from
from annotator.temporal.values import value_bounds

_QUOTE_LOOKBACK = timedelta(days=90)
_LONGEST_TIMEX = 200  # characters: a date that starts this far before a sentence cannot reach it
# Both line patterns start with the line break before the line (the line itself starts one
# character after a match), so the regex engine skips from line break to line break.
_COMMENT_HEADER_RX = re.compile(
    r"\n[ \t]*(?:\d+\s+)?(?:comments?|reader comments|leave a (?:reply|comment)|add comment"
    r"|click to comment|join the discussion|discussion)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HANDLE_LINE_RX = re.compile(r"\n[ \t]*([A-Za-z][\w.\-]{1,29})[ \t]*$", re.MULTILINE)
_QUOTE_RX = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")
# Its two halves alone, for a text with one kind of quotation mark only: a pattern opening on
# one literal character is scanned far faster than one opening on a choice of two.
_CURLY_QUOTE_RX = re.compile(r"“[^”]{1,2000}”")
_STRAIGHT_QUOTE_RX = re.compile(r"\"[^\"\n]{1,2000}\"")
# A sentence ends after closing punctuation followed by a capital or a digit, or at line breaks.
# A match starts at the punctuation or line break (only its end is used) and the pattern opens
# with that one character class, so the regex engine skips ahead to the next ".", "!", "?" or
# line break instead of trying every position; the lookbehinds tell the two kinds apart.
# Pages whose paragraphs were glued together ("by 2036.Vice President") end a sentence at a
# full stop after a lower-case word or a number and before a capitalised word.
# A full stop after an initial ("George W. Bush"), a common abbreviation ("Sen.", "Jan.")
# or the "v." of a court case ("Roe v. Wade") ends nothing.
_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "St",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "No",
    "vs",
    "v",
    "Inc",
    "Corp",
    "Lt",
    "Col",
    "Sgt",
    "Pres",
    "Prof",
    "Jr",
    "Sr",
    "Mt",
    "Ft",
    "Adm",
    "Capt",
    "Maj",
    "Supt",
    "Rev",
    "Hon",
)
# Checked after the full stop is found, so the regex engine still skips ahead to the next
# ".", "!", "?" or line break. One lookbehind for all the abbreviations of a length (a
# lookbehind has one width) is tested at once, where one for each took a third of the time.
_NOT_AFTER = (
    "".join(
        rf"(?<!\b(?:{'|'.join(word for word in _ABBREVIATIONS if len(word) == length)})\.)"
        for length in sorted({len(word) for word in _ABBREVIATIONS})
    )
    + r"(?<!\b[A-Z]\.)"
)
_SENTENCE_END_RX = re.compile(
    r"[.!?\n]" + _NOT_AFTER + r"(?:(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=\n)\n*"
    r"|(?<=[a-z0-9][a-z0-9][.!?])(?=[A-Z][a-z]))"
)


@dataclass(slots=True)
class TextLayout:
    """Sentence boundaries, quotations and the reader-comment section of one text.

    Every rule gets the article's layout, so it also keeps what several rules work out
    alike about a passage of the text (`shared`, by a key naming the work and the passage).
    """

    text: str
    sentence_starts: list[int]
    quotes: list[tuple[int, int]]
    comments_start: int | None
    comment_dates: list[tuple[int, date]] = field(default_factory=list)  # dated comments' starts
    quote_said: dict[int, tuple[date, str]] = field(default_factory=dict)  # quote start -> context
    #: Embedded posts' signature dates: (start, end, day) of "June 26, 2017" after "(@jdoe)".
    post_dates: list[tuple[int, int, date]] = field(default_factory=list)
    #: Update notes' paragraphs and dates: (start, end, day) of "Update, Nov. 9, 2016: ...".
    notes: list[tuple[int, int, date]] = field(default_factory=list)
    shared: dict[tuple, Any] = field(default_factory=dict, repr=False, compare=False)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[max(k, 0)]
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        """The quotation (start, end) around `offset`, if any."""
        k = bisect.bisect_right(self.quotes, (offset, len(self.text) + 1)) - 1
        if k >= 0 and self.quotes[k][0] <= offset < self.quotes[k][1]:
            return self.quotes[k]
        return None

    def in_quote(self, offset: int) -> bool:
        return self.quote_at(offset) is not None

    def in_comments(self, offset: int) -> bool:
        return self.comments_start is not None and offset >= self.comments_start

    def window_at(self, offset: int, window: DateWindow | None) -> DateWindow | None:
        """The date a passage speaks from: quotes may be older, comments later than the article,
        and a link's headline was written at no known date.

        A reader comment speaks from the date its header gives, or from no known date."""
        if self.in_comments(offset):
            k = bisect.bisect_right(self.comment_dates, (offset, date.max)) - 1
            if k < 0:
                return None
            day = self.comment_dates[k][1]
            return DateWindow(day, day, "the reader comment's date")
        if window is None or link_line(self.text, offset) is not None:
            return None  # a link's headline ("READ MORE: ...") was written when its article was
        for start, end, day in self.notes:
            if start <= offset < end and day >= window.earliest:
                return DateWindow(day, day, "the update note's date")
        quote = self.quote_at(offset)
        if quote is not None:
            earliest = window.earliest - _QUOTE_LOOKBACK
            said = self.quote_said.get(quote[0])
            if said is not None and said[0] < earliest:
                return DateWindow(said[0], window.latest, f"the quote's context: {said[1]}")
            return replace(window, earliest=earliest)
        return window

    def date_quotes(self, timexes: list) -> None:
        """Note when each quotation was said where its sentence tells ("in a 2019 interview",
        "she said on 3 March 2022"): a date written outside the quote marks, in the sentence
        around them. Such a quote is judged from that date on rather than by the article's.
        An update note's paragraph is judged at the note's date."""
        self.notes = dated_update_notes(self.text, timexes)
        for start, end in self.quotes:
            low, high = self.sentence_bounds(start)
            high = max(high, self.sentence_bounds(max(end - 1, start))[1])
            first = first_starting_from(timexes, low - _LONGEST_TIMEX)
            for timex in timexes[first:]:
                if timex.start >= high:
                    break
                if timex.end <= low or (timex.start < end and timex.end > start):
                    continue
                bounds = value_bounds(timex.value) if timex.type == "DATE" else None
                if bounds is not None and (
                    start not in self.quote_said or bounds[0] < self.quote_said[start][0]
                ):
                    self.quote_said[start] = (bounds[0], f"\u201c{timex.text}\u201d")


def _sentence_ends(text: str) -> list[int]:
    """The ends of the matches of _SENTENCE_END_RX, tried only where ``str.find`` locates a
    full stop, "!", "?" or line break: the regex engine tests every character of a text
    against its opening class, at a cost above all of the matching itself."""
    places = []
    for char in ".!?\n":
        at = text.find(char)
        while at >= 0:
            places.append(at)
            at = text.find(char, at + 1)
    places.sort()
    ends: list[int] = []
    end = 0
    match = _SENTENCE_END_RX.match
    for at in places:
        if at >= end and (found := match(text, at)) is not None:
            end = found.end()
            ends.append(end)
    return ends


def layout(text: str) -> TextLayout:
    starts = [0, *_sentence_ends(text)]
    quote_rx = _CURLY_QUOTE_RX if '"' not in text else _STRAIGHT_QUOTE_RX if "“" not in text else _QUOTE_RX
    quotes = [m.span() for m in quote_rx.finditer(text)]
    section = comments_start(text)
    dated = dated_comments(text, section) if section is not None else []
    result = TextLayout(text, starts, quotes, section, dated)
    if "(@" in text:
        _add_posts(result)
    return result


def _add_posts(text_layout: TextLayout) -> None:
    """Embedded posts ("... — Jane Doe (@jdoe) June 26, 2017"): each is a quotation said on
    the date of its signature, and the signature ends a sentence even where the page glued
    the next one to it ("2017The")."""
    text = text_layout.text
    posts: list[tuple[int, int]] = []
    for start, at, day in embedded_posts(text):
        span = signature_date_span(text, at)
        if span is None:
            continue
        posts.append((start, span[1]))
        text_layout.quote_said[start] = (day, f"the post's date \u201c{text[span[0] : span[1]]}\u201d")
        text_layout.post_dates.append((span[0], span[1], day))
        bisect.insort(text_layout.sentence_starts, span[1])
    if posts:
        kept = [
            q
            for q in text_layout.quotes
            if not any(q[0] < p_end and p_start < q[1] for p_start, p_end in posts)
        ]
        text_layout.quotes = sorted(kept + posts)


def comments_start(text: str) -> int | None:
    """Where a reader-comment section begins: a "Comments" heading, or a run of user names.

    Comments are never judged by the article's date: by their own where their header gives
    one (:mod:`annotator.checks.analysis.comments`), otherwise not at all.
    """
    # Lines that start in the last two thirds, found from the line break before each (a text
    # under three characters, searched from its start, holds neither a heading nor three names).
    search_from = max(len(text) // 3 - 1, 0)
    header = _COMMENT_HEADER_RX.search(text, search_from)
    handles = [m for m in _HANDLE_LINE_RX.finditer(text, search_from) if not m.group(1).isdigit()]
    names = [m.group(1) for m in handles]
    handle_start = None
    if len(handles) >= 3 and len(set(names)) < len(names):
        handle_start = handles[0].start() + 1
    candidates = [pos for pos in (header.start() + 1 if header else None, handle_start) if pos is not None]
    return min(candidates) if candidates else None
