"""The readings the genre articles (``data/genres``) needed, each on sentences of its own with
other people, countries and years: the right sentence shows no flag, its wrong twin (one date,
title or weekday changed) is flagged.

- A claim a fact-check quotes in order to rule on it ("A post claims that '...' False.") is
  the claim's error, not the article's: its flag is moved out of the default view, while the
  same words said by the article itself stay flagged.
- A weekday is checked in the year an "in <year>" earlier in its sentence tells, which also
  dates a clause joined to the first ("In 2026 it falls on a Saturday, and the holiday moves
  to Monday 28 December").
- A when-clause after a date ("in 1979, when he was hosted by President Carter") tells of
  that date.
- A later sentence of a timeline's line whose subject's verb is in the present narrates the
  line's date ("Aug. 15, 2021: The Taliban take Kabul. President Ghani flees.").

Facts: Wikipedia's lists of office holders (Australia, the United States, the United
Kingdom, South Africa, Germany, Japan, Canada, Afghanistan); weekdays from the calendar.
"""

from __future__ import annotations

import pytest

from annotator.checks.engine import check_text

from .helpers import shown_rules

# (right sentence, wrong twin, date written, the rule that flags the twin)
CLAIMS = [
    (
        'A post claims that "Prime Minister Scott Morrison announced the Voice referendum in 2023." '
        "Verdict: false.",
        "Prime Minister Scott Morrison announced the Voice referendum in 2023. A post says so. "
        "Verdict: false.",
        "2023-09-01",
    ),
    (
        'Posts claim that "President Joe Biden signed the CARES Act in March 2020." False. President Donald '
        "Trump signed it.",
        "President Joe Biden signed the CARES Act in March 2020. Posts deny it. False.",
        "2021-03-01",
    ),
    (
        'A meme claims that "Prime Minister Tony Blair called the referendum in 2016." Conclusion: '
        "incorrect.",
        "Prime Minister Tony Blair called the referendum in 2016. A meme says so too. Conclusion: incorrect.",
        "2020-01-10",
    ),
    (
        'A WhatsApp message claims that "President Jacob Zuma opened Parliament in February 2019." '
        "Ruling: False.",
        "President Jacob Zuma opened Parliament in February 2019. A message says so. Ruling: False.",
        "2019-03-01",
    ),
]

WEEKDAYS = [
    (
        "In 2026 Boxing Day falls on a Saturday, and the bank holiday moves to Monday 28 December.",
        "In 2026 Boxing Day falls on a Saturday, and the bank holiday moves to Tuesday 28 December.",
        "2025-12-07",
    ),
    (
        "In 2021, when Boxing Day fell on a Sunday, the bank holiday moved to Tuesday 28 December.",
        "In 2021, when Boxing Day fell on a Sunday, the bank holiday moved to Monday 28 December.",
        "2024-12-27",
    ),
    (
        "In 2015, the Warriors won the title in Cleveland, and the parade followed on Friday, June 19.",
        "In 2015, the Warriors won the title in Cleveland, and the parade followed on Thursday, June 19.",
        "2019-06-01",
    ),
    (
        "In 2012 the storm struck on a Monday, and schools stayed shut until Thursday, Nov. 1.",
        "In 2012 the storm struck on a Monday, and schools stayed shut until Wednesday, Nov. 1.",
        "2022-10-29",
    ),
]

WHEN_CLAUSES = [
    (
        "He visited in 1979, when he was hosted by President Jimmy Carter.",
        "He visited in 1979, when he was hosted by President Donald Trump.",
        "2015-09-25",
    ),
    (
        "The Games came to London in 2012, when the guests were welcomed by Prime Minister David Cameron.",
        "The Games came to London in 2012, when the guests were welcomed by Prime Minister Gordon Brown.",
        "2024-07-26",
    ),
    (
        "The leaders met in Hamburg in July 2017, when they were hosted by Chancellor Angela Merkel.",
        "The leaders met in Hamburg in July 2017, when they were hosted by Chancellor Gerhard Schroeder.",
        "2023-07-07",
    ),
    (
        "Biden went to Hiroshima in May 2023, when the summit was hosted by Prime Minister Fumio Kishida.",
        "Biden went to Hiroshima in May 2023, when the summit was hosted by Prime Minister Yoshihide Suga.",
        "2025-06-01",
    ),
]

TIMELINES = [
    (
        "Timeline\n\nAug. 15, 2021: The Taliban take Kabul. President Ashraf Ghani flees the country.",
        "Timeline\n\nAug. 15, 2021: The Taliban take Kabul. President Hamid Karzai flees the country.",
        "2021-09-11",
    ),
    (
        "Timeline\n\nNov. 9, 1989: Crowds open the Berlin Wall. Chancellor Helmut Kohl flies back "
        "from Warsaw.",
        "Timeline\n\nNov. 9, 1989: Crowds open the Berlin Wall. Chancellor Helmut Schmidt flies back "
        "from Warsaw.",
        "2019-11-09",
    ),
    (
        "Timeline\n\nJune 24, 2016: The result is announced. Prime Minister David Cameron announces "
        "his resignation.",
        "Timeline\n\nJune 24, 2016: The result is announced. Prime Minister Gordon Brown announces "
        "his resignation.",
        "2021-06-23",
    ),
    (
        "Timeline\n\nJan. 6, 2025: Justin Trudeau announces he will resign. "
        "Prime Minister Justin Trudeau stays on until a successor is chosen.",
        "Timeline\n\nJan. 6, 2025: Justin Trudeau announces he will resign. "
        "Prime Minister Stephen Harper stays on until a successor is chosen.",
        "2025-06-01",
    ),
]

CASES = (
    [(*case, "office-term") for case in CLAIMS]
    + [(*case, "weekday") for case in WEEKDAYS]
    + [(*case, "office-term") for case in WHEN_CLAUSES + TIMELINES]
)


@pytest.mark.parametrize(("right", "wrong", "published", "rule"), CASES, ids=lambda v: str(v)[:40])
def test_right_is_silent_and_wrong_twin_flagged(right, wrong, published, rule):
    assert shown_rules(right, published) == []
    assert set(shown_rules(wrong, published)) == {rule}


@pytest.mark.parametrize(("right", "wrong", "published"), CLAIMS, ids=lambda v: str(v)[:40])
def test_a_quoted_claim_keeps_its_flag_one_filter_away(right, wrong, published):
    hidden = [f for f in check_text(right, published) if not f.shown]
    assert [f.rule for f in hidden] == ["office-term"]
    assert "a claim the article quotes in order to rule on it" in hidden[0].basis


def test_a_quoted_claim_outside_a_fact_check_stays_flagged():
    # no ruling anywhere in the article: a claim quoted is the speaker's, judged as usual
    text = 'The senator claims that "Prime Minister Tony Blair called the referendum in 2016."'
    assert shown_rules(text, "2020-01-10") == ["office-term"]
