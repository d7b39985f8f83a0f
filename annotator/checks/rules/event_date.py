"""Rule event-date: an explicit date that no event of that name had."""

from __future__ import annotations

from datetime import timedelta

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.rules.election_year import check_election_years
from annotator.checks.rules.event_refs import RELATIVE_TIMEX_RX, event_span, nearest_event

_NEAR = timedelta(days=400)  # how far a relative date ("last month") can point

DATE_RULE = "event-date"


def check_event_dates(analysis: ArticleAnalysis) -> list[Finding]:
    """Rule event-date: a stated date that no event of that name had."""
    text, references, window = analysis.text, analysis.references, analysis.window
    findings = check_election_years(analysis)  # "the 2015 presidential election"
    for ref in references:
        if ref.matching:
            continue
        if (
            RELATIVE_TIMEX_RX.match(ref.timex.text)
            and window is not None
            and all(abs(e.start.lo - window.earliest) > _NEAR for e in ref.candidates)
        ):
            # "an Oval Office meeting last month" years from the known one: another event
            # of the same kind, not a wrong date for that one.
            continue
        event = nearest_event(ref.candidates, window)
        message = (
            f"“{ref.timex.text}” is given as the date of {event.name}, which took place "
            f"{event_span(event)} (source: {event.source})."
        )
        findings.append(
            make_finding(
                DATE_RULE,
                ERROR,
                text,
                min(ref.mention.start, ref.timex.start),
                max(ref.mention.end, ref.timex.end),
                message,
                [e.evidence() for e in ref.candidates],
                event.id,
            )
        )
    return findings
