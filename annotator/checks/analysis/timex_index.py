"""An article's timexes indexed by their start.

The reference time reads, for each passage, the timexes of its clause and sentence; found by
bisection, not by a scan of the article's every timex for each passage.
"""

from __future__ import annotations

from bisect import bisect_left

from annotator.temporal.anchoring import lowered_text


class Timexes:
    """An article's timexes in order of start, and the length of the longest: those that may
    overlap a clause are found by bisection, not by a scan of the article's every timex for
    each passage read. Also the article's text lowered, offset for offset, where a word a
    pattern ignoring case must contain is looked for first (None when no such copy exists)."""

    __slots__ = ("items", "low", "reach", "starts")

    def __init__(self, items: list, text: str):
        self.items = items
        self.starts = [timex.start for timex in items]
        self.reach = max((timex.end - timex.start for timex in items), default=0)
        self.low = lowered_text(text)  # None for a text holding a case trap (İ, ı, ſ)

    def starting(self, low: int, high: int) -> list:
        """The timexes that start in [low, high)."""
        return self.items[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def overlapping(self, low: int, high: int) -> list:
        """The timexes that start before `high` and may end after `low` (those left out end
        at or before it)."""
        return self.starting(low - self.reach, high)

    def first_from(self, offset: int) -> int:
        """Index of the first timex that starts at or after `offset`."""
        return bisect_left(self.starts, offset)
