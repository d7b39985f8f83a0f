"""The reference time of a clause: the time a title, a tense or an elapsed time is judged at."""

from __future__ import annotations

import pytest

from annotator.checks.engine import analyse_article, check_text

from .helpers import shown_rules


def _reading(text: str, mention: str, published: str = "2017-11-20"):
    analysis = analyse_article(text, published)
    start = text.index(mention)
    return analysis.reference_at(start, start + len(mention))


@pytest.mark.parametrize(
    ("text", "mention", "kind", "cue"),
    [
        ("President Obama says he is ready.", "President Obama", "present", "'says'"),
        ("President Obama will speak at noon.", "President Obama", "future", "'will'"),
        ("He was appointed by President Obama in 2014.", "President Obama", "dated", "appointed by"),
        ("He was appointed by President Obama.", "President Obama", "historical", "by"),
        ("Colleges closed under President Obama.", "President Obama", "historical", "under"),
        ("Then-President Obama signed it.", "President Obama", "historical", "then-"),
        ("A President Clinton would have vetoed it.", "President Clinton", "hypothetical", ""),
        ("If President Obama had done that, critics would rage.", "President Obama", "hypothetical", "if"),
        ("In 2015, President Obama visited Manila.", "President Obama", "dated", "2015"),
        ("President Obama, the former senator, signed the law.", "President Obama", "past", "signed"),
        ("President Obama said the deal was fair.", "President Obama", "recent", "said"),
        ("President Obama warned of it years before the rally.", "President Obama", "past", "earlier time"),
        ("The 44th President Obama spoke on Tuesday.", "President Obama", "historical", "ordinal '44th'"),
        ("Its first President Obama visited in May.", "President Obama", "historical", "ordinal 'first'"),
        (
            "Long before the vote, President Obama said it was fair.",
            "President Obama",
            "past",
            "earlier time",
        ),
        ("President Obama warned of it weeks before the rally.", "President Obama", "recent", "warned"),
        ("Critics have claimed President Obama is weak.", "President Obama", "past", "reported speech"),
        ("In the video, President Obama says it twice.", "President Obama", "past", "video"),
    ],
)
def test_each_reading_names_its_cue(text, mention, kind, cue):
    reading = _reading(text, mention)
    assert reading.kind == kind, reading
    assert cue.lower() in reading.cue.lower(), reading


def test_an_embedded_post_is_dated_by_its_signature_and_ends_its_sentence():
    text = (
        "He wrote: President Obama should have gone to Louisiana days ago. "
        "Donald J. Trump (@realDonaldTrump) August 17, 2016The real story is elsewhere."
    )
    analysis = analyse_article(text, "2017-09-30")
    start = text.index("President Obama")
    assert analysis.writing_window(start).earliest.isoformat() == "2016-08-17"
    assert analysis.layout.sentence_bounds(text.index("The real"))[0] == text.index("The real")


def test_a_paragraph_glued_to_the_last_one_starts_a_new_sentence():
    text = "Funding falls by 2036.Vice President Mike Pence tweeted his support."
    analysis = analyse_article(text, "2017-06-29")
    assert analysis.layout.sentence_bounds(text.index("Vice"))[0] == text.index("Vice")
    assert [f for f in check_text(text, "2017-06-29") if f.shown] == []


def test_the_v_of_a_court_case_ends_no_sentence():
    text = "A year after the overturning of Roe v. Wade, the clinics have closed."
    analysis = analyse_article(text, "2023-06-24")
    assert analysis.layout.sentence_bounds(text.index("Wade"))[0] == 0


def test_a_recent_statement_by_a_former_holder_is_flagged_unless_the_article_knows():
    said = "President Obama said the bill was cruel."
    (finding,) = [f for f in check_text(said, "2017-06-23") if f.shown]
    assert "reported without a date" in finding.basis
    knows = said + " The former president has rarely spoken since leaving office."
    assert [f for f in check_text(knows, "2017-06-23") if f.shown] == []


def test_a_relative_clause_tells_what_the_person_did_and_when():
    text = "Secretary-General Boutros Boutros-Ghali, who appointed a diplomat on Thursday, left."
    reading = _reading(text, "Secretary-General Boutros Boutros-Ghali", "1998-03-06")
    assert (reading.kind, reading.subject_verb) == ("dated", True)
    assert [f.rule for f in check_text(text, "1998-03-06") if f.shown] == ["office-term"]


def test_the_second_of_two_named_subjects_before_a_verb_of_saying():
    text = "Both President Recep Tayyip Erdogan, and King Hussein of Jordan warned of unrest."
    reading = _reading(text, "King Hussein of Jordan", "2017-12-06")
    assert reading.kind == "recent" and reading.subject_verb
    objects = "Trump attacked President Recep Tayyip Erdogan and King Hussein of Jordan again."
    assert not _reading(objects, "King Hussein of Jordan", "2017-12-06").subject_verb


def test_a_headline_tells_the_news_of_the_last_days_in_the_present_tense():
    obituary = (
        "Pope Francis dies at 88\n\nPope Francis, the first Latin American pontiff, died on Monday, "
        "the Vatican said."
    )
    assert _reading(obituary, "Pope Francis", "2025-04-22").kind == "recent"
    assert [f.rule for f in check_text(obituary, "2025-04-22") if f.shown] == []
    # Past the last days, the headline's title is still judged; in the body, "says" is now.
    assert 0 in [f.start for f in check_text(obituary, "2025-07-22") if f.shown and f.rule == "office-term"]
    body = "Vatican news\n\nPope Francis says the doors stay open."
    assert _reading(body, "Pope Francis", "2025-04-22").kind == "present"
    assert [f.rule for f in check_text(body, "2025-04-22") if f.shown] == ["office-term"]
    # A first line that ends on a full stop is the body's first sentence, not a headline.
    untitled = "Pope Francis says the doors stay open.\n\nHe spoke on Sunday."
    assert _reading(untitled, "Pope Francis", "2025-04-22").kind == "present"


def test_a_timeline_line_is_read_at_the_date_that_heads_it():
    timeline = (
        "Key events in Ukraine\n\nFeb 20 (Reuters) - Here are key events.\n\n"
        "2014 - Russia annexes Crimea after President Viktor Yanukovych flees Kyiv.\n\n"
        "* Feb. 24, 2022: President Vladimir Putin announces a special military operation.\n"
    )
    reading = _reading(timeline, "President Viktor Yanukovych", "2023-02-20")
    assert (reading.kind, reading.earliest.isoformat()) == ("dated", "2014-01-01")
    assert _reading(timeline, "President Vladimir Putin", "2023-02-20").earliest.isoformat() == "2022-02-24"
    assert [f.rule for f in check_text(timeline, "2023-02-20") if f.shown] == []
    wrong = timeline.replace("2014 - ", "2019 - ")
    assert [f.rule for f in check_text(wrong, "2023-02-20") if f.shown] == ["office-term"]
    # A date that only opens the sentence, with no dash or colon after it, heads no timeline.
    prose = "Key events\n\nIn 2014 Russia annexed Crimea. President Viktor Yanukovych flees, critics say."
    assert _reading(prose, "President Viktor Yanukovych", "2023-02-20").kind != "dated"


def test_a_later_sentence_of_a_timeline_line_keeps_its_own_tense():
    deaths = (
        "Deaths of 2016\n\nNov. 25: Fidel Castro, 90, Cuba's leader from 1959 to 2008. "
        "President Castro ruled Cuba for half a century.\n"
    )
    assert _reading(deaths, "President Castro", "2016-12-30").kind == "past"
    assert [f.rule for f in check_text(deaths, "2016-12-30") if f.shown] == []


def test_a_few_days_ago_is_lately():
    # Sean Spicer was White House Press Secretary until 2017-07-21; Obama left office on
    # 2017-01-20 (Wikipedia). The tagger leaves "a few days ago" vague (PAST_REF).
    spicer = "Just a few days ago, White House Press Secretary Sean Spicer made an appearance at the Emmys."
    assert shown_rules(spicer, "2017-09-22") == ["office-term"]
    assert shown_rules(spicer, "2017-07-10") == []
    assert shown_rules("A few days ago, President Obama spoke at a fundraiser.", "2017-09-22") == [
        "office-term"
    ]
    # a time long past, or the days of a quotation written earlier, are no such reading
    assert shown_rules("Years ago, President Obama spoke at a fundraiser.", "2017-09-22") == []
    quoted = '"A few days ago, President Obama spoke at a fundraiser," she wrote in 2015.'
    assert shown_rules(quoted, "2017-09-22") == []


def test_a_summing_up_noun_opens_a_clause_with_its_own_date():
    """'a choice the Senate confirmed this week' dates the confirmation, not the pick."""
    text = "President-elect Joe Biden picked Antony Blinken, a choice the Senate confirmed this week."
    assert _reading(text, "President-elect Joe Biden", "2021-02-05").kind != "dated"
    assert shown_rules(text, "2021-02-05") == []
    dated = "President-elect Joe Biden picked Antony Blinken this week."
    assert shown_rules(dated, "2021-02-05") == ["office-term"]


@pytest.mark.parametrize(
    ("text", "published", "rules"),
    [
        (
            "It makes you wonder why President-elect Trump would be so interested in poaching.",
            "2017-11-16",
            ["office-term"],
        ),
        (
            "It makes you wonder why President-elect Trump would be so interested in poaching.",
            "2016-12-16",
            [],
        ),
        ("Critics asked why President-elect Biden would pick him.", "2021-06-01", ["office-term"]),
        ("Critics asked why President-elect Biden would pick him.", "2020-12-10", []),
    ],
)
def test_wondering_why_someone_would_asks_about_what_is(text, published, rules):
    """'why X would' in a question about what is, not a hypothesis: the title is judged."""
    assert shown_rules(text, published) == rules
