"""Rule event-date, a year in a phrase set beside the event: "Hurricane Sandy, the deadliest
hurricane in the Atlantic in 2010", "the Bay of Pigs, the CIA's failed landing of 1963".

A noun phrase in apposition says what the event was; a year that ends it (after "in" or
"of") is the event's. The phrase must hold no verb and no word that turns to another time
or thing ("since Wilma in 2005", "than Katrina in 2005", "until 2017"), so the year can be
nobody else's.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.rules.event_refs import event_span, nearest_event

_APPOSITIVE_RX = re.compile(
    r",\s+(?P<phrase>(?:the|a|an)\s+(?:[\w'’-]+\s+){1,10}?)(?:in|of)\s+(?P<year>(?:19|20)\d\d)(?![\w-])"
    r"(?=\s*(?:[,.;:!?)]|$))",
)
# Words that take the phrase to another time, thing or act: the year may be theirs.
_TURNING_RX = re.compile(
    r"\b(?:since|until|till|before|after|than|compared|like|unlike|following|ahead|during|when|while"
    r"|who|which|that|whose|where|anniversary|is|was|were|are|be|been|has|had|have|will|would"
    r"|[a-z]+ed|[a-z]+ing)\b",
    re.IGNORECASE,
)
# Another thing's noun phrase nested in it ("the subject of a Harvard study in 2018", "a crisis
# on the scale of the Great Depression of 1929"): the year may close that one's phrase.
_NESTED_NOUN_RX = re.compile(
    r"\b(?:of|for|with|about|by|from|to|behind|against|over|into)\s+(?:an?\s|the\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_REACH = 160  # characters after a mention in which its apposition ends
# A noun phrase between commas right after the mention: "Hurricane Maria, the worst storm
# on the island since Georges in 1998, ..."
_SET_OFF_RX = re.compile(r",\s+(?:the|a|an)\s+[^,.;:!?()]{1,140}?(?=,)")


def apposition_span(text: str, mention: EventMention) -> tuple[int, int] | None:
    """Where the phrase set off by commas beside the mention lies, if there is one."""
    found = _SET_OFF_RX.match(text, mention.end, min(len(text), mention.end + _REACH))
    return found.span() if found else None


def check_appositive_dates(analysis: ArticleAnalysis) -> list[Finding]:
    text = analysis.text
    dated = {ref.mention.start for ref in analysis.references}
    findings = []
    for mention in analysis.mentions.events:
        if mention.start in dated or not mention.events or text[mention.end : mention.end + 1] != ",":
            continue
        found = _APPOSITIVE_RX.match(text, mention.end, min(len(text), mention.end + _REACH))
        if found is None or _TURNING_RX.search(found["phrase"]) or _NESTED_NOUN_RX.search(found["phrase"]):
            continue
        year = int(found["year"])
        if any(e.start.lo.year <= year <= e.last_day.year for e in mention.events):
            continue
        findings.append(_finding(analysis, mention, found, year))
    return findings


def _finding(analysis: ArticleAnalysis, mention: EventMention, found: re.Match, year: int) -> Finding:
    event = nearest_event(mention.events, analysis.window)
    message = (
        f"“{found['year']}” is given as the year of {event.name}, which took place "
        f"{event_span(event)} (source: {event.source})."
    )
    return make_finding(
        "event-date",
        ERROR,
        analysis.text,
        mention.start,
        found.end("year"),
        message,
        [e.evidence() for e in mention.events],
        event.id,
        basis="a year in a phrase set beside the event, saying what it was",
    )
