"""Events spoken of by their kind after being named ("the summit", "the storm"), and dates a
clause about an event gives it away from its name ("the attack, which killed 1,200 in 2023")."""

import pytest

from annotator.checks.engine import analyse_article

from .helpers import shown_rules


def _references(text: str) -> list[tuple[str, list[str]]]:
    """The mentions the reference reading added (those whose words hold no name)."""
    return [
        (m.text, [e.id for e in m.events])
        for m in analyse_article(text, timexes=[]).mentions.events
        if m.text.split()[-1].islower()
    ]


# (article, the wrong words, the right words, written on, the rule that must flag the wrong)
TWINS = [
    # a definite kind noun, dated in its own clause
    (
        "Hurricane Ian tore across southwest Florida as a Category 4 storm. "
        "The storm made landfall on September 28, 2021, near Cayo Costa, killing more than 150 people.",
        "2021",
        "2022",
        "2023-01-10",
        "event-date",
    ),
    (
        "NATO leaders met at the Vilnius summit to discuss Ukraine's path to membership. "
        "The summit, which took place in July 2022, ended with a pledge of more air defence.",
        "July 2022",
        "July 2023",
        "2024-02-01",
        "event-date",
    ),
    (
        "Britain voted to leave the EU in the Brexit referendum.\n"
        "The vote, held on June 23, 2015, split the Conservative Party.",
        "2015",
        "2016",
        "2019-05-02",
        "event-date",
    ),
    (
        "Fifty-one worshippers were killed in the Christchurch mosque shootings. "
        "The massacre, which took place in March 2018, led to a ban on semi-automatic weapons.",
        "2018",
        "2019",
        "2020-03-10",
        "event-date",
    ),
    (
        "NATO leaders opened the Vilnius summit with a pledge to Ukraine. The meeting of NATO "
        "leaders, which took place in July 2022, ended without a timetable.",
        "2022",
        "2023",
        "2024-01-15",
        "event-date",
    ),
    (
        "Niger's army seized power in the 2023 Nigerien coup. The coup, which ousted President "
        "Bazoum in July 2022, drew sanctions from West African states.",
        "2022",
        "2023",
        "2024-01-01",
        "event-date",
    ),
    (
        "Ethiopian Airlines Flight 302 went down near Addis Ababa. The crash, which killed all 157 "
        "people on board in March 2018, grounded the 737 Max.",
        "2018",
        "2019",
        "2020-01-01",
        "event-date",
    ),
    # a count from a definite kind noun
    (
        "Russia's full-scale invasion of Ukraine began before dawn. "
        "Three years after the invasion, Kyiv is still standing and its people are defiant.",
        "Three years",
        "One year",
        "2023-03-01",
        "elapsed-time",
    ),
    (
        "The Notre-Dame fire destroyed the cathedral's spire and roof. "
        "Three years after the blaze, the rebuilt spire is rising, and the cathedral is still shut.",
        "Three years",
        "Two years",
        "2021-04-20",
        "elapsed-time",
    ),
    # a relative clause on the event's name, dated
    (
        "The Grenfell Tower fire, which killed 72 people in June 2016, exposed failures in building rules.",
        "2016",
        "2017",
        "2021-06-14",
        "event-date",
    ),
    (
        "Hamas launched the October 7 attack from Gaza. "
        "Hamas's attack, which killed about 1,200 people in 2022, started the war.",
        "2022",
        "2023",
        "2024-05-01",
        "event-date",
    ),
    (
        "Hamas launched the October 7 attack from Gaza. "
        "The attack, which killed about 1,200 people in 2022, started the war.",
        "2022",
        "2023",
        "2024-05-01",
        "event-date",
    ),
    (
        "The Beirut port explosion, which destroyed much of the city in August 2019, was caused by "
        "ammonium nitrate.",
        "2019",
        "2020",
        "2022-01-05",
        "event-date",
    ),
    (
        "The Surfside condominium collapse, which killed 98 people in June 2020, led to new inspection laws.",
        "2020",
        "2021",
        "2023-06-20",
        "event-date",
    ),
    (
        "The Francis Scott Key Bridge collapse, which crippled the Port of Baltimore in March 2023, "
        "cost billions.",
        "2023",
        "2024",
        "2025-03-26",
        "event-date",
    ),
    (
        "The Manchester Arena bombing, which was carried out by a suicide bomber in May 2016, killed 22.",
        "2016",
        "2017",
        "2019-05-22",
        "event-date",
    ),
    # a participle phrase after the event's own clause, dated
    (
        "When Hurricane Sandy hit, affecting states from North Carolina to New England and particularly "
        "devastating New York and New Jersey in 2013, Texas lawmakers voted against recovery aid.",
        "2013",
        "2012",
        "2017-08-29",
        "event-date",
    ),
    (
        "When Hurricane Maria struck, knocking out power across Puerto Rico in September 2016, "
        "the island's grid was already fragile.",
        "2016",
        "2017",
        "2019-09-20",
        "event-date",
    ),
    (
        "After Hurricane Helene made landfall, flooding western North Carolina in September 2023, "
        "volunteers came from across the country.",
        "2023",
        "2024",
        "2025-01-15",
        "event-date",
    ),
    (
        "When Hurricane Katrina hit, flooding most of New Orleans in August 2004, "
        "the federal response was slow.",
        "2004",
        "2005",
        "2015-08-29",
        "event-date",
    ),
]


# Correct or undecidable articles: nothing may be flagged, whatever the dates say.
SILENT = [
    # two events of the kind named before the reference: which one is meant is not certain
    (
        "Biden attended the G7 summit in Hiroshima and the NATO summit in Vilnius. "
        "The summit opened on July 11, 2022, with a row over Ukraine.",
        "2024-01-10",
    ),
    (
        "Hurricane Helene flooded Asheville, and Hurricane Milton hit Tampa Bay two weeks later. "
        "The storm made landfall on October 9, 2023, as a Category 3 hurricane.",
        "2025-01-10",
    ),
    # the article's own event is one the base does not name; the named one is its background
    (
        "A gunman killed ten people at a supermarket in Buffalo. It was the deadliest since the "
        "El Paso Walmart shooting. The shooting, which took place on May 14, 2022, was livestreamed.",
        "2022-05-20",
    ),
    (
        "A powerful earthquake struck eastern Afghanistan overnight, two years after the 2023 "
        "Turkey-Syria earthquakes. The quake struck on August 31, 2025, near Jalalabad.",
        "2025-09-01",
    ),
    (
        "Two years after the Madrid summit, leaders gathered in Washington. "
        "The summit, which took place in July 2024, marked NATO's 75th anniversary.",
        "2024-08-01",
    ),
    # a time or a rank that picks another instance of the kind
    (
        "The NATO summit in Vilnius opened on July 11, 2023. Last year's summit, held in June 2022 in "
        "Madrid, invited Finland and Sweden.",
        "2023-07-12",
    ),
    (
        "Russia's full-scale invasion of Ukraine began in February 2022. The 2014 invasion of Crimea "
        "had been a rehearsal.",
        "2023-03-01",
    ),
    (
        "Joe Biden won the 2020 presidential election. The election campaign began in 2019 with "
        "more than twenty Democrats.",
        "2021-03-01",
    ),
    (
        "Voters re-elected Emmanuel Macron in the French presidential election in April 2022. "
        "The next election, due in 2027, will be open.",
        "2022-05-01",
    ),
    # an indefinite or a plural is never read as the named event
    (
        "The Christchurch mosque shootings changed New Zealand's gun laws. A shooting at a Dunedin "
        "school in 2023 tested them. The shooting, which took place in May 2023, wounded two.",
        "2023-06-01",
    ),
    # a qualifier of its own that names another event than the one named
    (
        "The G7 summit in Hiroshima ended on May 21, 2023. The summit in Osaka, held in June 2019, "
        "had been Japan's last.",
        "2023-06-01",
    ),
    (
        "Ethiopian Airlines Flight 302 went down near Addis Ababa. The crash of Lion Air, which "
        "killed 189 people in October 2018, had raised the same questions.",
        "2019-04-01",
    ),
    (
        "Leaders opened the Vilnius summit on Tuesday. The meeting of EU leaders, which took place "
        "in June 2023, had set the tone.",
        "2023-07-12",
    ),
    # a relative clause whose subject is someone else, or whose verb is a later act
    (
        "The Paris Agreement, which the United States rejoined in 2021, aims to limit warming.",
        "2022-01-01",
    ),
    (
        "The Christchurch mosque shootings, which killed a man who had fled Afghanistan in 1995, "
        "shocked the world.",
        "2020-01-01",
    ),
    # a participle whose subject is not the event, or a clause of another act after it
    (
        "Residents fled Hurricane Ian, leaving their homes in 2019 for good.",
        "2023-01-01",
    ),
    (
        "After Hurricane Ian hit, flooding the coast and forcing me to move to Atlanta in 2023, "
        "I never went back.",
        "2024-03-01",
    ),
    (
        "The Christchurch mosque shootings, which killed 51 people and were commemorated in 2020, "
        "changed the law.",
        "2021-03-01",
    ),
    # a storm the base does not name, and a possessor that did not do the named event
    (
        "Tropical Storm Debby made landfall in Florida on Monday. Hurricane Beryl hit Texas in July. "
        "The storm, which made landfall on August 5, 2024, dumped 20 inches of rain.",
        "2024-08-10",
    ),
    (
        "Hamas launched the October 7 attack from Gaza. Israel's attack, which killed 30 people in "
        "Rafah in May 2024, drew condemnation.",
        "2024-06-01",
    ),
    (
        "Russia's full-scale invasion of Ukraine began in 2022. Ukraine's invasion, which struck "
        "the Kursk region in August 2024, surprised Moscow.",
        "2024-09-01",
    ),
    # "the war" is wider than an invasion an alias calls a war
    (
        "Russia's full-scale invasion of Ukraine has killed tens of thousands. The war, which began "
        "in 2014 with the seizure of Crimea, has no end in sight.",
        "2024-03-01",
    ),
]

# Whole articles naming two events of a kind: a date right for the one named first is given
# to "the storm" or "the election" after the second; which one is meant is not certain.
SILENT_ARTICLES = [
    (
        "TAMPA, Fla. (AP) — Hurricane Helene made landfall in Florida's Big Bend and tore north into "
        "the Carolinas, killing more than 200 people.\n\n"
        "Two weeks later, Hurricane Milton struck near Siesta Key as a Category 3 storm.\n\n"
        "The storm, which made landfall on September 26, 2024, flattened whole towns in the mountains.",
        "2024-11-01",
    ),
    (
        "LONDON — Keir Starmer's Labour Party won the 2024 general election by a landslide, ending 14 "
        "years of Conservative rule.\n\n"
        "Five years earlier, Boris Johnson had won the 2019 general election on a promise to get "
        "Brexit done.\n\n"
        "The election, held on July 4, 2024, gave Labour 411 seats.\n\n"
        "The election, held on December 12, 2019, gave the Conservatives 365.",
        "2024-08-01",
    ),
    (
        "Leaders met at the G7 summit in Hiroshima in May 2023.\n\n"
        "Two months later, the NATO summit in Vilnius welcomed Finland as a member.\n\n"
        "The summit, which took place in May 2023, also invited President Zelensky in person.",
        "2023-09-01",
    ),
    (
        "ANKARA — The 2023 Turkey-Syria earthquakes killed more than 50,000 people.\n\n"
        "A year later, the 2024 Noto earthquake struck Japan on New Year's Day.\n\n"
        "The quake struck on February 6, 2023, in the dark of a winter night.",
        "2024-02-06",
    ),
]


@pytest.mark.parametrize(("text", "published"), SILENT_ARTICLES)
def test_articles_naming_two_events_of_a_kind_are_left_alone(text, published):
    assert shown_rules(text, published) == []


# One event named, then referred to by its kind across paragraphs.
ARTICLE_TWINS = [
    (
        "VILNIUS, Lithuania (AP) — NATO leaders opened the Vilnius summit on Tuesday with a pledge "
        "to Ukraine.\n\n"
        "Finland took its seat for the first time.\n\n"
        "The summit, which took place in July 2022, will be remembered for the row over membership.",
        "July 2022",
        "July 2023",
        "2023-09-01",
        "event-date",
    ),
    (
        "BEIRUT — Relatives of the victims of the Beirut port explosion marched on the parliament.\n\n"
        "They want the judge's inquiry to resume.\n\n"
        "Four years after the explosion, no one has been tried.",
        "Four years",
        "Two years",
        "2022-08-04",
        "elapsed-time",
    ),
    (
        "NEW ORLEANS — Hurricane Ida slammed into Louisiana as a Category 4 storm.\n\n"
        "The storm made landfall on August 29, 2020, sixteen years to the day after Katrina.",
        "2020",
        "2021",
        "2022-08-29",
        "event-date",
    ),
    (
        "ISTANBUL — Russian and Ukrainian delegations met for the Istanbul peace talks "
        "on Friday.\n\n"
        "The talks, which took place in May 2024, ended after two hours with a prisoner exchange.",
        "May 2024",
        "May 2025",
        "2025-07-01",
        "event-date",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "right", "published", "rule"), TWINS + ARTICLE_TWINS)
def test_the_wrong_twin_is_flagged_and_the_right_one_is_not(text, wrong, right, published, rule):
    assert text.count(wrong) == 1
    assert rule in shown_rules(text, published)
    assert shown_rules(text.replace(wrong, right), published) == []


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_nothing_is_flagged_where_the_reference_is_not_certain(text, published):
    assert shown_rules(text, published) == []


def test_a_definite_kind_noun_is_the_one_named_event_of_its_kind():
    text = "Hurricane Ian hit Florida. The storm killed 150 people, and the hurricane toppled trees."
    assert _references(text) == [("storm", ["hurricane-ian"]), ("hurricane", ["hurricane-ian"])]
    assert _references("Hurricane Ian hit Florida. A storm killed 150 people.") == []
    assert _references("Hurricane Ian hit Florida. Storms killed 150 people.") == []
    # a qualifier that agrees with the named event, and one that does not
    text = "The G20 summit in Bali opened on Tuesday. The Bali meeting ended with a statement."
    assert _references(text) == [("Bali meeting", ["g20-summit-2022-bali"])]
    assert _references(text.replace("Bali meeting", "Rome meeting")) == []


# Correct articles: a new event the base does not name beside a named one of its kind, a
# primary beside the election, the war beside the invasion, two storms, another quake.
CORRECT_ARTICLES = [
    (
        "BUFFALO, N.Y. (AP) — A white gunman opened fire at a Buffalo supermarket on Saturday, "
        "killing 10 people in what police called a racially motivated attack.\n\n"
        "It was the deadliest mass shooting of the year, and the worst racist attack since the 2019"
        " El Paso Walmart shooting, in which a gunman killed 23 people.\n\n"
        "The shooting was livestreamed on Twitch. The attack lasted less than six minutes, police "
        "said, and the gunman surrendered at the scene on May 14.\n\n"
        "Relatives of the El Paso victims said the attack brought back memories.",
        "2022-05-16",
    ),
    (
        "WASHINGTON — Donald Trump won the 2024 presidential election, defeating Kamala Harris.\n\n"
        "The election, held on November 5, 2024, was the first since the January 6 attack on the "
        "Capitol in which Trump was on the ballot.\n\n"
        "In the primary election in Iowa in January 2024, Trump won by 30 points. The vote in New "
        "Hampshire followed on January 23.",
        "2024-12-01",
    ),
    (
        "KYIV — Russia's full-scale invasion of Ukraine began on February 24, 2022. Three years "
        "after the invasion, Ukraine's army is stretched.\n\n"
        "The war in Ukraine began in 2014, when Russia annexed Crimea. The invasion of 2022 widened"
        " it.\n\n"
        "At the NATO summit in Vilnius in July 2023, allies pledged support. The summit in "
        "Washington in July 2024 went further. A summit in The Hague followed in June 2025.",
        "2025-02-24",
    ),
    (
        "MIAMI — Hurricane Milton made landfall near Siesta Key on October 9, 2024, two weeks after"
        " Hurricane Helene devastated western North Carolina.\n\n"
        "The storm spawned more than 40 tornadoes. It came as Florida was still clearing debris "
        "from Helene.\n\n"
        "Forecasters said the storm, which had strengthened to Category 5 in the Gulf, weakened "
        "before landfall.",
        "2024-10-12",
    ),
    (
        "ANKARA — Turkey marked the second anniversary on Tuesday of the 2023 Turkey-Syria "
        "earthquakes, which killed more than 53,000 people in Turkey alone.\n\n"
        "A 5.9 magnitude earthquake struck Malatya province in 2024, rattling survivors. The quake "
        "caused no deaths.\n\n"
        "The earthquakes of February 6, 2023, left 3 million homeless.",
        "2025-02-06",
    ),
]


@pytest.mark.parametrize(("text", "published"), CORRECT_ARTICLES)
def test_correct_articles_stay_silent(text, published):
    assert shown_rules(text, published) == []
