"""The country or body a title names after it ("President of Turkey", "the former leader
of the Democratic Party"), read from the words of a text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from annotator.checks.analysis.mention_words import Words, tight_gap


def of_country(
    text: str, words: Words, title_end: int, qualifiers: Mapping[str, str]
) -> tuple[int, str] | None:
    """ "of Turkey", "of the United Kingdom" right after a title: where it ends and the
    country or body it names."""
    of = words.after(title_end)
    if of is None or words.norm(*of) != "of":
        return None
    if not tight_gap(text, words.last_word_start(title_end), title_end, of[0]):
        return None
    country: list[tuple[int, int]] = []
    found = None
    after = of
    article = words.after(of[1])
    if article is not None and words.norm(*article) == "the" and tight_gap(text, *of, article[0]):
        after = article  # "of the United Kingdom"
    for _ in range(3):
        following = words.after(country[-1][1] if country else after[1])
        if following is None or not tight_gap(text, *(country[-1] if country else after), following[0]):
            break
        country.append(following)
        key = " ".join(words.norm(*w) for w in country)
        if key in qualifiers:
            found = (country[-1][1], qualifiers[key])
    return found


def of_qualifier(words: Words, of: tuple[int, int], qualifiers: Mapping[str, str]) -> bool:
    """Whether "of" after a title names a country or body the base knows ("of France",
    "of the United Kingdom") within three words, an article aside."""
    span = [words.after(of[1])]
    if span[0] is not None and words.norm(*span[0]) == "the":
        span = [words.after(span[0][1])]
    while len(span) < 3 and span[-1] is not None:
        span.append(words.after(span[-1][1]))
    found = list(present(span))
    return any(" ".join(words.norm(*w) for w in found[:size]) in qualifiers for size in (1, 2, 3))


def present(spans: Iterable[tuple[int, int] | None]) -> Iterator[tuple[int, int]]:
    """The leading spans that exist: a slice of words cut short by the end of the text."""
    for span in spans:
        if span is None:
            return
        yield span
