"""The office, spokesman or government that acts for a person a passage names.

"X's office said on Monday", "a spokesman for X said": the verb is done for X, by an agent,
and the reference time reads the passage at that verb's time.
"""

from __future__ import annotations

import re

# Those who act or speak for a person in office: "X's office", "a spokesman for X".
_AGENTS = (
    r"(?:office|spokes(?:man|woman|person)|government|administration|cabinet|ministry|aides?"
    r"|advis[eo]rs?|lawyers?)"
)
_AGENT_AFTER_RX = re.compile(
    r"(?:['’]s?|\s+s)\s+(?:(?:top|senior|chief|press)\s+)?(?P<agent>" + _AGENTS + r")\b", re.IGNORECASE
)
_AGENT_LINKS = (" for ", " of ", " to ", " the ", " For ", " Of ", " To ", " The ")
_AGENT_BEFORE_RX = re.compile(
    r"\b(?:(?:an?|the)\s+)?(?:(?:top|senior|chief|press)\s+)?(?P<agent>"
    + _AGENTS
    + r")\s+(?:for|of|to)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


_FORMER_AGENT_RX = re.compile(
    r"\b(?:former|ex|onetime|one-time|erstwhile|then|previous)[\s-]+(?:(?:an?|the)\s+)?\Z", re.IGNORECASE
)
_APPOSED_RX = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+\Z")


def agent_span(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int, str] | None:
    """The span of "X's office" or "a spokesman for X" around the mention text[start:end],
    and the agent's word, if the mention is written so."""
    after = _AGENT_AFTER_RX.match(text, end)
    if after is not None:
        return start, after.end(), after.group("agent")
    if not text.endswith(_AGENT_LINKS, max(sentence[0], start - 5), start):
        return None
    before = _AGENT_BEFORE_RX.search(text, max(sentence[0], start - 40), start)
    if before is None or _FORMER_AGENT_RX.search(text, max(sentence[0], before.start() - 30), before.start()):
        return None  # "a former spokesman for X said": the agent of X's own time
    head = _APPOSED_RX.search(text, max(sentence[0], before.start() - 60), before.start())
    # "James Slack, a spokesman for X, said": the appositive's head does the verb after it
    first = head.start() if head is not None and text.startswith(",", end) else before.start()
    return first, end, before.group("agent")
