"""A title read at the day its holder took up another office: "NATO Secretary General Jens
Stoltenberg took up his new post as Norway's finance minister".

A clause that tells of a person taking up an office speaks of the day that term began, which
the knowledge base dates like any event (:mod:`office_starts`); the title the person is named
by must fit that day, even with no date in the clause. Only the mention that names the person
taking office is read so, and only when its own clause has no date or other time of its own.
"""

from __future__ import annotations

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.mentions import EventMention, PersonMention
from annotator.checks.analysis.office_starts import office_start_mentions
from annotator.checks.analysis.reference import DATED, PAST, RECENT, ReferenceTime


def office_starts(analysis: ArticleAnalysis) -> list[EventMention]:
    """The article's mentions of people taking an office the base dates."""
    return office_start_mentions(analysis.text, analysis.kb)


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
