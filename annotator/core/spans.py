"""Character spans: snapping a selection to whole words, checking bounds."""

from __future__ import annotations


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words and trim surrounding white space.

    A fact-checker's drag rarely lands exactly on word edges; tagging half a word
    is never what was meant.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
        start -= 1
    while end < len(text) and _is_word(text[end]) and _is_word(text[end - 1]):
        end += 1
    return start, end


def check_span(text: str, start: int, end: int) -> None:
    """Raise ValueError unless ``start:end`` is a non-empty span inside ``text``."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {start}-{end} is not inside the text (length {len(text)})")
