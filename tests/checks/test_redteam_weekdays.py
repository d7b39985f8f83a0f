"""A weekday and a date without a year after a count back on the anniversary ("Two years ago
today, on Saturday, Oct. 7, Hamas attacked Israel"), after a year told earlier in the sentence
("That year, 1953, ..."), or after a count of years since it ("Three years have passed since
Wednesday, Jan. 6") are of that year, not of the day written, and beside a short event the
sentence names ("Russia invaded Ukraine on Thursday, Feb. 24") of the event's day; a weekday
that date does not fall on is still flagged."""

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
    (
        "2023-05-06",
        "That year, 1953, the Queen was crowned on Tuesday, June 2.",
        "That year, 1953, the Queen was crowned on Wednesday, June 2.",
    ),
    (
        "2024-01-06",
        "Three years have passed since Wednesday, Jan. 6, when rioters stormed the Capitol.",
        "Three years have passed since Tuesday, Jan. 6, when rioters stormed the Capitol.",
    ),
    (
        "2025-03-11",
        "It has been five years since Wednesday, March 11, when the WHO declared a pandemic.",
        "It has been five years since Thursday, March 11, when the WHO declared a pandemic.",
    ),
]


# A year told in the sentence before, in the same paragraph: (published, right, wrong)
BACKGROUND = [
    (
        "2024-06-23",
        "The 2016 referendum\n\nThe vote, on Thursday, June 23, split the country.",
        "The 2016 referendum\n\nThe vote, on Friday, June 23, split the country.",
    ),
    (
        "2025-10-07",
        "Israelis mark two years since the Hamas attack of Saturday, Oct. 7.",
        "Israelis mark two years since the Hamas attack of Sunday, Oct. 7.",
    ),
    (
        "2024-06-23",
        "In 2016, Britain held a referendum on the EU. The vote, on Thursday, June 23, split the country.",
        "In 2016, Britain held a referendum on the EU. The vote, on Friday, June 23, split the country.",
    ),
    (
        "2025-01-06",
        "The attack came in 2021. On Wednesday, Jan. 6, a mob stormed the Capitol as Congress met.",
        "The attack came in 2021. On Thursday, Jan. 6, a mob stormed the Capitol as Congress met.",
    ),
    (
        "2023-09-08",
        "Queen Elizabeth II died in 2022. She had appointed Liz Truss on Tuesday, Sept. 6, two days earlier.",
        "Queen Elizabeth II died in 2022. She had appointed Liz Truss on Monday, Sept. 6, two days earlier.",
    ),
    (
        "2025-05-08",
        "The last conclave, in 2013, lasted two days. Francis was elected on Wednesday, March 13.",
        "The last conclave, in 2013, lasted two days. Francis was elected on Tuesday, March 13.",
    ),
    (
        "2021-09-11",
        "It was 2001. On Tuesday, Sept. 11, hijackers flew planes into the World Trade Center.",
        "It was 2001. On Wednesday, Sept. 11, hijackers flew planes into the World Trade Center.",
    ),
]


@pytest.mark.parametrize(("published", "right", "wrong"), TWINS + BACKGROUND)
def test_a_weekday_is_of_the_year_its_sentence_or_the_one_before_tells(published, right, wrong):
    assert shown_rules(right, published) == []
    assert shown_rules(wrong, published) == ["weekday"]


def test_a_year_told_in_an_earlier_paragraph_does_not_date_the_next():
    text = "In 2016, Britain held a referendum.\n\nOn Thursday, June 23, the country votes again."
    assert shown_rules(text, "2024-06-20") == ["weekday"]


def test_the_day_written_still_counts_when_no_count_back_precedes():
    # Oct. 7, 2025 was a Tuesday: with no count back, the date is this year's
    assert shown_rules("Today, on Saturday, Oct. 7, Israelis gather.", "2025-10-07") == ["weekday"]


# A weekday and a date without a year beside a short event the sentence names, written on an
# anniversary: the event's day. (published, sentence, right weekday, wrong weekday)
EVENT_DAYS = [
    (
        "2025-08-29",
        "Hurricane Katrina made landfall on {}, Aug. 29, near Buras, Louisiana.",
        "Monday",
        "Sunday",
    ),
    ("2024-01-06", "The Capitol riot took place on {}, Jan. 6.", "Wednesday", "Tuesday"),
    ("2025-09-11", "The September 11 attacks happened on a {}, Sept. 11.", "Tuesday", "Wednesday"),
    ("2024-02-24", "Russia invaded Ukraine on {}, Feb. 24.", "Thursday", "Tuesday"),
    ("2025-09-08", "Queen Elizabeth II died at Balmoral on {}, Sept. 8.", "Thursday", "Friday"),
    ("2025-07-08", "Shinzo Abe was shot dead in Nara on {}, July 8.", "Friday", "Saturday"),
    ("2025-08-15", "The Taliban entered Kabul on {}, Aug. 15.", "Sunday", "Monday"),
    ("2024-03-11", "The Fukushima disaster began on {}, March 11.", "Friday", "Thursday"),
]


@pytest.mark.parametrize(("published", "sentence", "right", "wrong"), EVENT_DAYS)
def test_a_weekday_beside_a_named_event_may_be_of_its_day(published, sentence, right, wrong):
    assert shown_rules(sentence.format(right), published) == []
    assert shown_rules(sentence.format(wrong), published) == ["weekday"]
