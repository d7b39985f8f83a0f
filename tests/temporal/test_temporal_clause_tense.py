"""The clause tense reads the nearest marker exactly as reading every marker of the clause in
turn would, and the resolvers' shortcuts give the date the tense would have given."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from annotator.temporal import anchoring as an

TEXTS = [
    "The summit, which was held in Kyiv, will be held again on June 9. Officials said on Friday "
    "that talks would resume in March; the plan at the end of May was dropped.\nThe vote is to be "
    "announced next week, ahead of the deadline, and the hundred delegates needed no visas.",
    "It rained.\nOn Monday they met. He'll travel; she won't. Going to be signed in April, "
    "its plans to expand were scheduled ... The report, published yesterday, talked of 2019.",
    "'ll go on Tuesday, said the minister. Their hopes on Monday faded: the end of talks came.",
    "İstanbul talks were held on May 5 and will resume on June 1. ſaid the İmam in July.",
    "The café’s owner expected a décision on 12 March; the élection was held in 2014, it was said.",
]


def _reference(text: str, start: int, end: int, window: int = 90) -> str | None:
    """Every tense marker of the clause read in turn (the plain form of clause_tense)."""
    left = max(0, start - window)
    right = min(len(text), end + window)
    for boundary in an._SENTENCE_END.finditer(text, left, start):
        left = boundary.end()
    cut = an._SENTENCE_END.search(text, end, right)
    if cut:
        right = cut.start() + 1
    lowered = an.lowered_text(text)
    best: tuple[float, str] | None = None
    rx = an._TENSE_RX if lowered is None else an._TENSE_LOWER_RX
    for match in rx.finditer(text if lowered is None else lowered, left, right):
        found_start, found_end = match.span()
        if start <= found_start < end:
            continue
        word = match.group().lower()
        if word in an._NOUN_TOO and an._NOUN_DETERMINER_RX.search(
            text.lower(), max(0, found_start - 7), found_start
        ):
            continue
        if lowered is None:
            kind: str | None = an.FUTURE if match.lastgroup == "future" else an.PAST
            if kind == an.PAST and word in an._NOT_PAST:
                continue
        else:
            kind = an._marker_kind(match.group())
            if kind is None:
                continue
        if kind == an.PAST and an._after_be(text, found_start):
            continue
        if found_end <= start and an._GOVERNING_GAP_RX.fullmatch(text, found_end, start):
            distance = 0.0
        else:
            distance = start - found_end if found_end <= start else (found_start - end) * 1.5
        if best is None or distance < best[0]:
            best = (distance, kind)
        if found_start >= end:
            break
    return best[1] if best else None


def test_clause_tense_reads_as_every_marker_in_turn() -> None:
    rng = random.Random(5)
    checked = 0
    for text in TEXTS:
        spans = [m.span() for m in re.finditer(r"\w+(?: \d+)?", text)]
        spans += [(a, min(len(text), a + rng.randrange(12))) for a in rng.sample(range(len(text)), 60)]
        for start, end in spans:
            for window in (90, 20, 7):
                assert an.clause_tense(text, start, end, window) == _reference(text, start, end, window), (
                    text[start:end],
                    start,
                    window,
                )
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("The talks will be held on Monday.", "Monday", an.FUTURE),
        ("The talks were held on Monday.", "Monday", an.PAST),
        ("She said on Friday that talks would resume.", "Friday", an.PAST),
        ("At the end of May, nothing.", "May", None),
        ("It rained.\nOn Monday they met.", "Monday", an.PAST),
    ],
)
def test_clause_tense_of_a_date(text: str, word: str, tense: str | None) -> None:
    start = text.index(word)
    assert an.clause_tense(text, start, start + len(word)) == tense


def _never() -> str | None:
    raise AssertionError("the tense was asked although it decides nothing")


def test_tense_asked_only_where_it_decides() -> None:
    tenses = (None, an.PAST, an.FUTURE)
    for dct in [date(2023, 1, 1) + timedelta(days=d) for d in range(0, 800, 7)]:
        for month in range(1, 13):
            free = an.month_by_tense(dct, month)
            assert free is None or all(free == an.nearest_month(dct, month, t) for t in tenses)
            for day in (0, 1, 15, 28, 29, 30, 31, 32):
                for tense in tenses:
                    assert an.month_day_by_tense(dct, month, day, lambda t=tense: t) == an.nearest_month_day(
                        dct, month, day, tense
                    )
        for weekday in range(1, 8):
            for tense in tenses:
                by_tense = an.weekday_by_tense(dct, weekday, lambda t=tense: t)
                assert by_tense == an.nearest_weekday(dct, weekday, tense)
    near = date(2024, 5, 20)
    assert an.month_day_by_tense(near, 6, 9, _never) == date(2024, 6, 9)
    assert an.month_by_tense(near, 5) == date(2024, 5, 1)
    assert an.month_by_tense(near, 6) == date(2024, 6, 1)
    assert an.month_by_tense(near, 4) is None  # "in April": the tense tells this year's or next
    assert an.weekday_by_tense(near, near.isoweekday(), _never) == near
