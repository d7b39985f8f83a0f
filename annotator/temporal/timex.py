"""The TIMEX3 record the tagger returns; shared by the rest of the application."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: character span in the text plus its TIMEX3 normalisation."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
