"""Press releases and official readouts: White House releases of four administrations,
2013-2025 (statements, readouts, proclamations, fact sheets, remarks). Checked whole (tagger
included), as the office published them; every one is right at its date, so no flag may be
shown.

Facts: the Obama White House archive, the Trump White House archive (2017-2021), the Biden
White House archive and whitehouse.gov (2025); terms of office from Wikipedia's lists of
office holders and each person's article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Statement by the President on the Supreme Court's Ruling on Marriage Equality\n"
            "\n"
            "THE WHITE HOUSE\n"
            "Office of the Press Secretary\n"
            "For Immediate Release\n"
            "June 26, 2015\n"
            "\n"
            "Today, the Supreme Court ruled in Obergefell v. Hodges that the Constitution guarantees "
            "the right of same-sex couples to marry in all fifty states.\n"
            "\n"
            "This ruling is a victory for America. The President spoke this morning with Jim "
            "Obergefell, the lead plaintiff, to congratulate him.\n"
            "\n"
            "###"
        ),
        "2015-06-26",
    ),
    (
        (
            "Presidential Proclamation -- National Small Business Week, 2016\n"
            "\n"
            "NATIONAL SMALL BUSINESS WEEK, 2016\n"
            "\n"
            "- - - - - - -\n"
            "\n"
            "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n"
            "\n"
            "A PROCLAMATION\n"
            "\n"
            "Small businesses are the lifeblood of our economy. Since early 2010, our businesses "
            "have added more than 14 million jobs.\n"
            "\n"
            "NOW, THEREFORE, I, BARACK OBAMA, President of the United States of America, by virtue "
            "of the authority vested in me by the Constitution and the laws of the United States, do "
            "hereby proclaim May 1 through May 7, 2016, as National Small Business Week.\n"
            "\n"
            "IN WITNESS WHEREOF, I have hereunto set my hand this twenty-ninth day of April, in the "
            "year of our Lord two thousand sixteen, and of the Independence of the United States of "
            "America the two hundred and fortieth.\n"
            "\n"
            "BARACK OBAMA"
        ),
        "2016-04-29",
    ),
    (
        (
            "Statement by the Press Secretary on the Visit of Prime Minister Narendra Modi of India\n"
            "\n"
            "THE WHITE HOUSE\n"
            "Office of the Press Secretary\n"
            "For Immediate Release\n"
            "\n"
            "President Obama will welcome Prime Minister Narendra Modi of India to the White House "
            "on September 29-30, 2014. The President looks forward to discussing with the Prime "
            "Minister ways to broaden and deepen the U.S.-India strategic partnership.\n"
            "\n"
            "The visit follows the President's call to Prime Minister Modi on May 16 to congratulate "
            "him on his party's victory in the elections."
        ),
        "2014-09-26",
    ),
    (
        (
            "Remarks by President Obama at Memorial Service for Former South African President "
            "Nelson Mandela\n"
            "\n"
            "FNB Stadium\n"
            "Johannesburg, South Africa\n"
            "\n"
            "THE PRESIDENT: Thank you. Thank you so much. To Graça Machel and the Mandela family; to "
            "President Zuma and members of the government; to heads of state and government, past "
            "and present, distinguished guests -- it is a singular honor to be with you today, to "
            "celebrate a life like no other.\n"
            "\n"
            "It took a man like Madiba to free not just the prisoner, but the jailer as well."
        ),
        "2013-12-10",
    ),
    (
        (
            "Statement by the President on Iran\n"
            "\n"
            "THE WHITE HOUSE\n"
            "Office of the Press Secretary\n"
            "For Immediate Release\n"
            "July 14, 2015\n"
            "\n"
            "Today, after two years of negotiations, the United States, together with our "
            "international partners, has achieved something that decades of animosity has not: a "
            "comprehensive, long-term deal with Iran that will prevent it from obtaining a nuclear "
            "weapon.\n"
            "\n"
            "I want to thank Secretary Kerry and Energy Secretary Ernest Moniz, who led our "
            "negotiating team in Vienna, for their tireless work."
        ),
        "2015-07-14",
    ),
    (
        (
            "Joint Statement by President Obama and President Raúl Castro\n"
            "\n"
            "Havana, Cuba\n"
            "March 21, 2016\n"
            "\n"
            "President Barack Obama and President Raúl Castro met today at the Palace of the "
            "Revolution. The President is the first sitting U.S. president to visit Cuba since "
            "Calvin Coolidge traveled to Havana in 1928.\n"
            "\n"
            "The two leaders reviewed progress since diplomatic relations were restored on July 20, "
            "2015, including the reopening of embassies in Washington and Havana."
        ),
        "2016-03-21",
    ),
    (
        (
            "Readout of the President's Meeting with President-elect Donald J. Trump\n"
            "\n"
            "THE WHITE HOUSE\n"
            "Office of the Press Secretary\n"
            "For Immediate Release\n"
            "November 10, 2016\n"
            "\n"
            "This morning, President Obama welcomed President-elect Donald J. Trump to the Oval "
            "Office. The President and the President-elect discussed a range of issues, and the "
            "President reiterated his commitment to ensuring a smooth transition.\n"
            "\n"
            "The First Lady also hosted Mrs. Melania Trump in the residence."
        ),
        "2016-11-10",
    ),
    (
        (
            'Remarks by the President at the "Let Freedom Ring" Ceremony Commemorating the 50th '
            "Anniversary of the March on Washington\n"
            "\n"
            "Lincoln Memorial\n"
            "Washington, D.C.\n"
            "\n"
            "THE PRESIDENT: Five decades ago today, Americans came to this honored place to lay "
            "claim to a promise made at our founding.\n"
            "\n"
            "On August 28, 1963, Dr. Martin Luther King, Jr. told a quarter million people about his "
            "dream. President Kennedy had sent Congress a civil rights bill that June, and President "
            "Johnson signed the Civil Rights Act the following summer."
        ),
        "2013-08-28",
    ),
    (
        (
            "Joint Statement from President Donald J. Trump and Prime Minister Shinzo Abe\n"
            "\n"
            "THE WHITE HOUSE\n"
            "Office of the Press Secretary\n"
            "FOR IMMEDIATE RELEASE\n"
            "February 10, 2017\n"
            "\n"
            "President Donald J. Trump and Prime Minister Shinzo Abe today affirmed their strong "
            "determination to further strengthen the U.S.-Japan Alliance and economic relationship.\n"
            "\n"
            "The President and the Prime Minister will travel to Palm Beach, Florida, this weekend."
        ),
        "2017-02-10",
    ),
    (
        (
            "President Donald J. Trump Signs S. 2155 into Law\n"
            "\n"
            "On May 24, 2018, the President signed into law:\n"
            "\n"
            'S. 2155, the "Economic Growth, Regulatory Relief, and Consumer Protection Act," which '
            "amends the Dodd-Frank Wall Street Reform and Consumer Protection Act, signed by "
            "President Obama in 2010, to exempt banks with less than $250 billion in assets from "
            "enhanced supervision.\n"
            "\n"
            "###"
        ),
        "2018-05-24",
    ),
    (
        (
            "President Donald J. Trump Announces Intent to Nominate Judge Brett M. Kavanaugh to the "
            "Supreme Court of the United States\n"
            "\n"
            "Today, President Donald J. Trump announced his intent to nominate Judge Brett M. "
            "Kavanaugh to serve as Associate Justice of the Supreme Court of the United States, to "
            "fill the vacancy created by Justice Anthony Kennedy, who announced his retirement on "
            "June 27.\n"
            "\n"
            "Judge Kavanaugh has served on the United States Court of Appeals for the District of "
            "Columbia Circuit since 2006. Before that, he served as Assistant to the President and "
            "Staff Secretary for President George W. Bush and worked for Independent Counsel Ken "
            "Starr."
        ),
        "2018-07-09",
    ),
    (
        (
            "Joint Statement of President Donald J. Trump of the United States of America and "
            "Chairman Kim Jong Un of the Democratic People's Republic of Korea at the Singapore "
            "Summit\n"
            "\n"
            "President Donald J. Trump of the United States of America and Chairman Kim Jong Un of "
            "the State Affairs Commission of the Democratic People's Republic of Korea (DPRK) held a "
            "first, historic summit in Singapore on June 12, 2018.\n"
            "\n"
            "Reaffirming the April 27, 2018 Panmunjom Declaration, the DPRK commits to work toward "
            "complete denuclearization of the Korean Peninsula."
        ),
        "2018-06-12",
    ),
    (
        (
            "Statement from the Press Secretary\n"
            "\n"
            "On Friday, December 20, 2019, the President signed into law:\n"
            "\n"
            'S. 1790, the "National Defense Authorization Act for Fiscal Year 2020," which '
            "authorizes FY 2020 appropriations for military activities of the Department of Defense "
            "and establishes the United States Space Force as the sixth branch of the Armed Forces.\n"
            "\n"
            'H.R. 1865, the "Further Consolidated Appropriations Act, 2020," which provides fiscal '
            "year 2020 appropriations for several agencies."
        ),
        "2019-12-20",
    ),
    (
        (
            "President Donald J. Trump Is Providing Economic Relief to American Workers, Families, "
            "and Businesses Impacted by the Coronavirus\n"
            "\n"
            "FACT SHEETS\n"
            "\n"
            "On March 27, 2020, President Donald J. Trump signed the CARES Act, providing more than "
            "$2 trillion in economic relief.\n"
            "\n"
            "- Direct payments of up to $1,200 for individuals and $500 per child.\n"
            "- $349 billion for the Paycheck Protection Program."
        ),
        "2020-03-27",
    ),
    (
        (
            "Readout of President Donald J. Trump's Call with Prime Minister Boris Johnson of the "
            "United Kingdom\n"
            "\n"
            "President Donald J. Trump spoke today with Prime Minister Boris Johnson of the United "
            "Kingdom to congratulate him on becoming Prime Minister. The two leaders discussed "
            "opportunities to expand trade and a range of security issues. Prime Minister Johnson "
            "succeeded Theresa May on Wednesday."
        ),
        "2019-07-26",
    ),
    (
        (
            "Remarks by President Biden to Mark One Year Since the January 6th Deadly Assault on the "
            "U.S. Capitol\n"
            "\n"
            "Statuary Hall\n"
            "U.S. Capitol\n"
            "\n"
            "THE PRESIDENT: Madam Speaker, Madam Vice President, my fellow Americans: To state the "
            "obvious, one year ago today, in this sacred place, democracy was attacked.\n"
            "\n"
            "For the first time in our history, a president had not just lost an election, he tried "
            "to prevent the peaceful transfer of power as a violent mob breached the Capitol."
        ),
        "2022-01-06",
    ),
    (
        (
            "Remarks by President Biden at Signing of H.R. 5376, the Inflation Reduction Act of 2022\n"
            "\n"
            "State Dining Room\n"
            "\n"
            "THE PRESIDENT: Thank you. Today offers further proof that the soul of America is "
            "vibrant. With this law, the American people won and the special interests lost.\n"
            "\n"
            "I want to thank Leader Schumer and Speaker Pelosi, and Senator Joe Manchin, for getting "
            "this done."
        ),
        "2022-08-16",
    ),
    (
        (
            "A Proclamation on National Hispanic Heritage Month, 2023\n"
            "\n"
            "During National Hispanic Heritage Month, we celebrate the more than 63 million Hispanic "
            "Americans whose heritage enriches our Nation.\n"
            "\n"
            "NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States of America, by "
            "virtue of the authority vested in me by the Constitution and the laws of the United "
            "States, do hereby proclaim September 15 through October 15, 2023, as National Hispanic "
            "Heritage Month.\n"
            "\n"
            "IN WITNESS WHEREOF, I have hereunto set my hand this fourteenth day of September, in "
            "the year of our Lord two thousand twenty-three, and of the Independence of the United "
            "States of America the two hundred and forty-eighth.\n"
            "\n"
            "JOSEPH R. BIDEN JR."
        ),
        "2023-09-14",
    ),
    (
        (
            "Joint Statement of the United States and Japan\n"
            "\n"
            "January 13, 2023\n"
            "\n"
            "Today, President Joseph R. Biden, Jr. welcomed Prime Minister Kishida Fumio of Japan to "
            "the White House. The two leaders reaffirmed that the U.S.-Japan Alliance is stronger "
            "than ever.\n"
            "\n"
            "The President welcomed Japan's National Security Strategy, released on December 16, "
            "2022, and the Prime Minister's decision to double defense spending by 2027."
        ),
        "2023-01-13",
    ),
    (
        (
            "Statement from President Joe Biden\n"
            "\n"
            "My fellow Democrats, I have decided not to accept the nomination and to focus all my "
            "energies on my duties as President for the remainder of my term.\n"
            "\n"
            "My very first decision as the party nominee in 2020 was to pick Kamala Harris as my "
            "Vice President. And it's been the best decision I've made. Today I want to offer my "
            "full support and endorsement for Kamala to be the nominee of our party this year."
        ),
        "2024-07-21",
    ),
    (
        (
            "FACT SHEET: The Bipartisan Infrastructure Deal\n"
            "\n"
            "Today, President Biden signed the Infrastructure Investment and Jobs Act into law. The "
            "law will deliver $65 billion for broadband and $110 billion for roads and bridges.\n"
            "\n"
            "The President was joined by Vice President Harris, Senator Rob Portman, and Secretary "
            "of Transportation Pete Buttigieg. The Senate passed the bill on August 10, and the "
            "House on November 5."
        ),
        "2021-11-15",
    ),
    (
        (
            "Statement from President Joe Biden on the Passing of Former President Jimmy Carter\n"
            "\n"
            "Today, America and the world lost an extraordinary leader, statesman, and humanitarian.\n"
            "\n"
            "Jimmy Carter, the 39th President of the United States, died today at his home in "
            "Plains, Georgia. He was 100. President Carter served from 1977 to 1981 and won the "
            "Nobel Peace Prize in 2002.\n"
            "\n"
            "I will declare January 9, 2025, a National Day of Mourning."
        ),
        "2024-12-29",
    ),
    (
        (
            "Remarks by President Biden on the Way Forward in Afghanistan\n"
            "\n"
            "Treaty Room\n"
            "\n"
            "THE PRESIDENT: Good afternoon. I'm speaking to you today from the Roosevelt -- the "
            "Treaty Room in the White House. The same spot where, on October of 2001, President "
            "George W. Bush informed our nation that the United States military had begun strikes on "
            "terrorist training camps in Afghanistan.\n"
            "\n"
            "We will begin our final withdrawal beginning on May 1 of this year. U.S. troops will be "
            "out before the 20th anniversary of that heinous attack on September 11th."
        ),
        "2021-04-14",
    ),
    (
        (
            "Readout of President Biden's Meeting with President Yoon Suk Yeol of the Republic of "
            "Korea\n"
            "\n"
            "Today, President Biden met with President Yoon Suk Yeol of the Republic of Korea in "
            "Seoul. The leaders congratulated each other on the Republic of Korea's successful "
            "transition of power, and President Biden welcomed President Yoon's inauguration on May "
            "10."
        ),
        "2022-05-21",
    ),
    (
        (
            "Readout of President Joe Biden's Meeting with President Xi Jinping of the People's "
            "Republic of China\n"
            "\n"
            "President Joseph R. Biden, Jr. met with President Xi Jinping of the People's Republic "
            "of China in Woodside, California on November 15, 2023. The two leaders held a candid "
            "and constructive discussion. They last met in Bali, Indonesia, on November 14, 2022."
        ),
        "2023-11-15",
    ),
    (
        (
            "Fact Sheet: President Donald J. Trump Declares a National Energy Emergency\n"
            "\n"
            "UNLEASHING AMERICAN ENERGY: Today, President Donald J. Trump signed an Executive Order "
            "declaring a national energy emergency.\n"
            "\n"
            "- The Order directs agencies to use emergency authorities to facilitate energy supply.\n"
            "- It reverses the previous administration's policies, under which President Biden "
            "halted new LNG export approvals in January 2024."
        ),
        "2025-01-20",
    ),
    (
        (
            "Remarks by President Trump and Prime Minister Netanyahu of Israel in Joint Press "
            "Conference\n"
            "\n"
            "East Room\n"
            "\n"
            "PRESIDENT TRUMP: Thank you very much. It's my honor to welcome my good friend, Prime "
            "Minister Benjamin Netanyahu of Israel, to the White House. He is the first foreign "
            "leader to visit during my second term."
        ),
        "2025-02-04",
    ),
    (
        (
            "President Trump Signs One Big Beautiful Bill Act into Law\n"
            "\n"
            "Today, on the Fourth of July, President Donald J. Trump signed the One Big Beautiful "
            "Bill Act into law at the White House, marking the 249th anniversary of American "
            "independence.\n"
            "\n"
            "Speaker of the House Mike Johnson joined the President at the signing."
        ),
        "2025-07-04",
    ),
    (
        (
            "Remarks by President Trump and Prime Minister Starmer of the United Kingdom Before "
            "Bilateral Meeting\n"
            "\n"
            "Oval Office\n"
            "\n"
            "PRESIDENT TRUMP: Thank you very much. It's an honor to have the Prime Minister of the "
            "United Kingdom, Keir Starmer, with us. He brought a letter from His Majesty King "
            "Charles."
        ),
        "2025-02-27",
    ),
    (
        (
            "Readout of President Donald J. Trump's Call with President Vladimir Putin of Russia\n"
            "\n"
            "Today, President Trump and President Putin spoke about the need for peace and a "
            "ceasefire in the Ukraine war. The leaders agreed that the movement to peace will begin "
            "with an energy and infrastructure ceasefire.\n"
            "\n"
            "The call was President Trump's second with President Putin since the inauguration, "
            "following their call on February 12."
        ),
        "2025-03-18",
    ),
    (
        (
            "President Trump Revokes Security Clearances of Former Officials\n"
            "\n"
            "On February 7, 2025, President Trump announced that he had revoked the security "
            "clearance of former President Joseph R. Biden Jr. and stopped his daily intelligence "
            'briefings. "There is no need for Joe Biden to continue receiving access to classified '
            'information," the President said. In 2021, President Biden had revoked the same access '
            "for his predecessor."
        ),
        "2025-02-08",
    ),
    (
        (
            "Statement from the Press Secretary\n"
            "\n"
            "President Trump has named Secretary of State Marco Rubio to serve as interim National "
            "Security Advisor, while he continues to lead the State Department. Mike Waltz, who "
            "served as National Security Advisor since January 20, will be nominated to be United "
            "States Ambassador to the United Nations."
        ),
        "2025-05-02",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_white_house_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
