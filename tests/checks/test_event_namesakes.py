"""Phrases news of 2013-2026 also uses for another event than the one the knowledge base
first listed: an earlier or later war, summit, referendum, treaty date or attack. Each such
event carries the phrase too, so a right date for any of them stays silent; a date that fits
none of them is still flagged. The texts are tagged for real, as in the application."""

import pytest

from annotator.checks.engine import check_text

# (text, publication date): true sentences, each about one of the events sharing a phrase.
RIGHT = [
    # Crimea: annexed in 1783 and in 2014; referendums in 1991 and 2014
    ("Russia annexed Crimea in 1783, under Catherine the Great.", "2014-03-20"),
    ("Catherine the Great's annexation of Crimea in 1783 is cited by Moscow.", "2014-03-20"),
    ("The Crimean referendum of January 1991 restored the peninsula's autonomy.", "2014-03-10"),
    ("A referendum in Crimea in 1991 restored its autonomy.", "2014-03-10"),
    # Russia's other wars and invasions
    ("Georgia fought a brief war with Russia in 2008.", "2019-05-02"),
    ("Tbilisi lost a fifth of its land in the war with Russia in August 2008.", "2018-08-07"),
    ("Since the Russian invasion in August 2008, Russian troops have stayed in South Ossetia.", "2018-08-07"),
    ("A full-scale war in August 2008 between Russia and Georgia lasted five days.", "2018-08-07"),
    ("Russia's invasion of Ukraine in 2014 led to sanctions.", "2019-05-01"),
    ("Fighting raged in the Ukraine war in 2015.", "2019-05-01"),
    ("The war in Donbas in 2014 killed thousands.", "2019-02-22"),
    ("The Russian invasion of Afghanistan in 1979 led to a decade of war.", "2019-12-24"),
    ("The Soviet invasion of Afghanistan in December 1979 drew a boycott.", "2019-12-24"),
    ("The war in Afghanistan in 1988 was nearing its end.", "2019-02-15"),
    ("The liberation of Kherson in 1944 ended the German occupation.", "2022-11-12"),
    ("The Kursk offensive in 1943 turned the war.", "2024-08-10"),
    # NATO applications and EU accessions of the same countries
    ("Finland applied to join NATO in May 2022, ending decades of neutrality.", "2023-04-05"),
    ("Sweden applied for NATO membership in May 2022.", "2024-03-08"),
    ("Sweden's accession in 1995 to the European Union ended its isolation.", "2024-03-08"),
    ("Since Finland's accession in 1995, the EU has had a border with Russia.", "2023-04-04"),
    # Summits in the cities of NATO summits: the EU, the G20, Eastern Partnership, others
    (
        "The Vilnius summit in November 2013, where Yanukovych refused to sign, set off protests.",
        "2014-03-01",
    ),
    ("At the Riga summit in May 2015, the Eastern Partnership countries met EU leaders.", "2015-06-10"),
    ("EU leaders met at a summit in Brussels in March to delay Brexit.", "2019-04-15"),
    ("At the Brussels summit in October, EU leaders agreed a new Brexit deal.", "2019-11-20"),
    ("Leaders gathered at the London summit in April 2009 pledged $1 trillion.", "2019-03-30"),
    ("At the London summit on March 2, European leaders backed Ukraine.", "2025-03-10"),
    ("At the Washington summit in August, European leaders joined Zelensky.", "2025-09-10"),
    ("The Washington summit in November 2008 was the first G20 summit.", "2018-11-15"),
    ("The G20 Washington summit of 2008 met as banks failed.", "2018-11-15"),
    ("A summit in Washington in April 2010 on nuclear security drew 47 nations.", "2015-04-13"),
    ("At the Hague summit in March 2014, leaders suspended Russia from the G8.", "2014-04-10"),
    ("At the summit in The Hague in March 2014, Obama met Xi.", "2014-04-10"),
    ("The summit in Anchorage in March 2021 opened with a public spat.", "2021-04-10"),
    ("The Prague summit in October 2022 launched the European Political Community.", "2022-11-10"),
    ("The Rome summit in October 2021 endorsed a global minimum tax.", "2021-11-10"),
    ("The summit in Rome in March 2017 marked sixty years of the EU.", "2017-04-10"),
    ("The NATO summit in Rome in May 2002 created the NATO-Russia Council.", "2017-05-28"),
    ("The Istanbul summit in October 2018 brought four leaders together on Syria.", "2018-11-10"),
    ("The OSCE's Istanbul summit in 1999 adopted a charter.", "2015-11-10"),
    ("The Lisbon summit in March 2000 set the goal of a competitive economy.", "2010-03-10"),
    ("The Warsaw summit in September 2011 of the Eastern Partnership ended in deadlock.", "2013-11-10"),
    ("The B9 summit in Bucharest in May 2021 was joined by Biden by video.", "2021-06-01"),
    ("The NATO summit in Brussels in February 2005 was Bush's bid to mend ties.", "2015-02-22"),
    ("At the NATO summit in Brussels in June 2001, Bush met allies for the first time.", "2016-06-13"),
    ("Ahead of the G7 summit in Evian, Macron met the chancellor.", "2026-05-20"),
    ("The G7 summit in Evian in June 2026 was overshadowed by the war.", "2026-09-20"),
    ("The 2014 Wales summit set the two percent goal.", "2019-12-01"),
    ("The Madrid summit in 1997 invited Poland.", "2022-06-01"),
    # Oval Office clashes and Istanbul talks of other years and parties
    ("Ramaphosa's Oval Office meeting in May was tense.", "2025-06-15"),
    ("Trump's Oval Office clash in December 2018 with Pelosi and Schumer was televised.", "2019-01-10"),
    ("The Oval Office meeting in August with European leaders went smoothly.", "2025-09-01"),
    ("Russian and Ukrainian delegations held a third round of talks in Istanbul in July.", "2025-08-10"),
    ("Afghanistan and Pakistan held peace talks in Istanbul in October.", "2025-11-10"),
    ("Iran and the European powers held talks in Istanbul in July.", "2025-08-10"),
    ("Rutte's visit to Kyiv in July 2022 came as Dutch prime minister.", "2023-01-10"),
    ("Rutte's interview with Bloomberg in January was at Davos.", "2025-02-10"),
    # UN climate talks: Bonn every June, COP4 to COP6 before the listed ones
    ("The Bonn climate conference in June prepared the ground for COP28.", "2023-07-01"),
    ("Negotiators met at the Bonn climate conference in June 2019.", "2019-07-01"),
    ("The Buenos Aires climate conference in 1998 set a plan of action.", "2015-12-01"),
    ("The resumed COP6 in July 2001 in Bonn saved the Kyoto Protocol.", "2015-12-01"),
    ("Paris hosted the climate summit in December 2015.", "2016-12-12"),
    # Treaties dated by their signing or by their entry into force; later members
    ("The 1998 Treaty of Rome set up the International Criminal Court.", "2016-10-25"),
    ("The United States never ratified the 1998 Rome Statute.", "2016-10-25"),
    ("The Treaty of Rome in 1957 founded the European Economic Community.", "2017-03-25"),
    ("The 1970 Nuclear Non-Proliferation Treaty bars Iran from building a bomb.", "2019-07-01"),
    ("The Non-Proliferation Treaty, in force since March 1970, is reviewed every five years.", "2020-01-10"),
    ("The European Union was founded by the Maastricht Treaty in 1993.", "2017-03-25"),
    ("Under the Lisbon Treaty of 2009, the EU gained a permanent president.", "2019-05-20"),
    ("Article 50 of the Lisbon Treaty, in force since December 2009, sets out exit.", "2017-03-29"),
    ("The Dayton accords of November 1995 ended the war in Bosnia.", "2015-11-21"),
    ("The Dayton Agreement, reached in November 1995, ended the Bosnian war.", "2015-11-21"),
    ("Morocco joined the Abraham Accords in December 2020.", "2021-06-01"),
    ("Sudan signed the Abraham Accords in January 2021.", "2021-06-01"),
    ("Kazakhstan joined the Abraham Accords in November 2025.", "2025-12-01"),
    ("The Paris Agreement, signed in April 2016, took effect that November.", "2019-04-22"),
    ("The Paris Agreement of 2016 set a goal of well below 2C.", "2019-04-22"),
    ("The Paris Agreement entered into force in November 2016.", "2019-04-22"),
    ("The United States formally withdrew from the Paris Agreement in January 2026.", "2026-03-01"),
    ("Washington pulled out of the Paris Agreement on January 27, 2026, a year on.", "2026-03-01"),
    ("The Kyoto Protocol, which took effect in 2005, bound rich nations.", "2015-12-01"),
    ("Canada withdrew from the Kyoto Protocol in 2011.", "2015-12-01"),
    ("The INF Treaty of 1987 banned such missiles; Washington left the INF Treaty in 2019.", "2020-01-10"),
    ("The Iran nuclear deal, agreed in July 2015, took effect in January 2016.", "2017-10-13"),
    ("The Iran nuclear deal of 2013 froze enrichment.", "2017-10-13"),
    ("The JCPOA, implemented in January 2016, lifted sanctions.", "2017-10-13"),
    ("The Minsk agreements of 2014 and 2015 were never implemented.", "2022-02-22"),
    ("The collapse of the Soviet Union on December 25, 1991 ended the Cold War.", "2016-12-25"),
    ("The Belavezha leaders began the dissolution of the Soviet Union in December 1991.", "2016-12-08"),
    # The Gulf wars: 1980-1988, 1990-1991, 2003
    ("The second Gulf War in 2003 toppled Saddam Hussein.", "2015-03-20"),
    ("The first Gulf War in 1991 drove Iraq out of Kuwait.", "2016-01-17"),
    ("Iran and Iraq fought the first Gulf War in the 1980s.", "2018-09-22"),
    ("The first Iraq war in 1991 drove Saddam out of Kuwait.", "2016-01-17"),
    ("The 2003 Gulf War cost thousands of lives.", "2013-03-20"),
    ("The Gulf War in 1991 freed Kuwait.", "2016-01-17"),
    ("Saddam Hussein invaded Kuwait in 1990, starting the Gulf War in August 1990.", "2015-08-02"),
    ("The Iraq War in 2003 began with an air campaign.", "2013-03-20"),
    # Other wars, revolutions, coups and referendums of the same country
    ("The Lebanon war in 2006 lasted 34 days.", "2016-07-12"),
    ("The Lebanon war of 1982 drove the PLO out of Beirut.", "2016-07-12"),
    ("The Second Lebanon War in 2006 lasted 34 days.", "2016-07-12"),
    ("The Israel-Hamas war in 2014 lasted 50 days.", "2019-07-08"),
    ("The first intifada in 1987 and the second intifada in 2000 shaped a generation.", "2017-12-09"),
    ("The Six-Day War of 1967 doubled Israel's territory.", "2017-06-05"),
    ("Ukraine's Orange Revolution in 2004 overturned a rigged vote.", "2014-02-22"),
    ("Thousands joined the Maidan protests in 2004.", "2014-02-22"),
    ("Tsipras called the Greek referendum in July 2015.", "2016-07-05"),
    ("The Scottish referendum in 2014 kept the union.", "2016-06-24"),
    ("The failed Turkish coup in July 2016 led to purges.", "2017-07-15"),
    ("Turkey's coup attempt in 2016 failed.", "2019-07-15"),
    ("Since the Brexit referendum in 2016, the pound has fallen.", "2019-01-10"),
    ("The Brexit referendum of June 2016 ended 43 years of membership.", "2020-01-31"),
    ("The 1975 referendum on Europe kept Britain in the Common Market.", "2016-06-01"),
    ("Britain left the EU's single market in January 2021.", "2021-06-01"),
    ("The UK left the European Union in 2020.", "2021-06-01"),
    # "The 2024 election" in news of other countries than the United States
    ("Protests erupted in Belarus after the 2020 election.", "2020-09-15"),
    ("Maduro claimed the 2024 presidential election; protests followed the 2024 election.", "2024-08-10"),
    ("Australians re-elected Turnbull after the 2016 election.", "2016-08-01"),
    ("Since the 2024 election, Labour has led Britain.", "2024-09-01"),
    ("Since the 2024 presidential election in January, Lai has led Taiwan.", "2024-03-01"),
    ("Since the 2020 presidential election, Poland's Duda has vetoed bills.", "2020-09-01"),
    # Attacks and impeachments of other years
    ("The 2011 attack on Charlie Hebdo gutted its offices.", "2015-01-08"),
    ("The Charlie Hebdo attack in January 2015 killed twelve.", "2016-01-07"),
    ("The Paris attacks in January 2015 targeted Charlie Hebdo.", "2016-01-07"),
    ("The November 2015 Paris attacks killed 130.", "2016-11-13"),
    ("Nixon's resignation in 1974 followed his impeachment inquiry.", "2019-10-01"),
    ("Clinton's impeachment in 1998 ended in acquittal.", "2019-10-01"),
    ("Trump's first impeachment in December 2019 ended in acquittal.", "2021-01-14"),
    ("The Queen Mother's death in 2002 came weeks after Princess Margaret's.", "2022-09-09"),
    ("Hurricane Harvey in August 2017 flooded Houston.", "2018-08-25"),
    ("The 2018 Unite the Right rally in Washington drew few marchers.", "2019-08-12"),
    ("The Unite the Right rally in August 2018 fizzled.", "2019-08-12"),
    # Older namesakes: the Anglo-Afghan wars, the Crimean War, a later Paris climate summit
    ("Britain lost an army in the First Anglo-Afghan War in 1842.", "2021-08-20"),
    ("Britain lost an army in its first Afghan war in 1842.", "2021-08-20"),
    ("The Allied invasion of Crimea in 1854 began the siege of Sevastopol.", "2014-03-10"),
    ("The 1995 Schengen Agreement abolished border checks.", "2016-01-10"),
    ("Macron hosted a climate summit in Paris in December 2017, two years after the accord.", "2018-01-10"),
    # A name unlike summits share: a summit there the base does not list
    ("The summit in Washington in 2014 brought African leaders together.", "2015-10-08"),
    ("The summit in Washington in February 2019 ended without a deal.", "2020-10-08"),
    # A series meets again after the last meeting the base lists
    ("Leaders will meet again at next year's NATO summit.", "2026-12-01"),
    ("Ahead of the G7 summit, France set its agenda.", "2026-12-01"),
]

# (text, publication date, rule): a date no event bearing the phrase had.
WRONG = [
    ("Russia annexed Crimea in 2012.", "2017-05-26", "event-date"),
    ("The NATO summit in Washington in 2019 ended without a deal.", "2020-10-08", "event-date"),
    ("The summit in Washington in September ended with a pledge to Ukraine.", "2024-10-08", "event-date"),
    ("The Crimean referendum in March 2015 was illegal.", "2016-03-16", "event-date"),
    ("Finland applied to join NATO in May 2021.", "2023-04-05", "event-date"),
    ("Sweden applied for NATO membership in May 2023.", "2024-03-08", "event-date"),
    ("The Vilnius summit in November 2012 set off the protests.", "2014-03-01", "event-date"),
    ("The Washington summit last week drew NATO leaders.", "2024-10-03", "event-date"),
    ("The London summit on Ukraine on March 9, 2025 backed Kyiv.", "2025-03-20", "event-date"),
    ("The Paris Agreement, signed in April 2014, took effect later.", "2019-04-22", "event-date"),
    ("The 1988 Treaty of Rome set up the International Criminal Court.", "2016-10-25", "event-date"),
    ("The Treaty of Rome in 1962 founded the European Economic Community.", "2017-03-25", "event-date"),
    ("The 1975 Nuclear Non-Proliferation Treaty bars Iran from building a bomb.", "2019-07-01", "event-date"),
    ("The Maastricht Treaty in 1996 created the European Union.", "2017-03-25", "event-date"),
    ("The Dayton accords of November 1994 ended the war in Bosnia.", "2015-11-21", "event-date"),
    ("The Abraham Accords, signed in September 2019, normalised ties.", "2021-06-01", "event-date"),
    (
        "The United States formally withdrew from the Paris Agreement in January 2024.",
        "2024-03-01",
        "event-date",
    ),
    ("The collapse of the Soviet Union on December 25, 1992 ended the Cold War.", "2016-12-25", "event-date"),
    ("The second Gulf War in 2001 toppled Saddam Hussein.", "2015-03-20", "event-date"),
    ("The Iraq War in 1999 toppled Saddam.", "2013-03-20", "event-date"),
    ("The Brexit referendum in 2015 split the country.", "2019-01-10", "event-date"),
    ("Hurricane Katrina in 2006 flooded New Orleans.", "2017-09-01", "event-date"),
    ("The Afghan war in 1930 was fought by Britain.", "2016-01-10", "event-date"),
    ("The invasion of Crimea in 2013 was illegal.", "2016-01-10", "event-date"),
    ("The Unite the Right rally in July 2017 left one woman dead.", "2018-01-10", "event-date"),
    ("Voters are ready for the upcoming 2016 election.", "2017-07-20", "event-tense"),
    ("Turnout rose after the 2016 election.", "2015-06-01", "event-tense"),
]


def shown(text: str, published: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in check_text(text, published) if f.shown]


@pytest.mark.parametrize(("text", "published"), RIGHT, ids=[t[:50] for t, _ in RIGHT])
def test_a_date_of_any_event_bearing_the_phrase_stays_silent(text, published):
    assert shown(text, published) == []


@pytest.mark.parametrize(("text", "published", "rule"), WRONG, ids=[t[:50] for t, _, _ in WRONG])
def test_a_date_no_namesake_had_is_flagged(text, published, rule):
    assert rule in [line.split(":")[0] for line in shown(text, published)]
