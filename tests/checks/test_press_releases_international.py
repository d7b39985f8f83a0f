"""Press releases and official readouts: gov.uk (Prime Minister's Office, FCDO, HM Treasury),
the European Council and Commission, NATO and the UN Secretary-General, 2014-2025. Checked
whole (tagger included), as the office published them; every one is right at its date, so no
flag may be shown.

Facts: gov.uk, consilium.europa.eu, ec.europa.eu, nato.int, un.org/sg; terms of office from
Wikipedia's lists of office holders and each person's article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Statement from the new Prime Minister Theresa May\n"
            "\n"
            "Prime Minister's Office, 10 Downing Street\n"
            "Published 13 July 2016\n"
            "\n"
            "I have just been to Buckingham Palace, where Her Majesty the Queen has asked me to form "
            "a new government, and I accepted. In David Cameron, I follow in the footsteps of a "
            "great, modern Prime Minister. Under David's leadership, the government stabilised the "
            "economy."
        ),
        "2016-07-13",
    ),
    (
        (
            "Boris Johnson's first speech as Prime Minister: 24 July 2019\n"
            "\n"
            "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Boris Johnson MP\n"
            "Published 24 July 2019\n"
            "\n"
            "Good afternoon. I have just been to see Her Majesty the Queen who has invited me to "
            "form a government and I have accepted. I pay tribute to the fortitude and patience of "
            "my predecessor, Theresa May."
        ),
        "2019-07-24",
    ),
    (
        (
            "Foreign Secretary statement at the G20 Foreign Ministers' Meeting\n"
            "\n"
            "From: Foreign, Commonwealth & Development Office and The Rt Hon Lord Cameron\n"
            "Published 22 February 2024\n"
            "\n"
            "Foreign Secretary David Cameron spoke today in Rio de Janeiro. Lord Cameron, who served "
            "as Prime Minister from 2010 to 2016, met Brazilian Foreign Minister Mauro Vieira and US "
            "Secretary of State Antony Blinken."
        ),
        "2024-02-22",
    ),
    (
        (
            "Prime Minister Rishi Sunak's statement: 25 October 2022\n"
            "\n"
            "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Rishi Sunak MP\n"
            "Published 25 October 2022\n"
            "\n"
            "Good morning. I have just been to Buckingham Palace and accepted His Majesty the King's "
            "invitation to form a government in his name. I want to pay tribute to my predecessor "
            "Liz Truss. She was not wrong to want to improve growth in this country."
        ),
        "2022-10-25",
    ),
    (
        (
            "Prime Minister Keir Starmer's statement in Downing Street: 5 July 2024\n"
            "\n"
            "Published 5 July 2024\n"
            "\n"
            "I have just returned from Buckingham Palace, where I accepted an invitation from His "
            "Majesty the King to form the next government of this great nation. I want to thank the "
            "outgoing Prime Minister Rishi Sunak. His achievement as the first British Asian Prime "
            "Minister of our country should not be underestimated."
        ),
        "2024-07-05",
    ),
    (
        (
            "PM address to the nation: 31 January 2020\n"
            "\n"
            "Published 31 January 2020\n"
            "\n"
            "Tonight we are leaving the European Union. For many people this is an astonishing "
            "moment of hope. Since the referendum of June 23, 2016, the country has waited three and "
            "a half years for this moment."
        ),
        "2020-01-31",
    ),
    (
        (
            "PM Commons statement on Salisbury incident response: 14 March 2018\n"
            "\n"
            "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Theresa May MP\n"
            "\n"
            "On Monday I set out that Sergei Skripal and his daughter Yulia were poisoned in "
            "Salisbury on March 4 with a military-grade nerve agent. Foreign Secretary Boris Johnson "
            "has summoned the Russian Ambassador."
        ),
        "2018-03-14",
    ),
    (
        (
            "Appointment of Foreign Secretary: 13 November 2023\n"
            "\n"
            "The King has been pleased to approve the appointment of The Rt Hon David Cameron as "
            "Secretary of State for Foreign, Commonwealth and Development Affairs. Mr Cameron, who "
            "was Prime Minister from 2010 to 2016, succeeds James Cleverly, who becomes Home "
            "Secretary."
        ),
        "2023-11-13",
    ),
    (
        (
            "Statement by President Charles Michel on taking office\n"
            "\n"
            "European Council\n"
            "Press release\n"
            "2 December 2019\n"
            "\n"
            "Charles Michel, who took office as President of the European Council on 1 December, "
            "thanked his predecessor Donald Tusk. Michel served as Prime Minister of Belgium from "
            "2014 to 2019."
        ),
        "2019-12-02",
    ),
    (
        (
            "António Costa takes office as President of the European Council\n"
            "\n"
            "Press release\n"
            "1 December 2024\n"
            "\n"
            "Today, António Costa takes office as President of the European Council, succeeding "
            "Charles Michel. Mr Costa, the former Prime Minister of Portugal, will chair his first "
            "European Council meeting on 19 December."
        ),
        "2024-12-01",
    ),
    (
        (
            "Statement by President von der Leyen on the EU-UK Trade and Cooperation Agreement\n"
            "\n"
            "European Commission\n"
            "Brussels, 24 December 2020\n"
            "\n"
            "It was a long and winding road, but we have got a good deal to show for it. I want to "
            "thank Michel Barnier, our chief negotiator, and his team. Four and a half years after "
            "the referendum, the United Kingdom left the EU on 31 January and the transition period "
            "ends on 31 December."
        ),
        "2020-12-24",
    ),
    (
        (
            "Statement by European Council President Donald Tusk on the notification by the United "
            "Kingdom\n"
            "\n"
            "Brussels, 29 March 2017\n"
            "\n"
            "Today, British Prime Minister Theresa May has delivered her letter triggering Article "
            "50 of the Treaty on European Union. President Juncker and I will propose guidelines for "
            "the negotiations at the summit on 29 April."
        ),
        "2017-03-29",
    ),
    (
        (
            "The Hague Summit Declaration\n"
            "\n"
            "NATO\n"
            "25 June 2025\n"
            "\n"
            "We, the Heads of State and Government of the North Atlantic Alliance, have gathered in "
            "The Hague to reaffirm our commitment to NATO. Secretary General Mark Rutte, who served "
            "as Prime Minister of the Netherlands from 2010 to 2024, thanked the Netherlands for "
            "hosting the Summit."
        ),
        "2025-06-25",
    ),
    (
        (
            "Statement by the NATO Secretary General on the 70th anniversary of NATO\n"
            "\n"
            "Washington, D.C.\n"
            "4 April 2019\n"
            "\n"
            "Seventy years ago today, the North Atlantic Treaty was signed here in Washington. "
            "Secretary General Jens Stoltenberg addressed a joint meeting of the U.S. Congress on 3 "
            "April at the invitation of Speaker Nancy Pelosi."
        ),
        "2019-04-04",
    ),
    (
        (
            "Jens Stoltenberg takes office as NATO Secretary General\n"
            "\n"
            "1 October 2014\n"
            "\n"
            "Jens Stoltenberg took office as NATO Secretary General today, succeeding Anders Fogh "
            "Rasmussen. Mr Stoltenberg was Prime Minister of Norway from 2005 to 2013. The outgoing "
            "Secretary General hosted the Wales Summit in September."
        ),
        "2014-10-01",
    ),
    (
        (
            "Finland joins NATO as 31st Ally\n"
            "\n"
            "4 April 2023\n"
            "\n"
            "Finland today became the 31st member of the NATO Alliance, on the 74th anniversary of "
            "the signing of the North Atlantic Treaty. Finnish Foreign Minister Pekka Haavisto "
            "handed the accession document to U.S. Secretary of State Antony Blinken."
        ),
        "2023-04-04",
    ),
    (
        (
            "Secretary-General's remarks on taking the oath of office\n"
            "\n"
            "New York\n"
            "1 January 2017\n"
            "\n"
            "On my first day as Secretary-General, one question weighs heavily on my heart. I thank "
            "my predecessor, Ban Ki-moon, for his dedicated service over ten years. António Guterres "
            "served as UN High Commissioner for Refugees from 2005 to 2015."
        ),
        "2017-01-01",
    ),
    (
        (
            "Statement by the Secretary-General on Ukraine\n"
            "\n"
            "New York\n"
            "24 February 2022\n"
            "\n"
            "President Putin, in the name of humanity, bring your troops back to Russia. The "
            "Secretary-General made this appeal while presiding over the Security Council meeting on "
            "the night of 23 February."
        ),
        "2022-02-24",
    ),
    (
        (
            "Statement attributable to the Spokesperson for the Secretary-General on Israel and Gaza\n"
            "\n"
            "Stéphane Dujarric, Spokesman for the Secretary-General\n"
            "\n"
            "The Secretary-General is deeply distressed by the announcement of a complete siege of "
            "the Gaza Strip. He condemns in the strongest terms the attacks launched by Hamas on 7 "
            "October."
        ),
        "2023-10-09",
    ),
    (
        (
            "Secretary-General's remarks at the adoption of the 2030 Agenda\n"
            "\n"
            "New York, 25 September 2015\n"
            "\n"
            "Secretary-General Ban Ki-moon welcomed Pope Francis to the United Nations today. The "
            "2030 Agenda succeeds the Millennium Development Goals, adopted in 2000 under "
            "Secretary-General Kofi Annan."
        ),
        "2015-09-25",
    ),
    (
        (
            "PM meeting with President Biden: 10 June 2021\n"
            "\n"
            "From: Prime Minister's Office, 10 Downing Street\n"
            "Published 10 June 2021\n"
            "\n"
            "The Prime Minister welcomed President Biden to Cornwall today ahead of the G7 Summit. "
            "The leaders signed the New Atlantic Charter, building on the charter agreed by Prime "
            "Minister Winston Churchill and President Franklin D. Roosevelt in 1941."
        ),
        "2021-06-10",
    ),
    (
        (
            "PM call with President Zelenskyy: 1 March 2022\n"
            "\n"
            "Published 1 March 2022\n"
            "\n"
            "The Prime Minister spoke to President Zelenskyy this afternoon. The Prime Minister "
            "updated the President on the UK's sanctions. He said he would see Polish President "
            "Andrzej Duda and Estonian Prime Minister Kaja Kallas later today."
        ),
        "2022-03-01",
    ),
    (
        (
            "PM meeting with President Zelenskyy: 8 February 2023\n"
            "\n"
            "Published 8 February 2023\n"
            "\n"
            "Prime Minister Rishi Sunak welcomed President Zelenskyy to Downing Street this morning. "
            "This is the President's first visit to the UK since Russia's full-scale invasion began "
            "almost a year ago. His Majesty The King will meet the President at Buckingham Palace."
        ),
        "2023-02-08",
    ),
    (
        (
            "PM meeting with President Lula: 18 November 2024\n"
            "\n"
            "Published 18 November 2024\n"
            "\n"
            "The Prime Minister met President Lula of Brazil in Rio de Janeiro today at the G20 "
            "Summit. The Prime Minister congratulated the President on Brazil's G20 Presidency. The "
            "leaders discussed COP30, which Brazil will host in Belém next year."
        ),
        "2024-11-18",
    ),
    (
        (
            "PM meeting with President Trump: 24 September 2019\n"
            "\n"
            "Published 24 September 2019\n"
            "\n"
            "The Prime Minister met President Trump today in New York at the UN General Assembly. "
            "The leaders discussed the situation in the Gulf following the attacks on Saudi oil "
            "facilities on 14 September."
        ),
        "2019-09-24",
    ),
    (
        (
            "PM meeting with President Obama: 4 September 2016\n"
            "\n"
            "Published 4 September 2016\n"
            "\n"
            "Prime Minister Theresa May met President Obama today at the G20 summit in Hangzhou. "
            "This was their first bilateral meeting since the Prime Minister took office in July. "
            "The President said the special relationship would endure after the referendum in June."
        ),
        "2016-09-04",
    ),
    (
        (
            "PM remarks at the White House: 27 February 2025\n"
            "\n"
            "Published 27 February 2025\n"
            "\n"
            "Prime Minister Keir Starmer met President Trump in the Oval Office today. The Prime "
            "Minister delivered a letter from His Majesty The King inviting the President for an "
            "unprecedented second state visit. The President's first state visit took place in June "
            "2019, hosted by Her Late Majesty Queen Elizabeth II."
        ),
        "2025-02-27",
    ),
    (
        (
            "State Visit of the President of the United States: 17 September 2025\n"
            "\n"
            "Published 17 September 2025\n"
            "\n"
            "His Majesty The King today welcomed President Donald J. Trump and First Lady Melania "
            "Trump at Windsor Castle for a State Visit. The President's first State Visit, in June "
            "2019, was hosted by the late Queen Elizabeth II. Foreign Secretary Yvette Cooper "
            "attended the State Banquet."
        ),
        "2025-09-17",
    ),
    (
        (
            "Chancellor of the Exchequer: 5 July 2024\n"
            "\n"
            "The King has been pleased to approve the appointment of Rachel Reeves MP as Chancellor "
            "of the Exchequer, the first woman to hold the office in its 800-year history. She "
            "succeeds Jeremy Hunt, who served as Chancellor since October 2022."
        ),
        "2024-07-05",
    ),
    (
        (
            "Chancellor of the Exchequer: 13 February 2020\n"
            "\n"
            "The Queen has been pleased to approve the appointment of Rishi Sunak MP as Chancellor "
            "of the Exchequer. He succeeds Sajid Javid, who resigned today. Mr Sunak was Chief "
            "Secretary to the Treasury from July 2019."
        ),
        "2020-02-13",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_international_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
