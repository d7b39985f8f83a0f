"""The time a title's past clause is tied to when it gives no date of its own.

A clause that names one known event of a year or less ("President X offered a few tweets in
the aftermath of the Charlottesville rally") speaks of that event's time. A clause that tells
of the person taking up an office ("NATO Secretary General Jens Stoltenberg took up his new post
as Norway's finance minister") speaks of the day that term began, which the knowledge base
dates like any event (:mod:`office_starts`); the title the person is named by must fit that
day. Only a past clause without a date or other time of its own is read so.
"""

from __future__ import annotations

import re
from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention, PersonMention
from annotator.checks.analysis.office_starts import office_start_mentions
from annotator.checks.analysis.reference import DATED, PAST, RECENT, ReferenceTime
from annotator.checks.findings import DateWindow
from annotator.checks.kb.facts import Term

_found: tuple[ArticleAnalysis | None, list[EventMention]] = (None, [])  # the last article's


def office_starts(analysis: ArticleAnalysis) -> list[EventMention]:
    """The article's mentions of people taking an office the base dates (found once per
    article: rules office-term and event-order both read them)."""
    global _found
    if _found[0] is not analysis:
        _found = (analysis, office_start_mentions(analysis.text, analysis.kb))
    return list(_found[1])


def dated_by_office_start(
    analysis: ArticleAnalysis, starts: list[EventMention], mention: PersonMention, reference: ReferenceTime
) -> ReferenceTime:
    """The days the mentioned person took up the office its clause names ("took up his new
    post as finance minister"), for a past clause without a date; else `reference`. The
    mention is not read as the subject of a dated verb, so an American courtesy title
    ("Senator X was sworn in as president") stays one filter away, as in other dated clauses."""
    if reference.kind not in (PAST, RECENT):
        return reference
    found = next((m for m in starts if mention.start <= m.start < mention.end < m.end), None)
    if found is None or not found.events:
        return reference
    first = min(e.start.lo for e in found.events)
    last = max(e.start.hi for e in found.events)
    writing = analysis.writing_window(mention.start)
    if writing is not None and writing.latest < first:
        return reference  # told as done before it began: the writing's own error, not the title's
    if writing is not None and writing.latest < last:
        last = writing.latest  # a month-precise start told as done: by the date written
    taken = analysis.text[mention.end : found.end].strip().rstrip(".,;:")
    cue = f"'{taken}', the term the base dates from {found.events[0].start.text}"
    return ReferenceTime(DATED, first, last, cue)


# Words that put the clause's time before the event it names ("warned before the
# election"), or make the event something foreseen.
_EARLIER_RX = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|until|till|leading\s+up\s+to|run-up\s+to|predict(?:ed|s)?"
    r"|foresaw|forecast|warned|expect(?:ed|s)?|would|could|might)\b",
    re.IGNORECASE,
)
_FORESEEN_RX = re.compile(r"\s+(?:would|could|might|will|was\s+to|is\s+to)\b", re.IGNORECASE)
_EVENT_SPAN = timedelta(days=366)
_SAID_AFTER_EVENT = timedelta(days=30)
# Happenings whose time a clause naming them speaks of; a treaty, a war or an accession is
# also named long after, for what is done to it ("pulled the US out of the Paris Agreement").
_HAPPENINGS = frozenset(
    {"attack", "disaster", "storm", "protest", "summit", "meeting", "talks", "visit", "incident", "speech"}
)


def dated_by_event(
    analysis: ArticleAnalysis, mention: PersonMention, reference: ReferenceTime
) -> ReferenceTime:
    """A past clause with no date of its own that names one known event of a year or less
    ("President X offered a few tweets in the aftermath of the Charlottesville rally") speaks
    of that event's time, unless its words put it before the event or only foresee it; a
    saying reported without a date ("X said at the G20 summit") of that time or the weeks
    after it, not of the weeks before the writing."""
    if reference.kind not in (PAST, RECENT):
        return reference
    low, high = analysis.layout.sentence_bounds(mention.start)
    named = [m for m in analysis.mentions.events if low <= m.start < high]
    if len(named) != 1:
        return reference  # several events: which one's time the clause speaks of is a guess
    events = named[0].events  # an alias several bear: any of their times
    if any(
        e.kind not in _HAPPENINGS or e.end is None or e.last_day - e.start.lo > _EVENT_SPAN for e in events
    ):
        return reference
    # a "would" after the event is its sentence's reported speech ("said at the summit that
    # Britain would ..."), unless it is the event's own ("said the summit would fail")
    if _EARLIER_RX.search(analysis.text, low, named[0].end) or _FORESEEN_RX.match(
        analysis.text, named[0].end
    ):
        return reference
    event = min(events, key=lambda e: e.start.lo)
    last = max(e.last_day for e in events)
    if reference.kind == RECENT:
        # "X said at the G20 summit": said at it, or in the weeks after it
        last += _SAID_AFTER_EVENT
    cue = f"\u201c{named[0].text}\u201d ({event.start.text} on) named in its past clause"
    return ReferenceTime(DATED, event.start.lo, last, cue, reference.subject_verb, reference.verb)


# "in his first week in office", "after taking office", "days after her inauguration": the
# clause tells of a time after the term began, when no "-elect" title fits any more.
_AFTER_START_RX = re.compile(
    r"\b(?:(?:after|since|upon)\s+(?:taking|assuming|entering)\s+office"
    r"|(?:after|since|following)\s+(?:his|her|their)\s+(?:inauguration|swearing[- ]in)"
    r"|in\s+(?:his|her|their)\s+first\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|year)\s+in\s+office)\b",
    re.IGNORECASE,
)
# ... unless the words between tell of a plan, a hope or a condition ("promised to rejoin the
# accord after taking office"), or the cue lies beyond the clause.
_PROSPECT_RX = re.compile(
    r"\b(?:would|will|to|plans?|planned|planning|promis\w*|pledg\w*|vow\w*|intend\w*|expect\w*"
    r"|hop\w*|aim\w*|going|could|might|should|shall|if|once|before|until)\b|[;:.!?\"“”(),]",
    re.IGNORECASE,
)
_AFTER_START_REACH = 120


def after_taking_office(
    analysis: ArticleAnalysis, mention: PersonMention, reference: ReferenceTime, terms: list[Term]
) -> tuple[DateWindow, str] | None:
    """For an "-elect" title that is the subject of a past verb whose clause says it came after
    the term began ("President-elect X signed orders in his first week in office"): the days
    from the day after the elect period ended to the writing, and the words that say so."""
    writing = analysis.writing_window(mention.start)
    if writing is None or reference.kind not in (PAST, RECENT) or not reference.subject_verb:
        return None
    high = analysis.layout.sentence_bounds(mention.start)[1]
    cue = _AFTER_START_RX.search(analysis.text, mention.end, min(high, mention.end + _AFTER_START_REACH))
    if cue is None or _PROSPECT_RX.search(analysis.text, mention.end, cue.start()):
        return None
    # the last term begun by the writing: an earlier one's elect title is as wrong after it,
    # and a later elect period still fits the days up to the writing
    ends = [t.end.hi for t in terms if t.role == "elect" and t.end is not None and t.end.hi < writing.latest]
    if not ends:
        return None
    return DateWindow(max(ends) + timedelta(days=1), writing.latest, "after the term began"), cue.group()
