"""Case-ignoring patterns tried first on the lower-cased article.

A pattern that ignores case is tried whole at every character of a stretch: the engine
cannot rule an alternative out on its first letter, as it does for a case-sensitive one. Every
literal of the patterns here is lower case, so the same pattern without the flag, on the
text lower-cased with unchanged offsets (see ``lowered_text``), matches at the same places;
tried there first, it rules out most stretches cheaply, and the pattern itself is searched
only where it will match, so every match is the pattern's own.
"""

from __future__ import annotations

import re

from annotator.temporal.anchoring import lowered_text


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern, case-sensitive, for the lower-cased text (its literals all lower case)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def search_folded(
    pattern: re.Pattern[str], lower: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)``, ruled out first by `lower` (``folded(pattern)``)
    on the lower-cased text."""
    lowered = lowered_text(text)
    if lowered is not None and lower.search(lowered, start, end) is None:
        return None
    return pattern.search(text, start, end)
