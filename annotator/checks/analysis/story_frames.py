"""Where a sentence's present tense is not the date written: an entry of a timeline laid out
without one dated line per entry (run into a paragraph, or under a date standing on a line of
its own), and a sentence telling the story of a work ("In season four of 'The Crown', Prime
Minister Margaret Thatcher clashes with the Queen") or an imagined world ("The novel imagines
a world in which President Al Gore won the 2000 election")."""

from __future__ import annotations

import re

from annotator.temporal.timex import Timex, first_starting_from

# A timeline run into a paragraph: its first entry may follow a heading ("Timeline: ").
RUN_IN_LEAD_RX = re.compile(r"(?:[A-Z][\w’']*(?:[ \t]+[\w’']+){0,3}:[ \t]+)?")
# A bullet before a date standing alone on its line.
_BULLET_RX = re.compile(r"[ \t]*(?:[*\u2022\u00b7-]\s+)?")
# A sentence opened by the work whose story it tells: "In the film, ...", "In 'The Crown', ...",
# "In season four of 'The Crown', ..." (not "In an interview with 'Meet the Press', ...").
_FICTION_FRAME_RX = re.compile(
    r"In\s+(?:[^,.;:!?'‘’\"“”]{0,40}?\b(?:film|movie|novel|play|drama|miniseries|mini-series|sitcom"
    r"|musical|opera|biopic|docudrama|(?:TV|television|drama)\s+series)\b[^,.;:!?]{0,60}"
    r"|(?:(?:the\s+)?(?:[\w-]+\s+)?(?:season|episode|series|part|act|scene)\s+(?:\w+\s+)?of\s+)?"
    r"['‘\"“][^'’\"”]{1,60}['’\"”])\s*,"
)
# A world a writer imagines, whatever clause of the sentence the title is in.
_IMAGINED_RX = re.compile(
    r"\b(?:imagines|imagined|imagining|alternate\s+history|alternative\s+history|counterfactual)\b",
    re.IGNORECASE,
)


def timex_at(timexes: list[Timex], at: int, offset: int) -> Timex | None:
    """The timex that starts at `at` and ends before `offset`, if any."""
    first = first_starting_from(timexes, at)
    if first == len(timexes) or timexes[first].start != at or timexes[first].end > offset:
        return None
    return timexes[first]


def date_above(text: str, timexes: list[Timex], line_start: int) -> Timex | None:
    """The date standing alone on the line above `line_start` ("Dec. 2, 2016" over "President-
    elect Trump takes a call ..."), blank lines between allowed."""
    if line_start == 0:
        return None
    above_end = len(text[:line_start].rstrip())
    above_start = text.rfind("\n", 0, above_end) + 1
    at = _BULLET_RX.match(text, above_start).end()
    timex = timex_at(timexes, at, above_end)
    if timex is None or timex.type != "DATE" or text[timex.end : above_end].strip(" \t:"):
        return None
    return timex


def story_frame(text: str, sentence_start: int, start: int) -> str | None:
    """The words before `start` that make its sentence tell a work's story or an imagined
    world, whose present is not the date written; None when there are none."""
    if text.startswith("In ", sentence_start):
        fiction = _FICTION_FRAME_RX.match(text, sentence_start, start)
        if fiction:
            return fiction.group().strip()
    imagined = _IMAGINED_RX.search(text, sentence_start, start)
    return imagined.group() if imagined else None
