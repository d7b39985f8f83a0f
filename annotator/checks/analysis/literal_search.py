"""Finding fixed words in a text by literal search, the cheap first pass of several readings.

It imports nothing of the analysis, so the article layout (update notes) and the event
readings above it can all use it."""

from __future__ import annotations

from collections.abc import Iterable


def word_positions(text: str, words: Iterable[str]) -> list[tuple[str, int]]:
    """Where each of the words occurs in the text (as a plain substring), in text order:
    a literal search per word costs little where a pattern tried at every character would."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append((word, at))
            at = text.find(word, at + len(word))
    return sorted(found, key=lambda item: item[1])
