"""Rule event-date, a date given to a person's taking or leaving an office that contradicts
every term of that person in that office (``annotator/checks/rules/office_dates.py``)."""

import pytest

from annotator.checks.engine import check_text

from .helpers import shown_rules

WRITTEN = "2023-03-01"


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # Taking office, told by the verbs news uses, across countries and bodies.
        (
            "Boris Johnson became prime minister in July 2018.",
            "Boris Johnson became prime minister in July 2019.",
        ),
        (
            "Boris Johnson took office as prime minister in July 2018.",
            "Boris Johnson took office as prime minister in July 2019.",
        ),
        (
            "Emmanuel Macron was sworn in as president in May 2016.",
            "Emmanuel Macron was sworn in as president in May 2017.",
        ),
        ("Angela Merkel became chancellor in 2007.", "Angela Merkel became chancellor in 2005."),
        (
            "Donald Trump was inaugurated in January 2016.",
            "Donald Trump was inaugurated in January 2017.",
        ),
        (
            "Justin Trudeau became prime minister in November 2014.",
            "Justin Trudeau became prime minister in November 2015.",
        ),
        (
            "Jacinda Ardern became prime minister of New Zealand in October 2016.",
            "Jacinda Ardern became prime minister of New Zealand in October 2017.",
        ),
        (
            "Narendra Modi was sworn in as prime minister in May 2012.",
            "Narendra Modi was sworn in as prime minister in May 2014.",
        ),
        (
            "Jair Bolsonaro took office as president of Brazil on January 1, 2018.",
            "Jair Bolsonaro took office as president of Brazil on January 1, 2019.",
        ),
        (
            "Cyril Ramaphosa was sworn in as president of South Africa in February 2017.",
            "Cyril Ramaphosa was sworn in as president of South Africa in February 2018.",
        ),
        (
            "Scott Morrison became Australia's prime minister in August 2017.",
            "Scott Morrison became Australia's prime minister in August 2018.",
        ),
        (
            "Recep Tayyip Erdogan became president in August 2013.",
            "Recep Tayyip Erdogan became president in August 2014.",
        ),
        (
            "Moon Jae-in was sworn in as president in May 2016.",
            "Moon Jae-in was sworn in as president in May 2017.",
        ),
        (
            "Antonio Guterres became UN secretary-general in January 2016.",
            "Antonio Guterres became UN secretary-general in January 2017.",
        ),
        (
            "Jens Stoltenberg became NATO secretary general in 2013.",
            "Jens Stoltenberg became NATO secretary general in 2014.",
        ),
        ("Pope Francis became pope in March 2012.", "Pope Francis became pope in March 2013."),
        (
            "Ursula von der Leyen became president of the European Commission in December 2018.",
            "Ursula von der Leyen became president of the European Commission in December 2019.",
        ),
        ("Li Keqiang became premier in March 2012.", "Li Keqiang became premier in March 2013."),
        (
            "Gianni Infantino became FIFA president in February 2015.",
            "Gianni Infantino became FIFA president in February 2016.",
        ),
        # Titles before the name are the person's, not the act's office.
        (
            "Conservative leader Boris Johnson became prime minister in July 2018.",
            "Conservative leader Boris Johnson became prime minister in July 2019.",
        ),
        # A surname that denotes one holder of the office named.
        ("Netanyahu became prime minister in 2007.", "Netanyahu became prime minister in 2009."),
        # An inauguration without its office: the person's one office as head of state.
        ("Zelensky took the oath of office in May 2018.", "Zelensky took the oath of office in May 2019."),
        # An acting or interim term counts as a term.
        (
            "Adly Mansour became interim president in July 2011.",
            "Adly Mansour became interim president in July 2013.",
        ),
        (
            "Michel Temer became acting president in May 2014.",
            "Michel Temer became acting president in May 2016.",
        ),
        # Any of the person's terms of that office may be meant, and one a date misses is wrong.
        ("Vladimir Putin became president in 2008.", "Vladimir Putin became president in 2012."),
        # One holder listed by two sources under two names ("Richard Milhous Nixon").
        (
            "Richard Nixon resigned as president in August 1971.",
            "Richard Nixon resigned as president in August 1974.",
        ),
        # Told as a repeat: any day within a term fits, none outside every term does.
        (
            "Lula became president of Brazil for the third time in January 2020.",
            "Lula became president of Brazil for the third time in January 2023.",
        ),
        # "first became": the earliest term alone.
        (
            "Benjamin Netanyahu first became prime minister in 2009.",
            "Benjamin Netanyahu first became prime minister in 1996.",
        ),
        (
            "Kevin Rudd first became prime minister in 2013.",
            "Kevin Rudd first became prime minister in 2007.",
        ),
        (
            "Since taking office as prime minister in July 2018, Boris Johnson has said no.",
            "Since taking office as prime minister in July 2019, Boris Johnson has said no.",
        ),
        # A relative clause, a "since" phrase, a possessive inauguration.
        (
            "Theresa May, who became prime minister in July 2015, said no.",
            "Theresa May, who became prime minister in July 2016, said no.",
        ),
        (
            "Since becoming prime minister in July 2018, Boris Johnson has said no.",
            "Since becoming prime minister in July 2019, Boris Johnson has said no.",
        ),
        (
            "Moon Jae-in's inauguration in May 2016 drew crowds.",
            "Moon Jae-in's inauguration in May 2017 drew crowds.",
        ),
        # Leaving office: a resignation may be announced months before the term ends.
        (
            "Theresa May stepped down as prime minister in July 2018.",
            "Theresa May stepped down as prime minister in July 2019.",
        ),
        (
            "Malcolm Turnbull was ousted as prime minister in August 2017.",
            "Malcolm Turnbull was ousted as prime minister in August 2018.",
        ),
        (
            "Gordon Brown stepped down as prime minister in May 2009.",
            "Gordon Brown stepped down as prime minister in May 2010.",
        ),
        (
            "Liz Truss resigned as prime minister in October 2021.",
            "Liz Truss resigned as prime minister in October 2022.",
        ),
        ("Shinzo Abe resigned as prime minister in 2018.", "Shinzo Abe resigned as prime minister in 2007."),
    ],
)
def test_a_date_no_term_fits_is_flagged(wrong, right):
    assert shown_rules(wrong, WRITTEN) == ["event-date"]
    assert shown_rules(right, WRITTEN) == []


@pytest.mark.parametrize(
    "text",
    [
        # A party's leadership, a vice or deputy office, another office of the same person.
        "Boris Johnson became Conservative leader in July 2018.",
        "Joe Biden became vice president in January 2009.",
        "Boris Johnson became mayor of London in 2008.",
        "Emmanuel Macron became economy minister in 2014.",
        "Vladimir Putin became prime minister in 2008.",
        # The news dates of an appointment: the election weeks before, a resignation announced.
        "Donald Trump was elected and became president in 2016.",
        "Theresa May resigned as prime minister in May 2019.",
        # Sworn in again at a new term the base records as one, or told as a repeat.
        "Angela Merkel was sworn in as chancellor in 2009.",
        "Angela Merkel became chancellor for a fourth time in 2018.",
        "Joe Biden was inaugurated in January 2010.",
        # An inauguration told without its office, years from the head's: another office's.
        "Jimmy Carter was inaugurated in January 1971.",
        "Joko Widodo's inauguration in October 2012 drew crowds.",
        # Sworn in months after an acting term the base lists in the same row.
        "Michel Temer became president in August 2016.",
        # A given name the base does not know is not a title: another person of the surname.
        "Hunter Biden was inaugurated in January 2020.",
        # A surname several heads bear.
        "Johnson was inaugurated in January 1964.",
        # A bare "took office" or "was sworn in": a senator's, a mayor's term as well.
        "Joe Biden took office in 1973, years before the fall of the Berlin Wall.",
        # A name that is another verb's object; an office of a body not placed.
        "The woman who defeated Johnson became prime minister in 2022.",
        "Donald Trump was named president of his father's company in 1971.",
        "Rishi Sunak became chancellor of the exchequer in February 2020.",
        # A party's or a chamber's presidency; an office whose source starts after the term.
        "Cyril Ramaphosa became ANC president in December 2017.",
        "Shinzo Abe became president of the LDP in September 2012.",
        "Kamala Harris became president of the Senate in January 2021.",
        "Hun Sen became prime minister in 1985.",
        # A plan, a supposition, a denial, a report said to be wrong.
        "Boris Johnson is expected to become prime minister in July 2018.",
        "If Boris Johnson became prime minister in July 2018, things would differ.",
        "Boris Johnson never became prime minister in July 2018.",
        "An earlier version of this article incorrectly said that Rishi Sunak became prime minister in 2021.",
        # A surname several holders of the office share; a date the writing has not passed.
        "Johnson became prime minister in July 2018.",
        "Boris Johnson became prime minister in July 2024.",
    ],
)
def test_traps_stay_silent(text):
    assert shown_rules(text, WRITTEN) == []


def test_quoted_speech_is_one_filter_away():
    text = '"Boris Johnson became prime minister in July 2018," he said.'
    findings = [f for f in check_text(text, WRITTEN) if f.rule == "event-date"]
    assert len(findings) == 1 and not findings[0].shown


def test_the_message_names_each_term_and_its_source():
    (finding,) = [f for f in check_text("Vladimir Putin became president in 2008.", WRITTEN) if f.shown]
    assert "“2008”" in finding.message
    assert "every term" in finding.message and "2012-05-07" in finding.message
    assert "source:" in finding.message
    assert {e["office"] for e in finding.evidence} == {"President of Russia"}
