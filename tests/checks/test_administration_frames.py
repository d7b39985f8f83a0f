"""An event told as happening in a leader's time ("under Trump", "during the Bush
administration", "It was during the Eisenhower presidency that ...") must fall within a term
of someone so named; a bare name is judged against every office of everyone so named."""

import pytest

from .helpers import shown_rules

# (published, wrong, right)
TWINS = [
    ("2020-03-12", "Russia annexed Crimea under Trump.", "Russia annexed Crimea under Obama."),
    (
        "2020-03-12",
        "Under President Trump, Russia annexed Crimea.",
        "Under President Obama, Russia annexed Crimea.",
    ),
    ("2022-03-12", "Britain left the EU under Theresa May.", "Britain left the EU under Boris Johnson."),
    (
        "2017-03-12",
        "The Benghazi attack took place during the Clinton administration.",
        "The Benghazi attack took place during the Obama administration.",
    ),
    (
        "1999-03-12",
        "It was during the Eisenhower presidency that the North Atlantic Treaty Organization was founded.",
        "It was during the Truman presidency that the North Atlantic Treaty Organization was founded.",
    ),
    ("2023-03-12", "The Taliban entered Kabul under Trump.", "The Taliban entered Kabul under Biden."),
]

SILENT = [
    ("2020-03-12", "Under Obama, officials studied how Russia annexed Crimea."),
    ("2017-03-12", "The Benghazi attack happened under Clinton."),  # her State Department
    ("2020-03-12", "Under Biden, Russia annexed Crimea."),  # his vice-presidency
    ("2019-03-12", "The Paris Agreement, signed under Obama, was abandoned under Trump."),
]


@pytest.mark.parametrize(("published", "wrong", "right"), TWINS)
def test_an_event_outside_the_leaders_time_is_flagged(published, wrong, right):
    assert shown_rules(wrong, published) == ["event-date"]
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_an_event_named_not_placed_or_within_some_office_stays_silent(published, text):
    assert shown_rules(text, published) == []
