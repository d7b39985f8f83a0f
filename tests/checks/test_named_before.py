"""An attack, a storm or a disaster named in a passage written before it happened: nobody
can name it ahead, so the passage's date or the name is wrong."""

import pytest

from .helpers import rules_fired, shown_rules

# (wrong date, right date, text): the same sentence, written before and after the event.
_TWINS = [
    ("2017-09-28", "2017-10-08", "As we saw with the Las Vegas massacre, Trump is missing in action."),
    ("2016-05-30", "2016-06-30", "The Pulse nightclub shooting left 49 people dead in Orlando."),
    (
        "2019-02-01",
        "2019-04-01",
        "Relatives of those killed in the Christchurch mosque shootings met her.",
    ),
    ("2023-09-01", "2023-10-20", "The Hamas attack of October 7 killed about 1,200 people."),
    ("2017-05-01", "2017-07-01", "Theresa May visited the survivors of the Grenfell Tower fire."),
    ("2025-08-20", "2025-09-20", "Charlie Kirk's assassination shocked the campus."),
]


@pytest.mark.parametrize(("wrong", "right", "text"), _TWINS)
def test_an_unforeseeable_event_named_before_it_happened_is_flagged(wrong, right, text):
    assert rules_fired(text, wrong) == ["event-tense"]
    assert rules_fired(text, right) == []


def test_a_tense_cue_already_read_gives_one_flag():
    assert rules_fired("Hollande vowed after the Bataclan massacre to destroy IS.", "2015-10-20") == [
        "event-tense"
    ]


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # A storm's name is listed ahead: a guess about what a storm may become.
        ("2017-08-20", "Forecasters said the system could become Hurricane Irma by Friday."),
        # Announced events are named ahead.
        ("2018-06-01", "Trump will attend the NATO summit in Brussels next month."),
        # A name two events share, the older one past: the older one is meant.
        ("2012-06-01", "The Charlie Hebdo attack shocked the magazine's readers."),
        # A condition: nothing in it is done.
        ("2016-05-30", "If a Pulse nightclub shooting happened here, the police would be ready."),
    ],
)
def test_names_that_can_come_ahead_are_left_alone(published, text):
    assert rules_fired(text, published) == []


def test_a_dated_mention_is_judged_by_its_date_alone():
    """'The 2017 Las Vegas shooting' in a text of 2017-09: the date, not the naming, is wrong
    there, and that is rule event-date's finding (or none, when the year fits)."""
    assert "event-tense" not in shown_rules(
        "On Oct. 1, 2017, the Las Vegas shooting killed 58.", "2017-09-20"
    )
