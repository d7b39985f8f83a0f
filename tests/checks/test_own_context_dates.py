"""Reader comments and quotations are judged by their own date where the text gives one."""

from __future__ import annotations

from datetime import date

from annotator.checks.analysis.comments import dated_comments, header_date
from annotator.checks.engine import check_text

from .helpers import rules_fired

BODY = (
    "The minister spoke to reporters on Tuesday.\n"
    + "Article text continues here with more words.\n" * 5
    + "Comments\n"
)


def test_header_lines_give_their_date():
    assert header_date("jdoe · March 12, 2025 at 9:14 am") == date(2025, 3, 12)
    assert header_date("12 March 2025 10:14") == date(2025, 3, 12)
    assert header_date("Posted on 2025-03-12") == date(2025, 3, 12)
    assert header_date("Anna Berg says: 3rd of Sept. 2024 at 18:02 UTC") == date(2024, 9, 3)


def test_comment_sentences_with_a_date_are_not_headers():
    assert header_date("I remember the summit on July 9, 2024 very well indeed.") is None
    assert header_date("jdoe · February 30, 2025") is None  # no such day
    assert header_date("x" * 70 + " March 12, 2025") is None  # too long for a header


def test_dated_comments_are_found_in_order_from_the_section_start():
    text = "March 1, 2020\nBody.\nComments\nann\nMarch 12, 2025\nHi.\nbob · 2026-01-02\nNo.\n"
    section = text.index("Comments")
    assert dated_comments(text, section) == [
        (text.index("March 12"), date(2025, 3, 12)),
        (text.index("bob"), date(2026, 1, 2)),
    ]


def test_a_dated_comment_is_judged_by_its_own_date():
    # Written in 2025-03 (Trump in office): "Former President" is wrong then.
    text = BODY + "JJE\nMarch 12, 2025 at 9:14 am\nFormer President Donald Trump will change it.\n"
    (finding,) = check_text(text, "2024-06-15")
    assert finding.rule == "office-term" and finding.quote == "Former President Donald Trump"
    assert "on 2025-03-12 (the reader comment's date)" in finding.message
    assert rules_fired(text.replace("March 12, 2025", "a while ago"), "2024-06-15") == []


def test_a_comment_dated_when_the_title_fits_raises_nothing():
    # Posted in 2022, when Trump was a former president: fine, though the article is of 2025.
    text = BODY + "JJE\nMarch 12, 2022 at 9:14 am\nFormer President Donald Trump will change it.\n"
    assert rules_fired(text, "2025-04-15") == []


def test_undated_comments_stay_unjudged_after_dated_ones_only_until_the_next_header():
    text = (
        BODY
        + "Bob\nNo.\nFormer President Donald Trump again.\n"
        + "JJE\nMarch 12, 2022\nFormer President Donald Trump will change it.\n"
    )
    assert rules_fired(text, "2025-04-15") == []


QUOTED = '"President-elect Donald Trump will lead," he said.'


def tagged_rules(text: str, published: str) -> list[str]:
    return [f.rule for f in check_text(text, published)]  # the dates tagged, as in the app


def test_a_quote_is_judged_from_the_date_its_sentence_gives():
    # Said in December 2016, reported in September 2025: the title fitted when it was said.
    assert tagged_rules("Pence spoke again. " + QUOTED, "2025-09-01") == ["office-term"]
    assert tagged_rules("In a December 2016 interview, Pence said: " + QUOTED, "2025-09-01") == []
    assert tagged_rules(QUOTED[:-1] + " in December 2016.", "2025-09-01") == []


def test_a_date_in_another_sentence_or_inside_the_quote_does_not_date_it():
    assert tagged_rules("Pence spoke in December 2016. " + QUOTED, "2025-09-01") == ["office-term"]
    inside = '"In December 2016 we said President-elect Donald Trump will lead," he said.'
    findings = check_text(inside, "2025-09-01")
    assert "(the quote's context" not in " ".join(f.message for f in findings)
