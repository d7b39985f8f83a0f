"""Office titles in constructions English news uses often: each wrong sentence is flagged,
its twin with the right holder stays silent, and the traps beside them stay silent too."""

import pytest

from .helpers import shown_rules

# "Leaders such as Prime Minister X are ...": "such as" and "as well as" give examples of
# the clause's subject, not the capacity "as Prime Minister X" does.
EXAMPLES = [
    (
        "2023-05-10",
        "Several European leaders, such as Prime Minister {}, are pressing for more tanks for Ukraine.",
        "Boris Johnson",
        "Rishi Sunak",
    ),
    (
        "2019-06-04",
        "Allies such as German Chancellor {} are urging restraint on Iran.",
        "Gerhard Schroeder",
        "Angela Merkel",
    ),
    (
        "2012-03-01",
        "The summit's hosts, as well as French President {}, are calling for a new treaty.",
        "Jacques Chirac",
        "Nicolas Sarkozy",
    ),
    (
        "2001-05-02",
        "Donors such as Japanese Prime Minister {} are expected to pledge more aid.",
        "Keizo Obuchi",
        "Junichiro Koizumi",
    ),
]

TRAPS = [
    ("2017-06-01", "Leaders such as President Obama signed the Paris accord in 2015."),
    ("2017-06-01", "Diplomats such as Secretary of State John Kerry negotiated the Iran deal in 2015."),
    ("2017-06-01", "Programs such as President Obama's 2015 deal with Iran are under review."),
    ("2019-06-01", "He served as Secretary of State John Kerry's deputy from 2013 to 2017."),
    (
        "2017-06-01",
        "Veterans of past administrations, such as then-Secretary of State John Kerry, are speaking out.",
    ),
    ("2016-05-01", "Critics such as former Prime Minister Tony Blair are warning against Brexit."),
    (
        "2021-04-01",
        "Officials appointed by President Obama in 2014, such as Ambassador Samantha Power, took part.",
    ),
    ("2018-03-01", "Just as President Clinton did in 1998, the president is facing an impeachment inquiry."),
]


# The US cabinet departments and agencies after the 2022 snapshot (curated/offices.csv):
# the Biden administration's last holders end, their successors begin.
US_CABINET = [
    (
        "2024-06-12",
        "Labor Secretary {} said on Tuesday that the new overtime rule would take effect next month.",
        "Marty Walsh",
        "Julie Su",
    ),
    (
        "2025-06-10",
        "FBI Director {} told reporters on Monday that the bureau had opened an inquiry.",
        "Christopher Wray",
        "Kash Patel",
    ),
    (
        "2025-04-02",
        "Transportation Secretary {} says the airline refund rules will stay in place.",
        "Pete Buttigieg",
        "Sean Duffy",
    ),
    (
        "2025-03-04",
        "U.N. Ambassador {} told the Security Council on Monday that the ceasefire must hold.",
        "Linda Thomas-Greenfield",
        "Dorothy Shea",
    ),
    (
        "2025-07-15",
        "Energy Secretary {} is touring the new reactor site this week.",
        "Jennifer Granholm",
        "Chris Wright",
    ),
    (
        "2024-02-01",
        "Former FBI Director {} testified before the Senate on Wednesday.",
        "Christopher Wray",
        "James Comey",
    ),
    # ... and their holders of 1989-1999, before the snapshot's terms begin.
    (
        "1998-06-01",
        "Defense Secretary {} said on Monday that the troops would stay in Bosnia.",
        "William Perry",
        "William Cohen",
    ),
    (
        "2006-03-01",
        "{} told senators on Tuesday that the threat was growing.",
        "CIA Director George Tenet",
        "Former CIA Director George Tenet",
    ),
    (
        "1999-10-05",
        "Treasury Secretary {} says the dollar remains strong.",
        "Robert Rubin",
        "Lawrence Summers",
    ),
    (
        "1998-05-20",
        "U.N. Ambassador {} is visiting Baghdad this week.",
        "Madeleine Albright",
        "Bill Richardson",
    ),
    (
        "1996-05-01",
        "National Security Adviser {} said on Tuesday that sanctions were working.",
        "Brent Scowcroft",
        "Anthony Lake",
    ),
]

US_CABINET_TRAPS = [
    (
        "2025-06-10",
        "FBI Director Christopher Wray testified before Congress in 2023 about the bureau's budget.",
    ),
    ("2025-06-10", "The agent was promoted by FBI Director Christopher Wray in 2019."),
    ("2025-06-10", "Agents who served under FBI Director Christopher Wray are leaving the bureau."),
    ("2025-06-10", "Then-Transportation Secretary Pete Buttigieg approved the grant in 2022."),
    (
        "2025-06-10",
        "Buttigieg, who was Transportation Secretary from 2021 to 2025, is weighing a run for governor.",
    ),
    ("2023-05-01", "Former Labor Secretary Marty Walsh said on Monday that the players' union would sign."),
    ("2025-06-10", "HUD Secretary Marcia Fudge's 2022 housing plan is being reversed."),
    ("2025-06-10", "The plan was drawn up when Pete Buttigieg was Transportation Secretary."),
    ("2006-03-01", "The 2002 estimate was approved by CIA Director George Tenet."),
    ("2006-03-01", "Under CIA Director George Tenet, the agency expanded its programs."),
    ("1998-06-01", "Defense Secretary William Perry ordered the deployment in 1995."),
    ("2019-06-01", "Attorney General William Barr said on Monday that the report was complete."),
    ("1992-06-01", "Attorney General William Barr said on Monday that the report was complete."),
    ("2008-01-01", "Defense Secretary Robert Gates said on Monday that the surge was working."),
]

# Heads of the main international organisations (curated/offices.csv), with the body named
# before the title as news writes it ("IOC President", "African Union Commission Chairperson").
WORLD_BODIES = [
    (
        "2025-08-12",
        "IOC President {} said on Monday that the next host would be chosen soon.",
        "Thomas Bach",
        "Kirsty Coventry",
    ),
    (
        "2021-09-14",
        "OECD Secretary-General {} warned on Tuesday that the recovery was uneven.",
        "Angel Gurria",
        "Mathias Cormann",
    ),
    (
        "2012-02-20",
        "IAEA Director General {} says inspectors will return to Iran this week.",
        "Mohamed ElBaradei",
        "Yukiya Amano",
    ),
    (
        "2019-05-20",
        "African Union Commission Chairperson {} is visiting Khartoum this week.",
        "Nkosazana Dlamini-Zuma",
        "Moussa Faki",
    ),
    (
        "2017-03-01",
        "FIFA President {} is expected to announce new bidding rules on Tuesday.",
        "Sepp Blatter",
        "Gianni Infantino",
    ),
    (
        "2010-04-05",
        "U.N. High Commissioner for Refugees {} visited camps in Chad on Sunday.",
        "Ruud Lubbers",
        "Antonio Guterres",
    ),
    (
        "2005-03-01",
        "Arab League Secretary-General {} is meeting Palestinian leaders this week.",
        "Ahmed Aboul Gheit",
        "Amr Moussa",
    ),
    ("2019-11-01", "Former IOC President {} opened the session on Friday.", "Thomas Bach", "Jacques Rogge"),
    # Heads of state after the snapshot, in offices listed completely since 2000-2001.
    (
        "2024-05-10",
        "Swiss President {} said on Friday that the peace conference would go ahead.",
        "Alain Berset",
        "Viola Amherd",
    ),
    (
        "2023-09-01",
        "Bangladesh's President {} is visiting Delhi this week.",
        "Abdul Hamid",
        "Mohammed Shahabuddin",
    ),
]

WORLD_BODIES_TRAPS = [
    ("2025-08-12", "The Games were awarded in 2021 under IOC President Thomas Bach."),
    ("2025-08-12", "IOC President Thomas Bach opened the Paris Games in 2024."),
    (
        "2018-06-01",
        "Guterres, who was UN High Commissioner for Refugees from 2005 to 2015, is now Secretary-General.",
    ),
    ("2016-05-01", "The scandal erupted while Sepp Blatter was FIFA President."),
    ("2020-02-01", "The late IAEA Director General Yukiya Amano was honoured in Vienna on Friday."),
    ("2017-06-01", "The deal struck by then-OECD Secretary-General Angel Gurria in 2010 still stands."),
    ("2024-05-01", "The AU Commission chief Moussa Faki met Sudan's army leader on Monday."),
    ("2019-07-01", "Surin Pitsuwan, a former ASEAN Secretary-General, died in 2017."),
    ("2025-06-01", "Swiss President Viola Amherd hosted the summit at the Burgenstock resort in 2024."),
    ("2022-06-01", "Swiss President Ignazio Cassis says neutrality allows sanctions on Russia."),
]

# "X has been campaigning": an activity going on up to the writing, read as the present;
# "X recently said": a report of the last days, as "X said" without a date.
LATELY = [
    (
        "2019-05-14",
        "Prime Minister {} has been criticising his party's campaign.",
        "Malcolm Turnbull",
        "Scott Morrison",
    ),
    (
        "2024-03-05",
        "Japanese Prime Minister {} has been pressing Beijing over the detained businessmen.",
        "Yoshihide Suga",
        "Fumio Kishida",
    ),
    (
        "2011-06-01",
        "Spanish Prime Minister {} has been urging calm on the markets.",
        "Jose Maria Aznar",
        "Jose Luis Rodriguez Zapatero",
    ),
    (
        "2017-10-10",
        "Italian Prime Minister {} has been lobbying for a migrant deal with Libya.",
        "Matteo Renzi",
        "Paolo Gentiloni",
    ),
    (
        "2018-10-01",
        "{} has been campaigning for Democrats in the midterms.",
        "President Barack Obama",
        "Former President Barack Obama",
    ),
    (
        "2019-05-14",
        "{} recently said that the party had lost its way.",
        "Prime Minister Malcolm Turnbull",
        "Former Prime Minister Malcolm Turnbull",
    ),
    (
        "2022-04-01",
        "German Chancellor {} said recently that Europe must arm itself.",
        "Angela Merkel",
        "Olaf Scholz",
    ),
    (
        "2024-11-20",
        "British Prime Minister {} said recently that the party must rebuild.",
        "Rishi Sunak",
        "Keir Starmer",
    ),
    (
        "2013-09-01",
        "Italian Prime Minister {} recently said that reforms were needed.",
        "Mario Monti",
        "Enrico Letta",
    ),
]

LATELY_TRAPS = [
    ("2017-06-01", "President Obama has been criticised for the 2011 withdrawal from Iraq."),
    ("2017-06-01", "Prime Minister Tony Blair has been something of a hero to centrists."),
    ("2017-06-01", "She has been working with President Obama since 2015."),
    ("2018-06-01", "Since leaving office, President Obama has been writing his memoir."),
    ("2017-03-01", "President Obama, who recently left office, is writing a book."),
    (
        "2017-06-01",
        "A recently released letter from Prime Minister David Cameron shows the plan began in 2015.",
    ),
    (
        "2017-06-01",
        "The memo, recently declassified, shows that President Obama approved the strike in 2011.",
    ),
    ("2017-06-01", "Critics have recently said that President Obama was too cautious in Syria."),
    ("2016-06-01", "Prime Minister David Cameron has been campaigning to remain in the EU since February."),
    ("2019-01-10", "Then-Prime Minister Malcolm Turnbull has been blamed for the 2018 spill."),
    (
        "2019-01-10",
        "Malcolm Turnbull, who as Prime Minister had been pushing for a new policy, recently quit.",
    ),
]


@pytest.mark.parametrize(
    ("published", "pattern", "wrong", "right"), EXAMPLES + US_CABINET + WORLD_BODIES + LATELY
)
def test_wrong_holder_flagged_and_right_one_silent(
    published: str, pattern: str, wrong: str, right: str
) -> None:
    assert shown_rules(pattern.format(wrong), published) == ["office-term"]
    assert shown_rules(pattern.format(right), published) == []


@pytest.mark.parametrize(("published", "text"), TRAPS + US_CABINET_TRAPS + WORLD_BODIES_TRAPS + LATELY_TRAPS)
def test_titles_of_their_own_time_stay_silent(published: str, text: str) -> None:
    assert shown_rules(text, published) == []
