"""State carried while tagging one document: the DCT and the last date and quarter mentioned."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .anchoring import clause_tense

Resolution = tuple[str, str, "str | None"]


@dataclass(slots=True)
class Context:
    """What a resolver needs besides its own match; updated as the document is read."""

    text: str
    dct: date | None
    last_date: date | None
    last_quarter: tuple[int, int] | None = None
    start: int = 0
    end: int = 0

    def tense(self) -> str | None:
        return clause_tense(self.text, self.start, self.end)

    @property
    def anchor(self) -> date | None:
        """The date anaphoric expressions ("the next day") count from."""
        return self.last_date or self.dct

    def mention(self, day: date | None) -> None:
        if day is not None:
            self.last_date = day
