"""A weekday and a date without a year after a count back on the anniversary ("Two years ago
today, on Saturday, Oct. 7, Hamas attacked Israel") are of the year the count names, not of the
day written; a weekday that year's date does not fall on is still flagged."""

import pytest

from .helpers import shown_rules

# (published, right, wrong)
TWINS = [
    (
        "2025-10-07",
        "Two years ago today, on Saturday, Oct. 7, Hamas attacked Israel.",
        "Two years ago today, on Friday, Oct. 7, Hamas attacked Israel.",
    ),
    (
        "2026-02-24",
        "Four years ago today, on Thursday, Feb. 24, Russian tanks crossed the border.",
        "Four years ago today, on Friday, Feb. 24, Russian tanks crossed the border.",
    ),
    (
        "2021-09-11",
        "Twenty years ago today, on Tuesday, Sept. 11, hijackers flew two planes into the towers.",
        "Twenty years ago today, on Monday, Sept. 11, hijackers flew two planes into the towers.",
    ),
    (
        "2023-11-22",
        "Sixty years ago today, on Friday, Nov. 22, President Kennedy was shot in Dallas.",
        "Sixty years ago today, on Thursday, Nov. 22, President Kennedy was shot in Dallas.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS)
def test_a_weekday_after_a_count_back_is_of_the_year_counted_to(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["weekday"]


def test_the_day_written_still_counts_when_no_count_back_precedes():
    # Oct. 7, 2025 was a Tuesday: with no count back, the date is this year's
    assert shown_rules("Today, on Saturday, Oct. 7, Israelis gather.", "2025-10-07") == ["weekday"]
