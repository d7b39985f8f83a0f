"""State carried while tagging one document: the DCT and the last date and quarter mentioned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .anchoring import clause_tense

Resolution = tuple[str, str, "str | None"]
# A timex a resolver finds inside its own match, before the one it returns ("2015" of
# "2015-2016"): start, end, type, value, mod.
Piece = tuple[int, int, str, str, "str | None"]


@dataclass(slots=True)
class Context:
    """What a resolver needs besides its own match; updated as the document is read.

    A resolver may move `start` forward to leave words of its match out of the timex ("a"
    of "a two-week strike"), move `end` on past text its pattern could not take in, and
    set `piece` to a first timex found inside the match.
    """

    text: str
    dct: date | None
    last_date: date | None
    last_quarter: tuple[int, int] | None = None
    start: int = 0
    end: int = 0
    piece: Piece | None = None
    last_year: int | None = None

    def tense(self) -> str | None:
        return clause_tense(self.text, self.start, self.end)

    @property
    def anchor(self) -> date | None:
        """The date anaphoric expressions ("the next day") count from."""
        return self.last_date or self.dct

    @property
    def anchor_year(self) -> int | None:
        """The year anaphoric years and decades ("the following decade") count from: that of
        the last date or year mentioned, else the DCT's."""
        if self.last_year is not None:
            return self.last_year
        anchor = self.anchor
        return None if anchor is None else anchor.year

    def mention(self, day: date | None) -> None:
        if day is not None:
            self.last_date = day
            self.last_year = day.year

    def mention_year(self, year: int) -> None:
        self.last_year = year
