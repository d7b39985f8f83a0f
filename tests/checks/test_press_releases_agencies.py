"""Press releases and official readouts: State Department readouts and statements, Pentagon
readouts, Department of Justice and U.S. Attorneys' sentencing releases, 2013-2025. Checked
whole (tagger included), as the office published them; every one is right at its date, so no
flag may be shown.

Facts: state.gov and its 2009-2017 and 2017-2021 archives, defense.gov, justice.gov and the
U.S. Attorneys' offices' news pages; terms of office from Wikipedia's lists of office
holders and each person's article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Secretary Blinken's Meeting with PRC Director of the Office of the Central Foreign "
            "Affairs Commission Wang Yi\n"
            "\n"
            "OFFICE OF THE SPOKESPERSON\n"
            "June 19, 2023\n"
            "\n"
            "The below is attributable to Spokesperson Matthew Miller:\n"
            "\n"
            "Secretary of State Antony J. Blinken met today in Beijing with Director of the Office "
            "of the Central Foreign Affairs Commission Wang Yi. The Secretary met with Foreign "
            "Minister Qin Gang on Sunday, and will meet President Xi Jinping this afternoon."
        ),
        "2023-06-19",
    ),
    (
        (
            "Secretary Blinken's Meeting with Indian External Affairs Minister Jaishankar\n"
            "\n"
            "New Delhi, India\n"
            "July 28, 2021\n"
            "\n"
            "The below is attributable to Spokesperson Ned Price:\n"
            "\n"
            "Secretary Blinken met today with Indian External Affairs Minister Subrahmanyam "
            "Jaishankar in New Delhi. The Secretary and the External Affairs Minister discussed the "
            "Quad, whose leaders first met virtually in March at the invitation of President Biden."
        ),
        "2021-07-28",
    ),
    (
        (
            "Secretary Kerry's Meeting with Russian Foreign Minister Lavrov\n"
            "\n"
            "London, United Kingdom\n"
            "March 14, 2014\n"
            "\n"
            "Secretary Kerry met today with Russian Foreign Minister Sergey Lavrov in London for six "
            "hours of talks on Ukraine. The Secretary made clear that the United States will not "
            "recognize the outcome of Sunday's referendum in Crimea."
        ),
        "2014-03-14",
    ),
    (
        (
            "Secretary Pompeo's Meeting with Japanese Foreign Minister Kono\n"
            "\n"
            "Tokyo, Japan\n"
            "October 6, 2018\n"
            "\n"
            "Secretary of State Michael R. Pompeo met today with Japanese Foreign Minister Taro Kono "
            "in Tokyo. The Secretary briefed Foreign Minister Kono on his upcoming trip to Pyongyang "
            "and Seoul. The Secretary also met with Prime Minister Shinzo Abe."
        ),
        "2018-10-08",
    ),
    (
        (
            "Secretary Tillerson's Meeting With Russian Foreign Minister Sergey Lavrov\n"
            "\n"
            "Moscow, Russia\n"
            "April 12, 2017\n"
            "\n"
            "Secretary Tillerson met with Foreign Minister Lavrov and President Vladimir Putin in "
            "Moscow today. Their discussion covered the conflict in Syria following the April 4 "
            "chemical weapons attack in Khan Sheikhoun."
        ),
        "2017-04-12",
    ),
    (
        (
            "Joint Statement on the United States-Ukraine Meeting in Jeddah\n"
            "\n"
            "March 11, 2025\n"
            "\n"
            "Today, the United States and Ukraine took important steps toward restoring durable "
            "peace for Ukraine. Secretary of State Marco Rubio and National Security Advisor Michael "
            "Waltz met with Ukraine's delegation, led by Head of the Presidential Office Andriy "
            "Yermak, in Jeddah, Saudi Arabia.\n"
            "\n"
            "Ukraine expressed readiness to accept the U.S. proposal to enact an immediate, interim "
            "30-day ceasefire. The delegations thanked Crown Prince Mohammed bin Salman for hosting "
            "the talks."
        ),
        "2025-03-11",
    ),
    (
        (
            "Secretary Blinken's Meeting with Ukrainian Foreign Minister Sybiha\n"
            "\n"
            "Fiuggi, Italy\n"
            "November 26, 2024\n"
            "\n"
            "Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Andrii "
            "Sybiha on the margins of the G7 Foreign Ministers' Meeting. Foreign Minister Sybiha, "
            "who succeeded Dmytro Kuleba in September, thanked the Secretary for continued U.S. "
            "support."
        ),
        "2024-11-26",
    ),
    (
        (
            "Statement by Secretary Kerry on Implementation Day\n"
            "\n"
            "Vienna, Austria\n"
            "January 16, 2016\n"
            "\n"
            "Today the International Atomic Energy Agency verified that Iran has completed the steps "
            "required under the Joint Comprehensive Plan of Action, which was concluded in Vienna on "
            "July 14, 2015. I want to thank Secretary Moniz and Under Secretary Wendy Sherman, who "
            "led our team until last fall."
        ),
        "2016-01-16",
    ),
    (
        (
            "Abraham Accords Peace Agreement: Treaty of Peace, Diplomatic Relations and Full "
            "Normalization Between the United Arab Emirates and the State of Israel\n"
            "\n"
            "Washington, D.C.\n"
            "September 15, 2020\n"
            "\n"
            "Today, President Donald J. Trump hosted Prime Minister Benjamin Netanyahu of Israel, "
            "Foreign Minister Abdullah bin Zayed Al Nahyan of the United Arab Emirates and Foreign "
            "Minister Abdullatif bin Rashid Al Zayani of Bahrain at the White House for the signing "
            "of the Abraham Accords.\n"
            "\n"
            "Secretary Pompeo said the agreements followed the Joint Statement of August 13."
        ),
        "2020-09-15",
    ),
    (
        (
            "Secretary Blinken's Call with Armenian Prime Minister Pashinyan\n"
            "\n"
            "OFFICE OF THE SPOKESPERSON\n"
            "\n"
            "The below is attributable to Spokesperson Ned Price:\n"
            "\n"
            "Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol "
            "Pashinyan to discuss the negotiations between Armenia and Azerbaijan. The Secretary "
            "welcomed the Prime Minister's meeting with Azerbaijani President Ilham Aliyev in Prague "
            "on October 6."
        ),
        "2022-10-13",
    ),
    (
        (
            "Secretary Blinken's Meeting with Chinese Director of the Office of the Central Foreign "
            "Affairs Commission Wang Yi\n"
            "\n"
            "Munich, Germany\n"
            "\n"
            "Secretary Blinken met today with PRC Director of the Office of the Central Foreign "
            "Affairs Commission Wang Yi on the margins of the Munich Security Conference on February "
            "18. The Secretary made clear that the PRC's high-altitude surveillance balloon in U.S. "
            "territorial airspace was an unacceptable violation of U.S. sovereignty."
        ),
        "2023-02-20",
    ),
    (
        (
            "Secretary Blinken's Meeting with PRC Foreign Minister Wang Yi\n"
            "\n"
            "Munich, Germany\n"
            "February 16, 2024\n"
            "\n"
            "Secretary of State Antony J. Blinken met today with PRC Foreign Minister Wang Yi on the "
            "margins of the Munich Security Conference. The Secretary and the Foreign Minister "
            "followed up on the commitments made by President Biden and President Xi at their "
            "meeting in Woodside, California."
        ),
        "2024-02-17",
    ),
    (
        (
            "Secretary Rubio's Meeting with Indian External Affairs Minister Jaishankar\n"
            "\n"
            "The below is attributable to Spokesperson Tammy Bruce:\n"
            "\n"
            "Secretary of State and National Security Advisor Marco Rubio met today with External "
            "Affairs Minister Dr. S. Jaishankar in Washington, on the margins of the Quad Foreign "
            "Ministers' Meeting."
        ),
        "2025-07-01",
    ),
    (
        (
            "Statement by Secretary Pompeo on the Hanoi Summit\n"
            "\n"
            "Hanoi, Vietnam\n"
            "February 28, 2019\n"
            "\n"
            "President Trump and Chairman Kim Jong Un held productive talks in Hanoi, building on "
            "their first summit in Singapore last June. The President traveled back to Washington "
            "this afternoon."
        ),
        "2019-02-28",
    ),
    (
        (
            "Remarks at Flag Raising Ceremony\n"
            "\n"
            "Secretary of State John Kerry\n"
            "U.S. Embassy Havana, Cuba\n"
            "August 14, 2015\n"
            "\n"
            "SECRETARY KERRY: I am honored to be here in Havana at this moment. Fifty-four years "
            "ago, the American flag was lowered here for the last time. The last time our flag flew "
            "here was in January 1961, when the embassy closed under President Eisenhower."
        ),
        "2015-08-14",
    ),
    (
        (
            "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Australian Deputy "
            "Prime Minister and Minister for Defence Richard Marles\n"
            "\n"
            "July 28, 2023\n"
            "\n"
            "Secretary of Defense Lloyd J. Austin III met with Australian Deputy Prime Minister and "
            "Minister for Defence Richard Marles in Brisbane, Australia, on the margins of the "
            "Australia-U.S. Ministerial Consultations (AUSMIN). Secretary of State Antony J. Blinken "
            "and Foreign Minister Penny Wong also attended."
        ),
        "2023-07-28",
    ),
    (
        (
            "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Japanese Minister of "
            "Defense Minoru Kihara\n"
            "\n"
            "Secretary of Defense Lloyd J. Austin III met with Japanese Minister of Defense Minoru "
            "Kihara in Tokyo, Japan, on July 28. The two leaders discussed the historic upgrade to "
            "U.S. Forces, Japan, announced at the U.S.-Japan Security Consultative Committee (2+2) "
            "today."
        ),
        "2024-07-28",
    ),
    (
        (
            "Secretary Hegseth Welcomes Israeli Prime Minister Netanyahu to the Pentagon\n"
            "\n"
            "Secretary of Defense Pete Hegseth welcomed Israeli Prime Minister Benjamin Netanyahu to "
            "the Pentagon today. Secretary Hegseth, who was sworn in on January 25, emphasized the "
            "unshakable bond between the United States and Israel."
        ),
        "2025-02-04",
    ),
    (
        (
            "Secretary Carter Delivers Remarks at the Shangri-La Dialogue\n"
            "\n"
            "Singapore\n"
            "May 30, 2015\n"
            "\n"
            "Secretary of Defense Ash Carter spoke today at the IISS Shangri-La Dialogue. Secretary "
            "Carter, who previously served as Deputy Secretary of Defense from 2011 to 2013, called "
            "for an immediate and lasting halt to land reclamation in the South China Sea."
        ),
        "2015-05-30",
    ),
    (
        (
            "Statement by Acting Secretary of Defense Patrick M. Shanahan\n"
            "\n"
            "Today, I assumed the duties of Acting Secretary of Defense. I thank Secretary Jim "
            "Mattis for his leadership over the past two years. Former Secretary Mattis resigned in "
            "December, and his resignation took effect on January 1."
        ),
        "2019-01-01",
    ),
    (
        (
            "Statement by Secretary of Defense Chuck Hagel on the Recovery of Sergeant Bowe Bergdahl\n"
            "\n"
            "Today, Sergeant Bowe Bergdahl is back in U.S. custody. Sergeant Bergdahl, who was "
            "captured in June 2009, was held for nearly five years."
        ),
        "2014-05-31",
    ),
    (
        (
            "Samuel Bankman-Fried Sentenced To 25 Years For His Orchestration Of Multiple Fraudulent "
            "Schemes\n"
            "\n"
            "U.S. Attorney's Office, Southern District of New York\n"
            "FOR IMMEDIATE RELEASE\n"
            "Thursday, March 28, 2024\n"
            "\n"
            "Damian Williams, the United States Attorney for the Southern District of New York, "
            'announced that SAMUEL BANKMAN-FRIED, a/k/a "SBF," was sentenced today to 25 years in '
            "prison. BANKMAN-FRIED was convicted on November 2, 2023, following a one-month trial "
            "before U.S. District Judge Lewis A. Kaplan.\n"
            "\n"
            "From 2019 through November 2022, BANKMAN-FRIED misappropriated billions of dollars of "
            "customer funds deposited with FTX, the cryptocurrency exchange he founded.\n"
            "\n"
            "Contact: Nicholas Biase, (212) 637-2600"
        ),
        "2024-03-28",
    ),
    (
        (
            "Former U.S. Senator Robert Menendez Sentenced To 11 Years In Prison For Bribery Scheme\n"
            "\n"
            "Wednesday, January 29, 2025\n"
            "\n"
            "Former U.S. Senator ROBERT MENENDEZ was sentenced today to 11 years in prison for "
            "bribery, extortion, honest services fraud, and acting as an agent of the Government of "
            "Egypt while a sitting U.S. Senator. MENENDEZ was convicted by a jury in July 2024 after "
            "a nine-week trial and resigned from the Senate in August 2024.\n"
            "\n"
            "As proven at trial, from 2018 through 2022, MENENDEZ accepted hundreds of thousands of "
            "dollars in cash and gold bars."
        ),
        "2025-01-29",
    ),
    (
        (
            "Theranos Founder Elizabeth Holmes Sentenced To More Than 11 Years For Defrauding "
            "Investors\n"
            "\n"
            "Friday, November 18, 2022\n"
            "\n"
            "SAN JOSE – Theranos founder Elizabeth Holmes was sentenced today to 135 months in "
            "prison for defrauding investors. Holmes was convicted by a jury on January 3, 2022, "
            "following a four-month trial. From 2010 through 2015, Holmes told investors that "
            "Theranos had developed a revolutionary blood-testing device."
        ),
        "2022-11-18",
    ),
    (
        (
            "Former Minneapolis Police Officer Derek Chauvin Sentenced to 270 Months\n"
            "\n"
            "Minnesota Attorney General's Office\n"
            "June 25, 2021\n"
            "\n"
            "Attorney General Keith Ellison said today that former Minneapolis police officer Derek "
            "Chauvin was sentenced to 22 and a half years for the murder of George Floyd on May 25, "
            "2020. A Hennepin County jury convicted Chauvin on April 20."
        ),
        "2021-06-25",
    ),
    (
        (
            "Attorney General Merrick B. Garland Sworn In as the 86th Attorney General of the United "
            "States\n"
            "\n"
            "Department of Justice\n"
            "Office of Public Affairs\n"
            "FOR IMMEDIATE RELEASE\n"
            "Thursday, March 11, 2021\n"
            "\n"
            "Merrick B. Garland was sworn in today as the 86th Attorney General of the United "
            "States. Before his confirmation, Attorney General Garland served as a judge on the U.S. "
            "Court of Appeals for the D.C. Circuit from 1997 to 2021, including as Chief Judge from "
            "2013 to 2020. In 2016, President Obama nominated him to the Supreme Court."
        ),
        "2021-03-11",
    ),
    (
        (
            "Jeff Sessions Sworn In as 84th Attorney General of the United States\n"
            "\n"
            "Department of Justice\n"
            "Thursday, February 9, 2017\n"
            "\n"
            "Today, Jeff Sessions was sworn in as the 84th Attorney General of the United States by "
            "Vice President Mike Pence. Attorney General Sessions represented Alabama in the United "
            "States Senate from 1997 to 2017. Prior to his Senate service, he served as Alabama "
            "Attorney General and as U.S. Attorney for the Southern District of Alabama."
        ),
        "2017-02-09",
    ),
    (
        (
            "Former President Donald J. Trump Arraigned on Federal Charges\n"
            "\n"
            "MIAMI – Former President Donald J. Trump pleaded not guilty today in federal court in "
            "Miami to 37 counts related to the retention of classified documents after he left "
            "office in January 2021. Special Counsel Jack Smith, appointed by Attorney General "
            "Merrick B. Garland on November 18, 2022, attended the arraignment."
        ),
        "2023-06-13",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_agencies_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
