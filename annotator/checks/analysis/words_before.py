"""The words a passage ends on, read before the patterns that must end on one of them.

The reference time asks, for each mention, whether the words just before it frame it ("under",
"the 45th", "an", "by the"). Those patterns end at the mention and so are tried at every
character of the passage before it; most passages end on none of their words, which a few
suffix tests on the passage's lower-cased end tell at once.
"""

from __future__ import annotations

import re

# The last letters the words of the patterns of the reference time (and "the") may end on before the white
# space or hyphens that close them, in either case ("\u017f" matches "s" ignoring case): a
# pattern is tried only where the text before the mention ends on one of its letters.
ORDINAL_ENDS = frozenset("tdhemTDHEM")
FRAME_ENDS = frozenset("rgneydfxslRGNEYDFXSL\u017f")
INDEFINITE_ENDS = frozenset("anyreoANYREO")
OBJECT_ENDS = frozenset("yfmhortnesgdYFMHORTNESGD\u017f")
# ... and the words themselves (their ends: "fourth" ends on "th", "one-time" on "time").
ORDINAL_WORDS = ("st", "nd", "rd", "th", "time", "term")
FRAME_WORDS = (
    "under", "during", "then", "late", "by", "served", "serving", "for", "of", "predecessor",
    "successor", "ex", "onetime", "time", "erstwhile", "when", "while", "as", "be", "future",
    "eventual", "later",
)  # fmt: skip
INDEFINITE_WORDS = ("a", "an", "any", "another", "future", "no")
OBJECT_WORDS = (
    "by", "of", "from", "with", "to", "for", "about", "against", "on", "at", "than", "like",
    "toward", "towards", "into", "over", "under", "between", "among", "even", "including", "and",
    "or", "nor", "but", "as",
)  # fmt: skip


class WordsBefore:
    """The passage before a mention, without its closing white space and hyphens: its last
    character and, for ASCII text, its lower-cased words' endings."""

    __slots__ = ("last", "low")

    def __init__(self, before: str):
        at = len(before)
        while at and (before[at - 1] == "-" or before[at - 1].isspace()):
            at -= 1
        self.last = before[at - 1] if at else ""
        # Outside ASCII a character may match a letter ignoring case though its lower case
        # differs ("\u017f" and "s"): no ending is ruled out there.
        self.low = before[:at].lower() if before.isascii() else None

    def may_end(self, words: tuple[str, ...], then_the: bool = False) -> bool:
        """Whether the passage may end on one of `words` (or, with `then_the`, on one of them
        followed by white space and "the"): False only when it cannot."""
        low = self.low
        if low is None or low.endswith(words):
            return True
        return then_the and low.endswith("the") and low[-4:-3].isspace() and low[:-3].rstrip().endswith(words)


# The words some patterns of the reference time that ignore case must hold, in lower case:
# searched with case on the lower-cased text, they skip to their first letters.
PROMISE_WORDS_RX = re.compile(
    r"promised|pledged|vowed|threatened|planned|expected|predicted|forecast|scheduled"
)
HYPOTHETICAL_WORDS_RX = re.compile(
    r"if|imagine|whether|suppose|hypothetical|wish|pretend|fantasy|dream|unless"
)
REPORTING_WORDS_RX = re.compile(
    r"said|claimed|alleged|insisted|argued|suggested|believed|thought|accused|called|wrote|tweeted"
    r"|suspected|feared|charged|complained|asserted|prove"
)
MEDIA_WORDS_RX = re.compile(
    r"video|clip|footage|recording|tape|transcript|broadcast|interview|documentary|podcast|:"
)


def holds(low: str | None, words: re.Pattern[str], start: int, end: int) -> bool:
    """Whether low[start:end] may hold one of `words`: False only when the lower-cased text
    (None: none kept) shows it does not."""
    return low is None or words.search(low, start, end) is not None
