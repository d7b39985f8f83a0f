"""Dates a clause about an event gives it, away from the event's name.

Two clauses provably tell of the event itself, so the date that ends them is its date:

- a relative clause on the event's name whose subject is the event and whose verb is the
  event's own doing ("Hamas's attack, which killed 1,200 people in 2023", "the quake that
  flattened Amatrice in August 2016");
- a participle phrase after a clause in which the event is the subject of its own verb
  ("When Hurricane Sandy hit, ... devastating New York and New Jersey in 2012"): the
  participle's subject is the clause's, the event.

A date counted from the writing ("last week", "yesterday") ends such a clause with no
preposition, and so it ends an event's own striking of a named place ("Hurricane Harvey hit
Texas last week").

Everything else stays unjudged: a relative clause whose subject is someone else ("the summit,
which Biden skipped in 2021"), a verb that tells a later act ("the treaty, which Russia
ratified in 2021"), and any clause in between that may have a time of its own ("who", "when",
"after", a comma closing the clause).
"""

from __future__ import annotations

import re

from annotator.checks.kb.event_acts import DONE_ONCE_VERBS
from annotator.temporal.timex import YEAR_IN_TEXT_RX

# The event's own doing: what an attack, a storm, a quake, a war or a gathering does.
_DOING = (
    r"(?:killed|wounded|injured|left|hit|struck|devastated|destroyed|flattened|ravaged|battered|lashed"
    r"|pummell?ed|flooded|swept\s+(?:through|across|over)|tore\s+through|slammed(?:\s+into)?|shook|rocked"
    r"|claimed|displaced|leveled|levelled|toppled|ousted|took\s+place|happened|occurred|erupted"
    r"|broke\s+out|drew|brought\s+together|targeted|made\s+landfall|submerged|swamped|inundated|engulfed"
    r"|gutted|razed|crippled|paraly[sz]ed"
    # the event as the subject of its own passive: "which was held", "which was carried out by Hamas"
    r"|(?:was|were)\s+(?:held|carried\s+out|launched|staged|hosted|convened|fought))"
)
_DOING_ING = (
    r"(?:killing|wounding|injuring|leaving|hitting|striking|devastating|destroying|flattening|ravaging"
    r"|battering|lashing|pummell?ing|flooding|sweeping|tearing|slamming|shaking|rocking|claiming"
    r"|displacing|affecting|damaging|inundating|knocking|cutting|submerging|swamping|engulfing|gutting"
    r"|razing|crippling|paraly[sz]ing)"
)
# What may stand between the verb and the date: words, not a new clause or another time.
# Nor a verb of another act: "forcing me to move", "and was condemned", "and later rebuilt".
_ANOTHER_VERB = (
    r"\bto\s+(?!(?:the|a|an|its|their|his|her)\b)(?-i:[a-z])"
    r"|\band\s+(?:(?:was|were|is|are|has|had|have|will|would|later|then|also)\b"
    r"|(?!(?:killed|wounded|injured|destroyed|devastated|flattened|displaced|damaged|flooded)\b)(?-i:[a-z])+ed\b)"
)
_NOT_A_CLAUSE = (
    r"(?:(?!\b(?:who|whom|whose|which|that|when|where|while|after|before|since|until|following|as|because"
    r"|than|during|then|later|ago|years?|months?|weeks?|days?)\b|" + _ANOTHER_VERB + r")"
    r"(?:[^.;:!?,()\"“”]|(?<=\d),(?=\d{3})))"
)
# "Hamas's attack, which killed 1,200 people in 2023": the event's own subject relative clause.
_RELATIVE_GAP_RX = re.compile(
    r"\s*,?\s*(?:which|that)\s+" + _DOING + r"\b" + _NOT_A_CLAUSE + r"{0,60}?\s(?:in|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Hurricane Sandy hit, affecting states ... and devastating New York and New Jersey in 2012".
_OWN_VERB = r"(?:hit|struck|made\s+landfall|came\s+ashore|slammed\s+ashore|erupted|broke\s+out|swept\s+in)"
_PARTICIPLE_GAP_RX = re.compile(
    r"\s+"
    + _OWN_VERB
    + r"(?:\s+[\w'’-]+){0,3}?\s*,\s*"
    + _DOING_ING
    + r"\b"
    + _NOT_A_CLAUSE
    + r"{0,120}?\s(?:in|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_REACH = 140
_CLAUSE_END_RX = re.compile(r"\s*(?:[,.;:!?)\"”]|\Z)")
# A date counted from the writing takes no preposition: "the storm, which hit Texas last week,".
_RELATIVE_DATE_RX = re.compile(r"(?:last|this|earlier\s+this|yesterday)\b", re.IGNORECASE)
_RELATIVE_CLAUSE_GAP_RX = re.compile(
    r"\s*,?\s*(?:which|that)\s+" + _DOING + r"\b" + _NOT_A_CLAUSE + r"{0,60}?\s", re.IGNORECASE
)
# "Hurricane Harvey hit Texas last week": the event's own striking of a named place.
_STRIKING_GAP_RX = re.compile(
    r"\s+(?:hit|struck|slammed\s+into|battered|lashed|pummell?ed|ravaged|devastated|tore\s+through"
    r"|swept\s+(?:through|across|over)|made\s+landfall\s+(?:in|on|near))\s+"
    r"(?:(?:the|southern|northern|eastern|western|central|coastal)\s+)?"
    r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+",
    re.IGNORECASE,
)


def clause_date_gap(text: str, mention_end: int, timex_start: int, timex_end: int) -> bool:
    """Whether the words from the event's name to the date are a clause about the event that
    the date ends (the date closes the clause: a comma, a full stop or the text's end follow)."""
    if timex_start - mention_end > _REACH or not _CLAUSE_END_RX.match(text, timex_end):
        return False
    if _RELATIVE_DATE_RX.match(text, timex_start) and (
        _RELATIVE_CLAUSE_GAP_RX.fullmatch(text, mention_end, timex_start)
        or _STRIKING_GAP_RX.fullmatch(text, mention_end, timex_start)
    ):
        return True
    return bool(
        _RELATIVE_GAP_RX.fullmatch(text, mention_end, timex_start)
        or _PARTICIPLE_GAP_RX.fullmatch(text, mention_end, timex_start)
    )


# "was crowned at Westminster Abbey in May 2023", "fled to India in August 2024", "was toppled
# by protests in 2024", "died at his home in Plains in December 2024": an act done once, told by
# its verb, is dated by the date with its year that ends its place or its agent. A weekday or a
# month alone may be another day's ("died in a crash on Wednesday", said weeks later).
_DONE_ONCE_RX = re.compile(
    r"\b(?:" + "|".join(verb.replace(" ", r"\s+") for verb in DONE_ONCE_VERBS) + r")\Z", re.IGNORECASE
)
# A place or an agent up to the date: no new clause, no verb of another act.
PLACE_TO_DATE = (
    r"(?:(?!\b(?:which|that|who|when|after|before|during|(?-i:[a-z]+ed))\b)[^,.;:()]){1,40}?"
    r"\s+(?:in|on)\s+(?:the\s+)?"
)
_DONE_ONCE_GAP_RX = re.compile(
    r"\s+(?:(?:at|near|outside|inside|in|to|by)\s+|(?=(?-i:[A-Z])))" + PLACE_TO_DATE, re.IGNORECASE
)


def done_once_date_gap(mention_text: str, gap: str, date_text: str) -> bool:
    """Whether the date after a gap is that of the act done once that the mention tells."""
    return bool(
        _DONE_ONCE_RX.search(mention_text)
        and _DONE_ONCE_GAP_RX.fullmatch(gap)
        and YEAR_IN_TEXT_RX.search(date_text)
    )
