"""Rule event-tense, a storm told as still to strike after it has blown out: "the effects
Hurricane Irma will have on Florida", "Harvey is about to make landfall", in a passage written
when the storm was over.

A storm is watched for days before it strikes, so "ahead of Irma" says nothing of the
writing's date; but the storm as the subject of its own coming act (to hit, to make landfall,
to batter) is told only while it is on its way. Once the last day the knowledge base allows
for it has passed, such a passage is dated too late, or its tense is wrong. What a storm
"will be remembered" for is not its act, and is left alone.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import Finding
from annotator.checks.rules.event_refs import event_span, nearest_event
from annotator.checks.rules.event_tense_cues import NOT_DONE_RX
from annotator.checks.rules.named_before import tense_finding

_STORMS = frozenset({"storm"})
_COMING_ACT_RX = re.compile(
    # "Harvey is a Category four storm that's about to hit", "Irma, which will strike"
    r"(?:\s+is\s+an?\s+(?:[\w-]+\s+){0,4}?(?:storm|hurricane|typhoon|cyclone)\s*,?\s*(?:that|which)"
    r"|\s*,\s*(?:that|which))?"
    r"\s*(?:(?:will|is\s+about\s+to|is\s+expected\s+to|is\s+forecast\s+to|is\s+set\s+to|['’]s\s+about\s+to"
    r"|\s+s\s+about\s+to|is\s+going\s+to)\s+)"
    r"(?P<act>hit|strike|make\s+landfall|hit\s+landfall|slam|batter|pound|lash|reach|dump|bring|have\s+on"
    r"|approach|barrel)\b",
    re.IGNORECASE,
)


def check_storms_ahead(analysis: ArticleAnalysis) -> list[Finding]:
    """A storm, over at the writing, told as still to strike."""
    text, layout = analysis.text, analysis.layout
    findings = []
    for mention in analysis.mentions.events:
        events = mention.events
        if not events or any(e.kind not in _STORMS for e in events):
            continue
        found = _COMING_ACT_RX.match(text, mention.end)
        writing = analysis.writing_window(mention.start)
        if found is None or writing is None or not all(e.last_day < writing.earliest for e in events):
            continue
        low, _high = layout.sentence_bounds(mention.start)
        if NOT_DONE_RX.search(text, low, mention.start):
            continue  # "if Irma will hit Florida": a guess
        event = nearest_event(events, writing)
        message = (
            f"“{text[mention.start : found.end()]}” tells {event.name} as still to strike, but "
            f"{writing.at()} it was over: it was {event_span(event)} (source: {event.source})."
        )
        basis = f"a storm's coming act, read at the date written, {writing.describe()}"
        findings.append(tense_finding(text, (mention.start, found.end()), message, events, event, basis))
    return findings
