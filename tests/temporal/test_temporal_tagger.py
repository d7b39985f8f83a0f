"""Hand-made cases for each kind of expression, with the value a reader would give."""

from __future__ import annotations

import pytest

from annotator.temporal.tagger import tag
from annotator.temporal.timex import Timex

DCT = "2024-12-03"  # a Tuesday


def only(text: str, dct: str | None = DCT) -> Timex:
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value", "mod"),
    [
        ("It happened in 1994.", "1994", "DATE", "1994", None),
        ("Sales in July 2024 rose.", "July 2024", "DATE", "2024-07", None),
        ("It was signed on December 3, 2024.", "December 3, 2024", "DATE", "2024-12-03", None),
        ("Published on 14 March 2025.", "14 March 2025", "DATE", "2025-03-14", None),
        ("The vote was held last week.", "last week", "DATE", "2024-W48", None),
        ("Profit fell in the third quarter of 2024.", "the third quarter of 2024", "DATE", "2024-Q3", None),
        ("They met last summer.", "last summer", "DATE", "2024-SU", None),
        ("It has lasted three years.", "three years", "DURATION", "P3Y", None),
        ("The talks took two hours.", "two hours", "DURATION", "PT2H", None),
        ("The flight lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", None),
        ("Prices were higher in the past.", "the past", "DATE", "PAST_REF", None),
        ("He is now in Kyiv.", "now", "DATE", "PRESENT_REF", None),
        ("Peace will come in the future.", "the future", "DATE", "FUTURE_REF", None),
        ("It rose last year.", "last year", "DATE", "2023", None),
        ("It was signed 30 years ago.", "30 years ago", "DATE", "1994", None),
        ("He spoke yesterday.", "yesterday", "DATE", "2024-12-02", None),
        ("They will talk tomorrow.", "tomorrow", "DATE", "2024-12-04", None),
        ("Prices peaked in the 1990s.", "the 1990s", "DATE", "199", None),
        ("In the 20th century, wars raged.", "the 20th century", "DATE", "19", None),
        ("Reports are published every week.", "every week", "SET", "P1W", None),
        ("It is reviewed annually.", "annually", "SET", "P1Y", None),
        ("He arrived at 2 p.m.", "2 p.m.", "TIME", "2024-12-03T14:00", None),
        ("In late February, he spoke.", "late February", "DATE", "2024-02", "END"),
        ("Sales rose in early 2024.", "early 2024", "DATE", "2024", "START"),
        ("They met in mid-July.", "mid-July", "DATE", "2024-07", "MID"),
        ("the almost 3-year war", "almost 3-year", "DURATION", "P3Y", "LESS_THAN"),
        ("for more than three years", "more than three years", "DURATION", "P3Y", "MORE_THAN"),
        ("It took about a month.", "about a month", "DURATION", "P1M", "APPROX"),
        ("in the coming weeks", "the coming weeks", "DURATION", "PXW", None),
        ("the weekend will be calm", "the weekend", "DATE", "2024-W49-WE", None),
        ("the weekend was calm", "the weekend", "DATE", "2024-W48-WE", None),
    ],
)
def test_expression_kinds(text: str, span: str, type_: str, value: str, mod: str | None) -> None:
    timex = only(text)
    assert (timex.text, timex.type, timex.value, timex.mod) == (span, type_, value, mod)


def test_weekday_past_tense_is_on_or_before_the_dct() -> None:
    assert only("He visited Kyiv on Thursday.").value == "2024-11-28"


def test_weekday_future_tense_is_on_or_after_the_dct() -> None:
    assert only("He will visit Kyiv on Thursday.").value == "2024-12-05"


def test_weekday_same_day_as_dct() -> None:
    assert only("Rutte said on Tuesday that the war must end.").value == "2024-12-03"


def test_year_choice_by_tense() -> None:
    assert only("They will meet on June 9.").value == "2025-06-09"
    assert only("They met on June 9.").value == "2024-06-09"


def test_coming_in_on_january_20th() -> None:
    timex = only("Trump is coming in on January 20th.")
    assert (timex.text, timex.value) == ("January 20th", "2025-01-20")


def test_span_excludes_leading_preposition() -> None:
    for text in ("on Friday", "in 1998", "at 5 p.m."):
        timex = only(text)
        assert not timex.text.lower().startswith(("on ", "in ", "at "))


def test_without_dct_values_are_underspecified() -> None:
    assert only("They met on July 9.", None).value == "XXXX-07-09"
    assert only("It rose last year.", None).value == "PAST_REF"
    assert only("It happened in 1994.", None).value == "1994"


def test_anaphoric_day_follows_last_date() -> None:
    found = tag("The talks began on March 3, 1998. The next day they ended.", DCT)
    assert [t.value for t in found] == ["1998-03-03", "1998-03-04"]


def test_weekday_with_date_fixes_the_year() -> None:
    assert only("It closed Friday, Oct. 23.", "1998-11-20").value == "1998-10-23"


def test_quarter_and_year_earlier() -> None:
    found = tag("Third-quarter profit rose 5% from a year earlier.", "1989-10-20")
    assert [(t.text, t.value) for t in found] == [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_may_the_verb_is_not_a_month() -> None:
    assert tag("Prices may rise. May I ask?", DCT) == []


def test_accepts_date_objects() -> None:
    from datetime import date, datetime

    assert only("yesterday", date(2024, 12, 3)).value == "2024-12-02"
    assert only("yesterday", datetime(2024, 12, 3, 10, 0)).value == "2024-12-02"
