"""event-order on the ways English orders two events: each wrong sentence is flagged and its
correct twin (the same words with the right order or event) stays silent."""

from __future__ import annotations

import pytest

from annotator.checks.engine import check_text

from .helpers import rules_fired, shown_rules

ORDER = ["event-order"]

# "before" a war, a storm or a civil war means before it broke out: something placed before
# it that happened while it went on is misplaced.
BEFORE_AN_OUTBREAK = [
    (
        "2024-01-10",
        "The death of Henry Kissinger came weeks before the Israel-Hamas war.",
        "The death of Silvio Berlusconi came months before the Israel-Hamas war.",
    ),
    (
        "2015-05-01",
        "The death of Hugo Chávez came two years before the Syrian civil war.",
        "The Tunisian revolution came months before the Syrian civil war.",
    ),
    (
        "2012-05-01",
        "The death of Kim Jong Il came before the Iraq War.",
        "The death of Kim Jong Il came before the Iraq War ended.",
    ),
    (
        "2015-01-01",
        "Flight MH17 was shot down months before the war in Donbas.",
        "The Orange Revolution came a decade before the war in Donbas.",
    ),
    (
        "2017-12-01",
        "Weeks before Hurricane Maria, the Las Vegas massacre left 58 dead.",
        "Weeks after Hurricane Maria, the Las Vegas massacre left 58 dead.",
    ),
    (
        "2017-12-01",
        "The Las Vegas massacre came weeks before Hurricane Maria.",
        "The Las Vegas massacre came weeks after Hurricane Maria.",
    ),
]


# The other words English orders two events with: "in the wake of", "in the aftermath of",
# "on the eve of", "in the days preceding", "in the run-up to", also opening the sentence.
ORDER_WORDS = [
    (
        "2024-05-02",
        "Finland applied to join NATO on the eve of Russia's full-scale invasion of Ukraine.",
        "Finland applied to join NATO in the wake of Russia's full-scale invasion of Ukraine.",
    ),
    (
        "2024-05-02",
        "Finland's accession to NATO came in the wake of Sweden's accession to NATO.",
        "Sweden's accession to NATO came in the wake of Finland's accession to NATO.",
    ),
    (
        "2024-08-26",
        "The fall of Kabul came in the aftermath of the Kabul airport bombing.",
        "The Kabul airport bombing came in the aftermath of the fall of Kabul.",
    ),
    (
        "2017-10-27",
        "Mueller was appointed special counsel in the days preceding the dismissal of James Comey.",
        "Mueller was appointed special counsel in the days following the dismissal of James Comey.",
    ),
    (
        "2015-01-01",
        "Flight MH17 was shot down in the weeks preceding the Crimean referendum.",
        "The Crimean referendum was held in the weeks preceding the downing of MH17.",
    ),
    (
        "2023-01-01",
        "In the run-up to the Madrid summit, Ukraine applied to join NATO.",
        "In the wake of the Madrid summit, Ukraine applied to join NATO.",
    ),
]


def test_preceding_as_an_adjective_orders_nothing():
    text = "Ukraine applied to join NATO after the preceding NATO summit in Wales."
    assert rules_fired(text, "2023-01-01") == []
    text = "Leaders met in Madrid in June 2022, as at the preceding NATO summit in Wales."
    assert rules_fired(text, "2023-01-01") == []


def test_the_named_event_is_the_one_near_the_other_end():
    findings = check_text("In the run-up to the Madrid summit, Ukraine applied to join NATO.", "2023-01-01")
    assert "NATO summit in Madrid (2022)" in findings[0].message


# A death told by its verb, the person first ("Pope Francis died", "Osama bin Laden was
# killed"), is the event the knowledge base names "the death of Pope Francis".
DEATH_BY_VERB = [
    (
        "2012-06-01",
        "Kim Jong Un took power in December 2010, days after Kim Jong Il died.",
        "Kim Jong Un took power in December 2011, days after Kim Jong Il died.",
    ),
    (
        "2025-06-01",
        "The cardinals met in March 2025, weeks after Pope Francis died.",
        "The cardinals met in May 2025, weeks after Pope Francis died.",
    ),
    (
        "2024-02-01",
        "The Gaza war began in December 2023, weeks before Henry Kissinger died.",
        "The Gaza war began in October 2023, weeks before Henry Kissinger died.",
    ),
    (
        "2022-01-01",
        "The Kabul airport bombing came two years before Robert Mugabe died.",
        "The Kabul airport bombing came two years after Robert Mugabe died.",
    ),
    (
        "2012-01-01",
        "Navy SEALs raided Abbottabad in May 2010, months after Osama bin Laden was killed.",
        "Navy SEALs raided Abbottabad in May 2011, when Osama bin Laden was killed.",
    ),
]


def test_a_surname_alone_dying_is_no_known_death():
    # "Powell died": any Powell; the knowledge base's Colin Powell died in 2021
    assert shown_rules("The Kabul airport bombing came weeks after Colin Powell died.", "2022-01-01") == ORDER
    assert shown_rules("The Kabul airport bombing came weeks after Powell died.", "2022-01-01") == []


def test_a_named_day_spelled_out_by_the_full_date_after_it():
    # "Easter Monday" is no Easter the tagger knows; the full date after it is the one told
    right = "A year after Pope Francis died on Easter Monday, April 21, 2025, his successor spoke."
    assert shown_rules(right, "2026-04-21") == []
    wrong = "A year after the death of Pope Francis on Easter Monday, April 22, 2025, his successor spoke."
    assert "event-date" in shown_rules(wrong, "2026-04-21")


# A verb phrase left out after its new subject ("months after Sweden did") names the event the
# same verb phrase makes with that subject ("Sweden joined NATO").
ELIDED_VERB_PHRASE = [
    (
        "2024-06-01",
        "Ukraine applied to join NATO in September 2022, months before Finland did.",
        "Ukraine applied to join NATO in September 2022, months after Finland did.",
    ),
    (
        "2018-01-01",
        "Montenegro joined NATO in 2017, years before Albania did.",
        "Montenegro joined NATO in 2017, years after Albania did.",
    ),
    (
        "2010-01-01",
        "Slovenia joined NATO in 2004, years after Croatia did.",
        "Croatia joined NATO in 2009, years after Slovenia did.",
    ),
    (
        "2014-01-01",
        "Hugo Chávez died in March 2013, months after Nelson Mandela did.",
        "Nelson Mandela died in December 2013, months after Hugo Chávez did.",
    ),
]


def test_a_denied_or_unknown_elided_verb_phrase_names_nothing():
    assert shown_rules("Slovenia joined NATO in 2004, years after Croatia did not.", "2010-01-01") == []
    # "protested" with Croatia is no event the knowledge base knows
    assert shown_rules("Slovenia protested in 2004, years after Croatia did.", "2010-01-01") == []


# A person taking office ("took office as prime minister", "was sworn in as president",
# "became prime minister") is dated by the knowledge base's term of that office.
TAKING_OFFICE = [
    (
        "2023-09-08",
        "Rishi Sunak became prime minister weeks before Queen Elizabeth II died.",
        "Rishi Sunak became prime minister weeks after Queen Elizabeth II died.",
    ),
    (
        "2022-01-01",
        "Joe Biden was sworn in as president months after the Kabul airport bombing.",
        "Joe Biden was sworn in as president months before the Kabul airport bombing.",
    ),
    (
        "2019-01-01",
        "Emmanuel Macron took office as president months after the Las Vegas massacre.",
        "Emmanuel Macron took office as president weeks before the Las Vegas massacre.",
    ),
    (
        "2013-01-01",
        "Barack Obama took office weeks after the death of Michael Jackson.",
        "Barack Obama took office months before the death of Michael Jackson.",
    ),
]


def test_taking_office_names_no_term_the_words_do_not_single_out():
    # Biden took office as vice president (2009) and as president (2021): right for one
    assert shown_rules("Joe Biden took office months before the fall of Kabul.", "2022-01-01") == []
    # a title the base has no term of, a witness sworn in, a surname alone: no term
    for text in (
        "Mike Pence took office as dogcatcher weeks after the Las Vegas massacre.",
        "James Comey was sworn in weeks after the Las Vegas massacre.",
        "Biden was sworn in as president months after the Kabul airport bombing.",
    ):
        assert shown_rules(text, "2022-01-01") == [], text


# "Weeks before Y, X is doing": a main clause in the present progressive tells of the time of
# writing, which must then come before Y; the twin is the same sentence written before Y.
PRESENT_AFTER_AN_OPENING_BEFORE = [
    (
        "Days before the NATO summit in Washington, allies are haggling over Ukraine.",
        "2024-08-01",
        "2024-07-01",
    ),
    (
        "Weeks before the Vilnius summit, allies are debating how to answer Ukraine.",
        "2023-08-01",
        "2023-06-20",
    ),
    (
        "Months before the COP28 summit, negotiators are drafting a text on fossil fuels.",
        "2024-02-01",
        "2023-08-01",
    ),
    ("Days before the fall of Kabul, diplomats are packing up the embassy.", "2021-09-10", "2021-08-10"),
]


@pytest.mark.parametrize(("text", "wrong_day", "right_day"), PRESENT_AFTER_AN_OPENING_BEFORE)
def test_a_present_main_clause_is_the_time_of_writing(text, wrong_day, right_day):
    assert shown_rules(text, wrong_day) == ORDER
    assert shown_rules(text, right_day) == []


def test_a_past_or_coming_main_clause_is_not_the_time_of_writing():
    for text in (
        "Months before the COP28 summit, negotiators were drafting a text on fossil fuels.",
        "Months before the COP28 summit, negotiators are going to draft a text.",
        "Months before the COP28 summit, negotiators would be drafting a text.",
        "Months after the COP28 summit, negotiators are drafting a new text.",
    ):
        assert shown_rules(text, "2024-02-01") == [], text


# Withdrawals of troops, which news orders other events against ("two weeks after the last
# American troops left Afghanistan"), from the knowledge base's class of them.
WITHDRAWALS = [
    (
        "2022-08-15",
        "The Kabul airport bombing came days after the last American troops left Afghanistan.",
        "The Kabul airport bombing came days before the last American troops left Afghanistan.",
    ),
    (
        "2012-06-01",
        "The death of Kim Jong Il came a day after the last U.S. troops left Iraq.",
        "The death of Kim Jong Il came a day before the last U.S. troops left Iraq.",
    ),
    (
        "1990-01-01",
        "Gorbachev met Bush in May 1988, after the last Soviet troops left Afghanistan.",
        "Gorbachev met Bush in December 1989, after the last Soviet troops left Afghanistan.",
    ),
    (
        "2024-01-01",
        "The Wagner mutiny came months before the French withdrawal from Mali.",
        "The Wagner mutiny came months after the last French troops left Mali.",
    ),
]


# Two events of one known day each, in the right order but a stated count apart their days
# contradict; the twin gives the right count, or a vague or hedged one.
STATED_GAPS = [
    (
        "2023-09-08",
        "Liz Truss took office as prime minister two weeks before Queen Elizabeth II died.",
        "Liz Truss took office as prime minister two days before Queen Elizabeth II died.",
    ),
    (
        "2025-06-01",
        "The election of Pope Leo XIV came two months after the death of Pope Francis.",
        "The election of Pope Leo XIV came 17 days after the death of Pope Francis.",
    ),
    (
        "2024-09-01",
        "Biden's withdrawal from the 2024 race came three weeks after the Butler assassination attempt.",
        "Biden's withdrawal from the 2024 race came a week after the Butler assassination attempt.",
    ),
    (
        "2022-01-01",
        "The Kabul airport bombing came two months after the fall of Kabul.",
        "The Kabul airport bombing came two weeks after the fall of Kabul.",
    ),
    (
        "2017-10-27",
        "Mueller was appointed special counsel two months after Trump fired James Comey.",
        "Mueller was appointed special counsel a week after Trump fired James Comey.",
    ),
]


# Each construction's wrong sentences, flagged, and their correct twins, silent.
TWINS = {
    "before-an-outbreak": BEFORE_AN_OUTBREAK,
    "order-words": ORDER_WORDS,
    "death-by-verb": DEATH_BY_VERB,
    "elided-verb-phrase": ELIDED_VERB_PHRASE,
    "taking-office": TAKING_OFFICE,
    "withdrawals": WITHDRAWALS,
    "stated-gaps": STATED_GAPS,
}


@pytest.mark.parametrize(
    ("published", "wrong", "right"),
    [pytest.param(*case, id=f"{name}-{i}") for name, cases in TWINS.items() for i, case in enumerate(cases)],
)
def test_a_wrong_order_is_flagged_and_its_twin_is_not(published, wrong, right):
    assert shown_rules(wrong, published) == ORDER
    assert shown_rules(right, published) == []


def test_a_vague_or_hedged_count_is_no_stated_gap():
    for text in (
        "Biden's withdrawal from the 2024 race came weeks after the Butler assassination attempt.",
        "The election of Pope Leo XIV came almost two months after the death of Pope Francis.",
        "Biden's withdrawal from the 2024 race came nearly a month after the Butler assassination attempt.",
    ):
        assert shown_rules(text, "2025-06-01") == [], text


def test_a_relative_clause_dates_its_own_noun_not_the_sentence():
    # "that began in October 2001" dates the war, not the count or the clause of the withdrawal
    text = (
        "The anniversary comes less than two weeks after the last U.S. troops left Afghanistan, "
        "ending the war that began in October 2001."
    )
    assert shown_rules(text, "2021-09-10") == []


@pytest.mark.parametrize(
    ("text", "published", "rules"),
    [
        # the namesake years off is not the one meant when the text puts weeks between
        (
            "The NATO summit in Brussels came weeks before Trump's inauguration.",
            "2017-06-06",
            ["event-order"],
        ),
        ("The NATO summit in Brussels came weeks after Trump's inauguration.", "2017-06-06", []),
        # "his" is the person named before it, past a place's name
        (
            "Trump spoke at the NATO summit in Brussels weeks before his inauguration.",
            "2017-06-06",
            ["event-order"],
        ),
        ("Trump spoke at the NATO summit in Brussels months after his inauguration.", "2017-06-06", []),
        # in 2017, "Trump's inauguration" is not the one of 2025
        ("The G20 summit in Hamburg came months after Trump's inauguration.", "2017-09-06", []),
        ("The G20 summit in Hamburg came months before Trump's inauguration.", "2017-09-06", ["event-order"]),
    ],
)
def test_namesakes_far_from_the_other_end_or_the_writing_are_not_meant(text, published, rules):
    assert shown_rules(text, published) == rules


@pytest.mark.parametrize(
    ("text", "published", "rules"),
    [
        # "weeks before" allows some months, not the better part of a year: the G7 summit
        # of May 2016 is no reading of "the G7 summit, weeks before his inauguration"
        ("Trump said things at the G7 summit, weeks before his inauguration.", "2017-06-06", ["event-order"]),
        ("Trump said things at the G7 summit, months after his inauguration.", "2017-06-06", []),
        (
            "Leaders met at the NATO summit in Warsaw, weeks before the Brexit referendum.",
            "2016-12-01",
            ["event-order"],
        ),
        ("Leaders met at the NATO summit in Warsaw, weeks after the Brexit referendum.", "2016-12-01", []),
    ],
)
def test_the_gap_the_words_allow_bounds_the_events_meant(text, published, rules):
    assert shown_rules(text, published) == rules


# One event ordering another by its verb, active or passive: (published, wrong, right)
BY_VERB = [
    (
        "2025-07-01",
        "The NATO summit in Washington followed the NATO summit in The Hague.",
        "The NATO summit in The Hague followed the NATO summit in Washington.",
    ),
    (
        "2022-03-01",
        "Russia's full-scale invasion of Ukraine preceded the Beijing Winter Olympics.",
        "Russia's full-scale invasion of Ukraine closely followed the Beijing Winter Olympics.",
    ),
    (
        "2021-03-01",
        "The Capitol riot was followed by the 2020 presidential election.",
        "The Capitol riot was preceded by the 2020 presidential election.",
    ),
    (
        "2019-03-01",
        "The G20 summit in Buenos Aires was preceded by the G20 summit in Osaka.",
        "The G20 summit in Osaka was preceded by the G20 summit in Buenos Aires.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), BY_VERB)
def test_an_event_ordered_by_followed_or_preceded(published, wrong, right):
    assert shown_rules(wrong, published) == ORDER
    assert shown_rules(right, published) == []


def test_followed_in_a_relative_clause_orders_nothing_of_the_event_before_it():
    text = "Protests at the G20 summit in Osaka, which followed the G20 summit in Buenos Aires, were small."
    assert shown_rules(text, "2019-07-01") == []
