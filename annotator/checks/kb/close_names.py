"""The known name closest in spelling to one the knowledge base does not hold.

A misspelt name ("Lindsay Graham") is compared with every known full name that starts with
the same letter, which costs a third of a millisecond per name when done against the whole
list, and a news corpus holds hundreds of unknown names. Two strings whose lengths differ
too much cannot reach the similarity asked for, so the names are kept by first letter and
length, and only the lengths that may reach it are searched: the same answer, several
times sooner.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process


class CloseNames:
    """Known names by first letter and length, in the order they were given."""

    __slots__ = ("_buckets", "_cutoff")

    def __init__(self, names: Iterable[str], cutoff: float) -> None:
        self._cutoff = cutoff
        # first letter -> length -> (names, their places in the order given)
        self._buckets: dict[str, dict[int, tuple[list[str], list[int]]]] = {}
        for place, name in enumerate(names):
            if name:
                names_there, places = self._buckets.setdefault(name[0], {}).setdefault(len(name), ([], []))
                names_there.append(name)
                places.append(place)

    def closest(self, key: str) -> str | None:
        """The name with the highest similarity (``fuzz.ratio``) to `key` at or above the
        cutoff, among names with its first letter; of equals, the one given first."""
        by_length = self._buckets.get(key[:1])
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
