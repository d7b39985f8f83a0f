"""An event's time told by a journey to it ("will travel to Osaka for the G20 summit",
"leaders are arriving in Glasgow for COP26"), by what it brought about ("Japan's snap
election handed the coalition a defeat"), by its own end or opening as the subject ("the G7
summit in Hiroshima ended with a pledge"), or by a relative clause after its kind noun ("the
BRICS summit in Johannesburg, which opens on August 22")."""

import pytest

from .helpers import shown_rules

# (published when wrong, published when right, text)
TWINS = [
    ("2019-07-01", "2019-06-20", "Theresa May will travel to Osaka for the G20 summit, Downing Street said."),
    ("2023-07-20", "2023-07-05", "Zelensky will fly to Vilnius for the NATO summit."),
    ("2021-12-01", "2021-10-25", "World leaders are arriving in Glasgow for the COP26 climate summit."),
    ("2023-05-01", "2023-05-25", "The G7 summit in Hiroshima ended with a pledge to keep arming Ukraine."),
    ("2022-10-20", "2022-11-25", "COP27 ended with a deal on loss and damage."),
    (
        "2023-09-01",
        "2023-08-01",
        "The BRICS summit in Johannesburg, which opens on August 22, will weigh enlargement.",
    ),
]

# Journeys to an event under way, ends told after them, an event's end while it goes on.
SILENT = [
    ("2023-12-05", "More leaders are arriving in Dubai for COP28, which opened last week."),
    ("2021-11-05", "Ministers are arriving in Glasgow for the second week of COP26."),
    ("2022-11-10", "COP27 ended with a deal on loss and damage."),
    ("2023-12-08", "COP28 opened in Dubai last week with a deal on loss and damage."),
    ("2019-06-29", "Trump is arriving in Osaka for the G20 summit after a stop in Tokyo."),
    ("2024-07-10", "Leaders are flying to Washington for the NATO summit, which began on Tuesday."),
    ("2021-06-20", "The G7 summit in Cornwall ended with a promise of a billion vaccine doses."),
    ("2018-08-20", "The BRICS summit in Johannesburg ended with a call for open trade."),
    ("2023-09-01", "The G20 summit in New Delhi will open on Saturday."),
    ("2017-07-20", "The leaders who met at the G20 summit in Hamburg agreed on little."),
    ("2016-02-27", "The 2018 World Cup will be held in Russia and the 2022 tournament in Qatar."),
    ("2019-06-20", "The G20 summit in Osaka is expected to produce a statement on plastic waste."),
    ("2019-06-20", "The G20 summit in Osaka was expected to produce a statement on plastic waste."),
    ("2019-06-20", "The G20 summit in Osaka was postponed by a day, officials said."),
    ("2021-11-05", "COP26 produced a draft text on Thursday, and talks go on."),
    ("2021-03-01", "The 2008 financial crisis cost millions of people their homes."),
    ("2017-09-05", "Hurricane Harvey killed at least 70 people in Texas."),
    ("2025-06-01", "Leaders plan to meet at the G7 summit in Kananaskis."),
]


@pytest.mark.parametrize(("wrong_date", "right_date", "text"), TWINS)
def test_a_journey_or_an_end_that_does_not_fit_the_date_is_flagged(wrong_date, right_date, text):
    assert shown_rules(text, wrong_date) == ["event-tense"]
    assert shown_rules(text, right_date) == []


@pytest.mark.parametrize(("published", "text"), SILENT)
def test_journeys_and_ends_that_fit_stay_silent(published, text):
    assert shown_rules(text, published) == []
