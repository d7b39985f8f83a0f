"""Press releases and official readouts: anniversary statements and statements on deaths:
counts of years, the dead named by the titles they held. Checked whole (tagger included), as
the office published them; every one is right at its date, so no flag may be shown.

Facts: the issuers' archives (whitehouse.gov, gov.uk, nato.int, un.org, ec.europa.eu, state
governments); terms of office from Wikipedia's lists of office holders and each person's
article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Statement from President Joe Biden on the 80th Anniversary of D-Day\n"
            "\n"
            "Normandy, France\n"
            "June 6, 2024\n"
            "\n"
            "Eighty years ago today, more than 150,000 Allied troops stormed the beaches of "
            "Normandy. Today I joined President Emmanuel Macron, veterans of D-Day, and leaders from "
            "across the Alliance at the Normandy American Cemetery. General Dwight D. Eisenhower, "
            "who later served as our 34th President, commanded the invasion."
        ),
        "2024-06-06",
    ),
    (
        (
            "Statement by NATO Secretary General Jens Stoltenberg on the 75th anniversary of NATO\n"
            "\n"
            "Brussels\n"
            "4 April 2024\n"
            "\n"
            "Today we mark the 75th anniversary of the signing of the Washington Treaty. For 75 "
            "years, NATO has kept our nations safe. Since 2014, Allies have invested over 600 "
            "billion dollars more in defence. Sweden became our 32nd Ally on 7 March."
        ),
        "2024-04-04",
    ),
    (
        (
            "Joint Declaration on the 60th anniversary of the Élysée Treaty\n"
            "\n"
            "Paris\n"
            "22 January 2023\n"
            "\n"
            "Sixty years ago, President Charles de Gaulle and Chancellor Konrad Adenauer signed the "
            "Élysée Treaty. Today, President Emmanuel Macron and Chancellor Olaf Scholz reaffirm the "
            "friendship between France and Germany."
        ),
        "2023-01-22",
    ),
    (
        (
            "Prime Minister's statement on the 25th anniversary of the Belfast/Good Friday Agreement\n"
            "\n"
            "From: Prime Minister's Office, 10 Downing Street\n"
            "Published 10 April 2023\n"
            "\n"
            "Twenty-five years ago, the Belfast/Good Friday Agreement was signed. Prime Minister "
            "Tony Blair and Taoiseach Bertie Ahern, with Senator George Mitchell, brought the "
            "parties together. President Biden will visit Belfast this week to mark the anniversary."
        ),
        "2023-04-10",
    ),
    (
        (
            "Statement by President von der Leyen on the 80th anniversary of the liberation of "
            "Auschwitz-Birkenau\n"
            "\n"
            "Brussels, 27 January 2025\n"
            "\n"
            "Eighty years ago today, Soviet troops liberated Auschwitz-Birkenau. On International "
            "Holocaust Remembrance Day, we remember the six million Jews murdered by the Nazis."
        ),
        "2025-01-27",
    ),
    (
        (
            "Joint statement by the President of the European Council and the President of the "
            "European Commission on the third anniversary of Russia's full-scale invasion of Ukraine\n"
            "\n"
            "Kyiv, 24 February 2025\n"
            "\n"
            "Three years ago today, Russia launched its full-scale invasion of Ukraine. Today, "
            "President António Costa and President Ursula von der Leyen are in Kyiv with President "
            "Volodymyr Zelenskyy. The war, now in its fourth year, has cost tens of thousands of "
            "lives."
        ),
        "2025-02-24",
    ),
    (
        (
            "Statement by the High Representative on 1000 days of Russia's war of aggression against "
            "Ukraine\n"
            "\n"
            "Brussels, 19 November 2024\n"
            "\n"
            "Today marks 1000 days since Russia launched its full-scale invasion of Ukraine on 24 "
            "February 2022. High Representative Josep Borrell reiterated the EU's unwavering support."
        ),
        "2024-11-19",
    ),
    (
        (
            "Statement by President Joe Biden on the 20th Anniversary of September 11th\n"
            "\n"
            "Twenty years ago today, on September 11, 2001, nearly 3,000 people were killed in the "
            "worst terrorist attack on American soil. Today, the First Lady and I will visit all "
            "three sites. Former President George W. Bush will speak in Shanksville."
        ),
        "2021-09-11",
    ),
    (
        (
            "Statement by the WHO Director-General five years after COVID-19 was characterized as a "
            "pandemic\n"
            "\n"
            "Geneva, 11 March 2025\n"
            "\n"
            "Five years ago today, WHO characterized COVID-19 as a pandemic. Director-General Tedros "
            "Adhanom Ghebreyesus said the world is better prepared, but not prepared enough."
        ),
        "2025-03-11",
    ),
    (
        (
            "Press release: Secretary General's pre-summit press conference\n"
            "\n"
            "Vilnius\n"
            "10 July 2023\n"
            "\n"
            "NATO Secretary General Jens Stoltenberg spoke to the press today ahead of the NATO "
            "Summit in Vilnius on 11 and 12 July. Allied leaders will meet Ukrainian President "
            "Volodymyr Zelenskyy at the first meeting of the NATO-Ukraine Council on Wednesday."
        ),
        "2023-07-10",
    ),
    (
        (
            "Madrid Summit Declaration\n"
            "\n"
            "Madrid\n"
            "30 June 2022\n"
            "\n"
            "We, the Heads of State and Government of the North Atlantic Alliance, have met in "
            "Madrid on 29 and 30 June 2022. We thank Spain for hosting the Summit. We invite Finland "
            "and Sweden to become members of NATO."
        ),
        "2022-06-30",
    ),
    (
        (
            "Washington Summit Declaration\n"
            "\n"
            "Washington, D.C.\n"
            "10 July 2024\n"
            "\n"
            "We, the Heads of State and Government of the North Atlantic Alliance, have gathered in "
            "Washington to celebrate the 75th anniversary of our Alliance. NATO Allies have selected "
            "Prime Minister Mark Rutte as the next Secretary General, who will take office on 1 "
            "October."
        ),
        "2024-07-11",
    ),
    (
        (
            "NATO Allies select Mark Rutte as next Secretary General\n"
            "\n"
            "Brussels\n"
            "26 June 2024\n"
            "\n"
            "The North Atlantic Council today decided to appoint Prime Minister Mark Rutte of the "
            "Netherlands as the next Secretary General of NATO. Mr Rutte will assume his functions "
            "on 1 October 2024, when Secretary General Jens Stoltenberg's term expires."
        ),
        "2024-06-26",
    ),
    (
        (
            "G7 Hiroshima Leaders' Communiqué\n"
            "\n"
            "Hiroshima, Japan\n"
            "May 20, 2023\n"
            "\n"
            "We, the Leaders of the Group of Seven (G7), met in Hiroshima for our annual Summit on "
            "May 19-21, 2023. Prime Minister Kishida Fumio hosted President Volodymyr Zelenskyy of "
            "Ukraine, who joined the summit in person on Sunday."
        ),
        "2023-05-20",
    ),
    (
        (
            "G20 Rio de Janeiro Leaders' Declaration\n"
            "\n"
            "Rio de Janeiro\n"
            "18 November 2024\n"
            "\n"
            "We, the Leaders of the G20, met in Rio de Janeiro on 18 and 19 November 2024. President "
            "Luiz Inácio Lula da Silva launched the Global Alliance against Hunger and Poverty. "
            "South Africa assumes the G20 Presidency on 1 December 2024."
        ),
        "2024-11-19",
    ),
    (
        (
            "COP28 concludes with historic UAE Consensus\n"
            "\n"
            "Dubai, 13 December 2023\n"
            "\n"
            "The 28th Conference of the Parties, held in Dubai from 30 November, concluded today "
            "with agreement to transition away from fossil fuels. COP28 President Dr. Sultan Al "
            "Jaber thanked UN Climate Change Executive Secretary Simon Stiell."
        ),
        "2023-12-13",
    ),
    (
        (
            "Statement by the Secretary-General on the tenth anniversary of the Paris Agreement\n"
            "\n"
            "New York, 12 December 2025\n"
            "\n"
            "Ten years ago today, the world adopted the Paris Agreement at COP21. I commend the "
            "parties who met at COP30 in Belém last month."
        ),
        "2025-12-12",
    ),
    (
        (
            "The Queen's address on the 75th anniversary of VE Day\n"
            "\n"
            "Published 8 May 2020\n"
            "\n"
            "At the start, the outlook seemed bleak, the end distant, the outcome uncertain. "
            "Seventy-five years ago, Prime Minister Winston Churchill announced the end of the war "
            "in Europe."
        ),
        "2020-05-08",
    ),
    (
        (
            "Statement by President Macron on the Centenary of the Armistice\n"
            "\n"
            "Paris, 11 November 2018\n"
            "\n"
            "One hundred years ago, on 11 November 1918 at 11 o'clock, the guns fell silent. Today, "
            "some 70 heads of state and government, including President Donald Trump, Chancellor "
            "Angela Merkel and President Vladimir Putin, joined us at the Arc de Triomphe."
        ),
        "2018-11-11",
    ),
    (
        (
            "Secretary-General's message on the 30th anniversary of the 1994 genocide against the "
            "Tutsi in Rwanda\n"
            "\n"
            "7 April 2024\n"
            "\n"
            "Thirty years ago, more than one million people were systematically murdered in Rwanda "
            "in 100 days. Former President Bill Clinton attended the commemoration in Kigali today "
            "with President Paul Kagame."
        ),
        "2024-04-07",
    ),
    (
        (
            "Statement from President Joe Biden on the 60th Anniversary of the Assassination of "
            "President John F. Kennedy\n"
            "\n"
            "Sixty years ago today, President John F. Kennedy was assassinated in Dallas, Texas. "
            "President Kennedy was the first Catholic President and led our nation through the Cuban "
            "Missile Crisis in 1962."
        ),
        "2023-11-22",
    ),
    (
        (
            "Remarks on the 60th Anniversary of Bloody Sunday\n"
            "\n"
            "Selma, Alabama\n"
            "March 9, 2025\n"
            "\n"
            "Sixty years ago this week, on March 7, 1965, John Lewis and hundreds of marchers were "
            "beaten on the Edmund Pettus Bridge. President Lyndon B. Johnson signed the Voting "
            "Rights Act on August 6 of that year."
        ),
        "2025-03-09",
    ),
    (
        (
            "Presidential Proclamation -- Anniversary of the Americans with Disabilities Act, 2015\n"
            "\n"
            "Twenty-five years ago, President George H.W. Bush signed the Americans with "
            "Disabilities Act into law. On July 26, 1990, America committed to equal access.\n"
            "\n"
            "NOW, THEREFORE, I, BARACK OBAMA, President of the United States of America, do hereby "
            "proclaim July 26, 2015, as the 25th Anniversary of the Americans with Disabilities Act."
        ),
        "2015-07-24",
    ),
    (
        (
            "Statement from President Joe Biden on the One-Year Anniversary of the October 7th "
            "Attacks\n"
            "\n"
            "One year ago today, Hamas terrorists launched the deadliest day for the Jewish people "
            "since the Holocaust. More than 1,200 innocent people were slaughtered. Today, the First "
            "Lady and I will light a memorial candle at the White House."
        ),
        "2024-10-07",
    ),
    (
        (
            "Governor Landry Marks 20 Years Since Hurricane Katrina\n"
            "\n"
            "BATON ROUGE, La. — Twenty years ago today, Hurricane Katrina made landfall in southeast "
            "Louisiana. Governor Jeff Landry joined local leaders in New Orleans. Then-Governor "
            "Kathleen Blanco had declared a state of emergency on August 26, 2005."
        ),
        "2025-08-29",
    ),
    (
        (
            "Statement on the 20th Anniversary of the Iraq War\n"
            "\n"
            "Twenty years ago, on March 20, 2003, U.S.-led forces invaded Iraq. President George W. "
            "Bush announced the start of military operations that night from the Oval Office."
        ),
        "2023-03-20",
    ),
    (
        (
            "Statement from President Joe Biden on the Anniversary of the Affordable Care Act\n"
            "\n"
            "Twelve years ago today, President Obama signed the Affordable Care Act into law. I was "
            "proud to stand with him as Vice President. Today, a record 14.5 million Americans have "
            "coverage through the marketplaces."
        ),
        "2022-03-23",
    ),
    (
        (
            "Statement by President Biden on the Passing of Former Secretary of State Madeleine "
            "Albright\n"
            "\n"
            "Madeleine Albright was a force for goodness, grace, and decency. Secretary Albright "
            "served as our Ambassador to the United Nations from 1993 to 1997 and as the first woman "
            "Secretary of State from 1997 to 2001. She died today at the age of 84."
        ),
        "2022-03-23",
    ),
    (
        (
            "Statement by Secretary of Defense Lloyd J. Austin III on the Passing of General Colin "
            "Powell\n"
            "\n"
            "The Department of Defense mourns the loss of General Colin Powell, who died this "
            "morning. General Powell served as Chairman of the Joint Chiefs of Staff under President "
            "George H.W. Bush and as Secretary of State under President George W. Bush. He was the "
            "first Black Secretary of State."
        ),
        "2021-10-18",
    ),
    (
        (
            "Patriot Day and National Day of Service and Remembrance, 2024\n"
            "\n"
            "Twenty-three years ago, on September 11, 2001, nearly 3,000 people were killed in the "
            "deadliest terrorist attack in our history. President George W. Bush spoke to the Nation "
            "that evening from the Oval Office."
        ),
        "2024-09-11",
    ),
    (
        (
            "Statement by the Prime Minister of Canada on the U.S. election\n"
            "\n"
            "Ottawa, Ontario\n"
            "November 7, 2020\n"
            "\n"
            "I congratulate President-elect Joe Biden and Vice President-elect Kamala Harris on "
            "their victory in the presidential election held on November 3. Canada and the United "
            "States enjoy an extraordinary relationship."
        ),
        "2020-11-08",
    ),
    (
        (
            "Inauguration Day Statement\n"
            "\n"
            "Today, Joseph R. Biden Jr. was sworn in as the 46th President of the United States at "
            "the 59th Presidential Inauguration. Kamala D. Harris was sworn in as Vice President by "
            "Justice Sonia Sotomayor. Former Vice President Mike Pence attended the ceremony; "
            "President Trump departed for Florida in the morning."
        ),
        "2021-01-20",
    ),
    (
        (
            "Statement from Leader Schumer on the Midterm Elections\n"
            "\n"
            "WASHINGTON, D.C. – Senate Majority Leader Chuck Schumer released the following "
            "statement on yesterday's midterm elections, held on November 8, 2022."
        ),
        "2022-11-09",
    ),
    (
        (
            "Statement from President Joe Biden and First Lady Jill Biden on the Passing of Former "
            "First Lady Rosalynn Carter\n"
            "\n"
            "Rosalynn Carter, who died today at 96, served as First Lady from 1977 to 1981. "
            "President Carter and Rosalynn were married for 77 years."
        ),
        "2023-11-19",
    ),
    (
        (
            "Statement from the Press Secretary on the Passing of Pope Francis\n"
            "\n"
            "President Trump has ordered flags flown at half-staff in honor of Pope Francis, who "
            "died this morning at the age of 88. The President and the First Lady will attend the "
            "funeral in Rome on Saturday."
        ),
        "2025-04-21",
    ),
    (
        (
            "Statement on the Death of Iranian President Ebrahim Raisi\n"
            "\n"
            "The United States extends its official condolences for the deaths of President Ebrahim "
            "Raisi, Foreign Minister Hossein Amir-Abdollahian, and other members of their delegation "
            "in a helicopter crash in northwest Iran yesterday. Vice President Mohammad Mokhber has "
            "become acting president."
        ),
        "2024-05-20",
    ),
    (
        (
            "Statement by the President on the Passing of Baroness Margaret Thatcher\n"
            "\n"
            "With the passing of Baroness Margaret Thatcher, the world has lost one of the great "
            "champions of freedom and liberty. As Prime Minister from 1979 to 1990, she stood with "
            "President Reagan to win the Cold War."
        ),
        "2013-04-08",
    ),
    (
        (
            "Statement by President Biden on the Killing of Former Prime Minister Shinzo Abe\n"
            "\n"
            "I am stunned, outraged, and deeply saddened by the news that my friend Abe Shinzo, "
            "former Prime Minister of Japan, was shot and killed while campaigning. He was the "
            "longest-serving Prime Minister of Japan, and I worked with him when I was Vice "
            "President."
        ),
        "2022-07-08",
    ),
    (
        (
            "Statement from President Joe Biden on the Passing of Henry Kissinger\n"
            "\n"
            "Henry Kissinger, who served as Secretary of State under President Richard Nixon and "
            "President Gerald Ford, died yesterday at the age of 100. Secretary Kissinger and I "
            "disagreed many times."
        ),
        "2023-11-30",
    ),
    (
        (
            "Statement from the Minister of Foreign Affairs on Diwali\n"
            "\n"
            "Ottawa, Ontario\n"
            "October 31, 2024\n"
            "\n"
            'Minister of Foreign Affairs Mélanie Joly issued the following statement: "Today, '
            'Canadians celebrate Diwali." '
        ),
        "2024-10-31",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_anniversaries_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
