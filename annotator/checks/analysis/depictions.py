"""Where a title names a holder without speaking of the present: a work that depicts the holder
("Meryl Streep played Prime Minister Margaret Thatcher", "a statue of Prime Minister Winston
Churchill", "A new biography follows Chancellor Helmut Kohl"), the holder as a character ("Prime
Minister Margaret Thatcher, played by Gillian Anderson"), and a place or body named after the
holder ("the Sultan Qaboos Grand Mosque", "the King Hussein Bridge").

A picture's description ("In the official photograph of the Yalta Conference, President Franklin
Roosevelt is flanked by ...", "The photo shows President X sitting beside ...", "... in the
photograph") speaks in the present of what the picture shows, in its subjects' own time.

A work's date is not its subject's: the title is the one the work shows, in the holder's own
time. A name given after a holder keeps the title after the term, so it is no title at all.
"""

from __future__ import annotations

import re

# A depiction of the holder ("Meryl Streep played Prime Minister Margaret Thatcher", "starring
# Dennis Quaid as President Ronald Reagan", "a statue of Prime Minister Winston Churchill", "a
# 2023 documentary about Chancellor Angela Merkel's handling of the crisis"): the title is the
# one the work shows, in the holder's own time; the clause's date is the work's.
_DEPICTED_BEFORE_RX = re.compile(
    r"(?:\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|impersonat(?:es|ed|ing)"
    r"|(?:portrayal|depiction|impersonation)\s+of|starring\s+(?:[A-Z][\w.'’-]*\s+){1,4}as"
    r"|(?:his|her|their|the)\s+(?:[\w-]+\s+)?role\s+as|cast\s+as)"
    r"|\b(?:film|movie|biopic|documentary|docudrama|drama|play|musical|opera|novel|book|biography"
    r"|memoir|portrait|painting|statue|bust|sculpture|mural|exhibition|exhibit|coin|stamps?|waxwork"
    r"|monument)s?\s+(?:[\w'’-]+\s+){0,2}?(?:of|about|on|honou?ring|showing|depicting|celebrating"
    r"|commemorating|to))\s+(?:the\s+)?(?:late\s+)?\Z",
    re.IGNORECASE,
)
# ... a work's verb of telling, with the work earlier in the sentence ("A new biography, published
# last month, follows Chancellor Helmut Kohl through reunification") ...
_TOLD_BEFORE_RX = re.compile(
    r"\b(?:follow(?:s|ed)|trace[sd]|chronicle[sd]|recount(?:s|ed)|dramati[sz]e[sd]|revisit(?:s|ed)"
    r"|chart(?:s|ed)|cent(?:er|re)(?:s|ed)\s+on|focus(?:es|ed)\s+on|tell(?:s)?\s+the\s+story\s+of"
    r"|told\s+the\s+story\s+of|profile[sd])\s+(?:the\s+)?(?:late\s+)?\Z",
    re.IGNORECASE,
)
_WORK_RX = re.compile(
    r"\b(?:film|movie|biopic|documentary|docudrama|drama|play|musical|opera|novel|book|biography"
    r"|memoir|series|season|episode|podcast|exhibition|exhibit)s?\b",
    re.IGNORECASE,
)
# ... or the holder as a character: "Prime Minister Margaret Thatcher, played by Gillian Anderson".
_PLAYED_BY_AFTER_RX = re.compile(
    r"['’]?,?\s+(?:who\s+(?:is|was)\s+)?(?:played|portrayed|depicted|impersonated)\s+by\b", re.IGNORECASE
)
# A title and name that name a place or body after the holder ("the Sultan Qaboos Grand Mosque",
# "the King Hussein Bridge", "the Pope John Paul II terminal"): part of a name, not a title.
_NAMESAKE_AFTER_RX = re.compile(
    r"\s+(?:(?:grand|international|memorial|national|royal|sports|presidential|peace|children['’]s|metro"
    r"|subway|underground|railway|train|bus|ferry|naval|air|military|specialist|teaching|general|central"
    r"|convention|conference|cultural|heritage|science|public|state)\s+)*"
    r"(?:mosque|cathedral|church|bridge|airport|stadium|arena|university|college|school|academy|institute"
    r"|hospital|foundation|prize|award|medal|trophy|cup|stakes|chase|handicap|centre|center|street|road"
    r"|avenue|boulevard|square|park|library|museum|mausoleum|tomb|highway|motorway|expressway|terminal"
    r"|hall|station|dam|canal|tunnel|causeway|palace|hotel|building|tower|gardens?|scholarship|lecture"
    r"|barracks|reservoir|port|harbou?r)s?\b",
    re.IGNORECASE,
)

# A picture the sentence describes: "In the official photograph of the Yalta Conference, ...",
# "The 1945 photo shows ...", "... is flanked by President X in the picture". Its present tense
# is the picture's, not the writing's (a recording's, "in the video, X says", is read as a
# past time of its own by the reference time); the mention must be inside the description (after the
# opening frame or the picture's verb, or before "in the photo" at the sentence's end).
_PICTURE = (
    r"(?:photo(?:graph)?|picture|image|snapshot|painting|portrait"
    r"|daguerreotype|newsreel)s?"
)
_PICTURE_FRAME_RX = re.compile(
    r"\A\s*(?:In|On)\s+(?:the|a|an|this|that|one|another|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _PICTURE + r"\b(?:\s+(?:of|from|at)\s+[^,;.]{1,60})?,\s",
    re.IGNORECASE,
)
_PICTURE_SHOWS_RX = re.compile(
    r"\b" + _PICTURE + r"\b[^,;.]{0,60}?\b(?:shows?|showed|showing|captures?|captured|capturing"
    r"|depicts?|depicted|depicting|features?|featured|featuring)\s+(?:[\w'’-]+\s+){0,12}?\Z",
    re.IGNORECASE,
)
_PICTURE_AFTER_RX = re.compile(
    r"[^,;.]{0,100}?\s(?:in|on)\s+(?:the|this|that|a)\s+(?:[\w'’-]+\s+){0,2}?" + _PICTURE + r"\s*(?:[.;]|\Z)",
    re.IGNORECASE,
)

_REACH = 60  # characters before a mention where its depiction is told


# The last word before a depicted mention (after "the", "late"): the patterns above are tried
# only after one of these, so most mentions cost a split and a lookup.
_LAST_WORDS = frozenset(
    {
        "play",
        "plays",
        "played",
        "playing",
        "portray",
        "portrays",
        "portrayed",
        "portraying",
        "depict",
        "depicts",
        "depicted",
        "depicting",
        "impersonates",
        "impersonated",
        "impersonating",
        "as",
        "of",
        "about",
        "on",
        "to",
        "honoring",
        "honouring",
        "showing",
        "celebrating",
        "commemorating",
        "follows",
        "followed",
        "traces",
        "traced",
        "chronicles",
        "chronicled",
        "recounts",
        "recounted",
        "dramatizes",
        "dramatized",
        "dramatises",
        "dramatised",
        "revisits",
        "revisited",
        "charts",
        "charted",
        "profiles",
        "profiled",
    }
)


def depiction_before(text: str, sentence_start: int, start: int) -> str | None:
    """The words before text[start] that make it the subject of a work, if any, as a cue."""
    reach = max(sentence_start, start - _REACH)
    words = text[max(reach, start - 20) : start].split()
    while words and words[-1].lower() in ("the", "late"):
        words.pop()
    if not words or words[-1].lower() not in _LAST_WORDS:
        return None
    depicted = _DEPICTED_BEFORE_RX.search(text, reach, start)
    if depicted is None:
        telling = _TOLD_BEFORE_RX.search(text, reach, start)
        if telling is None or _WORK_RX.search(text, sentence_start, telling.start()) is None:
            return None
        depicted = telling
    return f"'{depicted.group().strip()}' before it: a depiction"


def pictured(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The words that make the mention text[start:end] part of a picture's description, if any."""
    frame = _PICTURE_FRAME_RX.match(text, sentence[0], start)
    if frame is not None:
        return f"'{frame.group().strip(' ,')}' before it: a picture's description"
    shows = _PICTURE_SHOWS_RX.search(text, sentence[0], start)
    if shows is not None:
        return f"'{shows.group().strip()}' before it: a picture's description"
    after = _PICTURE_AFTER_RX.match(text, end, sentence[1])  # the sentence's end is the pattern's
    if after is not None:
        return "a picture named at the sentence's end: a picture's description"
    return None


def character_after(text: str, end: int) -> str | None:
    """The words after a mention ending at `end` that make it a character an actor plays."""
    played = _PLAYED_BY_AFTER_RX.match(text, end)
    return f"'{played.group().strip(' ,')}' after it: a character" if played else None


def namesake_after(text: str, end: int) -> bool:
    """Whether a title and name ending at `end` are part of a place's or body's name."""
    return _NAMESAKE_AFTER_RX.match(text, end) is not None
