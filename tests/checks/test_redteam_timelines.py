"""Timelines laid out in other ways than one line per dated entry: run into one paragraph
("Timeline: Sept. 6, 2022 — Liz Truss takes office. Oct. 20, 2022 — Truss resigns."), or with
each date on a line of its own above its entry. The present tense of an entry narrates its
date there too, so a title is judged at that date: right at it, silent; wrong at it, flagged."""

import pytest

from .helpers import shown_rules

RUN_IN = (
    "Timeline: {first} - President-elect Trump takes a call from Taiwan's president. "
    "Jan. 20, 2017 - Trump is inaugurated."
)
HEADINGS = (
    "Key dates\n\n{first}\nPresident-elect Trump takes a call from Taiwan's president."
    "\n\nJan. 20, 2017\nTrump is inaugurated."
)
KEY_EVENTS = (
    "Key events: Jan. 20, 2025 — President Trump is inaugurated. "
    "{second} — President Trump addresses Congress."
)
KEY_EVENT_LINES = (
    "Key events\n\nJan. 20, 2025\nPresident Trump is inaugurated."
    "\n\n{second}\nPresident Trump addresses Congress."
)
TRUSS = (
    "Timeline: Sept. 6, 2022 — Prime Minister Liz Truss takes office. "
    "{second} — Prime Minister Liz Truss resigns."
)

# (published, layout, right, wrong): the date the entry is told at
CASES = [
    ("2018-02-01", RUN_IN, {"first": "Dec. 2, 2016"}, {"first": "Dec. 2, 2017"}),
    ("2018-02-01", HEADINGS, {"first": "Dec. 2, 2016"}, {"first": "Dec. 2, 2017"}),
    ("2025-06-01", KEY_EVENTS, {"second": "March 4, 2025"}, {"second": "March 4, 2024"}),
    ("2025-06-01", KEY_EVENT_LINES, {"second": "March 4, 2025"}, {"second": "March 4, 2024"}),
    ("2023-02-01", TRUSS, {"second": "Oct. 20, 2022"}, {"second": "Oct. 20, 2023"}),
]


@pytest.mark.parametrize(("published", "layout", "right", "wrong"), CASES)
def test_an_entry_of_a_timeline_is_read_at_the_date_heading_it(published, layout, right, wrong):
    assert shown_rules(layout.format(**right), published) == []
    assert shown_rules(layout.format(**wrong), published) == ["office-term"]


def test_a_present_tense_sentence_with_no_date_heading_it_is_read_now():
    assert shown_rules("Prime Minister Liz Truss takes office.", "2023-02-01") == ["office-term"]
    assert shown_rules("Key dates\n\nPresident-elect Trump takes a call.", "2018-02-01") == ["office-term"]
