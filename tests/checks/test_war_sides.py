"""A war named by its sides rather than by its name ("Iraq's war with Iran", "the war between
Russia and Ukraine", "America's war in Afghanistan", "a ruinous three-year war with Iran" with
Saddam Hussein as subject) is the base's war between them, where ``curated/war_sides.csv``
lists every war between those sides: a wrong date or count is flagged and its correct twin is
not. Other sides, and wars that are no war between states ("trade war", "war on drugs", "war
of words", "culture war"), name nothing."""

import pytest

from annotator.checks.analysis.war_sides import war_sides
from annotator.checks.kb.model import default_kb
from annotator.checks.rules.event_refs import war_endings

from .helpers import shown_rules


def _pair(published: str, wrong: str, right: str, rule: str):
    return [
        pytest.param(wrong, published, [rule], id=wrong[:50]),
        pytest.param(right, published, [], id=right[:50]),
    ]


TWINS = [
    # a side's possessive before "war", the other after "with", "against" or "in"
    *_pair(
        "1992-05-01",
        "Iraq's bloody war with Iran in 1979 cost a million lives.",
        "Iraq's bloody war with Iran in 1983 cost a million lives.",
        "event-date",
    ),
    *_pair(
        "1990-06-01",
        "Iran's war with Iraq in 1979 was costly.",
        "Iran's war with Iraq in 1986 was costly.",
        "event-date",
    ),
    *_pair(
        "2019-06-01",
        "Britain's war with Argentina in 1985 lasted ten weeks.",
        "Britain's war with Argentina in 1982 lasted ten weeks.",
        "event-date",
    ),
    *_pair(
        "2019-06-01",
        "Britain's ten-year war with Argentina cost 900 lives.",
        "Britain's ten-week war with Argentina cost 900 lives.",
        "elapsed-time",
    ),
    *_pair(
        "2018-06-01",
        "The Soviet Union's war in Afghanistan in 1975 was a disaster.",
        "The Soviet Union's war in Afghanistan in 1985 was a disaster.",
        "event-date",
    ),
    # "war in Afghanistan" names every war fought there; America's is the one of 2001-2021
    *_pair(
        "2018-06-01",
        "America's war in Afghanistan, now in its 20th year, drags on.",
        "America's war in Afghanistan, now in its 17th year, drags on.",
        "elapsed-time",
    ),
    *_pair(
        "2020-03-01",
        "During America's war in Afghanistan in 1998, many died.",
        "During America's war in Afghanistan in 2008, many died.",
        "event-date",
    ),
    *_pair(
        "2022-12-01",
        "Ethiopia's five-year war in Tigray ended in November.",
        "Ethiopia's two-year war in Tigray ended in November.",
        "elapsed-time",
    ),
    *_pair(
        "2010-06-01",
        "The U.S. war with Iraq in 1996 cost billions.",
        "The U.S. war with Iraq in 2004 cost billions.",
        "event-date",
    ),
    *_pair(
        "2015-01-01",
        "Britain's war in Afghanistan in 1995 cost 450 lives.",
        "Britain's war in Afghanistan in 2009 cost 450 lives.",
        "event-date",
    ),
    *_pair(
        "2003-01-01",
        "America's war in Korea in 1949 was costly.",
        "America's war in Korea in 1951 was costly.",
        "event-date",
    ),
    *_pair(
        "2009-01-01",
        "NATO's war against Serbia in 1997 lasted 78 days.",
        "NATO's war against Serbia in 1999 lasted 78 days.",
        "event-date",
    ),
    *_pair(
        "1992-05-01",
        "After the Gulf crisis began, Saddam Hussein recalled his country's long war with Iran in 1977.",
        "After the Gulf crisis began, Saddam Hussein recalled his country's long war with Iran in 1987.",
        "event-date",
    ),
    # both sides after "between"
    *_pair(
        "1995-01-01",
        "During the war between Iran and Iraq in 1978, many died.",
        "During the war between Iran and Iraq in 1984, many died.",
        "event-date",
    ),
    # Russia and Ukraine: the war since 2014 and the full-scale invasion; a date or count must
    # fit neither
    *_pair(
        "2025-05-01",
        "Fighting in the war between Russia and Ukraine in 2013 left thousands dead.",
        "Fighting in the war between Russia and Ukraine in 2015 left thousands dead.",
        "event-date",
    ),
    # the side is the clause's subject: the country, its forces, its leader
    *_pair(
        "1994-06-01",
        "Saddam Hussein dragged Iraq into a ruinous three-year war with Iran.",
        "Saddam Hussein dragged Iraq into a ruinous eight-year war with Iran.",
        "elapsed-time",
    ),
    *_pair(
        "1994-06-01",
        "Iraqi forces fought a ten-year war against Iran.",
        "Iraqi forces fought an eight-year war against Iran.",
        "elapsed-time",
    ),
    *_pair(
        "2025-05-01",
        "Putin has waged a six-year war against Ukraine.",
        "Putin has waged a three-year war against Ukraine.",
        "elapsed-time",
    ),
    *_pair(
        "1992-05-01",
        "When the talks opened, Iraq had already fought a twelve-year war with Iran.",
        "When the talks opened, Iraq had already fought an eight-year war with Iran.",
        "elapsed-time",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), TWINS)
def test_a_war_named_by_its_sides_is_the_one_between_them(text, published, rules):
    assert shown_rules(text, published) == rules


SILENT = [
    # sides the file does not list in full, or no war between states
    ("Israel's war with Hezbollah in 2019 was costly.", "2024-06-01"),
    ("India's war with Pakistan in 1980 was costly.", "2024-06-01"),
    ("Syria's war with Iran in 1979 was costly.", "1990-06-01"),
    ("Iraq's long war with the Kurds in 1979 cost dearly.", "2024-06-01"),
    ("America's trade war with China in 2016 hurt farmers.", "2024-06-01"),
    ("Iraq's price war with Iran in 1979 hurt oil producers.", "2024-06-01"),
    ("Iraq's culture war with Iran in 1979 went on.", "2024-06-01"),
    ("Iraq's war of words with Iran in 1979 went on.", "2024-06-01"),
    ("America's war on terror in 1995 cost billions.", "2024-06-01"),
    ("America's war on drugs in 1962 failed.", "2024-06-01"),
    ("America's Cold War with Russia in 1920 went on.", "2024-06-01"),
    # a war feared or threatened, or a war of the clause's subject with another side
    ("Iraq could face a war with Iran in 1996, officials warned.", "1995-06-01"),
    ("Saddam threatened a new war with Iran in 1996.", "1995-06-01"),
    ("Syria backed a ten-year war against Iran, Saddam said.", "1994-06-01"),
    ("Saddam Hussein said Syria's ten-year war against Iran had failed.", "1994-06-01"),
    # an indefinite war without a count may be any
    ("Netanyahu has led a war against Hamas in 2019.", "2024-06-01"),
    # a year before the file lists every war between the sides
    ("Russia's war with Ukraine in 1919 was fought by the Bolsheviks.", "2024-06-01"),
]


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_other_sides_and_other_wars_stay_silent(text, published):
    assert shown_rules(text, published) == []


def test_every_row_names_events_the_base_holds_and_a_source():
    known = {e.id for e in default_kb().events}
    for row in war_sides():
        assert row.events and set(row.events) <= known, row
        assert row.forms <= {"with", "in"}, row


# A date given to the end of a war whose one general cease-fire the base lists ("the end of
# the war in", "the 1953 armistice of the war", "the war ended in") is the ending's: from the
# cease-fire to the day the war was over.
ENDINGS = [
    *_pair(
        "1999-01-01",
        "The Korean War ended in 1951, historians say.",
        "The Korean War ended in July 1953, historians say.",
        "event-date",
    ),
    *_pair(
        "1994-01-01",
        "Iraq's war with Iran, which ended in 1986, killed half a million people.",
        "Iraq's war with Iran, which ended in 1988, killed half a million people.",
        "event-date",
    ),
    *_pair(
        "1995-01-01",
        "Talks began after the end of the Iran-Iraq war in 1986.",
        "Talks began after the end of the Iran-Iraq war in 1988.",
        "event-date",
    ),
    *_pair(
        "1999-01-01",
        "The 1951 armistice of the Korean War still holds.",
        "The 1953 armistice of the Korean War still holds.",
        "event-date",
    ),
    *_pair(
        "1994-01-01",
        "Iraq rebuilt its army after the July 1985 cease-fire of its long war with Iran.",
        "Iraq rebuilt its army after the August 1988 cease-fire of its long war with Iran.",
        "event-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), ENDINGS)
def test_a_date_given_to_a_wars_end_is_its_ending(text, published, rules):
    assert shown_rules(text, published) == rules


ENDINGS_SILENT = [
    # a war of several cease-fires, whose ending the base does not list
    ("The January 1973 cease-fire of the Vietnam War failed within weeks.", "1995-01-01"),
    ("The end of the Vietnam War in 1973 freed the prisoners.", "1995-01-01"),
    # a cease-fire months before the peace that ended the war
    ("The October 1995 cease-fire of the Bosnian war held until the Dayton accord.", "1996-01-01"),
    # a truce in the midst of a war still going on
    ("The November 2023 truce in the war in Gaza held for a week.", "2024-01-01"),
]


@pytest.mark.parametrize(("text", "published"), ENDINGS_SILENT)
def test_a_ceasefire_before_the_peace_or_a_truce_in_a_war_stays_silent(text, published):
    assert shown_rules(text, published) == []


def test_every_listed_ending_is_of_a_finished_war_and_within_its_last_days():
    events = {e.id: e for e in default_kb().events}
    for event_id, (first, last) in war_endings().items():
        war = events[event_id]
        assert war.kind == "war" and war.end is not None, event_id
        assert war.start.lo <= first <= last and first <= war.end.hi, event_id
