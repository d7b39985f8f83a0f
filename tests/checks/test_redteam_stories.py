"""A sentence that tells the story of a work ("In season four of 'The Crown', Prime Minister
Margaret Thatcher clashes with the Queen") or an imagined world ("The novel imagines a world
in which President Al Gore won the 2000 election") uses titles of the story's time, not of the
date written. The same words told as news, or opened by a place, an occasion or a medium
rather than a work, are still judged. So does a scene a date sets ("It is November 1989, and
Chancellor Helmut Kohl is in Warsaw", "Summer 2016. Prime Minister David Cameron stands outside
Number 10"): its present is that date's."""

import pytest

from .helpers import shown_rules

# (published, story, news): the story's sentence, and the same clause told as news
TWINS = [
    (
        "2020-11-15",
        "In season four of 'The Crown', Prime Minister Margaret Thatcher clashes with the Queen.",
        "Prime Minister Margaret Thatcher clashes with the Queen.",
    ),
    (
        "2016-11-05",
        "In the first season of 'The Crown', Prime Minister Winston Churchill meets the young Queen weekly.",
        "Prime Minister Winston Churchill meets the young Queen weekly.",
    ),
    (
        "2017-11-20",
        "In the film, Prime Minister Winston Churchill walks into the Underground to ask Londoners.",
        "In London, Prime Minister Winston Churchill walks into the Underground to ask Londoners.",
    ),
    (
        "2024-02-15",
        "In the HBO miniseries, President Lyndon Johnson pushes the Civil Rights Act through Congress.",
        "In Washington, President Lyndon Johnson pushes the Civil Rights Act through Congress.",
    ),
    (
        "2021-01-05",
        "The novel imagines a world in which President Al Gore won the 2000 election.",
        "In 2000, President Al Gore won the election.",
    ),
    (
        "2020-11-15",
        "In 'The Crown', Prime Minister Margaret Thatcher clashes with the Queen.",
        "In a series of tweets, Prime Minister Margaret Thatcher clashes with the Queen.",
    ),
]


@pytest.mark.parametrize(("published", "story", "news"), TWINS)
def test_a_work_s_story_is_not_read_at_the_date_written(published, story, news):
    assert shown_rules(story, published) == []
    assert shown_rules(news, published) == ["office-term"]


# A scene a date sets, narrated in the present ("It is November 1989, and ...", "Summer 2016.
# Prime Minister David Cameron stands ..."). (published, scene with {}, right date, wrong date)
SCENES = [
    (
        "2019-11-09",
        "It is {}, and Chancellor Helmut Kohl is in Warsaw when the Wall falls.",
        "November 1989",
        "November 1999",
    ),
    (
        "2023-05-01",
        "The year is {}. President Bush stands on the deck of the USS Abraham Lincoln.",
        "2003",
        "2013",
    ),
    (
        "2023-05-01",
        "It is {}. President Bush lands on the USS Abraham Lincoln.",
        "May 1, 2003",
        "May 1, 2013",
    ),
    (
        "2024-11-01",
        "Flashback to {}: Trump promises to drain the swamp; President Obama campaigns for Clinton.",
        "2016",
        "2018",
    ),
    ("2025-03-01", "Rewind to {}. Prime Minister Boris Johnson promises to get Brexit done.", "2019", "2023"),
    (
        "2021-10-01",
        "{}. Prime Minister David Cameron stands outside Number 10 and announces his resignation.",
        "Summer 2016",
        "Summer 2017",
    ),
    (
        "2024-02-01",
        "{}. Prime Minister Boris Johnson tells the nation to stay at home.",
        "March 2020",
        "March 2023",
    ),
]


@pytest.mark.parametrize(("published", "scene", "right", "wrong"), SCENES)
def test_a_scene_a_date_sets_is_read_at_that_date(published, scene, right, wrong):
    assert shown_rules(scene.format(right), published) == []
    assert shown_rules(scene.format(wrong), published) == ["office-term"]


def test_a_date_ending_a_sentence_of_news_sets_no_scene():
    text = "Russia invaded Ukraine in February 2022. Prime Minister Boris Johnson says he will visit Kyiv."
    assert shown_rules(text, "2025-03-01") == ["office-term"]
