"""Update notes added to an article after it was published ("Update, Nov. 9, 2016: Donald
Trump won the election."): the paragraph a note opens speaks from the note's date, not from
the article's, as a reader comment speaks from its own."""

from __future__ import annotations

import re
from datetime import date

from annotator.checks.analysis.literal_search import word_positions
from annotator.temporal.timex import Timex, first_starting_from
from annotator.temporal.values import value_bounds

_MARKERS = ("Update", "UPDATE")
# After the marker ("Update", "Updated", "UPDATE"), its punctuation before the date.
_AFTER_MARKER_RX = re.compile(r"[dD]?[ \t]*(?:on[ \t]+)?[,:(\[\u2013\u2014-]?[ \t]*")
# After the date, the punctuation that closes the note's heading.
_HEADING_END_RX = re.compile(r"[ \t]*[)\]]?[ \t]*(?::|\u2013|\u2014|-[ \t])")
_LINE_LEAD = " \t*"


def dated_update_notes(text: str, timexes: list[Timex]) -> list[tuple[int, int, date]]:
    """(start, end, day) of each paragraph opened by an update marker and a day, in order."""
    notes = []
    for marker, at in word_positions(text, _MARKERS):
        note = _note_at(text, timexes, at, marker)
        if note is not None:
            notes.append(note)
    return sorted(notes)


def _note_at(text: str, timexes: list[Timex], at: int, marker: str) -> tuple[int, int, date] | None:
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(_LINE_LEAD):
        return None  # the marker does not open its line
    gap = _AFTER_MARKER_RX.match(text, at + len(marker))
    after = gap.end() if gap else at + len(marker)
    first = first_starting_from(timexes, after)
    if first == len(timexes) or timexes[first].start != after or timexes[first].type != "DATE":
        return None
    timex = timexes[first]
    bounds = value_bounds(timex.value)
    if bounds is None or bounds[0] != bounds[1] or not _HEADING_END_RX.match(text, timex.end):
        return None
    end = text.find("\n\n", at)
    return at, len(text) if end == -1 else end, bounds[0]
