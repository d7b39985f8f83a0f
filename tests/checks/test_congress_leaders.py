"""The leaders of the US Congress (Speakers, majority and minority leaders of both houses,
hand-kept with their sources) are judged like any office: news names them constantly."""

import pytest

from annotator.checks.engine import check_text

from .helpers import shown_rules

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
def test_wrong_titles_areshown_rules(text, published):
    assert [f.rule for f in check_text(text, published) if f.shown] == ["office-term"]


def _all(text: str, published: str) -> list[str]:
    return [f.quote for f in check_text(text, published)]


def test_a_state_office_is_not_the_federal_one():
    # Pam Bondi was Florida's attorney general (2011-2019) before the federal one (2025).
    assert _all("Florida's Attorney General Pam Bondi activated the hotline.", "2017-09-06") == []
    assert _all("Florida s Attorney General Pam Bondi activated the hotline.", "2017-09-06") == []
    assert _all("The state Attorney General Pam Bondi activated the hotline.", "2017-09-06") == []
    assert shown_rules(
        "U.S. Attorney General Pam Bondi said on Tuesday the department would act.", "2017-09-05"
    ) == ["office-term"]


def test_a_title_framed_by_a_firing_or_a_career_turn_is_not_judged():
    assert _all("Fired FBI Director James Comey testified on Thursday.", "2017-10-06") == []
    assert _all("Trump bragged about firing FBI Director James Comey, officials said.", "2017-10-06") == []
    assert _all("The party head turned White House Chief of Staff Reince Priebus spoke.", "2017-10-06") == []


def test_cabinet_secretaries_after_a_change_of_administration():
    strike = "Defense Secretary {} said on Friday the strike was lawful."
    assert shown_rules(strike.format("Lloyd Austin"), "2025-09-05") == ["office-term"]
    assert shown_rules(strike.format("Pete Hegseth"), "2025-09-05") == []
    garland = "Attorney General Merrick Garland said on Monday the case would go on."
    assert shown_rules(garland, "2023-06-05") == []
