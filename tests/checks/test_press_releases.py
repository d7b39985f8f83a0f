"""Government press releases and official readouts, checked whole (tagger included): the
readings this genre needed, each with the release that raised a false flag and a wrong twin
that must stay flagged.

Facts: the issuers' own releases (whitehouse.gov and the Obama White House archive,
state.gov, UNFCCC, the UN Secretary-General's statements, the Prime Minister's Office of
Israel), Wikipedia's articles on each person, office and event; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    # "August 6 of that year": the year last mentioned (1965), not the one before the DCT
    (
        (
            "Remarks on the 60th Anniversary of Bloody Sunday\n\n"
            "Selma, Alabama\nMarch 9, 2025\n\n"
            "Sixty years ago this week, on March 7, 1965, John Lewis and hundreds of marchers were "
            "beaten on the Edmund Pettus Bridge. President Lyndon B. Johnson signed the Voting Rights "
            "Act on August 6 of that year."
        ),
        "2025-03-09",
    ),
    (
        "On March 7, 1965, marchers were beaten in Selma. President Lyndon B. Johnson signed the "
        "Voting Rights Act in August of that year.",
        "2025-03-09",
    ),
    (
        "John F. Kennedy took office in 1961. That April, President John F. Kennedy approved the "
        "landing at the Bay of Pigs.",
        "2021-06-04",
    ),
    (
        "President Barack Obama took office in January 2009. Vice President Joe Biden led the "
        "recovery effort in February of the same year.",
        "2016-05-02",
    ),
    # a record counted from a dated event: the year dates the record, not the clause
    (
        "McConnell Statement on Tax Reform Signing\n\nWASHINGTON, D.C. – U.S. Senate Majority Leader "
        "Mitch McConnell (R-KY) made the following statement today after President Trump signed the "
        "Tax Cuts and Jobs Act into law, the largest overhaul of the tax code since the Tax Reform Act "
        "of 1986, which President Reagan signed.",
        "2017-12-22",
    ),
    # the end of a term announced by its holder: the date is a plan, the title held now
    (
        "Statement by Secretary of State John Kerry on the British Referendum\n\nJune 24, 2016\n\n"
        "Yesterday the British people voted to leave the European Union. Prime Minister David "
        "Cameron announced this morning that he will step down by October. The United States "
        "respects the decision of the people of the United Kingdom.",
        "2016-06-24",
    ),
    ("Prime Minister David Cameron will step down by October.", "2016-06-24"),
    # a plan for a day after the writing, by a holder in office then: less sure
    (
        "Readout of the Prime Minister's Call with President Obama\n\nPublished 24 June 2016\n\n"
        "Prime Minister David Cameron spoke to President Obama this afternoon. Prime Minister "
        "David Cameron will visit Washington in October.",
        "2016-06-24",
    ),
    # "Alternate Prime Minister", "Under Secretary": other offices than the title after them
    (
        (
            "Statement by Prime Minister Naftali Bennett on the swearing-in of the new government\n\n"
            "Jerusalem\nJune 13, 2021\n\n"
            "The Knesset approved the new government today. I thank Prime Minister Benjamin Netanyahu "
            "for his long service to the State of Israel. Alternate Prime Minister Yair Lapid will serve "
            "as Foreign Minister."
        ),
        "2021-06-13",
    ),
    (
        "Under Secretary of Defense Ashton Carter told reporters on Tuesday that the tanker "
        "contract was fair.",
        "2010-03-03",
    ),
    (
        "Under Secretary of State for Political Affairs Wendy Sherman led the U.S. delegation on Thursday.",
        "2014-11-21",
    ),
    # "scheduled for" with the event's own date: the plan, not a claim that it is to come
    (
        (
            "COP29 closes with agreement on new climate finance goal\n\n"
            "Baku, 24 November 2024\n\n"
            "The UN Climate Change Conference COP29 in Baku, scheduled for 11-22 November, closed today, "
            "two days late, with agreement on a new collective quantified goal on climate finance. COP29 "
            "President Mukhtar Babayev thanked the parties."
        ),
        "2024-11-24",
    ),
    # "N years after EVENT on DATE": the date is the event's, the count runs to the writing
    (
        (
            "Statement by the Spokesperson on Afghanistan\n\n"
            "Two years after the Taliban takeover of Kabul on 15 August 2021, the humanitarian situation "
            "in Afghanistan remains dire. The Secretary-General calls on the de facto authorities to "
            "reverse the bans on girls' education."
        ),
        "2023-08-15",
    ),
    (
        "Statement by Prime Minister Boris Johnson on the end of the transition period\n\n"
        "Published 31 December 2020\n\nTonight at 11pm the transition period ends, eleven months "
        "after the UK left the EU on 31 January. The Trade and Cooperation Agreement, agreed on 24 "
        "December, will take effect at midnight.",
        "2020-12-31",
    ),
    # a date inside the event's name is its start, not the end of the count
    (
        "Readout of Secretary Blinken's Meeting with Israeli Prime Minister Netanyahu\n\n"
        "Tel Aviv\n\nSecretary Blinken met today with Prime Minister Netanyahu. Ten days after the "
        "October 7 attacks, the Secretary reaffirmed Israel's right to defend itself. President "
        "Biden will travel to Israel tomorrow.",
        "2023-10-17",
    ),
    # a weekday range before a date range: the second weekday is the range's last day
    (
        "Secretary of State Reminds Voters of Super Tuesday\n\nSuper Tuesday, March 5, 2024, is "
        "next week. Polls will be open from 7 a.m. to 8 p.m. Early voting runs Monday through "
        "Friday, February 26-March 1.",
        "2024-03-01",
    ),
    (
        "Media Advisory: Secretary's Schedule for the Week of June 2\n\n"
        "Monday-Wednesday, June 2-4: The Secretary will travel to Brussels.\n"
        "Thursday, June 5: The Secretary will attend the NATO Defence Ministers' Meeting.",
        "2025-06-02",
    ),
    ("Wednesday to Friday, 5 March 2025: the Minister will be in Canberra.", "2025-03-01"),
    ("Saturday & Sunday, March 1 & 2: the office is closed.", "2025-02-25"),
    (
        "Federal Reserve issues FOMC statement\n\nFor release at 2:00 p.m. EST\nJanuary 29, 2025\n\n"
        "The Committee decided to maintain the target range for the federal funds rate at 4-1/4 to "
        "4-1/2 percent. The next meeting is scheduled for Tuesday and Wednesday, March 18-19, 2025.",
        "2025-01-29",
    ),
    (
        "Finland joins NATO as 31st Ally\n\n4 April 2023\n\nFinland today became the 31st member "
        "of the NATO Alliance, on the 74th anniversary of the signing of the North Atlantic Treaty.",
        "2023-04-04",
    ),
    # "Russia's war against Ukraine" is also the full-scale invasion of 2022
    (
        (
            "Statement by the G7 Leaders on the first anniversary of Russia's war against Ukraine\n\n"
            "24 February 2023\n\n"
            "One year ago today, Russia launched its unprovoked, unjustifiable and illegal war of "
            "aggression against Ukraine. Today, Japan's Prime Minister Kishida Fumio hosted a virtual "
            "meeting of G7 leaders with President Zelenskyy."
        ),
        "2023-02-24",
    ),
]

WRONG = [
    # the year of "that year" still dates the title
    (
        "On March 7, 1965, marchers were beaten in Selma. President Richard Nixon signed the "
        "Voting Rights Act on August 6 of that year.",
        "2025-03-09",
        "office-term",
    ),
    (
        "On March 7, 1965, marchers were beaten in Selma. Vice President Lyndon B. Johnson "
        "signed the Voting Rights Act on August 6 of that year.",
        "2025-03-09",
        "office-term",
    ),
    # a clause's own year still dates it beside such a record
    (
        "President Trump signed the Tax Cuts and Jobs Act in 2015, the largest overhaul of the tax "
        "code since the Tax Reform Act of 1986.",
        "2017-12-22",
        "office-term",
    ),
    ("President Trump signed the Tax Reform Act of 1986.", "2017-12-22", "office-term"),
    (
        "Richard Nixon took office in 1969. That April, President John F. Kennedy approved the "
        "landing at the Bay of Pigs.",
        "2021-06-04",
        "office-term",
    ),
    ("Prime Minister Gordon Brown will visit Washington in October.", "2016-06-24", "office-term"),
    # ... but not by someone who does not hold it
    (
        "Prime Minister Gordon Brown announced this morning that he will step down by October.",
        "2016-06-24",
        "office-term",
    ),
    # the bare title still judged
    ("Prime Minister Yair Lapid will serve as Foreign Minister.", "2021-06-13", "office-term"),
    (
        "Secretary of Defense Ashton Carter told reporters on Tuesday that the tanker contract was fair.",
        "2010-03-03",
        "office-term",
    ),
    # "under" before another title is a preposition: the title is judged
    ("Under President Trump, the deal was signed in 2012.", "2020-03-03", "office-term"),
    # an anniversary of the act that began the event
    (
        "Today we mark the 70th anniversary of the signing of the Washington Treaty.",
        "2024-04-04",
        "elapsed-time",
    ),
    ("Today marks the 5th anniversary of the adoption of the Paris Agreement.", "2025-12-12", "elapsed-time"),
    # a plan still told in the future after the event
    (
        "The UN Climate Change Conference COP29, scheduled for 11-22 November, will be held in Baku.",
        "2024-12-05",
        "event-tense",
    ),
    # weekday ranges whose last day does not fit
    ("Early voting runs Monday through Thursday, February 26-March 1.", "2024-02-20", "weekday"),
    ("Monday-Wednesday, June 2-5: The Secretary will travel to Brussels.", "2025-06-01", "weekday"),
    ("Monday and Tuesday, June 3 and 4, the office is closed.", "2025-06-01", "weekday"),
    ("Saturday & Sunday, March 2 & 3: the office is closed.", "2025-02-25", "weekday"),
    # counts that do not fit, with the event's own date given
    (
        "Ten days after the October 7 attacks, the Secretary is in Israel to reaffirm its right "
        "to defend itself.",
        "2023-12-17",
        "elapsed-time",
    ),
    (
        "Two years after the Taliban takeover of Kabul on 15 August 2021, the humanitarian "
        "situation in Afghanistan remains dire.",
        "2024-08-15",
        "elapsed-time",
    ),
    (
        "G7 leaders marked the first anniversary of Russia's war against Ukraine on Friday.",
        "2024-02-24",
        "elapsed-time",
    ),
]


CASES = [(text, published, set()) for text, published in RIGHT] + [
    (text, published, {rule}) for text, published, rule in WRONG
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_press_releases(text, published, expected):
    """A right release shows no flag; a wrong twin shows its rule's, and no other."""
    assert set(shown_rules(text, published)) == expected
