"""The tense the wording gives a known event: cue words before or after its mention
("ahead of the summit", "the talks, which ended"), or a past verb the alias holds.

Rules event-tense, event-order, event-date and pubdate read these; a cue that cannot date an
event against the writing (nobody announces an attack) is told apart by ``cue_tells_time``."""

from __future__ import annotations

import re

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.kb.event_aliases import KILLING_VERBS
from annotator.checks.kb.event_parts import CLAUSE_VERBS

_FILLER = r"(?:(?:the|a|an|this|next|year's|NATO's|its|their|his|her|alliance's)\s+){0,3}"
# A journey to the event: "will travel to Baku for the COP29 talks", "delegates are
# arriving in Glasgow for". It tells the event is still to come or under way.
_JOURNEY = (
    r"(?:(?:will|to|(?:is|are)\s+(?:set|due)\s+to|plans?\s+to)\s+(?:travel|fly|head|go)\s+to\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:for|to\s+attend)"
    r"|(?:is|are)\s+(?:arriving|travell?ing|flying|heading|converging|gathering)\s+(?:in|on|to)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:for|to\s+attend))"
)
JOURNEY_CUE_RX = re.compile(_JOURNEY, re.IGNORECASE)
_FUTURE_BEFORE_RX = re.compile(
    r"\b(?P<cue>ahead of|in the run-up to|run-up to|in preparation for|preparing for"
    r"|prepares? for|planning for|plans for|upcoming|forthcoming|coming|next|planned"
    r"|the\s+(?:approaching|impending|looming)|" + _JOURNEY + r"|scheduled)\s+" + _FILLER + r"$",
    re.IGNORECASE,
)
# "a survivor of Hurricane Maria", "reacted to the Las Vegas massacre": only what has
# happened has survivors and victims, or is reacted to.
DOERS = (
    r"(?:army|military|soldiers|troops|forces|generals|officers|junta|supporters|rebels|protesters"
    r"|men|fighters|mercenaries|militants|rioters)"
)
_PAST_BEFORE_RX = re.compile(
    r"\b(?P<cue>after|following|since|in the wake of|in the aftermath of|the aftermath of|last year's"
    r"|last|previous|survivors? of|victims? of|reacted to|responded to|weighed in on)\s+" + _FILLER + r"$",
    re.IGNORECASE,
)
# "after Israel", "following Gabon's army", "after Bolsonaro supporters", "after the
# military": the doer of a clause whose mention begins with its verb.
_PAST_BEFORE_DOER_RX = re.compile(
    r"\b(?P<cue>(?i:after|following|since|in the wake of|in the aftermath of))\s+"
    r"(?:(?:the\s+)?(?:(?!(?i:after|following|since|before)\b)[A-Z][\w.-]*(?:['’]s)?\s+){1,3}"
    r"(?:" + DOERS + r"\s+)?|(?:the\s+|its\s+|his\s+|her\s+|their\s+)?" + DOERS + r"\s+)$"
)
# The kind noun a short name leaves after it, and its place: "COP27 climate talks",
# "the G7 summit in Kananaskis" read as "COP27", "G7 summit".
_HEAD = (
    r"(?:\s+(?:climate\s+|peace\s+|leaders['’]?\s+)?(?:talks|summit|conference|meeting|negotiations"
    r"|games|ceremony|gathering)\b)?(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
)
# "the summit, which opens on Monday"; not "Article 50 of the Lisbon Treaty, which starts a
# two-year process": a verb with an object tells what the thing sets going, not when it is.
_FUTURE_AFTER_RX = re.compile(
    r"^" + _HEAD + r"\s*,?\s*(?:(?:that|which)\s+(?P<cue>will|is set to|is due to|is scheduled to"
    r"|are set to|are due to|are scheduled to"
    r"|(?:begins|starts|opens|begin|start|open)(?!\s+(?:a|an|the|its|their|his|her)\s)"
    r"|is to)|(?P<cue2>set for|scheduled for|slated for|planned for))\b",
    re.IGNORECASE,
)
_PAST_AFTER_RX = re.compile(
    r"^" + _HEAD + r"\s*,?\s*(?:that|which)\s+(?P<cue>was held|were held|took place|began|started|ended"
    r"|concluded|opened|was signed)\b",
    re.IGNORECASE,
)
# "The coronation was watched by millions", "the Olympics, which drew nine million", "the G20
# summit will bring together leaders": the event as the subject of a verb of its taking place.
_OCCURRED_AFTER_RX = re.compile(
    r"^"
    + _HEAD
    + r"\s*,?\s*(?:(?:that|which)\s+)?(?P<cue>drew|(?:was|were)\s+(?:watched|attended|marred|overshadowed)"
    r"|brought\s+together"
    # the event as the subject of its own end: "COP30 talks in Belém ended with a deal"
    r"|ended|concluded|wrapped\s+up|closed\s+(?=with|on|in)|opened\s+(?=on|in|with)|got\s+under\s*way"
    r"|kicked\s+off|was\s+held|were\s+held|took\s+place"
    # what it brought about: "Japan's snap election handed the coalition a defeat"
    r"|handed|delivered|returned|produced|cost|toppled|ousted|killed|devastated|triggered|sparked"
    r"|prompted|resulted\s+in|paved\s+the\s+way)\b",
    re.IGNORECASE,
)
_OCCURS_AFTER_RX = re.compile(
    r"^"
    + _HEAD
    + r"\s*,?\s*(?:(?:that|which)\s+)?(?P<cue>will\s+(?:draw|bring\s+together|gather|be\s+attended"
    r"|be\s+watched|open|begin|start|end|conclude))\b",
    re.IGNORECASE,
)
# "a NATO summit set for Washington": the series' mention holds the place and its cue.
_INNER_CUE_RX = re.compile(
    r"\b(?:upcoming|forthcoming|coming|impending|recent|(?:set|scheduled|planned) for"
    r"|will (?:meet|gather))\b",
    re.IGNORECASE,
)
# An alias that holds its own past verb ("Finland joined NATO", "recaptured Kherson") tells a
# done event, unless its clause is a condition, a wish or a guess.
OWN_PAST_RX = re.compile(r"\b(?:joined|became|completed|recaptured|retook|liberated|invited|met|gathered)\b")
# A clause of condition, wish or guess: nothing in it is done.
NOT_DONE_RX = re.compile(
    r"\b(?:if|unless|whether|would|could|should|might|must|hopes?|wants?|wish|to have|once)\b",
    re.IGNORECASE,
)


# A tense cue that says nothing of when the text was written. Nobody announces an attack or
# a disaster, and a storm is watched for days before it strikes: "ahead of the Las Vegas
# shooting" looks back on the days before it. A death or a regime's fall is expected long
# before it comes: "after the Queen's death", written years ahead, is a supposition.
_NO_FUTURE_CUE_KINDS = frozenset({"attack", "disaster", "storm"})
_NO_PAST_CUE_KINDS = frozenset({"death", "downfall"})


def cue_tells_time(cue: str, events, mention_text: str = "") -> bool:
    """Whether a 'future' or 'past' tense cue can date these events against the writing. A
    death or a fall told by its own past verb ("after the Taliban swept back into Kabul",
    "after Sheikh Hasina fled") is told as done, not supposed."""
    if cue == "past" and TOLD_DONE_RX.search(mention_text):
        return True
    kinds = _NO_FUTURE_CUE_KINDS if cue == "future" else _NO_PAST_CUE_KINDS
    return not all(event.kind in kinds for event in events)


# The past verbs of the clauses a death or a fall is told by (kb/event_parts.py,
# kb/event_aliases.py, kb/event_acts.py); a supposition would say "dies", "falls", "flees".
TOLD_DONE_RX = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(CLAUSE_VERBS | {"died", "passed", "fled", "swept", "marched", "crowned", "returned", "seized"})
    )
    + "|"
    + "|".join(verb.replace(" ", r"\s+") for verb in KILLING_VERBS)
    + r")\b",
    re.IGNORECASE,
)


LOOKBACK = 60  # characters read before (and after) a mention for its cue


def tense_cue(text: str, mention: EventMention, layout: TextLayout) -> tuple[str, str] | None:
    """('future'|'past', cue words) when the wording places the event relative to now.
    Three rules ask about each event mention: the answer is kept with the layout."""
    if text is not layout.text:
        return _tense_cue(text, mention, layout)
    key = ("tense_cue", mention.start, mention.end)
    try:
        return layout.shared[key]
    except KeyError:
        cue = layout.shared[key] = _tense_cue(text, mention, layout)
        return cue


# "will step down after the election": an act still to come placed after the event says
# nothing of whether the event is past.
_WILL_BEFORE_RX = re.compile(
    r"\b(?:will|would|wo\s*n['’]t|is\s+to|are\s+to|plans?\s+to|(?:is|are)\s+(?:due|set|expected|scheduled)"
    r"\s+to|intends?\s+to|could|might|should)\s+(?:[a-z]+\s+){0,6}\Z",
    re.IGNORECASE,
)


def _after_coming_act(text: str, sentence_start: int, mention: EventMention, match: re.Match) -> bool:
    """Whether an "after"/"following" before the event follows a verb still to come."""
    if match.group("cue").lower() not in ("after", "following"):
        return False
    cue_start = mention.start - (len(match.string) - match.start("cue"))
    return bool(_WILL_BEFORE_RX.search(text, max(sentence_start, cue_start - 60), cue_start))


def _tense_cue(text: str, mention: EventMention, layout: TextLayout) -> tuple[str, str] | None:
    sentence_start, _ = layout.sentence_bounds(mention.start)
    before = text[max(sentence_start, mention.start - LOOKBACK) : mention.start]
    after = text[mention.end : mention.end + LOOKBACK]
    for kind, pattern, chunk in (
        ("future", _FUTURE_BEFORE_RX, before),
        ("past", _PAST_BEFORE_RX, before),
        ("future", _FUTURE_AFTER_RX, after),
        ("past", _PAST_AFTER_RX, after),
        ("future", _OCCURS_AFTER_RX, after),
        ("past", _OCCURRED_AFTER_RX, after),
    ):
        match = pattern.search(chunk)
        if match is None or (
            pattern is _PAST_BEFORE_RX and _after_coming_act(text, sentence_start, mention, match)
        ):
            continue
        return kind, (match.group("cue") or match.group("cue2")).strip()
    if TOLD_DONE_RX.match(mention.text):
        # "weeks after Gabon's army toppled Ali Bongo": a clause begun by its verb, its doer
        # between the cue and the mention
        match = _PAST_BEFORE_DOER_RX.search(before)
        if match is not None and not _after_coming_act(text, sentence_start, mention, match):
            return "past", match.group("cue")
    inner = _INNER_CUE_RX.search(mention.text)  # an alias that holds its own: "X's upcoming inauguration"
    if inner is not None:
        return ("past" if inner.group().lower() == "recent" else "future"), inner.group()
    own_past = OWN_PAST_RX.search(mention.text)
    if own_past is not None and not NOT_DONE_RX.search(text, sentence_start, mention.start):
        return "past", own_past.group()
    return None
