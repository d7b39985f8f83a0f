"""One reading of an article that every rule shares.

Built once per article: the layout (sentences, quotations with their dates, reader
comments, embedded posts), the tagger's timexes, the mentions of people and events, the
event mentions the text dates, and, on demand, the reference time of any passage. No
rule scans the text for sentences, tense or quotations on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.checks.analysis.layout import TextLayout
from annotator.checks.analysis.mentions import Mentions
from annotator.checks.analysis.reference import ReferenceTime, Timexes, reference_time
from annotator.checks.findings import DateWindow


@dataclass(slots=True)
class ArticleAnalysis:
    """The article as the rules see it; `window` is its date (None: unknown)."""

    text: str
    window: DateWindow | None
    layout: TextLayout
    timexes: list
    mentions: Mentions
    references: list = field(default_factory=list)  # DatedReference, set by the engine
    kb: Any = None
    _reference_times: dict[tuple[int, int], ReferenceTime] = field(default_factory=dict)
    _indexed_timexes: Timexes | None = None

    def writing_window(self, offset: int) -> DateWindow | None:
        """The date the passage at `offset` is written or spoken from: the article's, a
        quotation's (possibly older) or a reader comment's."""
        return self.layout.window_at(offset, self.window)

    def reference_at(self, start: int, end: int) -> ReferenceTime:
        """The time the clause around text[start:end] talks about (remembered)."""
        key = (start, end)
        found = self._reference_times.get(key)
        if found is None:
            sentence = self.layout.sentence_bounds(start)
            if self._indexed_timexes is None:
                self._indexed_timexes = Timexes(self.timexes, self.text)
            quote = self.layout.quote_at(start)
            found = reference_time(self.text, self._indexed_timexes, sentence, start, end, quote)
            self._reference_times[key] = found
        return found
