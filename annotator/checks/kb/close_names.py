"""The known name closest in spelling to one the knowledge base does not hold.

A misspelt name ("Lindsay Graham") is compared with every known full name that starts with
the same letter, which costs a third of a millisecond per name when done against the whole
list, and a news corpus holds hundreds of unknown names. Two strings whose lengths differ
too much cannot reach the similarity asked for, so the names are kept by first letter and
length, and only the lengths that may reach it are searched: the same answer, in about
half the time.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process


class CloseNames:
    """Known names by first letter and, once a letter is first asked about, by length, in
    the order they were given: loading the knowledge base costs no more than listing them."""

    __slots__ = ("_by_letter", "_buckets", "_cutoff")

    def __init__(self, names: Iterable[str], cutoff: float) -> None:
        self._cutoff = cutoff
        self._by_letter: dict[str, list[str]] = {}
        for name in names:
            if name:
                self._by_letter.setdefault(name[0], []).append(name)
        # first letter -> length -> (names, their places in the letter's list)
        self._buckets: dict[str, dict[int, tuple[list[str], list[int]]]] = {}

    def _lengths(self, letter: str) -> dict[int, tuple[list[str], list[int]]]:
        found = self._buckets.get(letter)
        if found is None:
            found = self._buckets[letter] = {}
            for place, name in enumerate(self._by_letter.get(letter, ())):
                names, places = found.setdefault(len(name), ([], []))
                names.append(name)
                places.append(place)
        return found

    def closest(self, key: str) -> str | None:
        """The name with the highest similarity (``fuzz.ratio``) to `key` at or above the
        cutoff, among names with its first letter; of equals, the one given first."""
        by_length = self._lengths(key[:1])
        if not by_length:
            return None
        size = len(key)
        best: tuple[float, int, str] | None = None
        for length, (names, places) in by_length.items():
            # The similarity is 100 * (1 - distance / (size + length)), and the distance is
            # at least the difference of the lengths.
            if 100 * abs(size - length) > (100 - self._cutoff) * (size + length):
                continue
            found = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=self._cutoff)
            if found is None:
                continue
            score, place = found[1], places[found[2]]
            if best is None or score > best[0] or (score == best[0] and place < best[1]):
                best = (score, place, found[0])
        return None if best is None else best[2]


_WORD_CUTOFF = 75.0  # "lindsay"/"lindsey", "bashir"/"bashar", "new"/"newt"; not "roy"/"rob"


def spelled_alike(key: str, name: str) -> bool:
    """Whether a misspelt name of two words or more (folded, spaced) may be a known one
    word by word: close spellings of whole names join different people ("Roy Moore" and
    Rob Moore, "Richard Cohen" and Richard Cheney), and a single word is a first name or a
    surname, not a name. An initial fits the word it begins ("John O Brennan")."""
    words, known = key.split(), name.split()
    if len(words) < 2:
        return False
    if len(words) != len(known):
        return True  # an initial or a middle name given or left out: the spelling decides
    return all(
        fuzz.ratio(word, other) >= _WORD_CUTOFF or (min(len(word), len(other)) == 1 and word[0] == other[0])
        for word, other in zip(words, known, strict=True)
    )
