"""Where a sentence's present tense is not the date written: an entry of a timeline laid out
without one dated line per entry (run into a paragraph, or under a date standing on a line of
its own), a scene a date sets ("It is November 1989, and Chancellor Helmut Kohl is in
Warsaw", "Summer 2016. Prime Minister David Cameron stands outside Number 10"), and a
sentence telling the story of a work ("In season four of 'The Crown', Prime
Minister Margaret Thatcher clashes with the Queen", "season five, in which Prime Minister
John Major meets the Queen") or an imagined world ("The novel imagines
a world in which President Al Gore won the 2000 election")."""

from __future__ import annotations

import re

from annotator.temporal.timex import Timex, first_starting_from

# A timeline run into a paragraph: its first entry may follow a heading ("Timeline: ").
_RUN_IN_LEAD_RX = re.compile(r"(?:[A-Z][\w’']*(?:[ \t]+[\w’']+){0,3}:[ \t]+)?")
# A timeline's line: an optional bullet, a date, then a dash or a colon.
_ENTRY_LEAD_RX = re.compile(r"[ \t]*(?:[*\u2022\u00b7-]\s+)?(?:(?:From|In)[ \t]+(?=\d))?")
_ENTRY_DASH_RX = re.compile(r"[ \t]*(?:[-\u2013\u2014]|:)[ \t]")
# A sentence opened by the work whose story it tells: "In the film, ...", "In 'The Crown', ...",
# "In season four of 'The Crown', ..." (not "In an interview with 'Meet the Press', ...").
_FICTION_FRAME_RX = re.compile(
    r"In\s+(?:[^,.;:!?'‘’\"“”]{0,40}?\b(?:film|movie|novel|play|drama|miniseries|mini-series|sitcom"
    r"|musical|opera|biopic|docudrama|(?:TV|television|drama)\s+series)\b[^,.;:!?]{0,60}"
    r"|(?:(?:the\s+)?(?:[\w-]+\s+)?(?:season|episode|series|part|act|scene)\s+(?:\w+\s+)?of\s+)?"
    r"['‘\"“][^'’\"”]{1,60}['’\"”])\s*,"
)
# A relative clause on a work, which tells its story: "Netflix released 'The Crown' season
# five, in which Prime Minister John Major meets the Queen", "a film in which President X ...".
_WORK_STORY_RX = re.compile(
    r"(?:['’\"”]|\b(?:film|movie|novel|play|drama|series|season|episode|biopic|documentary|docudrama"
    r"|musical|opera|sitcom|miniseries|show))(?:\s+(?:season|series|part|episode)\s+[\w-]+)?,?\s+in\s+which\b",
    re.IGNORECASE,
)
# A line that links to another article: its headline's present is that article's time
# ("READ MORE: President Biden signs infrastructure bill into law", "Related: ...", "Watch:
# ..."), as is each item of a list under such a label ("More coverage:" then "- ...").
_LINK_LABEL_RX = re.compile(
    r"[ \t*#>\u2022\u00b7-]*(?:read\s+more|also\s+read|read\s+also|see\s+also|watch|listen|recommended"
    r"|related(?:\s+(?:coverage|stories|story|content|articles?|reading|links?))?|further\s+reading"
    r"|more(?:\s+(?:coverage|on\s+this(?:\s+story)?|from\s+[\w ]{1,30}))?|in\s+pictures|video"
    r"|top\s+stories)\s*[:|]",
    re.IGNORECASE,
)
_LIST_ITEM_RX = re.compile(r"[ \t]*[-*\u2022\u00b7]\s")
_LIST_ITEM_OPENERS = (" ", "\t", "-", "*", "\u2022", "\u00b7")  # what a list item's line opens on


def link_line(text: str, offset: int) -> str | None:
    """The label of the link line that holds `offset` (its own, or that of the list it is an
    item of), if any. The first line is the article's own headline ("WATCH: Senator X ...")."""
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start == 0:
        return None
    label = None
    if text.find(":", line_start, offset) >= 0 or text.find("|", line_start, offset) >= 0:
        label = _LINK_LABEL_RX.match(text, line_start, offset)  # every label ends on ":" or "|"
    while (
        label is None
        and text.startswith(_LIST_ITEM_OPENERS, line_start)
        and _LIST_ITEM_RX.match(text, line_start)
        and line_start > 0
    ):
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # the line above the item
        label = _LINK_LABEL_RX.match(text, line_start)
        if label is None and not _LIST_ITEM_RX.match(text, line_start):
            return None
    return label.group().strip(" \t*#>-:|") if label else None


# A world a writer imagines, whatever clause of the sentence the title is in.
# (the pattern is tried only where "magin", "lternat" or "ounterfactual" is)
_IMAGINED_RX = re.compile(
    r"\b(?:imagines|imagined|imagining|alternate\s+history|alternative\s+history|counterfactual)\b",
    re.IGNORECASE,
)


# What sets a scene at a date: "It is", "The year is", "Flashback to", "Rewind to".
_SCENE_LEAD = (
    r"(?:[Ii]t\s+(?:is|was)|It['’]s|The\s+(?:year|date)\s+(?:is|was)|Flash\s*back\s+to|Rewind\s+to"
    r"|Cut\s+to|(?:Go|Think)\s+back\s+to|Back\s+to)\s+"
)
_SCENE_LEAD_RX = re.compile(r"[\"“‘']?" + _SCENE_LEAD)
# Before a date that opens its sentence, from the line's start or a sentence's end.
_SCENE_OPENS_RX = re.compile(r"(?:[.!?][\"”’]?\s+|\n\s*)(?:" + _SCENE_LEAD + r")?\Z")
_SCENE_LINE_OPENS_RX = re.compile(r"\s*(?:" + _SCENE_LEAD + r")?\Z")
_SCENE_DATE_END_RX = re.compile(r"\s*(?:[,:;\u2013\u2014]|\.(?:\s|\Z))")
_YEAR_DIGITS_RX = re.compile(r"\b(?:1[89]|20)\d\d\b")


def heading_date(
    text: str, timexes: list[Timex], sentence: tuple[int, int], offset: int, narrated: bool = False
) -> tuple[Timex, str] | None:
    """The date heading a timeline's line ("2014 - Russia annexes Crimea after President X
    flees", "Feb. 24, 2022: Putin announces ..."), which the present tense of the line's first
    sentence narrates (a later one may give background: "President Castro ruled Cuba for half
    a century"); a later sentence whose mention is the subject of a present-tense verb
    (`narrated`: "The Taliban take Kabul. President X flees the country.") goes on narrating it.
    A timeline run into one paragraph heads each sentence with its date ("Timeline: Sept. 6,
    2022 — Liz Truss takes office. Oct. 20, 2022 — Truss resigns."), and one laid out with
    headings puts the date on a line of its own above the entry."""
    line_start = text.rfind("\n", 0, offset) + 1
    at = _lead_end(_ENTRY_LEAD_RX, text, line_start)
    timex = timex_at(timexes, at, offset) if sentence[0] <= at or narrated else None
    if timex is None:
        timex = timex_at(timexes, _lead_end(_RUN_IN_LEAD_RX, text, sentence[0]), offset)
    if timex is not None and timex.type == "DATE" and _ENTRY_DASH_RX.match(text, timex.end):
        return timex, "heading its line"
    above = date_above(text, timexes, line_start) if timex is None and sentence[0] <= at else None
    if above is not None:
        return above, "heading its entry"
    scene = scene_date(text, timexes, sentence[0], offset)  # "It is November 1989, and ..."
    return (scene, "setting the scene") if scene is not None else None


def _lead_end(lead_rx: re.Pattern[str], text: str, at: int) -> int:
    """Where a lead that may be empty (white space, a bullet) ends, from `at`."""
    found = lead_rx.match(text, at)
    return found.end() if found else at


def blank_start(text: str, end: int) -> int:
    """Where the white space that ends at `end` begins (``len(text[:end].rstrip())`` without
    copying the text)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


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
    above_end = blank_start(text, line_start)
    above_start = text.rfind("\n", 0, above_end) + 1
    at = _lead_end(_ENTRY_LEAD_RX, text, above_start)
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
    told = text.find("in which", sentence_start, start)
    if told >= 0:
        work = _WORK_STORY_RX.search(text, max(sentence_start, told - 40), start)
        if work:
            return work.group().strip(" ,'’\"”")
    if (
        text.find("magin", sentence_start, start) < 0
        and text.find("lternat", sentence_start, start) < 0
        and text.find("ounterfactual", sentence_start, start) < 0
    ):
        return None
    imagined = _IMAGINED_RX.search(text, sentence_start, start)
    return imagined.group() if imagined else None


def scene_date(text: str, timexes: list[Timex], sentence_start: int, offset: int) -> Timex | None:
    """The date that sets the scene the sentence at `sentence_start` narrates: opening it ("It
    is November 1989, and ..."), or standing as the sentence before ("Summer 2016.", "The year
    is 2003."). Only a date with its year in digits sets a scene."""
    lead = _SCENE_LEAD_RX.match(text, sentence_start)
    if lead is not None:
        timex = timex_at(timexes, lead.end(), offset)
        if timex is not None and _sets_scene(text, timex):
            return timex
    k = first_starting_from(timexes, sentence_start) - 1
    if k < 0:
        return None
    timex = timexes[k]
    if text[timex.end : sentence_start].strip() not in (".", ":", "!") or not _sets_scene(text, timex):
        return None
    line_start = text.rfind("\n", 0, timex.start) + 1
    if timex.start - line_start <= _SCENE_REACH and _SCENE_LINE_OPENS_RX.fullmatch(
        text, line_start, timex.start
    ):
        return timex
    return (
        timex
        if _SCENE_OPENS_RX.search(text, max(line_start, timex.start - _SCENE_REACH), timex.start)
        else None
    )


_SCENE_REACH = 30  # characters of a scene's lead before its date


def _sets_scene(text: str, timex: Timex) -> bool:
    return (
        timex.type == "DATE"
        and _YEAR_DIGITS_RX.search(timex.text) is not None
        and _SCENE_DATE_END_RX.match(text, timex.end) is not None
    )
