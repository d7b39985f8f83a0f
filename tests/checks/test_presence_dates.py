"""A date relative to the writing ("On Monday", "yesterday", "last week") given to a known event
by a clause that places its subject at the event: a date opening the sentence and a main clause
with a verb of presence ("On Monday, Trump met Macron at the G7 summit"), a when-clause that
times the main clause or the date ("..., when he was seen shoving past a prime minister at"),
the event as the subject of its own verb ("On Thursday, the bombing killed 22 people",
"Hurricane Harvey, which hit Texas last week"), and a
weekday the clause's own verb puts in the days to come ("Trump will attend the summit on
Friday", "is urging unity ahead of Friday's summit"). Verbs of saying, recalling or judging,
and an "at" that belongs to a noun ("his comments at the summit"), date something else."""

import pytest

from .helpers import shown_rules

# (published, wrong date, right date): the G7 summit in Taormina was 26-27 May 2017, the
# NATO summit in Brussels 11-12 July 2018, the Manchester Arena bombing 22 May 2017.
_TWINS = [
    (
        "2017-05-31",
        "On Monday, Trump met Macron at the G7 summit in Taormina.",
        "On Friday, Trump met Macron at the G7 summit in Taormina.",
    ),
    (
        "2018-07-16",
        "On Friday, Trump was caught yawning at a breakfast meeting at the NATO summit in Brussels.",
        "On Wednesday, Trump was caught yawning at a breakfast meeting at the NATO summit in Brussels.",
    ),
    (
        "2017-05-31",
        "On Tuesday, the president embarrassed his hosts once more, when he was seen shoving past a "
        "prime minister at the G7 summit in Taormina.",
        "On Saturday, the president embarrassed his hosts once more, when he was seen shoving past a "
        "prime minister at the G7 summit in Taormina.",
    ),
    (
        "2018-07-18",
        "Yesterday, Trump sat beside Merkel at the NATO summit in Brussels.",
        "Last week, Trump sat beside Merkel at the NATO summit in Brussels.",
    ),
    (
        "2018-07-18",
        "Trump sat beside Merkel at the NATO summit in Brussels yesterday.",
        "Trump sat beside Merkel at the NATO summit in Brussels last week.",
    ),
    (
        "2017-07-12",
        "On Monday, Melania Trump toured a climate centre during the G20 summit in Hamburg.",
        "On Saturday, Melania Trump toured a climate centre during the G20 summit in Hamburg.",
    ),
    (
        # the date inside the clause, between the verb's object and "at"
        "2017-07-12",
        "Trump met Putin on Monday at the G20 summit in Hamburg.",
        "Trump met Putin on Saturday at the G20 summit in Hamburg.",
    ),
    (
        # a part of a day is dated by its day
        "2017-07-12",
        "Trump met Putin at the G20 summit in Hamburg on Monday night.",
        "Trump met Putin at the G20 summit in Hamburg on Friday night.",
    ),
    (
        "2017-05-31",
        "Earlier this week, protesters clashed with police at the G7 summit in Taormina.",
        "Last week, protesters clashed with police at the G7 summit in Taormina.",
    ),
    (
        "2017-05-31",
        "Trump shook hands with Macron on Monday, when he met him at the G7 summit in Taormina.",
        "Trump shook hands with Macron on Friday, when he met him at the G7 summit in Taormina.",
    ),
    (
        "2017-05-26",
        "On Thursday, the Manchester Arena bombing killed 22 people.",
        "On Monday, the Manchester Arena bombing killed 22 people.",
    ),
    (
        "2018-07-16",
        "On Tuesday, the NATO summit in Brussels opened.",
        "On Wednesday, the NATO summit in Brussels opened.",
    ),
    (
        "2017-07-12",
        "The G20 summit in Hamburg ended on Monday.",
        "The G20 summit in Hamburg ended on Saturday.",
    ),
    # the event's own doing, ended by a date counted from the writing with no preposition
    # (Hurricane Harvey lived from 17 August to 2 September 2017)
    (
        "2017-09-20",
        "Hurricane Harvey, which hit Texas last week, was devastating.",
        "Hurricane Harvey, which hit Texas last month, was devastating.",
    ),
    ("2017-09-20", "Hurricane Harvey hit Texas last week.", "Hurricane Harvey hit Texas last month."),
    ("2017-09-20", "Last week, Hurricane Harvey hit Texas.", "Last month, Hurricane Harvey hit Texas."),
    (
        "2017-06-20",
        "The Manchester Arena bombing, which killed 22 people last week, shocked Britain.",
        "The Manchester Arena bombing, which killed 22 people last month, shocked Britain.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), _TWINS)
def test_a_clause_that_places_its_subject_at_the_event_dates_it(published, wrong, right):
    assert shown_rules(wrong, published) == ["event-date"]
    assert shown_rules(right, published) == []


# (text, written after the event: wrong, written before it: right). The G20 summit in Hamburg
# was 7-8 July 2017; "Friday" on 12 July is the 14th, on 5 July the 7th.
_COMING = [
    "Trump will attend the G20 summit in Hamburg on Friday.",
    # a series' name means the base's meeting of that year
    "Leaders will gather in Hamburg for Friday's G20 summit.",
    "Merkel is urging unity ahead of Friday's G20 summit in Hamburg.",
    "Ahead of Friday's G20 summit in Hamburg, leaders are gathering in Germany.",
    # a presence still to come
    "Trump is expected to meet Putin at the G20 summit in Hamburg on Friday.",
    "Trump will meet Putin on Friday at the G20 summit in Hamburg.",
    "On Friday, Trump will meet Putin at the G20 summit in Hamburg.",
    # the event's own verb of beginning, in the present
    "The G20 summit in Hamburg begins on Friday.",
    "The G20 summit in Hamburg opens Friday.",
]


@pytest.mark.parametrize("text", _COMING)
def test_a_weekday_the_clause_puts_in_the_coming_days_is_not_read_as_last_weeks(text):
    assert shown_rules(text, "2017-07-12") == ["event-date"]
    assert shown_rules(text, "2017-07-05") == []


# (text, written after the event: wrong, written before it: right): the polls of an election
# open and close on its day (Italy voted on 25 September 2022, Germany on 26 September 2021).
_POLLING_DAYS = [
    (
        "Polls open on Sunday in Italy's snap election, with the right expected to win.",
        "2022-10-20",
        "2022-09-22",
    ),
    ("Polls close on Sunday in Germany's federal election.", "2021-10-06", "2021-09-22"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), _POLLING_DAYS)
def test_the_polls_of_an_election_open_on_its_day(text, wrong, right):
    assert shown_rules(text, wrong) == ["event-date"]
    assert shown_rules(text, right) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # the date of a saying, a recalling, a judging or a recording, not of the event
        ("2017-05-31", "On Monday, Trump boasted about the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, officials said the G7 summit in Taormina had gone well."),
        ("2017-05-31", "On Monday, Trump said he had met Macron at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump recalled what he did at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump was asked about his handshake at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, the White House released footage of Trump at the G7 summit in Taormina."),
        # an "at" that belongs to a noun or to a clause of its own
        ("2017-05-31", "On Monday, Trump stood by his comments at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump gave a speech defending his record at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump hosted a dinner for leaders he met at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump spoke at length on his conduct at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump met Macron, whom he saw at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump met the leaders who clashed with him at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump went on Fox to defend his conduct at the G7 summit in Taormina."),
        ("2017-05-31", "Trump stood by his comments at the G7 summit in Taormina yesterday."),
        ("2017-05-31", "Trump tweeted on Monday, when he was at home, about the G7 summit in Taormina."),
        # not done, or counted from the event
        ("2017-05-31", "On Monday, Trump would have met Macron at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump did not meet Macron at the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, Trump met Macron for the first time since the G7 summit in Taormina."),
        ("2017-05-31", "On Monday, the Manchester Arena bombing hit the headlines again."),
        ("2017-05-31", "On Monday, May visited a memorial at the site of the Manchester Arena bombing."),
        ("2017-05-31", "On Monday, May joined mourners at a vigil for the Manchester Arena bombing."),
        ("2017-07-12", "Trump gave his first speech since the G20 summit in Hamburg on Monday night."),
        ("2017-07-12", "Trump spoke about the G20 summit in Hamburg on Monday night."),
        ("2017-06-01", "May spoke at a vigil for the Manchester Arena bombing on Thursday night."),
        ("2017-07-12", "Trump said on Monday at a rally that the G20 summit in Hamburg was a success."),
        ("2017-07-12", "Trump spoke on Monday about his talks at the G20 summit in Hamburg."),
        ("2017-07-12", "Trump met aides on Monday at the White House to discuss the G20 summit in Hamburg."),
        ("2017-07-12", "On Friday, Trump will talk about his meeting at the G20 summit in Hamburg."),
        ("2017-07-12", "On Friday, Trump will be asked about the G20 summit in Hamburg."),
        # a thing of the event named after it: the "at" is that thing's
        ("2017-07-20", "On Monday, Trump met Merkel at the G20 summit venue in Hamburg."),
        ("2017-07-20", "On Monday, Trump met Merkel at the Hamburg G20 summit's venue."),
        ("2021-09-13", "On Monday, Biden spoke at the 9/11 memorial in New York."),
        ("2017-07-20", "On Monday, Trump joined a call with leaders at the G20 summit in Hamburg."),
        # the opening of something about the event
        ("2017-07-12", "The film about the G20 summit in Hamburg opens on Friday."),
        ("2017-07-12", "An exhibition on the G20 summit in Hamburg opens Friday."),
        ("2017-06-20", "The inquiry into the Manchester Arena bombing opens on Monday."),
        ("2017-09-20", "Hurricane Harvey hit the headlines again last week."),
        ("2017-09-20", "Last week, Hurricane Harvey hit the headlines again."),
        ("2017-09-20", "Hurricane Harvey, which Trump visited last week, was devastating."),
        ("2017-06-20", "The Manchester Arena bombing, which was commemorated last week, shocked Britain."),
        # a past narrative may tell last week's "Friday"; a coming talk about a past event
        ("2017-07-12", "Merkel urged unity ahead of Friday's G20 summit in Hamburg."),
        ("2017-07-12", "Trump will discuss the G20 summit in Hamburg on Friday."),
        ("2017-07-12", "Trump is fuming about the remarks he heard ahead of Friday's G20 summit in Hamburg."),
        # the base holds no G20 summit of 2020: the series' name is not judged against others
        ("2020-11-18", "Leaders will attend Saturday's G20 summit by video."),
    ],
)
def test_a_date_of_another_act_is_left_alone(published, text):
    assert shown_rules(text, published) == []


@pytest.mark.parametrize(
    ("said_of", "attended"),
    [
        (
            "Trump spoke about the G20 summit in Hamburg last week.",
            "Trump attended the G20 summit in Hamburg last week.",
        ),
        (
            "Trump criticized the G20 summit in Hamburg last week.",
            "Leaders met at the G20 summit in Hamburg last week.",
        ),
        (
            "Critics denounced the G20 summit in Hamburg last week.",
            "Protesters clashed with police at the G20 summit in Hamburg last week.",
        ),
    ],
)
def test_a_date_after_an_event_someone_speaks_of_is_the_speaking(said_of, attended):
    # written 2017-07-20: "last week" is 10-16 July, after the summit of 7-8 July
    assert shown_rules(said_of, "2017-07-20") == []
    assert shown_rules(attended, "2017-07-20") == ["event-date"]
