"""Counts measured from a person's time in office ("X was president N years ago", "came to
power", "brought X to power"), from revolutions, independence days, foundings and massacres,
and anniversaries marked without a date of their own, storms named by a bare name and deaths
told by a verb, a tenure of someone named without a title, and attacks named by their
place: each wrong sentence flags, its correct twin and the traps beside it stay silent."""

import pytest

from .helpers import shown_rules

ELAPSED = ["elapsed-time"]

# (published, wrong, right): the same sentence with a count that does not fit and one that does.
POWER_TWINS = [
    (
        "2017-11-25",
        "And Bill Clinton was president four decades ago and if he were running today he would not win.",
        "And Bill Clinton was president two decades ago and if he were running today he would not win.",
    ),
    (
        "2000-02-16",
        "Former fighters in the revolution that brought Castro to power 52 years ago gathered on Wednesday.",
        "Former fighters in the revolution that brought Castro to power 41 years ago gathered on Wednesday.",
    ),
    (
        "2019-05-04",
        "Margaret Thatcher came to power 30 years ago, promising to roll back the state.",
        "Margaret Thatcher came to power 40 years ago, promising to roll back the state.",
    ),
    (
        "2024-06-01",
        "Narendra Modi became prime minister 15 years ago and now seeks a third term.",
        "Narendra Modi became prime minister 10 years ago and now seeks a third term.",
    ),
    (
        "2021-11-20",
        "Angela Merkel was chancellor 20 years ago, when the euro was new.",
        "Angela Merkel was chancellor 10 years ago, when the euro crisis raged.",
    ),
]


def test_an_election_is_some_weeks_before_the_term_it_begins():
    text = "Lula was elected president a month ago and takes office on Jan. 1."
    assert shown_rules(text, "2022-11-30") == []
    assert shown_rules("Lula was elected president three years ago.", "2022-11-30") == ELAPSED
    text = "Donald Trump was elected president a month ago and takes office on Jan. 20."
    assert shown_rules(text, "2024-12-05") == []


def test_no_claim_about_office_is_not_judged():
    # denied, supposed, or about someone the count is not said of
    assert shown_rules("Obama wasn't even a Senator 17 years ago.", "2017-07-24") == []
    assert shown_rules("Imagine if Bill Clinton was president four decades ago.", "2017-11-25") == []
    text = "A 50-year-old man who served a five-year sentence 20 years ago met Bill Clinton on Monday."
    assert shown_rules(text, "2017-11-25") == []


COUNTED_EVENT_TWINS = [
    (
        "1999-03-12",
        "The goal grew out of a desire to cement the gains made in Poland after the collapse of communism"
        " 20 years ago.",
        "The goal grew out of a desire to cement the gains made in Poland after the collapse of communism"
        " 10 years ago.",
    ),
    (
        "2000-04-01",
        "Thousands paid tribute to the men who launched the Cuban Revolution more than five decades ago.",
        "Thousands paid tribute to the men who launched the Cuban Revolution more than four decades ago.",
    ),
    (
        "2024-04-25",
        "Portugal celebrated the Carnation Revolution, which toppled the dictatorship 40 years ago.",
        "Portugal celebrated the Carnation Revolution, which toppled the dictatorship 50 years ago.",
    ),
    (
        "2022-08-15",
        "India celebrated the 70th anniversary of Indian independence on Monday.",
        "India celebrated the 75th anniversary of Indian independence on Monday.",
    ),
    (
        "2019-10-01",
        "China marked the 60th anniversary of the founding of the People's Republic of China with a parade.",
        "China marked the 70th anniversary of the founding of the People's Republic of China with a parade.",
    ),
    (
        "1998-02-13",
        "Republicans hope to have a president by the 2000 Olympics and the 90th anniversary of Australian"
        " federation.",
        "Republicans hope to have a president by the 2000 Olympics and the 100th anniversary of Australian"
        " federation.",
    ),
]

COUNTED_EVENT_TWINS += [
    (
        "2018-03-16",
        "Vietnam marked the 40th anniversary of the My Lai massacre on Friday.",
        "Vietnam marked the 50th anniversary of the My Lai massacre on Friday.",
    ),
    (
        "2020-08-14",
        "Egyptians remembered the Rabaa massacre 17 years ago today.",
        "Egyptians remembered the Rabaa massacre seven years ago today.",
    ),
    (
        "2021-06-01",
        "The Tulsa race massacre 80 years ago destroyed the Greenwood district.",
        "The Tulsa race massacre 100 years ago destroyed the Greenwood district.",
    ),
    (
        # three Bloody Sundays (1905, 1965, 1972): flagged only when none fits
        "2022-01-30",
        "Families marked the 40th anniversary of Bloody Sunday in Derry.",
        "Families marked the 50th anniversary of Bloody Sunday in Derry.",
    ),
]


@pytest.mark.parametrize(("published", "wrong", "right"), COUNTED_EVENT_TWINS)
def test_revolutions_independence_days_foundings_and_massacres_are_counted_from(published, wrong, right):
    # "after the collapse of communism 20 years ago" also misplaces the collapse (event-tense)
    assert "elapsed-time" in shown_rules(wrong, published)
    assert shown_rules(right, published) == []


def test_a_count_of_something_else_beside_a_known_event_is_not_judged_against_it():
    text = "Since the Cultural Revolution, China has changed; a 50-year-old man won a two-year term"
    text += " 20 years ago."
    assert shown_rules(text, "2016-05-16") == []
    assert shown_rules("The 10-year plan after the Velvet Revolution worked well.", "2019-11-17") == []


MARKED_TWINS = [
    (
        "2025-10-07",
        "Israelis gathered in Tel Aviv to mark the first anniversary of the October 7 attacks.",
        "Israelis gathered in Tel Aviv to mark the second anniversary of the October 7 attacks.",
    ),
    (
        "2024-12-12",
        "Climate diplomats marked the 10th anniversary of the Paris Agreement with warnings.",
        "Climate diplomats marked the ninth anniversary of the Paris Agreement with warnings.",
    ),
    (
        "2021-09-11",
        "New Yorkers gathered at ground zero to mark the 10th anniversary of the September 11 attacks.",
        "New Yorkers gathered at ground zero to mark the 20th anniversary of the September 11 attacks.",
    ),
    (
        "2019-04-20",
        "Students marked the 10th anniversary of the Columbine shooting with a moment of silence.",
        "Students marked the 20th anniversary of the Columbine shooting with a moment of silence.",
    ),
    (
        "2024-04-04",
        "NATO celebrated its 70th anniversary at a ceremony in Brussels.",
        "NATO celebrated its 75th anniversary at a ceremony in Brussels.",
    ),
]


def test_an_anniversary_marked_at_a_time_of_its_own_is_left_to_that_time():
    text = "Last year China marked the 69th anniversary of the founding of the People's Republic of China."
    assert shown_rules(text, "2019-10-01") == []
    text = "A year ago, New Yorkers marked the 19th anniversary of the September 11 attacks."
    assert shown_rules(text, "2021-09-11") == []


STORM_TWINS = [
    (
        "2017-08-29",
        "Hurricane Harvey devastated Texas on the 10th anniversary of Katrina.",
        "Hurricane Harvey devastated Texas on the 12th anniversary of Katrina.",
    ),
    (
        "2022-10-29",
        "New Jersey marked the fifth anniversary of Sandy with a ceremony on the boardwalk.",
        "New Jersey marked the 10th anniversary of Sandy with a ceremony on the boardwalk.",
    ),
    (
        "2024-10-20",
        "Three months after Helene tore through North Carolina, the mountain towns are still rebuilding.",
        "Three weeks after Helene tore through North Carolina, the mountain towns are still rebuilding.",
    ),
    (
        "2005-10-15",
        "Two years after Katrina struck New Orleans, many residents are still displaced.",
        "Six weeks after Katrina struck New Orleans, many residents are still displaced.",
    ),
    (
        "2018-09-20",
        "Two years since Maria swept over Puerto Rico, the island is still rebuilding.",
        "A year since Maria swept over Puerto Rico, the island is still rebuilding.",
    ),
]


def test_a_first_name_is_read_as_a_storm_only_where_english_names_one_so():
    for published, text in [
        ("2018-10-01", "Two years after Maria Bartiromo hit Trump's critics, she is still on air."),
        ("2019-05-01", "Two years since Michael hit Jordan on the court, fans still talk about it."),
        ("2019-03-01", "Five years after Harvey Weinstein struck a deal, he remains in court."),
        ("2018-10-01", "Two years after Santa Maria hit Spain's charts, it is still popular."),
    ]:
        assert shown_rules(text, published) == [], text


DEATH_TWINS = [
    (
        "2019-11-25",
        "Five years after Fidel Castro died, Cuba is still run by his party.",
        "Three years after Fidel Castro died, Cuba is still run by his party.",
    ),
    (
        "2023-09-08",
        "Three years after Queen Elizabeth II died, King Charles is still finding his feet.",
        "A year after Queen Elizabeth II died, King Charles is still finding his feet.",
    ),
    (
        "2018-12-05",
        "Ten years after Nelson Mandela died, South Africa is still divided.",
        "Five years after Nelson Mandela died, South Africa is still divided.",
    ),
    (
        "2023-04-08",
        "Margaret Thatcher died 20 years ago, and Britain still argues about her.",
        "Margaret Thatcher died 10 years ago, and Britain still argues about her.",
    ),
    (
        "2024-07-08",
        "Five years since Shinzo Abe was assassinated, Japan is still debating gun laws.",
        "Two years since Shinzo Abe was assassinated, Japan is still debating gun laws.",
    ),
]


def test_a_death_of_someone_else_is_not_counted_as_the_known_ones():
    text = "Two years after his wife died, Nelson Mandela remarried; a 50-year-old man died 20 years ago."
    assert shown_rules(text, "2018-12-05") == []
    text = "Three months after Castro's brother died, the family is still grieving."
    assert shown_rules(text, "2019-11-25") == []


TENURE_TWINS = [
    (
        "2017-08-09",
        "Donald Trump has been in office for 11 months and has little to show for it.",
        "Donald Trump has been in office for six months and has little to show for it.",
    ),
    (
        "2024-02-01",
        "Javier Milei has been in office for six months and has cut spending sharply.",
        "Javier Milei has been in office for less than two months and has cut spending sharply.",
    ),
    (
        "2010-11-22",
        "Angela Merkel has been in office for 10 years.",
        "Angela Merkel has been in office for five years.",
    ),
]


def test_a_tenure_across_offices_that_follow_on_or_of_someone_unnamed_is_not_judged():
    # Putin's terms as prime minister and president follow on from each other
    assert shown_rules("Vladimir Putin has been in power for 20 years.", "2020-05-01") == []
    text = "His boss, whose wife has been in office for 11 months, is plagued with scandals."
    assert shown_rules(text, "2017-08-09") == []


ATTACK_PLACE_TWINS = [
    (
        "2017-10-23",
        "He is responsible for the murders of 20 children and six teachers at Sandy Hook Elementary"
        " four years ago this December.",
        "He is responsible for the murders of 20 children and six teachers at Sandy Hook Elementary"
        " five years ago this December.",
    ),
    (
        "2019-04-20",
        "The massacre at Columbine High School 30 years ago changed how schools prepare for shooters.",
        "The massacre at Columbine High School 20 years ago changed how schools prepare for shooters.",
    ),
    (
        "2023-06-12",
        "Survivors of the shooting at the Pulse nightclub four years ago gathered in Orlando.",
        "Survivors of the shooting at the Pulse nightclub seven years ago gathered in Orlando.",
    ),
    (
        "2023-05-24",
        "Parents still grieve the children killed in the shooting at Robb Elementary three years ago.",
        "Parents still grieve the children killed in the shooting at Robb Elementary a year ago.",
    ),
]


def test_a_count_in_another_clause_or_of_another_place_is_not_the_attacks():
    for text in [
        "The shooting at Sandy Hook Elementary haunts us, and 20 years ago a 50-year-old man served a"
        " five-year sentence there.",
        "The Sandy Hook shooting haunts us, and 20 years ago a man served a sentence there.",
        "A shooting at a Walmart 20 years ago left a 50-year-old man with a five-year sentence.",
    ]:
        assert shown_rules(text, "2017-10-23") == [], text


ALL_TWINS = POWER_TWINS + MARKED_TWINS + STORM_TWINS + DEATH_TWINS + TENURE_TWINS + ATTACK_PLACE_TWINS


@pytest.mark.parametrize(("published", "wrong", "right"), ALL_TWINS)
def test_a_count_that_does_not_fit_flags_and_its_correct_twin_stays_silent(published, wrong, right):
    """Terms of office, anniversaries marked on the day, storms by a bare name, deaths by a
    verb, a tenure of someone named without a title, attacks named by their place."""
    assert shown_rules(wrong, published) == ELAPSED
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2021-12-01", "The scandal broke three weeks after Joe Biden was sworn in."),
        ("2022-09-09", "Queen Elizabeth II died two days after Liz Truss took office."),
        ("2019-06-01", "Critics say the first resignation came a month after Boris Johnson took office."),
        ("2023-03-01", "The markets fell sharply, a week after Giorgia Meloni was sworn in."),
        ("2025-11-02", "The first tariffs were announced ten days after Donald Trump was sworn in."),
    ],
)
def test_a_count_from_taking_office_after_a_past_main_clause_dates_that_clause(published, text):
    """The count places the main clause's act some time ago, not the date written."""
    assert shown_rules(text, published) == []


@pytest.mark.parametrize(
    ("published", "wrong", "right"),
    [
        (
            "2021-12-01",
            "It is three weeks after Joe Biden was sworn in, and the cabinet is still not confirmed.",
            "It is ten months after Joe Biden was sworn in, and the cabinet is still not confirmed.",
        ),
        (
            "2017-08-09",
            "And here we are, three years after Trump was sworn in, on the brink of war.",
            "And here we are, six months after Trump was sworn in, on the brink of war.",
        ),
    ],
)
def test_a_count_from_taking_office_told_of_now_is_counted_to_the_date_written(published, wrong, right):
    assert shown_rules(wrong, published) == ELAPSED
    assert shown_rules(right, published) == []


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2021-12-10", "Three months after Joe Biden was sworn in, he signed the order."),
        ("2022-12-01", "Two weeks after Liz Truss took office, she announced the budget."),
        ("2024-05-02", "A month after Rishi Sunak took office, his government froze fuel duty."),
        ("2024-05-02", "Two weeks after Rishi Sunak took office, his chancellor sold the plan to markets."),
        ("2025-09-30", "Ten days after Friedrich Merz was sworn in, he travelled to Kyiv."),
    ],
)
def test_a_count_from_taking_office_opening_a_past_main_clause_dates_that_clause(published, text):
    """The opening clause ends at its comma: the main clause's past act is some time ago,
    whatever verb the opening clause holds."""
    assert shown_rules(text, published) == []


@pytest.mark.parametrize(
    ("published", "wrong", "right"),
    [
        (
            "2021-12-10",
            "Three months after Joe Biden was sworn in, the economy is still reeling.",
            "Ten months after Joe Biden was sworn in, the economy is still reeling.",
        ),
        (
            "2022-12-01",
            "A year after Liz Truss took office, her party is in turmoil.",
            "Three months after Liz Truss took office, her party is in turmoil.",
        ),
        (
            "2021-06-10",
            "Ten months after Joe Biden was sworn in, he signed the order.",
            "Three months after Joe Biden was sworn in, he signed the order.",
        ),
        (
            "2022-11-02",
            "A month after Rishi Sunak took office, his government froze fuel duty.",
            "A week after Rishi Sunak took office, his government froze fuel duty.",
        ),
    ],
)
def test_an_opening_count_is_judged_by_the_main_clause_after_its_comma(published, wrong, right):
    """A present main clause is counted to the date written; a past one only caps the count
    at the date written."""
    assert shown_rules(wrong, published) == ELAPSED
    assert shown_rules(right, published) == []
