"""Placing an imported span on our copy of an article's text.

The position is tried first and checked against the quoted text. When the texts
differ (another copy of the article, different white space or quote marks), the
quote is searched for, and the prefix and suffix choose between repeated
occurrences; failing that, a loose match is tried that ignores only spacing,
punctuation, quote marks and case. Other words ("Trump" for "Biden", "2014" for
"2022") are never a match, and a quote found several times with nothing to tell
the places apart is ambiguous: a wrong span is worse than a reported one.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

MAX_OCCURRENCES = 500
#: Unplaced quotes at least this similar (0..100) to some text have it named in the reason.
CLOSEST_SHOWN = 60.0


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    method: str  # position | quote | context | fuzzy


@dataclass(frozen=True, slots=True)
class Unplaced:
    """Why a span was not placed, in words for the import report."""

    reason: str


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


def _choose(
    text: str, hits: list[int], size: int, prefix: str, suffix: str, near: int | None
) -> int | Unplaced:
    """The one occurrence that the context (or, failing it, the old position) singles out."""
    if len(hits) == 1:
        return hits[0]

    def context(at: int) -> int:
        before = text[max(0, at - len(prefix)) : at]
        after = text[at + size : at + size + len(suffix)]
        return _common_suffix(before, prefix) + _common_prefix(after, suffix)

    scored = sorted(
        ((context(at), -abs(at - near) if near is not None else 0, at) for at in hits),
        reverse=True,
    )
    best, second = scored[0], scored[1]
    if best[0] > second[0] or (near is not None and best[1] > second[1]):
        return best[2]
    count = f"{len(hits)}+" if len(hits) >= MAX_OCCURRENCES else str(len(hits))
    return Unplaced(f"ambiguous: the quote occurs {count} times and nothing tells which is meant")


def _is_separator(char: str) -> bool:
    """Spacing, punctuation and quote marks: what a loose match may disregard."""
    return char.isspace() or unicodedata.category(char)[0] == "P" or char in "`´^~|"


@functools.lru_cache(maxsize=16)  # one article, many quotes
def _loose(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded, each run of separators made one space, with each
    character's offset in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        if _is_separator(char):
            if chars and chars[-1] != " ":
                chars.append(" ")
                offsets.append(i)
            continue
        for folded in char.casefold():
            chars.append(folded)
            offsets.append(i)
    return "".join(chars), offsets


def _closest(text: str, exact: str) -> str:
    found = fuzz.partial_ratio_alignment(exact, text, score_cutoff=CLOSEST_SHOWN)
    if found is None:
        return ""
    near = " ".join(text[found.dest_start : found.dest_end].split())
    return f" (closest: {near[:80]!r})"


def _loosely(text: str, exact: str, prefix: str, suffix: str, start: int | None) -> Anchor | Unplaced:
    loose_text, offsets = _loose(text)
    loose_quote = _loose(exact)[0].strip()
    if not loose_quote:
        return Unplaced("the quote has no words to look for")
    hits = _occurrences(loose_text, loose_quote)
    if not hits:
        return Unplaced(
            "quote not found: it differs from the article's text by more than spacing, "
            "punctuation, quote marks or case" + _closest(text, exact)
        )
    near = bisect.bisect_left(offsets, start) if start is not None else None
    chosen = _choose(loose_text, hits, len(loose_quote), _loose(prefix)[0], _loose(suffix)[0], near)
    if isinstance(chosen, Unplaced):
        return chosen
    begin, end = offsets[chosen], offsets[chosen + len(loose_quote) - 1] + 1
    # Punctuation the quote starts or ends with belongs to the span too ("March.").
    if _is_separator(exact[-1]):
        while end < len(text) and not text[end].isspace() and _is_separator(text[end]):
            end += 1
    if _is_separator(exact[0]):
        while begin > 0 and not text[begin - 1].isspace() and _is_separator(text[begin - 1]):
            begin -= 1
    return Anchor(begin, end, "fuzzy")


def locate(
    text: str,
    *,
    start: int | None = None,
    end: int | None = None,
    exact: str | None = None,
    prefix: str = "",
    suffix: str = "",
) -> Anchor | Unplaced:
    """Where the span is in ``text``, or why it cannot be placed with confidence."""
    has_position = start is not None and end is not None and 0 <= start < end <= len(text)
    if has_position and (exact is None or text[start:end] == exact):
        return Anchor(start, end, "position")  # type: ignore[arg-type]
    if not exact:
        return Unplaced("no usable position")
    near = start if has_position else None  # an old position beyond this copy says nothing
    hits = _occurrences(text, exact)
    if hits:  # found, but perhaps several times: context decides or nothing does
        chosen = _choose(text, hits, len(exact), prefix or "", suffix or "", near)
        if isinstance(chosen, Unplaced):
            return chosen
        return Anchor(chosen, chosen + len(exact), "quote" if len(hits) == 1 else "context")
    return _loosely(text, exact, prefix or "", suffix or "", near)


def anchor(text: str, **where) -> Anchor | None:
    """:func:`locate`, for callers that need only the place (None: not placed)."""
    spot = locate(text, **where)
    return spot if isinstance(spot, Anchor) else None
