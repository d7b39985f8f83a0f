"""The leaders of the US Congress (Speakers, majority and minority leaders of both houses,
hand-kept with their sources) are judged like any office: news names them constantly."""

import pytest

from annotator.checks.engine import check_text

RIGHT = [
    ("Senate Majority Leader Mitch McConnell said on Tuesday the Senate would act.", "2017-06-06"),
    ("Senate Minority Leader Mitch McConnell said on Tuesday the Senate would act.", "2021-03-09"),
    ("House Minority Leader Nancy Pelosi said on Tuesday Democrats would oppose it.", "2017-06-06"),
    ("Former House Speaker Newt Gingrich said on Sunday Trump would win.", "2016-05-01"),
    ("Majority Leader Steve Scalise said on Tuesday the House would vote.", "2024-06-04"),
    ("Under Speaker John Boehner, the House voted 50 times to repeal Obamacare.", "2017-06-06"),
    ("California Assembly Speaker Anthony Rendon said on Monday the bill would pass.", "2017-06-05"),
    ("Speaker John Bercow called for order on Tuesday.", "2019-01-08"),
    ("Then-Speaker Paul Ryan blocked the bill in 2018.", "2020-06-09"),
]
WRONG = [
    ("House Speaker Paul Ryan said on Tuesday the House would vote.", "2020-06-09"),
    ("Senate Majority Leader Harry Reid said on Tuesday the Senate would act.", "2017-06-06"),
    ("Senate Majority Leader Chuck Schumer said on Tuesday the Senate would act.", "2017-06-06"),
    ("Former House Speaker Nancy Pelosi said on Tuesday the House would vote.", "2020-06-09"),
    ("House Speaker Kevin McCarthy said on Tuesday the House would vote.", "2024-06-04"),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_right_titles_are_silent(text, published):
    assert [f.quote for f in check_text(text, published) if f.shown] == []


@pytest.mark.parametrize(("text", "published"), WRONG)
def test_wrong_titles_are_shown(text, published):
    assert [f.rule for f in check_text(text, published) if f.shown] == ["office-term"]
