"""Anchoring never places a span on text that differs from the quote, unless it says fuzzy."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.exchange.anchoring import anchor
from annotator.exchange.w3c import quote_selector

words = st.lists(
    st.sampled_from(["tax", "rose", "fell", "in", "May", "the", "minister", "."]), min_size=4, max_size=60
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(text=words, data=st.data())
def test_exact_anchors_are_always_the_quote(text, data):
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
    selector = quote_selector(text, start, end)
    edit = data.draw(st.sampled_from(["same", "prepend", "append", "replace_head"]))
    changed = {
        "same": text,
        "prepend": "Updated: " + text,
        "append": text + " Correction appended.",
        "replace_head": "X" * 5 + text[5:],
    }[edit]
    spot = anchor(
        changed,
        start=start,
        end=end,
        exact=selector["exact"],
        prefix=selector["prefix"],
        suffix=selector["suffix"],
    )
    if spot is None:
        return
    if spot.method != "fuzzy":
        assert changed[spot.start : spot.end] == selector["exact"]
    if edit == "prepend" and spot.method in ("quote", "context"):
        assert spot.start == start + len("Updated: ")
    if edit in ("same", "append"):
        assert (spot.start, spot.end, spot.method) == (start, end, "position")
