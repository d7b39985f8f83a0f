"""Press releases and official readouts: governors, members of Congress, central banks, police
departments and companies' investor releases, and datelines with weekdays, 2014-2025.
Checked whole (tagger included), as the office published them; every one is right at its
date, so no flag may be shown.

Facts: governors' and congressional press pages, federalreserve.gov, ecb.europa.eu,
bankofengland.co.uk, rbi.org.in, rba.gov.au, nyc.gov, the companies' investor-relations
pages; terms of office from Wikipedia's lists of office holders and each person's article;
weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Governor Hochul Announces $1 Billion for Mental Health Care\n"
            "\n"
            "Albany, NY\n"
            "May 2, 2023\n"
            "\n"
            "Governor Kathy Hochul today announced the FY 2024 Enacted Budget includes $1 billion "
            'for mental health care. "We\'re finally getting the job done," Governor Hochul said. The '
            "Governor took office in August 2021 after the resignation of former Governor Andrew "
            "Cuomo.\n"
            "\n"
            "Contact the Governor's Press Office\n"
            "NYC Press Office: 212.681.4640"
        ),
        "2023-05-02",
    ),
    (
        (
            "Governor Abbott Delivers Inaugural Address\n"
            "\n"
            "AUSTIN - Governor Greg Abbott was sworn in today as the 48th Governor of Texas, "
            "succeeding Governor Rick Perry, who served from December 2000. Abbott served as Texas "
            "Attorney General from 2002 to 2015. Lieutenant Governor Dan Patrick was also sworn in."
        ),
        "2015-01-20",
    ),
    (
        (
            "Governor Gavin Newsom Sworn In as California's 40th Governor\n"
            "\n"
            "SACRAMENTO – Gavin Newsom was sworn in today as the 40th Governor of California. "
            "Governor Newsom previously served as Lieutenant Governor from 2011 to 2019 and as Mayor "
            "of San Francisco from 2004 to 2011. He succeeds Governor Jerry Brown."
        ),
        "2019-01-07",
    ),
    (
        (
            "Governor DeSantis Signs Fiscal Year 2022-2023 Budget\n"
            "\n"
            "TALLAHASSEE, Fla. — On June 2, 2022, Governor Ron DeSantis signed the Fiscal Year "
            "2022-2023 budget. The budget takes effect July 1. The Governor vetoed $3.1 billion in "
            "projects."
        ),
        "2022-06-02",
    ),
    (
        (
            "Governor Whitmer Extends Stay Home, Stay Safe Order\n"
            "\n"
            "LANSING, Mich. -- Today, Governor Gretchen Whitmer signed Executive Order 2020-59, "
            "extending the Stay Home, Stay Safe order through May 15, 2020. The first order took "
            "effect on March 24. Lt. Governor Garlin Gilchrist II joined the Governor at the "
            "briefing."
        ),
        "2020-04-24",
    ),
    (
        (
            "Governor Cuomo Announces Infection Rate Below 1 Percent for 17th Straight Day\n"
            "\n"
            "Albany, NY\n"
            "\n"
            "Governor Andrew M. Cuomo today announced that the infection rate has remained below 1 "
            "percent. The state's peak came in April."
        ),
        "2020-08-10",
    ),
    (
        (
            "Statement by Speaker Pelosi and Leader Schumer\n"
            "\n"
            "Washington, D.C. – Speaker of the House Nancy Pelosi and Senate Democratic Leader Chuck "
            "Schumer released this statement today after the Capitol was breached:\n"
            "\n"
            '"We are calling on President Trump to demand that all protestors leave the U.S. Capitol '
            'and Capitol Grounds immediately." '
        ),
        "2021-01-06",
    ),
    (
        (
            "Speaker Johnson Elected 56th Speaker of the House\n"
            "\n"
            "Washington, D.C. - Today, Representative Mike Johnson of Louisiana was elected the 56th "
            "Speaker of the House of Representatives. He succeeds Kevin McCarthy, who was removed on "
            "October 3. Speaker Pro Tempore Patrick McHenry presided over the vote."
        ),
        "2023-10-25",
    ),
    (
        (
            "McConnell Statement on Tax Reform Signing\n"
            "\n"
            "WASHINGTON, D.C. – U.S. Senate Majority Leader Mitch McConnell (R-KY) made the "
            "following statement today after President Trump signed the Tax Cuts and Jobs Act into "
            "law, the largest overhaul of the tax code since the Tax Reform Act of 1986, which "
            "President Reagan signed."
        ),
        "2017-12-22",
    ),
    (
        (
            "Schumer Statement on Passage of National Security Supplemental\n"
            "\n"
            "Washington, D.C. – Senate Majority Leader Chuck Schumer today issued the following "
            "statement after the Senate passed the national security supplemental, which the House "
            "approved on April 20. President Biden is expected to sign the bill today."
        ),
        "2024-04-24",
    ),
    (
        (
            "Thune Elected Senate Majority Leader\n"
            "\n"
            "Washington, D.C. – U.S. Senator John Thune (R-S.D.) today became Senate Majority Leader "
            "in the 119th Congress. Thune succeeds Senate Democratic Leader Chuck Schumer, who "
            "served as majority leader since 2021, and follows Republican Leader Mitch McConnell, "
            "who led the conference since 2007."
        ),
        "2025-01-03",
    ),
    (
        (
            "Jerome H. Powell sworn in as Chairman of the Board of Governors of the Federal Reserve "
            "System\n"
            "\n"
            "For release at 11:30 a.m. EST\n"
            "February 5, 2018\n"
            "\n"
            "Jerome H. Powell took the oath of office on Monday as Chairman of the Board of "
            "Governors of the Federal Reserve System. He succeeds Janet L. Yellen, who served as "
            "Chair since February 3, 2014. Powell has served as a member of the Board since May 2012."
        ),
        "2018-02-05",
    ),
    (
        (
            "Federal Reserve issues FOMC statement\n"
            "\n"
            "December 18, 2024\n"
            "\n"
            "In support of its goals, the Committee decided to lower the target range for the "
            "federal funds rate by 1/4 percentage point to 4-1/4 to 4-1/2 percent. Voting for the "
            "monetary policy action were Jerome H. Powell, Chair; John C. Williams, Vice Chair; and "
            "Michael S. Barr."
        ),
        "2024-12-18",
    ),
    (
        (
            "Christine Lagarde takes office as President of the ECB\n"
            "\n"
            "Press release\n"
            "1 November 2019\n"
            "\n"
            "Christine Lagarde today took office as President of the European Central Bank. She "
            "succeeds Mario Draghi, who had served as ECB President since 1 November 2011. Ms "
            "Lagarde was Managing Director of the International Monetary Fund from 2011 to 2019."
        ),
        "2019-11-01",
    ),
    (
        (
            "Andrew Bailey takes up post as Governor of the Bank of England\n"
            "\n"
            "Bank of England\n"
            "News release\n"
            "16 March 2020\n"
            "\n"
            "Andrew Bailey today takes up the post of Governor of the Bank of England, succeeding "
            "Mark Carney, who had been Governor since July 2013. Mr Bailey was Chief Executive of "
            "the Financial Conduct Authority from 2016."
        ),
        "2020-03-16",
    ),
    (
        (
            "Shri Sanjay Malhotra assumes charge as Governor, Reserve Bank of India\n"
            "\n"
            "Press Release\n"
            "December 11, 2024\n"
            "\n"
            "Shri Sanjay Malhotra assumed charge as the 26th Governor of the Reserve Bank of India "
            "today. He succeeds Shri Shaktikanta Das, who served as Governor since December 12, 2018."
        ),
        "2024-12-11",
    ),
    (
        (
            "Jessica S. Tisch Sworn In as 47th Police Commissioner\n"
            "\n"
            "NYPD\n"
            "November 25, 2024\n"
            "\n"
            "Mayor Eric Adams today swore in Jessica S. Tisch as the 47th Police Commissioner of the "
            "City of New York. Commissioner Tisch previously served as Commissioner of the "
            "Department of Sanitation since 2022. She succeeds Interim Commissioner Thomas G. "
            "Donlon, who served since September."
        ),
        "2024-11-25",
    ),
    (
        (
            "Mayor de Blasio Swears in William J. Bratton as Police Commissioner\n"
            "\n"
            "January 2, 2014\n"
            "\n"
            "Mayor Bill de Blasio today swore in William J. Bratton as the 42nd Police Commissioner "
            "of the City of New York. Commissioner Bratton previously led the NYPD from 1994 to "
            "1996, under Mayor Rudolph Giuliani, and later served as Chief of the Los Angeles Police "
            "Department."
        ),
        "2014-01-02",
    ),
    (
        (
            "Apple reports fourth quarter results\n"
            "\n"
            "CUPERTINO, CALIFORNIA Apple today announced financial results for its fiscal 2024 "
            'fourth quarter ended September 28, 2024. "Today Apple is reporting a new September '
            'quarter revenue record of $94.9 billion," said Tim Cook, Apple\'s CEO. "Our record '
            "revenue and EPS reflect the strength of our business,\" said Luca Maestri, Apple's CFO.\n"
            "\n"
            "Apple will provide live streaming of its Q4 2024 financial results conference call "
            "beginning at 2:00 p.m. PT on October 31, 2024."
        ),
        "2024-10-31",
    ),
    (
        (
            "Microsoft Board names Satya Nadella as CEO\n"
            "\n"
            "REDMOND, Wash. — Feb. 4, 2014 — Microsoft Corp. today announced that its Board of "
            "Directors has appointed Satya Nadella as Chief Executive Officer. Nadella succeeds "
            "Steve Ballmer, who announced in August 2013 that he would retire. Bill Gates, "
            "previously Chairman, will assume a new role as Founder and Technology Advisor, and John "
            "Thompson becomes Chairman."
        ),
        "2014-02-04",
    ),
    (
        (
            "Andy Jassy becomes Amazon CEO\n"
            "\n"
            "SEATTLE--(BUSINESS WIRE)--Jul. 5, 2021-- Amazon.com, Inc. today announced that Andy "
            "Jassy has become President and Chief Executive Officer. Jeff Bezos, who founded the "
            "company in 1994, becomes Executive Chair. Jassy previously led Amazon Web Services from "
            "its start."
        ),
        "2021-07-05",
    ),
    (
        (
            "OpenAI announces Sam Altman return as CEO\n"
            "\n"
            "We have reached an agreement in principle for Sam Altman to return to OpenAI as CEO "
            "with a new initial board of Bret Taylor (Chair), Larry Summers, and Adam D'Angelo. "
            "Larry Summers served as Treasury Secretary from 1999 to 2001 under President Bill "
            "Clinton."
        ),
        "2023-11-22",
    ),
    (
        (
            "Federal Reserve issues FOMC statement\n"
            "\n"
            "For release at 2:00 p.m. EST\n"
            "January 29, 2025\n"
            "\n"
            "The Committee decided to maintain the target range for the federal funds rate at 4-1/4 "
            "to 4-1/2 percent. The next meeting is scheduled for Tuesday and Wednesday, March 18-19, "
            "2025. Chair Jerome H. Powell will hold a press conference at 2:30 p.m. today."
        ),
        "2025-01-29",
    ),
    (
        (
            "Microsoft Cloud and AI strength drives third quarter results\n"
            "\n"
            "REDMOND, Wash. — April 30, 2025 — Microsoft Corp. today announced the following results "
            "for the quarter ended March 31, 2025, as compared to the corresponding period of last "
            "fiscal year. Microsoft will host a conference call at 2:30 p.m. Pacific time today. "
            "Satya Nadella, chairman and chief executive officer, and Amy Hood, executive vice "
            "president and chief financial officer, will speak."
        ),
        "2025-04-30",
    ),
    (
        (
            "Apple reports first quarter results\n"
            "\n"
            "CUPERTINO, CALIFORNIA Apple today announced financial results for its fiscal 2025 first "
            'quarter ended December 28, 2024. "Today Apple is reporting our best quarter ever," said '
            "Tim Cook, Apple's CEO. \"Our record business performance during the December quarter "
            "generated EPS growth of 10 percent,\" said Kevan Parekh, Apple's CFO. Parekh succeeded "
            "Luca Maestri as CFO on January 1."
        ),
        "2025-01-30",
    ),
    (
        (
            "NVIDIA Announces Financial Results for Second Quarter Fiscal 2025\n"
            "\n"
            "SANTA CLARA, Calif., Aug. 28, 2024 -- NVIDIA today reported revenue for the second "
            'quarter ended July 28, 2024, of $30.0 billion. "Hopper demand remains strong," said '
            "Jensen Huang, founder and CEO of NVIDIA. The board declared a quarterly dividend "
            "payable on Thursday, October 3, 2024."
        ),
        "2024-08-29",
    ),
    (
        (
            "Reserve Bank of Australia: Statement by Philip Lowe, Governor: Monetary Policy Decision\n"
            "\n"
            "Number 2023-22\n"
            "Date 5 September 2023\n"
            "\n"
            "At its meeting today, the Board decided to leave the cash rate target unchanged at 4.10 "
            "per cent. This is Governor Philip Lowe's final meeting; Michele Bullock will take "
            "office as Governor on 18 September."
        ),
        "2023-09-05",
    ),
    (
        (
            "Federal Reserve issues FOMC statement\n"
            "\n"
            "September 18, 2024\n"
            "\n"
            "The Committee decided to lower the target range for the federal funds rate by 1/2 "
            "percentage point to 4-3/4 to 5 percent. Voting against this action was Michelle W. "
            "Bowman, who preferred to lower the rate by 1/4 percentage point. This is the first "
            "reduction since March 2020."
        ),
        "2024-09-18",
    ),
    (
        (
            "Federal Reserve issues FOMC statement\n"
            "\n"
            "March 16, 2022\n"
            "\n"
            "The Committee decided to raise the target range for the federal funds rate to 1/4 to "
            "1/2 percent. Russia's invasion of Ukraine is causing tremendous human and economic "
            "hardship. Voting for the monetary policy action were Jerome H. Powell, Chair; John C. "
            "Williams, Vice Chair; Michelle W. Bowman; Lael Brainard; Christopher J. Waller."
        ),
        "2022-03-16",
    ),
    (
        (
            "Federal Reserve issues FOMC statement\n"
            "\n"
            "For release at 5:00 p.m. EDT\n"
            "March 15, 2020\n"
            "\n"
            "The coronavirus outbreak has harmed communities and disrupted economic activity in many "
            "countries, including the United States. The Committee decided to lower the target range "
            "for the federal funds rate to 0 to 1/4 percent. The Committee last cut rates on March 3."
        ),
        "2020-03-15",
    ),
    (
        (
            "Monetary policy decisions\n"
            "\n"
            "European Central Bank\n"
            "12 September 2019\n"
            "\n"
            "At today's meeting, the Governing Council of the ECB decided to lower the interest rate "
            "on the deposit facility by 10 basis points to -0.50%. President Mario Draghi will hold "
            "a press conference at 14:30 CET. Christine Lagarde will succeed him on 1 November."
        ),
        "2019-09-12",
    ),
    (
        (
            "Tesla and SolarCity Announce Shareholder Meeting Date\n"
            "\n"
            "PALO ALTO, Calif., Sept. 30, 2016 -- Tesla Motors, Inc. and SolarCity Corporation "
            "announced today that special meetings of stockholders to vote on the proposed merger "
            "will be held on Thursday, November 17, 2016. Elon Musk, Tesla's Chairman and CEO, is "
            "also Chairman of SolarCity."
        ),
        "2016-09-30",
    ),
    (
        (
            "Governor Announces Giving Tuesday Match\n"
            "\n"
            "Giving Tuesday, December 3, 2024, is one week away. On Small Business Saturday, "
            "November 30, the Governor will visit Main Street shops. State offices will close on "
            "Thanksgiving Day, Thursday, November 28, and Black Friday, November 29."
        ),
        "2024-11-26",
    ),
    (
        (
            "Secretary of State Reminds Voters of Super Tuesday\n"
            "\n"
            "Super Tuesday, March 5, 2024, is next week. Polls will be open from 7 a.m. to 8 p.m. "
            "Early voting runs Monday through Friday, February 26-March 1."
        ),
        "2024-03-01",
    ),
    (
        (
            "Holy Week Schedule\n"
            "\n"
            "City Hall will close on Good Friday, April 18, 2025. Trash collection on Friday will "
            "move to Saturday, April 19. Ash Wednesday fell on March 5 this year."
        ),
        "2025-04-14",
    ),
    (
        (
            "Media Advisory: Secretary's Schedule for the Week of June 2\n"
            "\n"
            "Monday, June 2 through Friday, June 6, 2025\n"
            "\n"
            "Monday-Wednesday, June 2-4: The Secretary will travel to Brussels.\n"
            "Thursday, June 5: The Secretary will attend the NATO Defence Ministers' Meeting.\n"
            "Friday, June 6: No public events."
        ),
        "2025-06-02",
    ),
    (
        (
            "Foreign, Commonwealth & Development Office news story\n"
            "\n"
            "Published Thursday 12 September 2024\n"
            "\n"
            "Foreign Secretary David Lammy and US Secretary of State Antony Blinken visited Kyiv on "
            "Wednesday 11 September. Defence Secretary John Healey attended the Ukraine Defense "
            "Contact Group in Ramstein on Friday 6 September."
        ),
        "2024-09-12",
    ),
    (
        (
            "Media Note\n"
            "\n"
            "WASHINGTON, D.C. (Tuesday, March 4, 2025) – The Department of State announced today "
            "that a delegation will travel to Mexico City from Wednesday, March 5, to Friday, March "
            "7."
        ),
        "2025-03-04",
    ),
    (
        (
            "Holiday Closures\n"
            "\n"
            "The Federal Reserve Bank will be closed on Monday, December 25, 2023 (Christmas Day) "
            "and Monday, January 1, 2024 (New Year's Day). Wire transfers submitted on Friday, "
            "December 22, will settle on Tuesday, December 26."
        ),
        "2023-12-22",
    ),
    (
        (
            "Election Day Reminder\n"
            "\n"
            "Election Day is Tuesday, November 5, 2024. The deadline to request an absentee ballot "
            "was Tuesday, October 29. Polls close at 8 p.m. on Election Day."
        ),
        "2024-11-01",
    ),
    (
        (
            "Inauguration Day Road Closures\n"
            "\n"
            "The Metropolitan Police Department announces road closures for the 60th Presidential "
            "Inauguration on Monday, January 20, 2025. Closures begin at 6 a.m. on Sunday, January "
            "19. Because of cold, the swearing-in was moved indoors, the President-elect announced "
            "on Friday."
        ),
        "2025-01-17",
    ),
    (
        (
            "Statement on Leap Day\n"
            "\n"
            "Today, Monday, February 29, 2016, marks the first leap day since Wednesday, February "
            "29, 2012."
        ),
        "2016-02-29",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_domestic_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
