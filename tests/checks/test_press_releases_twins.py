"""Wrong twins of correct press releases: the same words with one date error planted (a
title the person did not hold that day, "former" while in office, "-elect" after the
inauguration, a weekday, an anniversary's count, a count of years, an event told as coming
after it, a summit's date, an order of events). Each must show a flag of its rule.

Facts: as in the files of correct releases (test_press_releases_*.py); weekdays from the
calendar.
"""

import pytest

from .helpers import shown_rules

WRONG = [
    # title-not-held
    (
        ("Secretary of State Antony J. Blinken met today in Beijing with Foreign Minister Wang Yi."),
        "2023-06-19",
        "office-term",
    ),
    # title-not-held
    (
        ("Foreign Secretary James Cleverly spoke today in Rio de Janeiro."),
        "2024-02-22",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Secretary General Anders Fogh Rasmussen addressed a joint meeting of the U.S. Congress "
            "on 3 April."
        ),
        "2019-04-04",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Secretary-General Ban Ki-moon said today, on the first day of the year, that peace must "
            "come first."
        ),
        "2017-01-01",
        "office-term",
    ),
    # title-not-held
    (
        ("Today, President Trump signed the Infrastructure Investment and Jobs Act into law."),
        "2021-11-15",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Secretary of Defense Pete Hegseth welcomed Israeli Minister of Defense Yoav Gallant to "
            "the Pentagon today."
        ),
        "2025-03-05",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Secretary Blinken met today with Indian External Affairs Minister Sushma Swaraj on the "
            "margins of the UN General Assembly."
        ),
        "2021-09-24",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Secretary Kerry met today with Russian Foreign Minister Igor Ivanov in London for six "
            "hours of talks on Ukraine."
        ),
        "2014-03-14",
        "office-term",
    ),
    # title-not-held
    (
        (
            "President Donald J. Trump and Prime Minister Yoshihide Suga today affirmed their "
            "determination to strengthen the U.S.-Japan Alliance."
        ),
        "2017-02-10",
        "office-term",
    ),
    # title-not-held
    (
        (
            "President Donald J. Trump spoke today with Prime Minister Theresa May of the United "
            "Kingdom to congratulate Boris Johnson."
        ),
        "2019-07-26",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Prime Minister Giorgia Meloni hosted President Biden, President Macron, Chancellor "
            "Scholz, Prime Minister Kishida, Prime Minister Starmer and Prime Minister Trudeau."
        ),
        "2024-06-14",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Prime Minister Justin Trudeau chaired the summit, which was attended by President "
            "Donald Trump, Chancellor Angela Merkel, President Emmanuel Macron, Prime Minister Boris "
            "Johnson and Prime Minister Shinzo Abe."
        ),
        "2018-06-09",
        "office-term",
    ),
    # title-not-held
    (
        ("Secretary of State Antony J. Blinken met today with Israeli Foreign Minister Yair Lapid."),
        "2023-01-30",
        "office-term",
    ),
    # title-not-held
    (
        (
            "Secretary of Defense Lloyd J. Austin III met with Chinese Minister of National Defense "
            "Li Shangfu on the margins of the Shangri-La Dialogue."
        ),
        "2024-05-31",
        "office-term",
    ),
    # former-in-office
    (
        ("Former Prime Minister Rishi Sunak welcomed Foreign Secretary David Cameron back from Rio today."),
        "2024-02-22",
        "office-term",
    ),
    # former-in-office
    (
        ("Former President Xi Jinping met President Biden in Woodside, California, today."),
        "2023-11-15",
        "office-term",
    ),
    # former-in-office
    (
        ("This morning, former President Obama welcomed President-elect Donald J. Trump to the Oval Office."),
        "2016-11-10",
        "office-term",
    ),
    # former-in-office
    (
        ("Former Speaker Nancy Pelosi joined President Biden in Statuary Hall today."),
        "2022-01-06",
        "office-term",
    ),
    # former-in-office
    (
        ("Former Fed Chair Jerome H. Powell took the oath of office on Monday."),
        "2018-02-05",
        "office-term",
    ),
    # elect-after
    (
        (
            "President-elect Donald J. Trump and Prime Minister Shinzo Abe today affirmed their "
            "strong determination."
        ),
        "2017-02-10",
        "office-term",
    ),
    # elect-after
    (
        ("President-elect Biden spoke from the Treaty Room today about Afghanistan."),
        "2021-04-14",
        "office-term",
    ),
    # elect-before
    (
        ("Vice President-elect JD Vance spoke in Ohio today."),
        "2024-10-01",
        "office-term",
    ),
    # weekday
    (
        (
            "FOR IMMEDIATE RELEASE\n"
            "Wednesday, March 28, 2024\n"
            "\n"
            "SAMUEL BANKMAN-FRIED was sentenced today to 25 years in prison."
        ),
        "2024-03-28",
        "weekday",
    ),
    # weekday
    (
        (
            "Tuesday, January 29, 2025\n"
            "\n"
            "Former U.S. Senator ROBERT MENENDEZ was sentenced today to 11 years in prison."
        ),
        "2025-01-29",
        "weekday",
    ),
    # weekday
    (
        ("On Thursday, December 20, 2019, the President signed into law S. 1790."),
        "2019-12-20",
        "weekday",
    ),
    # weekday
    (
        ("Election Day is Monday, November 5, 2024."),
        "2024-11-01",
        "weekday",
    ),
    # weekday
    (
        ("Road closures for the 60th Presidential Inauguration on Sunday, January 20, 2025."),
        "2025-01-17",
        "weekday",
    ),
    # weekday
    (
        (
            "Published Wednesday 12 September 2024\n"
            "\n"
            "Defence Secretary John Healey met Rustem Umerov in Kyiv today."
        ),
        "2024-09-12",
        "weekday",
    ),
    # weekday
    (
        ("The next meeting is scheduled for Tuesday and Wednesday, March 19-20, 2025."),
        "2025-01-29",
        "weekday",
    ),
    # anniversary
    (
        (
            "Finland today became the 31st member of the NATO Alliance, on the 75th anniversary of "
            "the signing of the North Atlantic Treaty."
        ),
        "2023-04-04",
        "elapsed-time",
    ),
    # anniversary
    (
        ("Today we mark the 70th anniversary of the signing of the Washington Treaty."),
        "2024-04-04",
        "elapsed-time",
    ),
    # anniversary
    (
        ("Statement by the Secretary-General on the fifth anniversary of the Paris Agreement."),
        "2025-12-12",
        "elapsed-time",
    ),
    # elapsed
    (
        ("Fifteen years ago today, Malaysia Airlines flight MH17 was shot down over eastern Ukraine."),
        "2024-07-17",
        "elapsed-time",
    ),
    # elapsed
    (
        ("Fifteen years ago today, Hurricane Katrina made landfall in southeast Louisiana."),
        "2025-08-29",
        "elapsed-time",
    ),
    # elapsed
    (
        ("Governor Ned Lamont today marked five years since the shooting at Sandy Hook Elementary School."),
        "2022-12-14",
        "elapsed-time",
    ),
    # elapsed
    (
        (
            "Two years ago today, Russia launched its full-scale invasion of Ukraine. The war, now "
            "in its fourth year, has cost tens of thousands of lives."
        ),
        "2025-02-24",
        "elapsed-time",
    ),
    # elapsed
    (
        ("Sixty years ago today, the North Atlantic Treaty was signed here in Washington."),
        "2019-04-04",
        "elapsed-time",
    ),
    # event-tense
    (
        (
            "NATO Secretary General Jens Stoltenberg spoke to the press today ahead of the NATO "
            "Summit in Vilnius."
        ),
        "2023-07-14",
        "event-tense",
    ),
    # event-tense
    (
        ("Allied leaders will attend the upcoming NATO Summit in Washington."),
        "2024-07-20",
        "event-tense",
    ),
    # event-tense
    (
        ("Leaders who attended the NATO Summit in Madrid invited Finland and Sweden to join."),
        "2022-06-20",
        "event-tense",
    ),
    # dated-title
    (
        ("In 2016, President Trump nominated Merrick Garland to the Supreme Court."),
        "2021-03-11",
        "office-term",
    ),
    # title-not-held
    (
        ("To President Mbeki and members of the government, it is a singular honor to be with you today."),
        "2013-12-10",
        "office-term",
    ),
]


@pytest.mark.parametrize(("text", "published", "rule"), WRONG)
def test_wrong_twins_of_press_releases_are_flagged(text, published, rule):
    assert rule in shown_rules(text, published)
