"""The words around a titled mention that some readings of the office-term rule weigh: an
act done to a holder before it ("impeach President X"), an act only a holder does after it
("signed it into law"), a sentence saying someone left office, or looking back to the
transition. Each is looked for when a reading first asks, as most mentions are judged
without any of them."""

from __future__ import annotations

import re

from annotator.checks.analysis.mentions import PersonMention
from annotator.checks.rules.folded import folded, search_folded
from annotator.checks.rules.office_usage import LEFT_OFFICE_RX

# A sentence that looks back to the transition or the campaign ("before", "his victory"):
# "President-elect X" there still speaks of that time.
_LOOKS_BACK_RX = re.compile(
    r"\b(?:transition|campaign(?:ing|ed)?|before|prior\s+to|ahead\s+of|until|days|weeks|months|then"
    r"|had\s+(?:been|\w+ed)|(?:his|her|their)\s+(?:election|victory|win))\b",
    re.IGNORECASE,
)
# What only the holder of an office does: "President-elect X signed executive orders" speaks
# of a day after the elect period, however soon after it.
_HOLDER_ONLY_RX = re.compile(
    r",?\s+(?:signed\b[^.;:]{0,50}?\b(?:executive\s+orders?|into\s+law)|vetoed|pardoned)\b", re.IGNORECASE
)
# What is done only to someone in office: "impeach President X", "ousted Prime Minister X".
_ACTED_ON_RX = re.compile(
    r"\b(?:impeach(?:ed|ing)?|oust(?:ed|ing)?|overthr(?:ew|own|owing|ow)|unseat(?:ed|ing)?|re-?elect(?:ed|ing)?)"
    r"\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)

# The same patterns, case-sensitive, for the lower-cased text (see folded).
_LOOKS_BACK_LOWER_RX = folded(_LOOKS_BACK_RX)
_ACTED_ON_LOWER_RX = folded(_ACTED_ON_RX)
_LEFT_OFFICE_LOWER_RX = folded(LEFT_OFFICE_RX)


class TitleCues:
    """The cues around one titled mention, each looked for once, when first asked about."""

    __slots__ = (
        "_text",
        "_mention",
        "_sentence",
        "_elect",
        "meets",
        "_acted_on",
        "_holder_act",
        "_left",
        "_back",
    )

    _acted_on: bool | None
    _holder_act: bool | None
    _left: bool | None
    _back: bool | None

    def __init__(
        self, text: str, mention: PersonMention, sentence: tuple[int, int], elect: bool, meets: bool
    ) -> None:
        self._text, self._mention, self._sentence, self._elect = text, mention, sentence, elect
        self.meets = meets  # a meeting or call just before the title: looked for at once, as the
        # next mention of a list of people met ("met with X and President Y") is met too
        self._acted_on = self._holder_act = self._left = self._back = None

    @property
    def acted_on(self) -> bool:
        """An act done only to a holder just before the title: "impeach President X"."""
        if self._acted_on is None:
            start = self._mention.start
            self._acted_on = (
                search_folded(_ACTED_ON_RX, _ACTED_ON_LOWER_RX, self._text, max(0, start - 30), start)
                is not None
            )
        return self._acted_on

    @property
    def holder_act(self) -> bool:
        """An act only a holder does right after the name: "signed it into law"."""
        if self._holder_act is None:
            self._holder_act = _HOLDER_ONLY_RX.match(self._text, self._mention.end) is not None
        return self._holder_act

    def courtesy(self, called_former: bool) -> bool:
        """Whether the title may be a courtesy: the article calls the person former, or the
        sentence says someone left office."""
        if called_former:
            return True
        if self._left is None:
            self._left = (
                search_folded(LEFT_OFFICE_RX, _LEFT_OFFICE_LOWER_RX, self._text, *self._sentence) is not None
            )
        return self._left

    @property
    def looks_back(self) -> bool:
        """An elect title in a sentence that looks back to the transition."""
        if self._back is None:
            self._back = self._elect and bool(
                search_folded(_LOOKS_BACK_RX, _LOOKS_BACK_LOWER_RX, self._text, *self._sentence)
            )
        return self._back
