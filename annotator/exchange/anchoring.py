"""Placing an imported span on our copy of an article's text.

The position is tried first and checked against the quoted text. When the texts
differ (another copy of the article, a corrected typo, different white space),
the quote is searched for, and the prefix and suffix choose between repeated
occurrences; failing that, a close fuzzy match near the old position is taken.
Anything still ambiguous is not placed: a wrong span is worse than a reported one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

#: Fuzzy matches must reach this similarity (0..100) to be accepted.
FUZZY_CUTOFF = 90.0
#: Characters either side of the old position searched first for a fuzzy match.
FUZZY_WINDOW = 2000
MAX_OCCURRENCES = 500


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    method: str  # position | quote | context | fuzzy


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _occurrences(text: str, exact: str) -> list[int]:
    found: list[int] = []
    at = text.find(exact)
    while at != -1 and len(found) < MAX_OCCURRENCES:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _by_context(
    text: str, exact: str, prefix: str, suffix: str, start: int | None
) -> Anchor | None:
    hits = _occurrences(text, exact)
    if not hits:
        return None
    if len(hits) == 1:
        return Anchor(hits[0], hits[0] + len(exact), "quote")

    def context(at: int) -> int:
        before = text[max(0, at - len(prefix)) : at]
        after = text[at + len(exact) : at + len(exact) + len(suffix)]
        return _common_suffix(before, prefix) + _common_prefix(after, suffix)

    scored = sorted(
        ((context(at), -abs(at - start) if start is not None else 0, at) for at in hits),
        reverse=True,
    )
    best, second = scored[0], scored[1]
    if best[0] > second[0]:
        return Anchor(best[2], best[2] + len(exact), "context")
    if start is not None and best[1] > second[1]:
        return Anchor(best[2], best[2] + len(exact), "context")
    return None


def _fuzzy(text: str, exact: str, start: int | None) -> Anchor | None:
    if len(exact.strip()) < 4:
        return None
    windows = []
    if start is not None:
        lo = max(0, start - FUZZY_WINDOW)
        windows.append((lo, text[lo : start + len(exact) + FUZZY_WINDOW]))
    windows.append((0, text))
    for offset, window in windows:
        found = fuzz.partial_ratio_alignment(exact, window, score_cutoff=FUZZY_CUTOFF)
        if found is None:
            continue
        start, end = offset + found.dest_start, offset + found.dest_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            return Anchor(start, end, "fuzzy")
    return None


def anchor(
    text: str,
    *,
    start: int | None = None,
    end: int | None = None,
    exact: str | None = None,
    prefix: str = "",
    suffix: str = "",
) -> Anchor | None:
    """Where the span is in ``text``, or None when it cannot be placed with confidence."""
    has_position = start is not None and end is not None and 0 <= start < end <= len(text)
    if has_position and (exact is None or text[start:end] == exact):
        return Anchor(start, end, "position")  # type: ignore[arg-type]
    if not exact:
        return None
    if exact in text:  # found, but perhaps several times: context decides or nothing does
        return _by_context(text, exact, prefix or "", suffix or "", start)
    return _fuzzy(text, exact, start)
