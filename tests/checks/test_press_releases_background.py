"""Press releases and official readouts: background sections, timelines, bios, briefings'
transcripts and proclamations' histories. Checked whole (tagger included), as the office
published them; every one is right at its date, so no flag may be shown.

Facts: the issuers' archives (whitehouse.gov, state.gov, congressional press pages, nypd and
police departments, company newsrooms); terms of office from Wikipedia's lists of office
holders and each person's article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Readout of Secretary Blinken's Meeting with Ukrainian Defense Minister Rustem Umerov\n"
            "\n"
            "Kyiv, Ukraine\n"
            "September 6, 2023\n"
            "\n"
            "Secretary of State Antony J. Blinken congratulated Rustem Umerov on his appointment "
            "today as Ukrainian Minister of Defense, succeeding Oleksii Reznikov. Secretary Blinken "
            "also met with President Volodymyr Zelenskyy and Prime Minister Denys Shmyhal."
        ),
        "2023-09-06",
    ),
    (
        (
            "Ukraine's new government\n"
            "\n"
            "Ukrainian Minister of Defense Denys Shmyhal was appointed on July 17. Minister Shmyhal "
            "served as Prime Minister of Ukraine from 2020 to 2025. Yulia Svyrydenko was appointed "
            "Prime Minister the same day."
        ),
        "2025-07-21",
    ),
    (
        (
            "Statement by the Press Secretary on the Inauguration of President Volodymyr Zelenskyy\n"
            "\n"
            "Today, Energy Secretary Rick Perry led the U.S. delegation to the inauguration of "
            "Volodymyr Zelenskyy as President of Ukraine. The United States thanks former President "
            "Petro Poroshenko for his partnership since 2014."
        ),
        "2019-05-20",
    ),
    (
        (
            "Readout of the Vice President's Attendance at the Inauguration of Ukrainian President "
            "Petro Poroshenko\n"
            "\n"
            "Kyiv, Ukraine\n"
            "June 7, 2014\n"
            "\n"
            "Vice President Joe Biden led the U.S. delegation at the inauguration of Ukrainian "
            "President Petro Poroshenko today. The Vice President met with Acting President "
            "Oleksandr Turchynov and Prime Minister Arseniy Yatsenyuk."
        ),
        "2014-06-07",
    ),
    (
        (
            "Fact Sheet: The President's Budget for Fiscal Year 2025\n"
            "\n"
            "The President's Budget for FY 2025, submitted to Congress today, builds on the progress "
            "of the past three years. Fiscal year 2025 begins on October 1, 2024. The Budget "
            "reflects the Inflation Reduction Act, which the President signed on August 16, 2022."
        ),
        "2024-03-11",
    ),
    (
        (
            "Inaugural Address\n"
            "\n"
            "The Capitol\n"
            "January 20, 2017\n"
            "\n"
            "PRESIDENT TRUMP: Chief Justice Roberts, President Carter, President Clinton, President "
            "Bush, President Obama, fellow Americans, and people of the world: thank you. We, the "
            "citizens of America, are now joined in a great national effort to rebuild our country."
        ),
        "2017-01-20",
    ),
    (
        (
            "Inaugural Address by President Joseph R. Biden, Jr.\n"
            "\n"
            "The United States Capitol\n"
            "\n"
            "THE PRESIDENT: Chief Justice Roberts, Vice President Harris, Speaker Pelosi, Leader "
            "Schumer, Leader McConnell, Vice President Pence, distinguished guests, and my fellow "
            "Americans. This is America's day. I thank my predecessors of both parties for their "
            "presence here. President Carter, who I spoke to last night but who cannot be with us "
            "today, I salute him."
        ),
        "2021-01-20",
    ),
    (
        (
            "The Inaugural Address\n"
            "\n"
            "The United States Capitol\n"
            "\n"
            "THE PRESIDENT: Thank you very much. Vice President Vance, Speaker Johnson, Senator "
            "Thune, Chief Justice Roberts, justices of the United States Supreme Court, President "
            "Clinton, President Bush, President Obama, President Biden, Vice President Harris, and "
            "my fellow citizens, the golden age of America begins right now."
        ),
        "2025-01-20",
    ),
    (
        (
            "National Native American Heritage Month, 2019\n"
            "\n"
            "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by "
            "virtue of the authority vested in me by the Constitution and the laws of the United "
            "States, do hereby proclaim November 2019 as National Native American Heritage Month. In "
            "1990, President George H.W. Bush signed a joint resolution designating November as "
            "National American Indian Heritage Month."
        ),
        "2019-11-01",
    ),
    (
        (
            "Thanksgiving Day, 2018\n"
            "\n"
            "In 1863, President Abraham Lincoln proclaimed a national day of Thanksgiving, to be "
            "observed on the last Thursday of November. In 1941, President Franklin D. Roosevelt "
            "signed a resolution fixing the date as the fourth Thursday.\n"
            "\n"
            "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do "
            "hereby proclaim Thursday, November 22, 2018, as a National Day of Thanksgiving."
        ),
        "2018-11-21",
    ),
    (
        (
            "A Proclamation on National Black History Month, 2024\n"
            "\n"
            "In 1926, the historian Carter G. Woodson launched Negro History Week. President Gerald "
            "Ford officially recognized Black History Month in 1976. This year, we also mark the "
            "70th anniversary of Brown v. Board of Education, decided on May 17, 1954."
        ),
        "2024-02-01",
    ),
    (
        (
            "A Proclamation on Juneteenth Day of Observance, 2022\n"
            "\n"
            "On June 19, 1865, enslaved Black Americans in Galveston, Texas, learned of their "
            "freedom. Last year, I signed the Juneteenth National Independence Day Act into law, "
            "making Juneteenth the first new national holiday since Martin Luther King, Jr. Day was "
            "created in 1983 by President Ronald Reagan."
        ),
        "2022-06-17",
    ),
    (
        (
            "A Proclamation on National Pearl Harbor Remembrance Day, 2023\n"
            "\n"
            "Eighty-two years ago, on December 7, 1941, the Imperial Japanese Navy attacked Pearl "
            'Harbor. President Franklin D. Roosevelt called it "a date which will live in infamy." '
        ),
        "2023-12-07",
    ),
    (
        (
            "Senator Schumer Statement on the Confirmation of Judge Kavanaugh\n"
            "\n"
            "Washington, D.C. - U.S. Senate Democratic Leader Charles E. Schumer (D-NY) issued the "
            "following statement today. Senator Schumer said that Leader McConnell had blocked Judge "
            "Merrick Garland's nomination in 2016."
        ),
        "2018-10-06",
    ),
    (
        (
            "Speaker Pelosi's Statement on the State of the Union\n"
            "\n"
            "Washington, D.C. – Speaker Nancy Pelosi issued this statement after President Trump's "
            "State of the Union address tonight. The address was delayed from January 29 by the "
            "government shutdown, which ended on January 25 after 35 days."
        ),
        "2019-02-05",
    ),
    (
        (
            "Speaker McCarthy Statement on Being Elected Speaker\n"
            "\n"
            "WASHINGTON — Today, Congressman Kevin McCarthy was elected the 55th Speaker of the "
            "House after 15 ballots. He thanked former President Trump for his support."
        ),
        "2023-01-07",
    ),
    (
        (
            "Congresswoman Stefanik Statement on Supreme Court Ruling\n"
            "\n"
            "WASHINGTON — House Republican Conference Chair Elise Stefanik released the following "
            "statement after the Supreme Court ruled yesterday in Trump v. United States that former "
            "presidents have immunity for official acts."
        ),
        "2024-07-02",
    ),
    (
        (
            "Statement from Senator Chuck Grassley\n"
            "\n"
            "WASHINGTON – Senate President Pro Tempore Chuck Grassley (R-Iowa), who also serves as "
            "Chairman of the Senate Judiciary Committee, issued the following statement marking "
            "President Trump's first 100 days in office."
        ),
        "2025-04-30",
    ),
    (
        (
            "McConnell Statement on Impeachment Vote\n"
            "\n"
            "WASHINGTON, D.C. – Senate Republican Leader Mitch McConnell (R-KY) made the following "
            'remarks today after the Senate voted to acquit former President Trump. "January 6th was '
            'a disgrace," Leader McConnell said. "President Trump is practically and morally '
            'responsible for provoking the events of that day." '
        ),
        "2021-02-13",
    ),
    (
        (
            "Statement from Governor Lamont on the 10th Anniversary of the Sandy Hook Tragedy\n"
            "\n"
            "HARTFORD, CT – Governor Ned Lamont today issued the following statement marking ten "
            "years since the shooting at Sandy Hook Elementary School in Newtown on December 14, "
            "2012. Then-Governor Dannel Malloy led the state through that day."
        ),
        "2022-12-14",
    ),
    (
        (
            "Mayor Wu Marks 10 Years Since the Boston Marathon Bombings\n"
            "\n"
            "BOSTON - Mayor Michelle Wu joined Governor Maura Healey today to mark ten years since "
            "the Boston Marathon bombings. Former Mayor Thomas M. Menino, who died in 2014, led the "
            "city's response in 2013."
        ),
        "2023-04-15",
    ),
    (
        (
            "Statement by the Secretary-General on the 80th anniversary of the signing of the UN "
            "Charter\n"
            "\n"
            "New York, 26 June 2025\n"
            "\n"
            "Eighty years ago today, the Charter of the United Nations was signed in San Francisco. "
            "Secretary-General António Guterres called on Member States to renew their commitment."
        ),
        "2025-06-26",
    ),
    (
        (
            "Statement by the UN High Commissioner for Human Rights on Human Rights Day\n"
            "\n"
            "Geneva, 10 December 2023\n"
            "\n"
            "Seventy-five years ago, the General Assembly adopted the Universal Declaration of Human "
            "Rights in Paris. High Commissioner Volker Türk said the Declaration remains a blueprint "
            "for peace."
        ),
        "2023-12-10",
    ),
    (
        (
            "Secretary Blinken's Meeting with Qatari Prime Minister and Minister of Foreign Affairs "
            "Sheikh Mohammed bin Abdulrahman Al Thani\n"
            "\n"
            "Doha, Qatar\n"
            "\n"
            "Secretary Blinken met today with Qatari Prime Minister and Minister of Foreign Affairs "
            "Sheikh Mohammed bin Abdulrahman Al Thani. The Secretary thanked Qatar for its mediation "
            "since the October 7 attacks."
        ),
        "2024-08-20",
    ),
    (
        (
            "Minneapolis Police Department Statement\n"
            "\n"
            "MINNEAPOLIS - Chief Medaria Arradondo addressed the community today, one week after the "
            "death of George Floyd on May 25. Chief Arradondo, who was appointed in 2017, said the "
            "four officers involved were fired on May 26."
        ),
        "2020-06-01",
    ),
    (
        (
            "New Orleans Police Department Update on the French Quarter Attack\n"
            "\n"
            "NEW ORLEANS – Superintendent Anne Kirkpatrick provided an update today on the attack on "
            "Bourbon Street early on January 1, 2025. Superintendent Kirkpatrick was joined by Mayor "
            "LaToya Cantrell and FBI Special Agent in Charge Alethea Duncan."
        ),
        "2025-01-02",
    ),
    (
        (
            "Microsoft Cloud strength fuels third quarter results\n"
            "\n"
            "REDMOND, Wash. — April 25, 2023 — Microsoft Corp. today announced the following results "
            "for the quarter ended March 31, 2023, as compared to the corresponding period of last "
            "fiscal year. \"The world's most advanced AI models are coming together with the world's "
            'most universal user interface," said Satya Nadella, chairman and chief executive '
            "officer of Microsoft. Amy Hood, executive vice president and chief financial officer, "
            "said revenue grew 7%."
        ),
        "2023-04-25",
    ),
    (
        (
            "Elon Musk completes acquisition of Twitter\n"
            "\n"
            "SAN FRANCISCO -- Elon Musk, the chief executive of Tesla, completed his $44 billion "
            "acquisition of Twitter today. Twitter's former chief executive Parag Agrawal, who "
            "succeeded co-founder Jack Dorsey in November 2021, left the company."
        ),
        "2022-10-27",
    ),
    (
        (
            "Google Announces Plans for New Operating Structure\n"
            "\n"
            "MOUNTAIN VIEW, Calif., Aug. 10, 2015 -- Google Inc. today announced plans to create a "
            "new public holding company, Alphabet Inc. Larry Page will be Chief Executive Officer of "
            "Alphabet and Sundar Pichai will become CEO of Google. Sergey Brin will be President of "
            "Alphabet."
        ),
        "2015-08-10",
    ),
    (
        (
            "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic "
            "Communications John Kirby\n"
            "\n"
            "James S. Brady Press Briefing Room\n"
            "\n"
            "MS. JEAN-PIERRE: Good afternoon, everyone. As you know, yesterday Finland became the "
            "31st member of NATO.\n"
            "\n"
            "Q: Karine, does the President plan to visit Finland?\n"
            "\n"
            "MS. JEAN-PIERRE: I don't have anything to share on travel. The President hosted the "
            "Summit for Democracy last week, on March 29 and 30.\n"
            "\n"
            "Q: And on former President Trump's arraignment yesterday in New York?\n"
            "\n"
            "MS. JEAN-PIERRE: We're not going to comment on an ongoing case."
        ),
        "2023-04-05",
    ),
    (
        (
            "Department Press Briefing\n"
            "\n"
            "Ned Price, Department Spokesperson\n"
            "Washington, D.C.\n"
            "February 22, 2022\n"
            "\n"
            "MR PRICE: Good afternoon. Secretary Blinken will not meet Foreign Minister Lavrov in "
            "Geneva on Thursday as planned. Yesterday, President Putin recognized the so-called DNR "
            "and LNR.\n"
            "\n"
            "QUESTION: Ned, when did the Secretary last speak to Foreign Minister Lavrov?\n"
            "\n"
            "MR PRICE: They met in Geneva on January 21."
        ),
        "2022-02-22",
    ),
    (
        (
            "Background: U.S.-Japan Relations\n"
            "\n"
            "Fact Sheet\n"
            "Bureau of East Asian and Pacific Affairs\n"
            "\n"
            "Timeline:\n"
            "- 1951: The Treaty of San Francisco is signed; Prime Minister Shigeru Yoshida leads "
            "Japan's delegation.\n"
            "- 1960: The Treaty of Mutual Cooperation and Security is signed by President Dwight D. "
            "Eisenhower's administration and Prime Minister Nobusuke Kishi.\n"
            "- 2016: President Barack Obama visits Hiroshima, the first sitting U.S. president to do "
            "so.\n"
            "- 2023: Prime Minister Kishida Fumio hosts the G7 Summit in Hiroshima."
        ),
        "2024-01-08",
    ),
    (
        (
            "Fact Sheet: U.S.-Philippines Alliance\n"
            "\n"
            "Background:\n"
            "\n"
            "The United States and the Philippines signed the Mutual Defense Treaty on August 30, "
            "1951. In 2014, President Obama and President Benigno Aquino III signed the Enhanced "
            "Defense Cooperation Agreement. President Ferdinand Marcos Jr., who took office on June "
            "30, 2022, met President Biden in New York in September."
        ),
        "2022-11-08",
    ),
    (
        (
            "Remarks by Vice President JD Vance at the Munich Security Conference\n"
            "\n"
            "Hotel Bayerischer Hof\n"
            "Munich, Germany\n"
            "\n"
            "THE VICE PRESIDENT: Thank you. Thank you to all the gathered delegates and luminaries. "
            "I'm grateful to Chancellor Scholz, to President Steinmeier, and to the conference "
            "chairman Christoph Heusgen. Secretary Rubio and Special Envoy Kellogg are also in "
            "Munich."
        ),
        "2025-02-14",
    ),
    (
        (
            "Remarks by President Obama at the 71st Session of the United Nations General Assembly\n"
            "\n"
            "United Nations Headquarters\n"
            "New York, New York\n"
            "\n"
            "THE PRESIDENT: Mr. President, Mr. Secretary-General, fellow delegates, ladies and "
            "gentlemen: As I address this hall as President for the final time, let me recount the "
            "progress that we've made these last eight years. I want to thank Secretary-General Ban "
            "Ki-moon, whose term ends this year."
        ),
        "2016-09-20",
    ),
    (
        (
            "Remarks by Secretary Pompeo at a Press Availability\n"
            "\n"
            "Press Briefing Room\n"
            "Washington, D.C.\n"
            "July 1, 2020\n"
            "\n"
            "SECRETARY POMPEO: Good morning, everyone. Yesterday, the Chinese Communist Party "
            "imposed its draconian national security law on Hong Kong. When the United Kingdom "
            "handed Hong Kong to China on July 1, 1997, the Chinese Communist Party promised 50 "
            "years of freedom."
        ),
        "2020-07-01",
    ),
    (
        (
            "Prime Minister Jacinda Ardern's statement on the Christchurch attacks\n"
            "\n"
            "Wellington\n"
            "15 March 2019\n"
            "\n"
            "It is clear that this can now only be described as a terrorist attack. Many of those "
            "affected will be migrants. Governor-General Dame Patsy Reddy has been briefed. I spoke "
            "with Prime Minister Scott Morrison this afternoon."
        ),
        "2019-03-15",
    ),
    (
        (
            "Statement from President Joe Biden on Terrorist Attacks in Israel\n"
            "\n"
            "This morning, I spoke with Prime Minister Netanyahu and made clear that the United "
            "States stands with the people of Israel in the face of these terrorist attacks. "
            "Secretary Austin is in contact with Minister of Defense Yoav Gallant."
        ),
        "2023-10-07",
    ),
    (
        (
            "Statement from President Joe Biden on the Attempted Assassination of Former President "
            "Trump\n"
            "\n"
            "I have been briefed on the shooting at Donald Trump's rally in Pennsylvania. I'm "
            "grateful to hear that he's safe and doing well. I spoke with former President Trump "
            "this evening, and I have instructed the Secret Service Director, Kimberly Cheatle, to "
            "brief me."
        ),
        "2024-07-13",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_background_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
