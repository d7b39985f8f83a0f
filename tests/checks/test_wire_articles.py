"""Whole articles of wire copy and partisan sites, 2018-2026, checked as written (title,
blank line, paragraphs; tagger included): every article in ``data/wire`` is right and
shows no flag; each wrong twin plants one date error in one of them (a former holder
called by the title, a title held later, a wrong weekday, a wrong count of years, an
event dated a year off or put in the wrong order) and is flagged.

The articles (``data/wire/<date written>_<slug>.txt``) follow AP, Reuters and AFP copy and
American partisan sites, left and right: datelines, bylines, "UPDATE:", "Related:",
"Read more", photo captions, embedded posts, timelines, obituaries, anniversaries and
analyses looking ahead to 2027-2030. Facts: Wikipedia lists of office holders and each
person's, election's, storm's and court case's article; the AP and Reuters reports of the
day; weekdays from the calendar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import article_twin_rules, shown_rules

WIRE = Path(__file__).resolve().parent / "data" / "wire"
ARTICLES = sorted(WIRE.glob("*.txt"))


def _article(name: str) -> tuple[str, str]:
    """The text of an article and the date it was written (the start of its file name)."""
    return (WIRE / name).read_text(encoding="utf-8"), name[:10]


def test_the_articles_are_there():
    assert len(ARTICLES) >= 150


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_right_articles_show_no_flag(path):
    text, published = _article(path.name)
    assert shown_rules(text, published) == []


# (article, the words replaced, the wrong words, the rule that flags them)
TWINS = [
    # an event-order cue told of the date's own phrase, not of an infinitive or of a
    # coordinated phrase: the order is judged
    (
        "2022-11-16_trump-announces-left.txt",
        "his 2020 loss to Joe Biden, and nearly two years after the Jan. 6 attack",
        "his 2020 loss to Joe Biden weeks after the Jan. 6 attack",
        "event-order",
    ),
    (
        "2025-01-10_trump-sentenced.txt",
        "records to cover up a $130,000 payment to porn star Stormy Daniels before the 2016 election",
        "records, months before the 2016 election",
        "event-order",
    ),
    # "Russia's war in Ukraine" also names the full-scale war: neither war's year fits
    ("2024-04-04_nato-75.txt", "now in its third year", "now in its fifth year", "elapsed-time"),
    # a title inside the clause the count's "since" opens is dated by that clause
    (
        "2025-11-21_cop30.txt",
        "since the Paris Agreement was adopted in December 2015",
        "since Brazilian President Luiz Inácio Lula da Silva signed the Paris Agreement in December 2015",
        "office-term",
    ),
    # a summit series with a year after it: that year's meetings
    ("2025-08-16_alaska.txt", "G20 summit in June 2019", "G20 summit in June 2018", "event-date"),
    # a sentence-final attribution dates itself, and a day written in the clause still dates it
    (
        "2024-05-20_raisi.txt",
        "officials said on Monday.",
        "Iranian President Hassan Rouhani said on Monday.",
        "office-term",
    ),
    (
        "2024-05-20_raisi.txt",
        "northwestern Iran, officials said on Monday.",
        "northwestern Iran on Monday, officials said.",
        "office-term",
    ),
    # a court's later act on a ruling is not the ruling's date; the overturning keeps its own
    (
        "2024-09-11_debate.txt",
        "who overturned Roe v. Wade in 2022",
        "who brought about the overturning of Roe v. Wade in 2021",
        "event-date",
    ),
    # a month after what was promised may be the promise's time only right after the verb
    (
        "2024-11-21_icc.txt",
        'Rep. Mike Waltz, promised "a strong response" in January.',
        'Rep. Mike Waltz, promised in January "a strong response."',
        "office-term",
    ),
    # an article that writes "then-President X" knows the title's courtesy use; "former"
    # while in office stays wrong
    (
        "2025-01-19_tiktok-right.txt",
        "Biden, who leaves office on Monday,",
        "Former President Biden, who leaves office on Monday,",
        "office-term",
    ),
    # "three-time prime minister" counts terms, whenever told; a bare title after them does not
    (
        "2022-04-10_imran-khan.txt",
        "the brother of three-time prime minister Nawaz Sharif",
        "the brother of Prime Minister Nawaz Sharif",
        "office-term",
    ),
    # Wickremesinghe's last term as prime minister (May to July 2022); Rajapaksa had resigned
    (
        "2022-07-14_sri-lanka.txt",
        "demanding that he and Prime Minister Ranil Wickremesinghe step down",
        "demanding that he and Prime Minister Mahinda Rajapaksa step down",
        "office-term",
    ),
    # Qatar's prime minister since March 2023, who the snapshot has only as deputy
    (
        "2025-01-16_ceasefire-deal.txt",
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, who is also foreign minister,",
        "Qatari Prime Minister Sheikh Khalid bin Khalifa bin Abdul Aziz Al Thani",
        "office-term",
    ),
    # a count "into" a war runs to the sentence's own date, not to the date naming an event
    (
        "2024-04-14_iran-attack.txt",
        "The attack came six months into",
        "The attack came, on April 13, eight months into",
        "elapsed-time",
    ),
    # a weekday is checked in the year its clause names, however far back
    ("2024-11-05_explainer.txt", "on Saturday, Nov. 7, four days", "on Friday, Nov. 7, four days", "weekday"),
    # "next chancellor" names a term to come; the bare title before it does not
    (
        "2025-02-24_merz-next.txt",
        "BERLIN (AP) — Likely next chancellor Friedrich Merz said",
        "BERLIN (AP) — Chancellor Friedrich Merz said",
        "office-term",
    ),
    # "that September" is the month of the year told before (the tagger); a year written dates it
    (
        "2023-09-05_merkel-era.txt",
        "defeating Chancellor Gerhard Schroeder in an election that September",
        "defeating Chancellor Helmut Kohl in an election in September 2005",
        "office-term",
    ),
    # "former" while in office
    (
        "2018-01-20_shutdown-anniversary.txt",
        "Vice President Mike Pence, speaking",
        "Former Vice President Mike Pence, speaking",
        "office-term",
    ),
    (
        "2020-11-07_biden-wins.txt",
        "He was golfing at his Virginia club",
        "Former President Trump was golfing at his Virginia club",
        "office-term",
    ),
    (
        "2019-12-13_uk-election.txt",
        "U.S. President Donald Trump congratulated Johnson",
        "Former U.S. President Donald Trump congratulated Johnson",
        "office-term",
    ),
    # a title the person did not hold at the time told
    (
        "2022-07-07_johnson-resigns.txt",
        "Opposition Labour leader Keir Starmer said",
        "Prime Minister Keir Starmer said",
        "office-term",
    ),
    (
        "2022-10-25_sunak.txt",
        "Sunak was Treasury chief under Boris Johnson",
        "Sunak was Treasury chief under Prime Minister Liz Truss",
        "office-term",
    ),
    (
        "2023-10-07_hamas-attack.txt",
        "Former President Donald Trump, the front-runner",
        "President Donald Trump, the front-runner",
        "office-term",
    ),
    (
        "2024-12-30_carter.txt",
        "President-elect Donald Trump said Americans",
        "President Donald Trump said Americans",
        "office-term",
    ),
    (
        "2025-02-24_germany.txt",
        "Outgoing Chancellor Olaf Scholz's Social Democrats",
        "Chancellor Friedrich Merz's Social Democrats",
        "office-term",
    ),
    (
        "2025-04-21_pope-francis.txt",
        "Former President Joe Biden, the second Catholic",
        "President Joe Biden, the second Catholic",
        "office-term",
    ),
    (
        "2025-10-22_takaichi.txt",
        "She succeeds Shigeru Ishiba",
        "She succeeds Prime Minister Fumio Kishida",
        "office-term",
    ),
    (
        "2021-06-16_biden-putin.txt",
        "hosted by Prime Minister Boris Johnson",
        "hosted by Prime Minister Theresa May",
        "office-term",
    ),
    (
        "2021-09-02_right-afghanistan.txt",
        "Here's what Trump said in a statement:",
        "Here's what President Trump said on Monday:",
        "office-term",
    ),
    # weekdays
    (
        "2024-07-21_biden-withdraws.txt",
        "in a televised address on March 31 of that year.",
        "in a televised address on Sunday, March 30, 1968.",
        "weekday",
    ),
    (
        "2024-05-30_trump-convicted.txt",
        "Trump was arraigned on April 4, 2023, becoming",
        "Trump was arraigned on Wednesday, April 4, 2023, becoming",
        "weekday",
    ),
    (
        "2020-12-14_electors.txt",
        "count the electoral votes on Jan. 6,",
        "count the electoral votes on Tuesday, Jan. 6,",
        "weekday",
    ),
    # counts of years and anniversaries
    (
        "2025-08-29_katrina-20.txt",
        "New Orleans marked 20 years since Hurricane Katrina",
        "New Orleans marked 15 years since Hurricane Katrina",
        "elapsed-time",
    ),
    (
        "2026-02-24_four-years.txt",
        "Ukraine marked four years since Russia's full-scale invasion",
        "Ukraine marked three years since Russia's full-scale invasion",
        "elapsed-time",
    ),
    (
        "2024-04-04_nato-75.txt",
        "NATO marked its 75th anniversary",
        "NATO marked its 70th anniversary",
        "elapsed-time",
    ),
    (
        "2025-11-21_cop30.txt",
        "Lula da Silva, marks 10 years since",
        "Lula da Silva, marks 20 years since",
        "elapsed-time",
    ),
    # events dated a year off, or in the wrong order
    (
        "2021-01-20_biden-inauguration.txt",
        "because of the coronavirus pandemic, which",
        "because of the coronavirus pandemic of 2018, which",
        "event-date",
    ),
    (
        "2023-11-30_kissinger.txt",
        "He remained active into his 100th year",
        "He remained active into his 100th year, visiting Beijing after the Oct. 7 attack",
        "event-tense",
    ),
]


@pytest.mark.parametrize(("name", "right", "wrong", "rule"), TWINS, ids=lambda v: str(v)[:40])
def test_wrong_twins_are_flagged(name, right, wrong, rule):
    assert article_twin_rules(WIRE, name, right, wrong) == {rule}
