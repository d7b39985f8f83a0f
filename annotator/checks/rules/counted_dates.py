"""The dates a sentence gives the event a count starts from, which end no count.

"Two years after the takeover of Kabul on 15 August 2021", "ten days after the October 7
attacks": the date is the event's own (written beside it, or in its name), the start of the
count; the count runs to another date of the sentence, or to the time its main clause tells.
"""

from __future__ import annotations

import re

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.reference import ReferenceTime
from annotator.checks.kb.facts import Event
from annotator.checks.rules.event_refs import timex_fits_event

# "ending the war that began in October 2001": a relative clause dates its own noun, so its
# date ends no count of the sentence.
# "after Israel killed Hassan Nasrallah, the leader of Hezbollah, in Beirut on September 27",
# "after the coronation of King Charles III in Britain, in May last year": an apposition and
# the event's place may come between its name and its date.
_ON_ITS_DATE_RX = re.compile(
    r"(?:,\s+(?:the|a|an|its|his|her|their)\s[^,.;:!?]{1,50},)?"
    r"(?:\s+(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
    r",?\s+(?:on|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_OTHER_NOUNS_DATE_RX = re.compile(r"\bthat\s+(?:began|started|broke\s+out|erupted|ended)\s+(?:in|on)\s+\Z")


def own_date_spans(
    analysis: ArticleAnalysis, sentence: tuple[int, int], counted: tuple[Event, ...]
) -> list[tuple[int, int]]:
    """Where the sentence dates one of the counted events by a date written beside its
    mention (a date inside an event's name is the caller's to leave out, with every name), or
    another noun by a relative clause of its own."""
    low, high = sentence
    ids = {e.id for e in counted}
    # "after the Taliban swept into Kabul on Aug. 15": the date just after the counted
    # event's name is its own where it fits it, even if a namesake leaves it unpaired; not
    # "marked 20 years since Hurricane Katrina on Friday"
    named = [
        m for m in analysis.mentions.events if low <= m.start < high and any(e.id in ids for e in m.events)
    ]
    return (
        [
            (ref.timex.start, ref.timex.end)
            for ref in analysis.references
            if low <= ref.mention.start < high and any(e.id in ids for e in ref.mention.events)
        ]
        + [
            (t.start, t.end)
            for t in analysis.timexes
            if low <= t.start < high
            and any(_ON_ITS_DATE_RX.fullmatch(analysis.text, m.end, t.start) for m in named)
            and any(timex_fits_event(t, e) for e in counted)
        ]
        + [
            (t.start, t.end)
            for t in analysis.timexes
            if low <= t.start < high
            and _OTHER_NOUNS_DATE_RX.search(analysis.text, max(low, t.start - 40), t.start)
        ]
    )


def starts_on(reference: ReferenceTime, counted: tuple[Event, ...]) -> bool:
    """Whether a dated clause's date is the day (or month) one of the counted events began."""
    if reference.earliest is None or reference.latest is None:
        return False
    return any(reference.earliest <= e.start.lo and e.start.hi <= reference.latest for e in counted)
