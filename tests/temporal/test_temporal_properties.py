"""Properties on arbitrary text: no exception, spans inside and disjoint, values well-formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.temporal.tagger import tag
from annotator.temporal.values import is_well_formed

WORDS = [
    "on",
    "Friday",
    "last",
    "year",
    "May",
    "June",
    "9th",
    "3",
    "1994",
    "ago",
    "the",
    "third",
    "quarter",
    "early",
    "late",
    "almost",
    "more than",
    "years",
    "a",
    "day",
    "p.m.",
    "10:30",
    "every",
    "week",
    "next",
    "-",
    ",",
    ".",
    "mid",
    "1990s",
    "'80s",
    "tomorrow",
    "about",
    "the past",
    "coming",
    "weeks",
    "fiscal",
    "1/2",
    "summer",
    "twenty",
    "2015-2016",
    "1998-99",
    "between",
    "and",
    "to",
    "two-week",
    "century",
    "following",
    "decade",
    "before",
    "after",
    "days",
    "later",
    "and a half",
    "Now,",
    "D-Day",
    "couple",
    "'",
    '"',
    ":",
    "\u201c",
    "\u201d",
    "(@x)",
    "September 28,",
    "2017Spencer",
    "letter",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
dcts = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=400, deadline=None)
@given(texts, dcts)
def test_tagger_invariants(text: str, dct: str | None) -> None:
    found = tag(text, dct)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end
        assert timex.type in {"DATE", "TIME", "DURATION", "SET"}
        assert is_well_formed(timex.value, timex.type), timex
