"""What only a gathering that has met allows, told in the past: its own acts ("The NATO
summit, she said, had produced an initiative", "the G7 summit ended in acrimony"), an act
done at it ("allies agreed at the Hague summit", "leaders signed a declaration at the G20
summit", "At the Vilnius summit, allies agreed ..."), or leaving it ("after he left the G20
summit"). Each places the meeting before the clause's time, so rule event-tense reads it as
a past cue, as it reads "leaders met at the summit".

A participle of plans ("the statement expected at the summit") and a clause of condition,
wish or guess place nothing; neither does arriving, which comes before the opening.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention

GATHERINGS = frozenset({"summit", "meeting", "talks", "ministerial", "inauguration"})
# The gathering as the subject of its own act, a reporting aside allowed between.
_OWN_ACT_RX = re.compile(
    r"\s*(?:,\s*(?:[^,.;:!?]{1,40}),)?\s*(?:had\s+)?(?P<verb>produced|yielded|ended(?!\s+up)|concluded"
    r"|adopted|endorsed|issued|approved|agreed)\b",
    re.IGNORECASE,
)
# What may open a sentence before the gathering that is its subject.
_SUBJECT_OPENING_RX = re.compile(r"\s*(?:[Tt]he|This|That|Last\s+\w+['’]s)?\s*\Z")
# A past verb right before "at the summit": the act took place there.
_ACT_AT_RX = re.compile(
    r"\b(?P<verb>(?!(?:expected|scheduled|planned|proposed|anticipated|slated|intended|hoped|needed"
    r"|proceed|succeed|exceed|indeed|bleed|speed)\b)"
    r"[a-z]{3,}ed|said|spoke|met|made|gave|took|told|struck|won|shook|sat|stood|held)"
    r"\s+at\s+(?:the|this|last\s+\w+['’]s)\s+\Z",
)
# The same act with a short object between ("signed a joint declaration at the summit"):
# an article or a possessive, then up to two words, none of which opens another clause.
_ACT_OBJECT_AT_RX = re.compile(
    r"\b(?P<verb>signed|adopted|issued|announced|unveiled|launched|approved|endorsed|sealed|struck"
    r"|reached|clinched)\s+(?:a|an|the|their|its|his|her)\s+(?:(?!(?:to|for|that|which|who)\b)[A-Za-z-]+\s+){0,2}"
    r"(?:[A-Za-z-]+)\s+at\s+(?:the|this|last\s+\w+['’]s)\s+\Z",
)
# A sentence opened by the gathering ("At the NATO summit in The Hague, allies agreed ..."):
# the main clause's past verb tells what was done there.
_FRONTED_OPENING_RX = re.compile(r"\s*At\s+(?:the|this|last\s+\w+['’]s)\s+\Z")
_FRONTED_ACT_RX = re.compile(
    r"\s*,\s*(?!(?:who|that|which|if|when|once|as|after|before)\b)[\w'’-]+"
    r"(?:\s+(?!(?:who|that|which|had|has|have|will|would|to)\b)[\w'’-]+){0,3}?\s+"
    r"(?P<verb>agreed|pledged|signed|adopted|endorsed|approved|announced|vowed|decided|issued|unveiled"
    r"|met|clashed|backed|welcomed|committed)\b"
)
# Leaving a gathering: done only once it has met.
_LEFT_RX = re.compile(
    r"\b(?P<verb>left|returned\s+from|came\s+back\s+from|walked\s+out\s+of)\s+(?:the\s+)?\Z"
)
_LOOKBACK = 40


def may_be_gathering(mention: EventMention) -> bool:
    """Whether every event the mention may name is a gathering, the only kind whose acts
    ``gathering_past_cue`` reads: the others are answered without reading the text."""
    return bool(mention.events) and all(e.kind in GATHERINGS for e in mention.events)


def gathering_past_cue(analysis: ArticleAnalysis, mention: EventMention, sentence_start: int) -> str | None:
    """The words that tell, in a past clause, that the gathering had met; None if none."""
    if not may_be_gathering(mention):
        return None
    text = analysis.text
    before = text[max(sentence_start, mention.start - _LOOKBACK) : mention.start]
    for pattern in (_ACT_AT_RX, _ACT_OBJECT_AT_RX, _LEFT_RX):
        found = pattern.search(before)
        if found is not None:
            return found.group("verb")
    if _FRONTED_OPENING_RX.fullmatch(text, sentence_start, mention.start):
        found = _FRONTED_ACT_RX.match(text, mention.end)
        if found is not None:
            return found.group("verb")
    if _SUBJECT_OPENING_RX.fullmatch(text, sentence_start, mention.start):
        found = _OWN_ACT_RX.match(text, mention.end)
        if found is not None:
            return found.group("verb")
    return None
