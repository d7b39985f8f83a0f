"""Folding of names and phrases to the keys every knowledge-base lookup uses."""

from __future__ import annotations

import re
import unicodedata

_TOKEN_RX = re.compile(r"[^\W_]+")


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used for every lookup key."""
    if text.isascii():  # lower-casing ASCII keeps every token's bounds: done once for all
        return " ".join(_TOKEN_RX.findall(text.lower()))
    return " ".join(tokens_of(text))


def tokens_of(text: str) -> list[str]:
    """The word tokens of a name or phrase, folded the same way as article text."""
    return [fold(tok) for tok in _TOKEN_RX.findall(text)]


def fold(token: str) -> str:
    """Case- and accent-folded form of one token."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


__all__ = ["fold", "normalise", "tokens_of"]
