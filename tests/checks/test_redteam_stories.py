"""A sentence that tells the story of a work ("In season four of 'The Crown', Prime Minister
Margaret Thatcher clashes with the Queen") or an imagined world ("The novel imagines a world
in which President Al Gore won the 2000 election") uses titles of the story's time, not of the
date written. The same words told as news, or opened by a place, an occasion or a medium
rather than a work, are still judged."""

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
