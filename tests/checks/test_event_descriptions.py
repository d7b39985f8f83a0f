"""A disaster or attack named by its kind noun and a description tying it to a place ("the
quake that levelled much of southern Turkey", "fire tore through Notre-Dame", "the port
blast" where the sentence names Beirut) is the base's event there: a wrong date or count is
flagged and its correct twin is not. A description that does not mark a major disaster, or a
place where any fire or blast may have happened, names nothing."""

import pytest

from annotator.checks.engine import analyse_article

from .helpers import shown_rules


def _pair(published: str, wrong: str, right: str, rule: str):
    return [
        pytest.param(wrong, published, [rule], id=wrong[:50]),
        pytest.param(right, published, [], id=right[:50]),
    ]


# A relative clause with a verb of devastation or an extent ("much of", "a fifth of"), or a
# death toll of thousands, ties an earthquake, a flood or a tsunami to a region containing
# the place the base gives it.
RELATIVE_CLAUSES = [
    *_pair(
        "2006-01-10",
        "The earthquake that flattened much of Bam in December 2004 killed more than 26,000 people.",
        "The earthquake that flattened much of Bam in December 2003 killed more than 26,000 people.",
        "event-date",
    ),
    *_pair(
        "2010-05-12",
        "The quake which devastated Sichuan province in May 2009 left five million people homeless.",
        "The quake which devastated Sichuan province in May 2008 left five million people homeless.",
        "event-date",
    ),
    *_pair(
        "2024-10-07",
        "The earthquakes that levelled villages across western Afghanistan in October 2022 killed 1,500.",
        "The earthquakes that levelled villages across western Afghanistan in October 2023 killed 1,500.",
        "event-date",
    ),
    *_pair(
        "2012-08-01",
        "The floods that submerged a fifth of Pakistan in 2011 displaced 20 million people.",
        "The floods that submerged a fifth of Pakistan in 2010 displaced 20 million people.",
        "event-date",
    ),
    *_pair(
        "2013-03-11",
        "The tsunami that devastated much of Japan's north-east coast in March 2012 killed 18,000 people.",
        "The tsunami that devastated much of Japan's north-east coast in March 2011 killed 18,000 people.",
        "event-date",
    ),
    *_pair(
        "2023-01-05",
        "The earthquake that struck eastern Afghanistan in June 2021 killed more than 1,000 people.",
        "The earthquake that struck eastern Afghanistan in June 2022 killed more than 1,000 people.",
        "event-date",
    ),
    *_pair(
        "2003-03-01",
        "The earthquake in Gujarat in January 2000 killed some 20,000 people.",
        "The earthquake in Gujarat in January 2001 killed some 20,000 people.",
        "event-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), RELATIVE_CLAUSES)
def test_a_described_disaster_is_dated_against_the_one_the_region_had(text, published, rules):
    assert shown_rules(text, published) == rules


# The kind noun as the subject of its own clause: "floods devastated much of Derna".
OWN_CLAUSES = [
    *_pair(
        "2017-10-08",
        "Ten years after an earthquake flattened whole towns in Kashmir, survivors still live in huts.",
        "Twelve years after an earthquake flattened whole towns in Kashmir, survivors still live in huts.",
        "elapsed-time",
    ),
    *_pair(
        "2002-01-26",
        "Two years after the quake levelled much of Gujarat, thousands of families have no roof.",
        "A year after the quake levelled much of Gujarat, thousands of families have no roof.",
        "elapsed-time",
    ),
    *_pair(
        "2021-03-11",
        "Eight years after the tsunami devastated much of Japan's north-east coast, towns are rebuilt.",
        "Ten years after the tsunami devastated much of Japan's north-east coast, towns are rebuilt.",
        "elapsed-time",
    ),
    *_pair(
        "2015-04-14",
        "Seven years after the earthquake razed much of Yushu, the town has been rebuilt.",
        "Five years after the earthquake razed much of Yushu, the town has been rebuilt.",
        "elapsed-time",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), OWN_CLAUSES)
def test_a_disaster_told_by_its_own_clause_is_counted_from(text, published, rules):
    assert shown_rules(text, published) == rules


# A fire, a blast or an attack is its site's: "fire tore through Grenfell Tower", "the
# explosion that destroyed Beirut's port", "the bombing of Manchester Arena".
SITES = [
    *_pair(
        "2019-06-14",
        "Four years after fire tore through Grenfell Tower, survivors are still waiting for charges.",
        "Two years after fire tore through Grenfell Tower, survivors are still waiting for charges.",
        "elapsed-time",
    ),
    *_pair(
        "2021-08-04",
        "Three years after the explosion that destroyed Beirut's port, no official has been charged.",
        "A year after the explosion that destroyed Beirut's port, no official has been charged.",
        "elapsed-time",
    ),
    *_pair(
        "2021-05-22",
        "Two years after the bombing of Manchester Arena, the inquiry is still hearing from survivors.",
        "Four years after the bombing of Manchester Arena, the inquiry is still hearing from survivors.",
        "elapsed-time",
    ),
    *_pair(
        "2020-01-10",
        "The fire that gutted Notre-Dame in April 2018 melted the lead of its roof.",
        "The fire that gutted Notre-Dame in April 2019 melted the lead of its roof.",
        "event-date",
    ),
    *_pair(
        "2022-04-21",
        "Two years after the Easter Sunday bombings of Sri Lanka's churches, Catholics want answers.",
        "Three years after the Easter Sunday bombings of Sri Lanka's churches, Catholics want answers.",
        "elapsed-time",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), SITES)
def test_a_fire_blast_or_attack_is_the_one_at_the_site_the_base_names(text, published, rules):
    assert shown_rules(text, published) == rules


# The place named elsewhere in the sentence: "the port blast" where it names Beirut.
ELLIPTIC = [
    *_pair(
        "2021-05-22",
        "Manchester marked three years since the arena bombing with a minute's silence.",
        "Manchester marked four years since the arena bombing with a minute's silence.",
        "elapsed-time",
    ),
    *_pair(
        "2016-08-12",
        "Tianjin marked two years since the port explosions with a ceremony by the sea.",
        "Tianjin marked one year since the port explosions with a ceremony by the sea.",
        "elapsed-time",
    ),
    *_pair(
        "2023-08-04",
        "Crowds in Beirut marked two years since the port explosion that killed 218 people.",
        "Crowds in Beirut marked three years since the port explosion that killed 218 people.",
        "elapsed-time",
    ),
    *_pair(
        "2021-03-15",
        "Christchurch marked the third anniversary of the mosque shootings with a vigil.",
        "Christchurch marked the second anniversary of the mosque shootings with a vigil.",
        "elapsed-time",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), ELLIPTIC)
def test_a_common_noun_and_the_kind_name_the_event_of_a_place_the_sentence_names(text, published, rules):
    assert shown_rules(text, published) == rules


# The place before the kind noun, with a death toll that only a listed disaster reached.
PLACES_BEFORE = [
    *_pair(
        "2010-01-01",
        "The Sichuan earthquake, which killed nearly 70,000 people in May 2009, left millions homeless.",
        "The Sichuan earthquake, which killed nearly 70,000 people in May 2008, left millions homeless.",
        "event-date",
    ),
    *_pair(
        "2024-10-07",
        "The Herat earthquakes, which killed about 1,500 people in October 2022, flattened villages.",
        "The Herat earthquakes, which killed about 1,500 people in October 2023, flattened villages.",
        "event-date",
    ),
    *_pair(
        "2007-01-01",
        "The Kashmir earthquake, which killed nearly 80,000 people in October 2006, razed Balakot.",
        "The Kashmir earthquake, which killed nearly 80,000 people in October 2005, razed Balakot.",
        "event-date",
    ),
    *_pair(
        "2020-01-01",
        "The Sulawesi tsunami, which killed about 4,300 people in September 2019, hit Palu.",
        "The Sulawesi tsunami, which killed about 4,300 people in September 2018, hit Palu.",
        "event-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "rules"), PLACES_BEFORE)
def test_a_place_before_the_kind_names_the_disaster_whose_toll_the_sentence_gives(text, published, rules):
    assert shown_rules(text, published) == rules


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # floods and quakes strike these countries every year: no mark of a major disaster
        ("The floods in Pakistan in 2024 displaced thousands of families.", "2024-09-01"),
        ("The floods that devastated much of Germany in 2013 cost billions of euros.", "2014-01-01"),
        ("The floods that devastated Derna in 2020 destroyed a bridge.", "2021-01-01"),
        ("The quake that hit Turkey in 2020 killed 41 people.", "2020-02-01"),
        ("The quake that devastated Turkey in 2011 killed 604 people.", "2012-01-01"),
        ("The Turkey earthquake, which destroyed dozens of homes in January 2020, killed 41.", "2020-02-01"),
        ("The Sichuan earthquake in 2013 killed 196 people.", "2014-01-01"),
        ("The quake that struck the High Atlas in September 2022 damaged a few houses.", "2022-10-01"),
        ("The quake that struck the High Atlas in September 2022 left 3,000 people homeless.", "2022-10-01"),
        # another part of the country than the one the base's quake struck
        ("The earthquake that flattened much of eastern Turkey in January 2020 killed 41.", "2020-02-01"),
        # before the years the base lists every deadly earthquake of
        (
            "The quake that levelled much of Turkey's industrial heartland in 1999 killed 17,000.",
            "2000-01-01",
        ),
        # any fire or blast in a city: the city is no site
        ("A fire that gutted a block in Paris in February 2019 killed ten people.", "2019-03-01"),
        ("The blast that ripped through Beirut's southern suburbs in 2013 killed 27 people.", "2014-01-01"),
        ("The blast that ripped through Beirut in 2024 killed a Hezbollah commander.", "2024-08-01"),
        # the common noun and the kind with no place in the sentence
        ("Officials marked five years since the port blast.", "2024-08-04"),
        # two places whose shooting the base names so: which one is meant is unclear
        ("Parkland and Uvalde families recalled the school shooting of 2016.", "2023-01-01"),
    ],
)
def test_a_description_that_may_fit_an_event_the_base_lacks_names_nothing(text, published):
    assert shown_rules(text, published) == []


def test_the_mention_spans_the_kind_and_its_place():
    text = "The earthquake that struck the High Atlas mountains in September 2022 killed nearly 3,000 people."
    named = [(m.text, [e.id for e in m.events]) for m in analyse_article(text, "2024-09-08").mentions.events]
    assert ("earthquake that struck the High Atlas mountains", ["morocco-earthquake-2023"]) in named


def test_several_quakes_of_a_region_all_stand_for_the_mention():
    text = "The earthquake that struck eastern Afghanistan killed more than 1,000 people."
    (mention,) = analyse_article(text, "2025-10-01").mentions.events
    assert {e.id for e in mention.events} == {"afghanistan-earthquake-2022", "afghanistan-earthquake-2025"}


def test_a_second_place_belongs_to_the_mention_and_the_date_after_it_to_the_event():
    """'after earthquakes in Turkey and Syria on Feb. 6': the count runs from the event, whose
    own date follows the places, to the time of writing."""
    text = "The quake came seven months after earthquakes in Turkey and Syria on Feb. 6 killed 50,000 people."
    (mention,) = analyse_article(text, "2023-09-09").mentions.events
    assert (mention.text, [e.id for e in mention.events]) == (
        "earthquakes in Turkey and Syria",
        ["turkey-syria-earthquake-2023"],
    )
    assert shown_rules(text, "2023-09-09") == []
