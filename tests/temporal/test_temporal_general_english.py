"""Expressions of everyday English news that TimeBank holds few of: ranges, extents, year
phrases, anaphoric days, bare plural units, time words inside names, the tense of a bare
month and quotations dated by their own sentence. Each kind has cases the tagger must
find, with span, type and value, and cases it must not."""

from __future__ import annotations

import pytest

from annotator.temporal.tagger import tag

DCT = "2024-12-03"  # a Tuesday


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2015-2016 season was bad.", [("2015", "DATE", "2015"), ("2016", "DATE", "2016")]),
        ("In 1998-99 profits rose.", [("1998", "DATE", "1998"), ("99", "DATE", "1999")]),
        ("the 1999\u20132000 budget", [("1999", "DATE", "1999"), ("2000", "DATE", "2000")]),
        ("It will take between 6 and 9 months.", [("6", "DURATION", "P6M"), ("9 months", "DURATION", "P9M")]),
        ("Repairs take 6-9 months.", [("6", "DURATION", "P6M"), ("9 months", "DURATION", "P9M")]),
        ("between two to six days", [("two", "DURATION", "P2D"), ("six days", "DURATION", "P6D")]),
        ("The exhibit ran from March to May.", [("March", "DATE", "2024-03"), ("May", "DATE", "2024-05")]),
    ],
)
def test_ranges_are_two_timexes(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spent twenty-six years in jail.", [("twenty-six years", "DURATION", "P26Y")]),
        ("Twenty-five days of talks ended.", [("Twenty-five days", "DURATION", "P25D")]),
        ("over the past thirty-five years", [("the past thirty-five years", "DURATION", "P35Y")]),
        ("It took two-three days.", [("two", "DURATION", "P2D"), ("three days", "DURATION", "P3D")]),
        ("twenty-thirty years", [("twenty", "DURATION", "P20Y"), ("thirty years", "DURATION", "P30Y")]),
    ],
)
def test_a_number_written_with_a_hyphen_is_one_number_not_a_range(text: str, expected: list) -> None:
    assert found(text) == expected


def test_what_is_no_range_stays_as_it_was() -> None:
    assert found("The vote was 2015-1890.") == []  # a tally: the second is no later year
    assert found("It took two or three days.") == [("two or three days", "DURATION", "PXD")]
    assert found("over the past two to three years") == [("the past two to three years", "DURATION", "PXY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a two-week strike ended", ("two-week", "DURATION", "P2W")),
        ("an 18-month delay", ("18-month", "DURATION", "P18M")),
        ("the first three-month period", ("three-month", "DURATION", "P3M")),
        ("In the 20th century, wars raged.", ("the 20th century", "DATE", "19")),
        ("the 19th-century house", ("19th-century", "DATE", "18")),
        ("the 11th century temple", ("11th century", "DATE", "10")),
        ("Slavery ended in the nineteenth century.", ("the nineteenth century", "DATE", "18")),
    ],
)
def test_extent_leaves_out_the_article_of_an_adjective(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_extent_keeps_the_article_of_a_plain_duration() -> None:
    assert found("It took a year.") == [("a year", "DURATION", "P1Y")]
    assert found("in the past two years") == [("the past two years", "DURATION", "P2Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales this fiscal year will rise.", ("this fiscal year", "DATE", "2024")),
        ("Sales fell last fiscal year.", ("last fiscal year", "DATE", "2023")),
        ("It will be done by the end of the year.", ("the end of the year", "DATE", "2024")),
        ("At the beginning of the year, prices rose.", ("the beginning of the year", "DATE", "2024")),
    ],
)
def test_year_phrases(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_year_phrase_modifiers() -> None:
    assert [t.mod for t in tag("by the end of the year; at the start of the month", DCT)] == ["END", "START"]


def test_decades_and_years_count_from_the_last_year_named() -> None:
    text = (
        "In 2010 he left. In the following decade he was gone. The previous decade was "
        "worse. The following year he died."
    )
    assert found(text) == [
        ("2010", "DATE", "2010"),
        ("the following decade", "DATE", "202"),
        ("The previous decade", "DATE", "200"),
        ("The following year", "DATE", "2011"),
    ]


def test_a_decade_counted_back_from_now_stays_a_duration() -> None:
    assert found("Prices doubled over the past decade.") == [("the past decade", "DURATION", "P10Y")]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The day before, he had called.", ("The day before", "DATE", "2024-11-24")),
        ("The next day, he left.", ("The next day", "DATE", "2024-11-26")),
        ("He left the day after.", ("the day after", "DATE", "2024-11-26")),
        ("The following week he left.", ("The following week", "DATE", "2024-W49")),
        ("On the third day of the talks he left.", ("the third day", "DATE", "2024-11-25")),
        ("Talks went on for a third straight day.", ("a third straight day", "DATE", "2024-11-25")),
    ],
)
def test_anaphoric_days_count_from_the_last_date(second: str, expected: tuple) -> None:
    assert found("He arrived on November 25. " + second)[1:] == [expected]


def test_a_day_before_an_event_is_not_tagged_by_itself() -> None:
    assert found("He called the day before the election.") == []
    assert found("It was the day after Christmas.") == [("Christmas", "DATE", "2023-12-25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minutes before the crash, he called.", ("Minutes", "DURATION", "PTXM")),
        ("Days after the vote, he resigned.", ("Days", "DURATION", "PXD")),
        ("Weeks later, he quit.", ("Weeks", "DURATION", "PXW")),
        ("The police came hours earlier.", ("hours", "DURATION", "PTXH")),
    ],
)
def test_bare_plural_units_beside_before_or_after(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_bare_plural_units_elsewhere_are_not_durations() -> None:
    assert found("In the days after the vote, he resigned.") == []
    assert found("The days are long.") == []
    assert found("Two days after the vote, he resigned.") == [("Two days", "DURATION", "P2D")]


@pytest.mark.parametrize(
    "text",
    [
        "He will call as soon as he can.",
        "British Summer Time ends.",
        "Daylight Saving Time starts.",
        "The Daily Mail reported it.",
        "It was a protest of the Arab Spring.",
        "She watched Saturday Night Live.",
        "He told USA Today.",
        "Photo by Kevin Winter/Getty Images.",
        "He told it to 60 Minutes last",
    ],
)
def test_time_words_that_name_no_time(text: str) -> None:
    assert tag(text, DCT) == []


def test_the_same_words_as_times_are_still_found() -> None:
    assert found("It will happen soon.") == [("soon", "DATE", "FUTURE_REF")]
    assert found("Prices rise in summer.") == [("summer", "DATE", "2024-SU")]
    assert found("Summer is over.") == [("Summer", "DATE", "2024-SU")]
    assert found("It is published daily.") == [("daily", "SET", "P1D")]
    assert found("He spoke Saturday night.") == [("Saturday night", "TIME", "2024-11-30TNI")]
    assert found("Today he spoke.") == [("Today", "DATE", "2024-12-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The law is expected to take effect in October.", "2025-10"),
        ("The law will take effect in November.", "2025-11"),
        ("The law took effect in October.", "2024-10"),
        ("The ban runs until March.", "2025-03"),
        ("The ban lasted until March.", "2024-03"),
    ],
)
def test_bare_month_follows_the_clause_tense(text: str, value: str) -> None:
    assert [t.value for t in tag(text, DCT)] == [value]


def test_quotation_dated_by_its_year() -> None:
    text = "In a 2019 letter, she wrote: 'we meet on Monday at noon'. On Monday they met."
    assert found(text) == [
        ("2019", "DATE", "2019"),
        ("Monday", "DATE", "2019-WXX-1"),
        ("noon", "TIME", "2019-XX-XXT12:00"),
        ("Monday", "DATE", "2024-12-02"),
    ]


def test_quotation_dated_by_a_full_date() -> None:
    text = "On March 3, 2015, she wrote: \u201cwe met yesterday and meet again next year.\u201d"
    assert found(text)[1:] == [("yesterday", "DATE", "2015-03-02"), ("next year", "DATE", "2016")]


@pytest.mark.parametrize(
    "text",
    [
        "He said on Friday: 'we meet on Monday'.",  # no year written: the article's time
        'She wrote in 2024: "we meet on Monday".',  # the article's own year
        'In 2019 she moved. He said: "we meet on Monday".',  # another sentence
    ],
)
def test_quotation_not_dated_by_its_sentence(text: str) -> None:
    monday = [t for t in tag(text, DCT) if t.text == "Monday"]
    assert [t.value for t in monday] == ["2024-12-02"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the GOP tweeted a two second video", ("two second", "DURATION", "PT2S")),
        ("a 10 year plan", ("10 year", "DURATION", "P10Y")),
        ("the months-long controversy", ("months-long", "DURATION", "PXM")),
        ("He was jailed just months ago.", ("months ago", "DATE", "PAST_REF")),
        ("Days from now it ends.", ("Days from now", "DATE", "FUTURE_REF")),
        ("The worst President In Decades", ("Decades", "DURATION", "PXY")),
        ("It will come in a week or two.", ("a week or two", "DURATION", "PXW")),
        ("imprisoned not less than five years", ("not less than five years", "DURATION", "P5Y")),
        ("They have said so all year.", ("all year", "DATE", "2024")),
        ("the anniversary of D-Day", ("D-Day", "DATE", "1944-06-06")),
        ("the 9/11 attacks", ("9/11", "DATE", "2001-09-11")),
        ("He swore it on Inauguration Day.", ("Inauguration Day", "DATE", "2021-01-20")),
        ("over the next couple weeks", ("the next couple weeks", "DURATION", "P2W")),
        ("a deal after years of talks", ("years", "DURATION", "PXY")),
        ("He tweets every single day.", ("every single day", "SET", "P1D")),
        ("It lasted two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("It ended a year and a half ago.", ("a year and a half ago", "DATE", "2023-06")),
        ("A minute and a half later, it fell.", ("A minute and a half", "DURATION", "PT1M30S")),
        ("Trump Has Wanted It For At Least 18 Years (VIDEO)", ("At Least 18 Years", "DURATION", "P18Y")),
    ],
)
def test_more_everyday_expressions(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_a_year_glued_to_the_next_word_is_part_of_the_date() -> None:
    text = "Ben Sasse (@BenSasse) September 28, 2017Spencer responded. On July 5, 20172/ Then"
    assert found(text, "2017-10-01") == [
        ("September 28, 2017", "DATE", "2017-09-28"),
        ("July 5, 2017", "DATE", "2017-07-05"),
    ]


def test_now_opening_a_point_is_no_time() -> None:
    assert found("Now, it is no secret that he lied.") == []
    assert found("Now, one would think he knew.") == []
    assert found("Now officials are angry.") == [("Now", "DATE", "PRESENT_REF")]
    assert found("Now, new reports say he lied.") == [("Now", "DATE", "PRESENT_REF")]
    assert found("Prices fell on Wednesday. Yesterday, they rose.") == [
        ("Wednesday", "DATE", "2024-11-27"),
        ("Yesterday", "DATE", "2024-12-02"),
    ]


def test_an_embedded_post_counts_from_the_date_of_its_signature() -> None:
    text = (
        "He jokes:BREAKING NEWS: more lies to be revealed Sunday evening.  Ted Lieu "
        "(@tedlieu) July 14, 2017. Today he said it again."
    )
    assert found(text, "2017-08-02") == [
        ("Sunday evening", "TIME", "2017-07-16TEV"),
        ("July 14, 2017", "DATE", "2017-07-14"),
        ("Today", "DATE", "2017-08-02"),
    ]


def test_article_words_introducing_a_post_keep_the_article_date() -> None:
    text = (
        "He met them last week, as he tweeted: See you tomorrow Virginia! "
        "https://t.co/x  Donald J. Trump (@realDonaldTrump) August 2, 2016"
    )
    assert found(text, "2017-08-02")[:2] == [
        ("last week", "DATE", "2017-W30"),
        ("tomorrow", "DATE", "2016-08-03"),
    ]


def test_a_named_day_anchors_what_follows() -> None:
    assert found("On D-Day, thousands lost their lives that day.") == [
        ("D-Day", "DATE", "1944-06-06"),
        ("that day", "DATE", "1944-06-06"),
    ]


def test_one_unit_or_two_is_a_duration_of_unknown_count() -> None:
    assert found("It may be scheduled within the next week or two") == [
        ("the next week or two", "DURATION", "PXW")
    ]


def test_may_and_march_after_at_least_are_months() -> None:
    assert found("The strangest day since at least March, when crowds came.", "2017-09-16") == [
        ("March", "DATE", "2017-03")
    ]
    assert found("It could open as early as May, officials said.", "2017-02-16") == [
        ("May", "DATE", "2017-05")
    ]
    assert found("They may at least march.", "2017-02-16") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twenty years after the fall of the Berlin Wall, Germany changed.",
            [("Twenty years", "DURATION", "P20Y")],
        ),
        ("The fall of Kabul shocked the world.", []),
        ("In the fall of 2019, he left.", [("the fall of 2019", "DATE", "2019-FA")]),
        (
            "He left in the fall of last year.",
            [("the fall", "DATE", "2024-FA"), ("last year", "DATE", "2023")],
        ),
    ],
)
def test_the_fall_of_something_is_a_downfall_not_a_season(text, expected):
    assert found(text) == expected


def test_a_period_before_year_one_has_no_value():
    # A document dated in the year 99 has no "past century" to point to.
    assert found("The past century", dct="0099-01-01") == []
    assert found("The past century", dct="0150-06-01") == [("The past century", "DATE", "00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb the date is attached to decides, not a nearer one in the next clause.
        ("The parade, aides said on Friday, would be held indoors.", [("Friday", "DATE", "2024-11-29")]),
        (
            "The summit, officials announced in March, will take place in Rome.",
            [("March", "DATE", "2024-03")],
        ),
        ("He will travel on Friday, officials said.", [("Friday", "DATE", "2024-12-06")]),
    ],
)
def test_a_date_takes_the_tense_of_the_verb_it_is_attached_to(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_day_or_month_of_that_year_takes_the_year_last_mentioned() -> None:
    text = "On March 7, 1965, marchers were beaten. Johnson signed the act on August 6 of that year."
    assert found(text, "2025-03-09") == [
        ("March 7, 1965", "DATE", "1965-03-07"),
        ("August 6 of that year", "DATE", "1965-08-06"),
    ]
    text = "The war ended in 1945. Talks began in May of the following year."
    assert found(text, "2025-03-09") == [
        ("1945", "DATE", "1945"),
        ("May of the following year", "DATE", "1946-05"),
    ]
    assert found("He was sworn in on May 3 of this year.", "2025-03-09")[0][2] == "2025-05-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kennedy took office in 1961. That April, he approved it.", ("April", "1961-04")),
        ("Roosevelt took office in 1933. That summer, he signed the act.", ("summer", "1933-SU")),
        ("Kennedy took office in 1961. In April that year, he approved it.", ("April that year", "1961-04")),
        (
            "Kennedy took office in 1961. On April 17 that year, he acted.",
            ("April 17 that year", "1961-04-17"),
        ),
        (
            "Kennedy took office in 1961. In the spring of that year, he acted.",
            ("the spring of that year", "1961-SP"),
        ),
        (
            "He took office in 1961. The summer of the following year was hot.",
            ("The summer of the following year", "1962-SU"),
        ),
    ],
)
def test_a_month_or_season_of_that_year_takes_the_year_last_mentioned(text, expected) -> None:
    assert [(t, v) for t, _, v in found(text, "2021-06-04")][1:] == [expected]


def test_that_before_a_season_with_no_year_named_before_is_no_anaphor() -> None:
    assert found("We expect that fall will bring rain.", "2023-03-09") == []


def test_someone_s_fall_is_a_downfall_not_the_season() -> None:
    assert found("Officials recalled Saigon's fall of 1975 on Monday.") == [("Monday", "DATE", "2024-12-02")]
    assert [text for text, _, _ in found("The regime's fall last month surprised many.")] == ["last month"]
    # the season itself, with or without its year
    assert found("In the fall of 2021, prices rose.") == [("the fall of 2021", "DATE", "2021-FA")]
    assert found("Sales rose this fall.") == [("this fall", "DATE", "2024-FA")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The pope died on Easter Monday.", "2025-04-22", [("Easter Monday", "DATE", "2025-04-21")]),
        ("Crowds gathered on Easter Sunday.", "2025-04-22", [("Easter Sunday", "DATE", "2025-04-20")]),
        ("The rising was marked on Easter Monday.", "2016-04-01", [("Easter Monday", "DATE", "2016-03-28")]),
    ],
)
def test_easter_monday_is_the_day_after_easter(text: str, dct: str, expected: list) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # DCT Tuesday 2024-12-03: a past verb points to the Thursday before
        ("The government unveiled its plan on Thursday.", "2024-11-28"),
        ("The ministry's plan on Thursday was criticised.", "2024-11-28"),
        ("Protesters voiced their hopes on Thursday.", "2024-11-28"),
        # a verb of planning still points ahead
        ("The government plans to unveil it on Thursday.", "2024-12-05"),
        ("It will announce its plan on Thursday.", "2024-12-05"),
        # "that" before the verb is a relative pronoun, not a determiner
        ("Ahead of the summit that begins on Thursday, Rutte spoke.", "2024-12-05"),
    ],
)
def test_a_plan_or_a_hope_after_a_determiner_is_a_noun_not_a_sign_of_the_future(
    text: str, value: str
) -> None:
    assert [t.value for t in tag(text, DCT)] == [value]
