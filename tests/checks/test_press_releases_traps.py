"""Press releases and official readouts: the genre's traps: courtesy titles of former
officials, nominees and -designates, presidents-elect, alternates and acting officials,
archived pages, lists of participants. Checked whole (tagger included), as the office
published them; every one is right at its date, so no flag may be shown.

Facts: the issuers' archives; campaign releases as the campaigns published them; terms of
office from Wikipedia's lists of office holders and each person's article; weekdays from the
calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Hillary for America Announces Schedule\n"
            "\n"
            "For Immediate Release\n"
            "July 27, 2016\n"
            "\n"
            "On Thursday, Secretary Clinton will accept the Democratic nomination in Philadelphia. "
            "Secretary Clinton, who served as the 67th Secretary of State, will be introduced by her "
            "daughter Chelsea."
        ),
        "2016-07-27",
    ),
    (
        (
            "Nikki Haley Launches Presidential Campaign\n"
            "\n"
            "CHARLESTON, S.C. – Today, Ambassador Nikki Haley announced her campaign for President. "
            "Ambassador Haley served as Governor of South Carolina from 2011 to 2017 and as U.S. "
            "Ambassador to the United Nations from 2017 to 2018."
        ),
        "2023-02-15",
    ),
    (
        (
            "Statement from the Office of Donald J. Trump\n"
            "\n"
            "PALM BEACH, Fla. – Tonight at Mar-a-Lago, President Donald J. Trump announced his "
            "candidacy for President of the United States. The 45th President served from 2017 to "
            "2021."
        ),
        "2022-11-15",
    ),
    (
        (
            "Readout of President Biden's Meeting with President-elect Trump\n"
            "\n"
            "Today, President Biden welcomed President-elect Donald J. Trump to the Oval Office. The "
            "President and the President-elect discussed the transition. Vice President-elect JD "
            "Vance did not attend."
        ),
        "2024-11-13",
    ),
    (
        (
            "President-elect Trump Announces Nominations\n"
            "\n"
            "PALM BEACH, Fla. – President-elect Donald J. Trump today announced his intent to "
            "nominate Senator Marco Rubio of Florida as Secretary of State. Rubio has served in the "
            "Senate since 2011."
        ),
        "2024-11-13",
    ),
    (
        (
            "Marco Rubio Sworn In as 72nd Secretary of State\n"
            "\n"
            "Washington, D.C.\n"
            "January 21, 2025\n"
            "\n"
            "Marco Rubio was sworn in today as the 72nd Secretary of State by Vice President JD "
            "Vance. The Senate confirmed him 99-0 on January 20. Secretary Rubio served as a United "
            "States Senator from Florida from 2011 to 2025."
        ),
        "2025-01-20",
    ),
    (
        (
            "Statement by the Prime Minister's Media Adviser\n"
            "\n"
            "Jerusalem\n"
            "5 March 2022\n"
            "\n"
            "Prime Minister Naftali Bennett met President Vladimir Putin in the Kremlin today. "
            "Opposition leader Benjamin Netanyahu served as Prime Minister from 2009 to 2021."
        ),
        "2022-03-05",
    ),
    (
        (
            "Remarks by President Biden and Chancellor Merkel of the Federal Republic of Germany in "
            "Press Conference\n"
            "\n"
            "East Room\n"
            "\n"
            "PRESIDENT BIDEN: Good afternoon. Chancellor Merkel has visited the White House many "
            "times, and she has worked with four American Presidents. Madam Chancellor, welcome back."
        ),
        "2021-07-15",
    ),
    (
        (
            "Appointments to Government: 5 September 2025\n"
            "\n"
            "From: Prime Minister's Office, 10 Downing Street\n"
            "\n"
            "The King has been pleased to approve the appointment of the Rt Hon David Lammy MP as "
            "Deputy Prime Minister and Secretary of State for Justice. Yvette Cooper becomes Foreign "
            "Secretary. Mr Lammy served as Foreign Secretary from July 2024."
        ),
        "2025-09-05",
    ),
    (
        (
            "Statement by the President on the Confirmation of Ashton Carter as Secretary of Defense\n"
            "\n"
            "I congratulate Ash Carter on his confirmation as our next Secretary of Defense. I thank "
            "Secretary Chuck Hagel, who will remain in office until Ash Carter is sworn in."
        ),
        "2015-02-12",
    ),
    (
        (
            "Secretary Pompeo Sworn In\n"
            "\n"
            "Washington, D.C.\n"
            "April 26, 2018\n"
            "\n"
            "Mike Pompeo was sworn in today as the 70th Secretary of State. Secretary Pompeo "
            "previously served as Director of the Central Intelligence Agency. He departs tonight "
            "for Brussels to attend the NATO Foreign Ministers' Meeting. Acting Secretary John "
            "Sullivan led the Department since March 31."
        ),
        "2018-04-26",
    ),
    (
        (
            "U.S. Embassy Tokyo: Ambassador Hagerty Departs Japan\n"
            "\n"
            "Tokyo\n"
            "July 23, 2019\n"
            "\n"
            "Ambassador William F. Hagerty IV departed Japan today. He had served as U.S. Ambassador "
            "to Japan since August 2017. His predecessor, Ambassador Caroline Kennedy, served from "
            "2013 to 2017."
        ),
        "2019-07-23",
    ),
    (
        (
            "Remarks by President Biden Before the 79th Session of the United Nations General "
            "Assembly\n"
            "\n"
            "United Nations Headquarters\n"
            "New York, New York\n"
            "\n"
            "PRESIDENT BIDEN: Mr. President, Mr. Secretary-General, fellow leaders: This is my "
            "fourth time addressing this assembly as President, and my last. I first came here more "
            "than 50 years ago as a young senator."
        ),
        "2024-09-24",
    ),
    (
        (
            "Statement by President-elect Joe Biden\n"
            "\n"
            "WILMINGTON, Del. — I am honored and humbled by the trust the American people have "
            "placed in me and in Vice President-elect Kamala Harris. Senator Harris will be the "
            "first woman elected Vice President."
        ),
        "2020-11-07",
    ),
    (
        (
            "Farewell Address\n"
            "\n"
            "Chicago, Illinois\n"
            "January 10, 2017\n"
            "\n"
            "THE PRESIDENT: Thank you, Chicago. In ten days, the world will witness a hallmark of "
            "our democracy: the peaceful transfer of power from one freely elected president to the "
            "next. I committed to President-elect Trump that my administration would ensure the "
            "smoothest possible transition, just as President Bush did for me."
        ),
        "2017-01-10",
    ),
    (
        (
            "Statement by the Prime Minister on the State Funeral of Her Majesty Queen Elizabeth II\n"
            "\n"
            "Published 19 September 2022\n"
            "\n"
            "Today we said goodbye to Her Late Majesty Queen Elizabeth II. Prime Minister Liz Truss, "
            "who was appointed by the Queen at Balmoral on 6 September, read a lesson from the "
            "Gospel of John. His Majesty King Charles III led the mourners."
        ),
        "2022-09-19",
    ),
    (
        (
            "Coronation of Their Majesties The King and The Queen\n"
            "\n"
            "Published 6 May 2023\n"
            "\n"
            "Today, His Majesty King Charles III and Her Majesty Queen Camilla were crowned at "
            "Westminster Abbey. The last coronation, of Queen Elizabeth II, took place on 2 June "
            "1953. Prime Minister Rishi Sunak read from the Epistle to the Colossians."
        ),
        "2023-05-06",
    ),
    (
        (
            "Statement from President Donald J. Trump on the Election of Pope Leo XIV\n"
            "\n"
            "It is such an honor to realize that he is the first American Pope. Pope Leo XIV, born "
            "Robert Francis Prevost in Chicago, was elected today, succeeding Pope Francis, who died "
            "on April 21."
        ),
        "2025-05-08",
    ),
    (
        (
            "Statement by Prime Minister Naftali Bennett on the swearing-in of the new government\n"
            "\n"
            "Jerusalem\n"
            "June 13, 2021\n"
            "\n"
            "The Knesset approved the new government today. I thank Prime Minister Benjamin "
            "Netanyahu for his long service to the State of Israel. Alternate Prime Minister Yair "
            "Lapid will serve as Foreign Minister."
        ),
        "2021-06-13",
    ),
    (
        (
            "Ambassador Haley's Remarks on Syria\n"
            "\n"
            "United States Mission to the United Nations\n"
            "March 1, 2017\n"
            "\n"
            "Ambassador Nikki Haley, U.S. Permanent Representative to the United Nations, delivered "
            "remarks today at the Security Council. Ambassador Haley, a former Governor of South "
            "Carolina, took office on January 27."
        ),
        "2017-03-01",
    ),
    (
        (
            "Prime Minister Takaichi Sanae's Press Conference\n"
            "\n"
            "Prime Minister's Office of Japan\n"
            "October 21, 2025\n"
            "\n"
            "Takaichi Sanae was elected Prime Minister today, the first woman to hold the office. "
            "She succeeds Prime Minister Ishiba Shigeru. Motegi Toshimitsu was appointed Minister "
            "for Foreign Affairs; he served in the same post from 2019 to 2021."
        ),
        "2025-10-22",
    ),
    (
        (
            "Special Presidential Envoy for Climate John Kerry's Travel to Japan and China\n"
            "\n"
            "Media Note\n"
            "Office of the Spokesperson\n"
            "\n"
            "Special Presidential Envoy for Climate John Kerry will travel to Tokyo, Japan, and "
            "Tianjin, China, from August 31 to September 3. Secretary Kerry will meet with Chinese "
            "counterparts on the climate crisis. Secretary Kerry's trip follows his visit to "
            "Shanghai in April."
        ),
        "2021-08-31",
    ),
    (
        (
            "Secretary Michael R. Pompeo at a Press Availability\n"
            "\n"
            "Remarks to the Press\n"
            "Michael R. Pompeo, Secretary of State\n"
            "Press Briefing Room\n"
            "Washington, DC\n"
            "March 5, 2020\n"
            "\n"
            "This is an archived page of the 2017-2021 administration. Information may be outdated.\n"
            "\n"
            "SECRETARY POMPEO: Good afternoon, everyone. Last Saturday the United States signed an "
            "agreement with the Taliban in Doha."
        ),
        "2020-03-05",
    ),
    (
        (
            "Biden Foundation Statement on the Paris Agreement\n"
            "\n"
            "WILMINGTON, Del. – Former Vice President Joe Biden released the following statement on "
            "President Trump's announcement that the United States will withdraw from the Paris "
            "Agreement. Vice President Biden and President Obama joined the agreement in 2016."
        ),
        "2017-06-02",
    ),
    (
        (
            "Romney Sworn In as U.S. Senator from Utah\n"
            "\n"
            "WASHINGTON – Mitt Romney was sworn in today as U.S. Senator from Utah. Senator Romney, "
            "who served as Governor of Massachusetts from 2003 to 2007, was the Republican nominee "
            "for President in 2012. He succeeds Senator Orrin Hatch."
        ),
        "2019-01-03",
    ),
    (
        (
            "Participants in the Meeting\n"
            "\n"
            "The following officials took part in today's meeting of the Security Council on the "
            "DPRK:\n"
            "- Secretary of State Rex Tillerson, United States (presiding)\n"
            "- Foreign Minister Wang Yi, China\n"
            "- Foreign Minister Fumio Kishida, Japan\n"
            "- Secretary-General António Guterres"
        ),
        "2017-04-28",
    ),
    (
        (
            "Trans-Pacific Partnership Ministers' Statement\n"
            "\n"
            "Atlanta\n"
            "October 5, 2015\n"
            "\n"
            "We, the Trade Ministers of Australia, Brunei Darussalam, Canada, Chile, Japan, "
            "Malaysia, Mexico, New Zealand, Peru, Singapore, the United States and Vietnam, are "
            "pleased to announce that we have successfully concluded the Trans-Pacific Partnership. "
            "United States Trade Representative Michael Froman chaired the meeting. Negotiations "
            "began in 2010."
        ),
        "2015-10-05",
    ),
    (
        (
            "Apulia G7 Leaders' Communiqué\n"
            "\n"
            "Borgo Egnazia, Italy\n"
            "14 June 2024\n"
            "\n"
            "We, the Leaders of the Group of Seven, met in Apulia from 13 to 15 June 2024. Prime "
            "Minister Giorgia Meloni hosted President Biden, President Macron, Chancellor Scholz, "
            "Prime Minister Kishida, Prime Minister Sunak and Prime Minister Trudeau. Pope Francis "
            "joined the session on artificial intelligence."
        ),
        "2024-06-14",
    ),
    (
        (
            "G7 Leaders' Statement\n"
            "\n"
            "Kananaskis, Alberta\n"
            "June 17, 2025\n"
            "\n"
            "We, the Leaders of the G7, met in Kananaskis on June 15-17, 2025, hosted by Prime "
            "Minister Mark Carney. President Trump departed the summit on the evening of June 16. We "
            "welcomed President Zelenskyy and Secretary General Rutte."
        ),
        "2025-06-17",
    ),
    (
        (
            "Meeting between Prime Minister Abe and President-elect Trump\n"
            "\n"
            "Ministry of Foreign Affairs of Japan\n"
            "November 17, 2016\n"
            "\n"
            "On November 17, commencing at around 5:30 p.m. (local time; 7:30 a.m., November 18, "
            "Japan time), Prime Minister Shinzo Abe held a meeting with President-elect Donald Trump "
            "in New York. Prime Minister Abe was the first foreign leader to meet the "
            "President-elect."
        ),
        "2016-11-17",
    ),
    (
        (
            "Meeting between Prime Minister Ishiba and President Xi Jinping\n"
            "\n"
            "Ministry of Foreign Affairs of Japan\n"
            "November 15, 2024 (Lima, Peru)\n"
            "\n"
            "On November 15, commencing at 5:25 p.m. for approximately 25 minutes, Mr. ISHIBA "
            "Shigeru, Prime Minister of Japan, held a meeting with H.E. Mr. Xi Jinping, President of "
            "the People's Republic of China, on the margins of the APEC Economic Leaders' Meeting. "
            "Prime Minister Ishiba referred to the summit meeting held in San Francisco last year "
            "between Prime Minister Kishida and President Xi."
        ),
        "2024-11-16",
    ),
    (
        (
            "Joint Statement: 80th anniversary of the end of the Second World War in Europe\n"
            "\n"
            "From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP\n"
            "Published 8 May 2025\n"
            "\n"
            "Eighty years ago today, the Second World War ended in Europe. Foreign Secretary David "
            "Lammy paid tribute to those who served. Prime Minister Winston Churchill broadcast the "
            "news of victory at 3pm on 8 May 1945."
        ),
        "2025-05-08",
    ),
    (
        (
            "Statement by the President on the Passing of President George H.W. Bush\n"
            "\n"
            "Former President George H.W. Bush, the 41st President of the United States, died on "
            "Friday, November 30, 2018, at the age of 94. Today, the nation gathers at Washington "
            "National Cathedral. President Bush served as Vice President under President Ronald "
            "Reagan from 1981 to 1989."
        ),
        "2018-12-05",
    ),
    (
        (
            "Statement by President von der Leyen on the passing of His Holiness Pope Francis\n"
            "\n"
            "Brussels, 21 April 2025\n"
            "\n"
            "Today, the world mourns the passing of Pope Francis. He inspired millions, far beyond "
            "the Catholic Church, with his humility and pure love for the less fortunate. Elected in "
            "March 2013, he was the first pope from the Americas."
        ),
        "2025-04-21",
    ),
    (
        (
            "Statement from President Joe Biden and First Lady Jill Biden on the Death of Queen "
            "Elizabeth II\n"
            "\n"
            "Queen Elizabeth II was more than a monarch. She defined an era. In 1951, a young "
            "Princess Elizabeth made her first visit to the United States. She met thirteen American "
            "presidents, beginning with President Harry S. Truman. She invited us to Windsor Castle "
            "in 2021."
        ),
        "2022-09-08",
    ),
    (
        (
            "Presidential Proclamation -- Loyalty Day, 2013\n"
            "\n"
            "On Loyalty Day, we celebrate the history and heritage of the United States. In 1958, "
            "President Dwight D. Eisenhower signed legislation designating May 1 as Loyalty Day.\n"
            "\n"
            "NOW, THEREFORE, I, BARACK OBAMA, President of the United States of America, do hereby "
            "proclaim May 1, 2013, as Loyalty Day."
        ),
        "2013-05-01",
    ),
    (
        (
            "Statement by the President on the 50th Anniversary of the Civil Rights Act\n"
            "\n"
            "Fifty years ago today, President Lyndon Johnson signed the Civil Rights Act of 1964 "
            "into law. The law had been proposed by President John F. Kennedy in June 1963, months "
            "before his assassination."
        ),
        "2014-07-02",
    ),
    (
        (
            "Statement by the Secretary-General on United Nations Day\n"
            "\n"
            "New York, 24 October 2024\n"
            "\n"
            "On United Nations Day, we mark 79 years since the UN Charter entered into force on 24 "
            "October 1945. The Pact for the Future, adopted last month, reaffirms our shared "
            "commitment."
        ),
        "2024-10-24",
    ),
    (
        (
            "Statement by the President of the European Council following the special European "
            "Council (Art. 50)\n"
            "\n"
            "Brussels, 11 April 2019\n"
            "\n"
            "EU27 leaders agreed to extend the Article 50 period until 31 October 2019. Prime "
            "Minister Theresa May had requested an extension to 30 June. The UK had been due to "
            "leave the EU on 29 March."
        ),
        "2019-04-11",
    ),
    (
        (
            "Statement by President Charles Michel on the election of Olaf Scholz as Federal "
            "Chancellor\n"
            "\n"
            "Brussels, 8 December 2021\n"
            "\n"
            "I congratulate Olaf Scholz on his election today as Chancellor of the Federal Republic "
            "of Germany. I also thank Chancellor Angela Merkel for her sixteen years of leadership. "
            "She has attended European Council meetings since 2005."
        ),
        "2021-12-08",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_traps_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
