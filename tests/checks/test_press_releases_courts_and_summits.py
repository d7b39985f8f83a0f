"""Press releases and official readouts: court rulings, indictments and sentencings, deaths of
justices, summits of 2018-2025 (BRICS, SCO, APEC, Quad), anniversaries of the armed
services, inaugurations in Korea. Checked whole (tagger included), as the office published
them; every one is right at its date, so no flag may be shown.

Facts: the issuers' archives (whitehouse.gov, justice.gov, ag.ny.gov, mea.gov.in,
mofa.go.jp, kremlin.ru, president.go.kr); terms of office from Wikipedia's lists of office
holders and each person's article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "BRICS Summit concludes in Kazan\n"
            "\n"
            "Ministry of External Affairs\n"
            "October 24, 2024\n"
            "\n"
            "Prime Minister Narendra Modi participated in the 16th BRICS Summit in Kazan, Russia, "
            "from October 22-24, 2024, at the invitation of President Vladimir Putin. On the "
            "sidelines, the Prime Minister held a bilateral meeting with President Xi Jinping on "
            "October 23, their first structured talks since 2019."
        ),
        "2024-10-24",
    ),
    (
        (
            "A Proclamation on the 250th Birthday of the United States Army\n"
            "\n"
            "On June 14, 1775, the Second Continental Congress established the Continental Army, "
            "with General George Washington as its commander. For 250 years, our soldiers have "
            "defended our Nation. Today we celebrate the Army's 250th birthday."
        ),
        "2025-06-14",
    ),
    (
        (
            "Remarks by President Biden at the Centennial Anniversary of the Tomb of the Unknown "
            "Soldier\n"
            "\n"
            "Arlington National Cemetery\n"
            "\n"
            "THE PRESIDENT: One hundred years ago today, the Unknown Soldier was laid to rest here. "
            "In 1921, President Warren G. Harding presided over the ceremony."
        ),
        "2021-11-11",
    ),
    (
        (
            "Restoring Names That Honor American Greatness\n"
            "\n"
            "By the authority vested in me as President, it is hereby ordered that the name of "
            "Denali be changed back to Mount McKinley. President William McKinley, the 25th "
            "President of the United States, championed tariffs. He was assassinated in 1901, and in "
            "1917 the mountain's name was made official."
        ),
        "2025-01-20",
    ),
    (
        (
            "Joint Statement from the Leaders of Australia, India, Japan, and the United States\n"
            "\n"
            "Wilmington, Delaware\n"
            "September 21, 2024\n"
            "\n"
            "Today, we - Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi "
            "of India, Prime Minister Kishida Fumio of Japan, and President Joseph R. Biden of the "
            "United States - met in Wilmington, Delaware, for the sixth Quad Leaders' Summit, and "
            "the fourth in-person. India will host the Quad Leaders' Summit in 2025."
        ),
        "2024-09-21",
    ),
    (
        (
            "Former President Donald J. Trump Indicted\n"
            "\n"
            "Special Counsel's Office\n"
            "\n"
            "A federal grand jury in the Southern District of Florida returned an indictment against "
            "former President Donald J. Trump. According to the indictment, from in or about January "
            "2021 through in or about August 2022, Trump kept classified documents at the Mar-a-Lago "
            "Club. In or about July 2021, at his Bedminster club, Trump showed a classified plan of "
            "attack."
        ),
        "2023-06-09",
    ),
    (
        (
            "Oath Keepers Leader Convicted of Seditious Conspiracy\n"
            "\n"
            "Department of Justice\n"
            "November 29, 2022\n"
            "\n"
            "Stewart Rhodes, the founder and leader of the Oath Keepers, was convicted today of "
            "seditious conspiracy for his role in the January 6, 2021, attack on the U.S. Capitol. "
            "According to the evidence, from in or about November 2020 through in or about January "
            "2021, Rhodes conspired to oppose by force the lawful transfer of presidential power. "
            "Attorney General Merrick B. Garland said the verdict shows the Department's commitment."
        ),
        "2022-11-29",
    ),
    (
        (
            "Attorney General James Wins Lawsuit Against Donald Trump\n"
            "\n"
            "NEW YORK – New York Attorney General Letitia James today won her lawsuit against Donald "
            "Trump, the Trump Organization, and its executives. Justice Arthur Engoron ordered Trump "
            "to pay more than $350 million. Attorney General James filed the lawsuit in September "
            "2022, after a three-year investigation."
        ),
        "2024-02-16",
    ),
    (
        (
            "Statement on the 250th Birthday of the United States Navy\n"
            "\n"
            "Today we mark 250 years since the Continental Congress established the Continental Navy "
            "on October 13, 1775."
        ),
        "2025-10-13",
    ),
    (
        (
            "G20 Osaka Summit: Japan-Australia Summit Meeting\n"
            "\n"
            "Ministry of Foreign Affairs of Japan\n"
            "\n"
            "On June 28, Prime Minister Shinzo Abe held a summit meeting with the Hon. Scott "
            "Morrison, Prime Minister of Australia, on the margins of the G20 Osaka Summit. Prime "
            "Minister Abe congratulated Prime Minister Morrison on his election victory in May."
        ),
        "2019-06-28",
    ),
    (
        (
            "Tianjin Declaration of the Council of Heads of State of the Shanghai Cooperation "
            "Organisation\n"
            "\n"
            "Tianjin, 1 September 2025\n"
            "\n"
            "The Council of Heads of State of the SCO met in Tianjin on 31 August and 1 September "
            "2025, chaired by President Xi Jinping. Prime Minister Narendra Modi attended, his first "
            "visit to China in seven years. Prime Minister Modi last visited China in 2018."
        ),
        "2025-09-01",
    ),
    (
        (
            "Joint Statement of the People's Republic of China and the Russian Federation\n"
            "\n"
            "Moscow, 21 March 2023\n"
            "\n"
            "At the invitation of President Vladimir Putin, President Xi Jinping paid a state visit "
            "to the Russian Federation from 20 to 22 March 2023, his first trip abroad since he was "
            "re-elected President on 10 March."
        ),
        "2023-03-21",
    ),
    (
        (
            "Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula\n"
            "\n"
            "During this momentous period of historical transformation, President Moon Jae-in of the "
            "Republic of Korea and Chairman Kim Jong Un of the State Affairs Commission of the "
            "Democratic People's Republic of Korea held an Inter-Korean Summit Meeting at the 'Peace "
            "House' at Panmunjom on April 27, 2018. The two leaders agreed that President Moon will "
            "visit Pyongyang this fall."
        ),
        "2018-04-27",
    ),
    (
        (
            "Statement by President Biden on the Retirement of Justice Stephen Breyer\n"
            "\n"
            "Today, Justice Stephen Breyer announced that he will retire from the Supreme Court at "
            "the end of the term. Justice Breyer was nominated by President Bill Clinton in 1994. I "
            "was proud to chair the Judiciary Committee during his confirmation hearings."
        ),
        "2022-01-27",
    ),
    (
        (
            "Statement by the President on the Passing of Justice Ruth Bader Ginsburg\n"
            "\n"
            "Justice Ruth Bader Ginsburg died yesterday at the age of 87. Justice Ginsburg was "
            "appointed by President Bill Clinton in 1993 and served on the Court for 27 years."
        ),
        "2020-09-19",
    ),
    (
        (
            "Statement by the President on the Passing of Justice Antonin Scalia\n"
            "\n"
            "Justice Antonin Scalia died today in Texas. Justice Scalia was nominated by President "
            "Ronald Reagan in 1986. I plan to fulfill my constitutional responsibilities to nominate "
            "a successor in due time."
        ),
        "2016-02-13",
    ),
    (
        (
            "Joint Statement: APEC Economic Leaders' Meeting\n"
            "\n"
            "Gyeongju, Republic of Korea\n"
            "1 November 2025\n"
            "\n"
            "We, the APEC Economic Leaders, met in Gyeongju, hosted by President Lee Jae-myung. "
            "President Lee, who took office on 4 June, held a summit with President Xi Jinping "
            "today. President Donald J. Trump met President Xi in Busan on 30 October."
        ),
        "2025-11-01",
    ),
    (
        (
            "President Lee Jae-myung takes office\n"
            "\n"
            "Office of the President, Republic of Korea\n"
            "June 4, 2025\n"
            "\n"
            "Lee Jae-myung took office today as the 21st President of the Republic of Korea, the day "
            "after winning the snap election called when former President Yoon Suk Yeol was removed "
            "from office on April 4. Acting President Lee Ju-ho handed over the duties of the "
            "presidency."
        ),
        "2025-06-04",
    ),
    (
        (
            "Statement by President Biden on the Election of a New Speaker\n"
            "\n"
            "Yesterday, for the first time in our history, the House voted to remove the Speaker, "
            "Kevin McCarthy. Speaker Pro Tempore Patrick McHenry will preside over the House until a "
            "new Speaker is elected."
        ),
        "2023-10-04",
    ),
    (
        (
            "Statement by Secretary of State John Kerry on the British Referendum\n"
            "\n"
            "June 24, 2016\n"
            "\n"
            "Yesterday the British people voted to leave the European Union. Prime Minister David "
            "Cameron announced this morning that he will step down by October. The United States "
            "respects the decision of the people of the United Kingdom."
        ),
        "2016-06-24",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_courts_and_summits_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
