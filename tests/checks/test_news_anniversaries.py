"""Anniversaries and counts of the twentieth century's landmarks, as news marks them: the
right counts stay silent, a count a few years off is flagged.

Facts: the Wikipedia article of each event (dates in resources/kb/events.csv); weekdays
from the calendar."""

import pytest

from .helpers import shown_rules

RIGHT = [
    ("Almost 75 years ago, in the midst of WWII, the Supreme Court delivered a 6-3 decision.", "2017-09-28"),
    ("Europe marked 100 years since the start of World War I on Monday.", "2014-08-04"),
    ("Poland marked 80 years since the start of World War II on Sunday.", "2019-09-01"),
    ("Britain marked the 75th anniversary of the end of World War II in Europe on Friday.", "2020-05-08"),
    ("South Korea marked the 70th anniversary of the Korean War on Thursday.", "2020-06-25"),
    ("South Korea marked the 70th anniversary of the Korean War on Thursday.", "2023-07-27"),
    ("Survivors gathered on Wednesday to mark 75 years since the attack on Pearl Harbor.", "2016-12-07"),
    ("Hiroshima marked the 70th anniversary of the atomic bombing of Hiroshima on Thursday.", "2015-08-06"),
    ("Dallas marked 50 years since the Kennedy assassination on Friday.", "2013-11-22"),
    ("Memphis marked 50 years since the assassination of Martin Luther King Jr. on Wednesday.", "2018-04-04"),
    ("New York marked 50 years since the Stonewall riots on Friday.", "2019-06-28"),
    ("NASA marked 30 years since the Challenger disaster on Thursday.", "2016-01-28"),
    ("Ukraine marked 30 years since the Chernobyl disaster on Tuesday.", "2016-04-26"),
    ("Colorado marked 20 years since the Columbine shooting on Saturday.", "2019-04-20"),
    ("Bosnia marked 25 years since the Srebrenica massacre on Saturday.", "2020-07-11"),
    ("The world marked 100 years since the sinking of the Titanic on Sunday.", "2012-04-15"),
    ("Vietnam marked 40 years since the fall of Saigon on Thursday.", "2015-04-30"),
    ("Rwanda began commemorating 30 years since the Rwandan genocide on Sunday.", "2024-04-07"),
    ("Biden marked the 70th anniversary of Brown v. Board of Education on Friday.", "2024-05-17"),
    ("Hong Kong marked the 30th anniversary of the Tiananmen crackdown on Tuesday.", "2019-06-04"),
    ("Americans marked 50 years since the Apollo 11 moon landing on Saturday.", "2019-07-20"),
    ("Survivors marked the 80th anniversary of the liberation of Auschwitz on Monday.", "2025-01-27"),
    ("Leaders marked the 80th anniversary of the Normandy landings on Thursday.", "2024-06-06"),
]

WRONG = [
    ("Almost 90 years ago, in the midst of WWII, the Supreme Court delivered a 6-3 decision.", "2017-09-28"),
    ("The Korean War began 65 years ago on Sunday.", "2017-06-25"),
    ("Survivors gathered on Wednesday to mark 70 years since the attack on Pearl Harbor.", "2016-12-07"),
    ("Japan marked 60 years since the bombing of Hiroshima on Thursday.", "2015-08-06"),
    ("Leaders marked the 70th anniversary of the D-Day landings on Thursday.", "2019-06-06"),
    ("Ukraine marked 25 years since the Chernobyl disaster on Tuesday.", "2016-04-26"),
    ("Hong Kong marked the 25th anniversary of the Tiananmen crackdown on Tuesday.", "2019-06-04"),
    ("Dallas marked the 50th anniversary of President Kennedy's assassination on Wednesday.", "2023-11-22"),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_right_counts_of_landmarks_are_silent(text, published):
    assert shown_rules(text, published) == []


@pytest.mark.parametrize(("text", "published"), WRONG)
def test_counts_a_few_years_off_are_flagged(text, published):
    assert shown_rules(text, published) == ["elapsed-time"]
