"""An update note added after publication ("Update, Nov. 9, 2016: Donald Trump won the
election.") speaks from its own date: what it tells may have happened after the article was
written. A note dated before what it tells as done is still flagged."""

import pytest

from .helpers import shown_rules

ELECTION = (
    "Clinton holds final rallies before Tuesday's election\n\n"
    "Hillary Clinton held rallies in Pennsylvania and Michigan on Monday.\n\n"
    "Update, {}: Donald Trump won the election."
)
BRITAIN = (
    "Britain votes on Thursday\n\n"
    "Voters go to the polls on Thursday in a general election.\n\n"
    "UPDATE ({}): Labour won a landslide, and Prime Minister Keir Starmer took office."
)
CONCLAVE = (
    "Cardinals gather for conclave\n\n"
    "The conclave begins on Wednesday in the Sistine Chapel.\n\n"
    "Updated {}: Pope Leo XIV, the former Cardinal Robert Prevost, greeted the crowd."
)

# (published, article, the note's right date, a date before what it tells, the rule)
CASES = [
    ("2016-11-07", ELECTION, "Nov. 9, 2016", "Nov. 7, 2016", "event-tense"),
    ("2024-07-03", BRITAIN, "July 5, 2024", "July 3, 2024", "office-term"),
    ("2025-05-06", CONCLAVE, "May 8, 2025", "May 6, 2025", "office-term"),
]


@pytest.mark.parametrize(("published", "article", "right", "wrong", "rule"), CASES)
def test_an_update_note_is_read_at_its_own_date(published, article, right, wrong, rule):
    assert shown_rules(article.format(right), published) == []
    assert shown_rules(article.format(wrong), published) == [rule]


def test_a_marker_inside_a_line_opens_no_note():
    text = (
        "Britain votes on Thursday\n\n"
        "In an update July 5, 2024: Labour won a landslide, and Prime Minister Keir Starmer took office."
    )
    assert shown_rules(text, "2024-07-03") == ["office-term"]
