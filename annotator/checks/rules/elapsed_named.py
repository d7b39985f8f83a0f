"""Rule elapsed-time, for counts whose start the sentence names itself: "the 1949 treaty,
30 years after it was signed" (the year is written), "Crimea, occupied for seven years"
(the place's annexation is known); and the rule's entry point, every form together."""

from __future__ import annotations

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.findings import Finding
from annotator.checks.rules.anniversary import check_anniversaries
from annotator.checks.rules.elapsed_time import check_elapsed, check_tenure


def check_elapsed_and_anniversaries(analysis: ArticleAnalysis) -> list[Finding]:
    """Every form of rule elapsed-time."""
    return [*check_elapsed(analysis), *check_anniversaries(analysis), *check_tenure(analysis)]
