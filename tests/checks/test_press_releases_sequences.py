"""Press releases and official readouts: summits, conferences and accessions told before,
during and after, and counts between events. Checked whole (tagger included), as the office
published them; every one is right at its date, so no flag may be shown.

Facts: the summits' declarations (g7, g20, nato.int, unfccc.int), the issuers' archives;
terms of office from Wikipedia's lists of office holders and each person's article; weekdays
from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Statement by the Press Secretary on the President's Travel to Germany and Spain\n"
            "\n"
            "President Biden will travel to Germany from June 26-28 to attend the G7 Leaders' Summit "
            "at Schloss Elmau, and then to Madrid, Spain, from June 28-30 to attend the NATO Summit. "
            "Ahead of the summit, the President will meet King Felipe VI and Prime Minister Pedro "
            "Sánchez."
        ),
        "2022-06-24",
    ),
    (
        (
            "COP26 Concludes with Glasgow Climate Pact\n"
            "\n"
            "From: Cabinet Office and COP26 President Alok Sharma\n"
            "Published 13 November 2021\n"
            "\n"
            "The COP26 climate conference in Glasgow, which opened on 31 October, concluded today "
            "with the Glasgow Climate Pact. Prime Minister Boris Johnson welcomed the agreement. "
            "COP26 President Alok Sharma said he was deeply sorry for the late change on coal."
        ),
        "2021-11-13",
    ),
    (
        (
            "COP29 closes with agreement on new climate finance goal\n"
            "\n"
            "Baku, 24 November 2024\n"
            "\n"
            "The UN Climate Change Conference COP29 in Baku, scheduled for 11-22 November, closed "
            "today, two days late, with agreement on a new collective quantified goal on climate "
            "finance. COP29 President Mukhtar Babayev thanked the parties."
        ),
        "2024-11-24",
    ),
    (
        (
            "G20 Osaka Leaders' Declaration\n"
            "\n"
            "Osaka, Japan\n"
            "June 29, 2019\n"
            "\n"
            "We, the Leaders of the G20, met in Osaka, Japan on 28-29 June 2019. Prime Minister "
            "Shinzo Abe chaired the summit. President Donald Trump met President Xi Jinping on the "
            "margins of the summit today."
        ),
        "2019-06-29",
    ),
    (
        (
            "G20 Leaders' Declaration: Shaping an interconnected world\n"
            "\n"
            "Hamburg, 8 July 2017\n"
            "\n"
            "We, the Leaders of the G20, met in Hamburg on 7-8 July 2017. Chancellor Angela Merkel "
            "hosted the summit. President Trump and President Putin held their first meeting on 7 "
            "July."
        ),
        "2017-07-08",
    ),
    (
        (
            "Brussels Summit Communiqué\n"
            "\n"
            "Brussels\n"
            "14 June 2021\n"
            "\n"
            "We, the Heads of State and Government of the 30 members of the North Atlantic Alliance, "
            "have met in Brussels today. President Joe Biden attended his first NATO Summit as "
            "President. We welcome the meeting between President Biden and President Putin in Geneva "
            "on 16 June."
        ),
        "2021-06-14",
    ),
    (
        (
            "G7 Biarritz Leaders' Declaration\n"
            "\n"
            "Biarritz, 26 August 2019\n"
            "\n"
            "The G7 Leaders met in Biarritz from 24 to 26 August 2019. President Emmanuel Macron "
            "hosted the summit. Prime Minister Boris Johnson attended his first G7 summit. Iranian "
            "Foreign Minister Mohammad Javad Zarif visited Biarritz on 25 August."
        ),
        "2019-08-26",
    ),
    (
        (
            "Statement by the Secretary-General six months after the earthquakes in Türkiye and "
            "Syria\n"
            "\n"
            "New York, 6 August 2023\n"
            "\n"
            "Six months ago, on 6 February, devastating earthquakes struck southern Türkiye and "
            "northern Syria, killing more than 50,000 people."
        ),
        "2023-08-06",
    ),
    (
        (
            "Statement by the Spokesperson on Afghanistan\n"
            "\n"
            "Two years after the Taliban takeover of Kabul on 15 August 2021, the humanitarian "
            "situation in Afghanistan remains dire. The Secretary-General calls on the de facto "
            "authorities to reverse the bans on girls' education."
        ),
        "2023-08-15",
    ),
    (
        (
            "Statement from President Joe Biden on 100 Days of Captivity of Hostages in Gaza\n"
            "\n"
            "Today marks 100 days since Hamas took more than 240 people hostage on October 7. My "
            "team is working around the clock to bring them home. In November, more than 100 "
            "hostages were released during the pause in fighting."
        ),
        "2024-01-14",
    ),
    (
        (
            "Prime Minister's statement on the fifth anniversary of the Christchurch mosque attacks\n"
            "\n"
            "Wellington\n"
            "15 March 2024\n"
            "\n"
            "Five years ago today, 51 people were killed at Al Noor Mosque and Linwood Islamic "
            "Centre. Prime Minister Christopher Luxon said New Zealand will never forget. Former "
            "Prime Minister Jacinda Ardern led the country's response in 2019."
        ),
        "2024-03-15",
    ),
    (
        (
            "Statement by the Minister for Foreign Affairs on the tenth anniversary of the downing "
            "of MH17\n"
            "\n"
            "17 July 2024\n"
            "\n"
            "Ten years ago today, Malaysia Airlines flight MH17 was shot down over eastern Ukraine, "
            "killing all 298 people on board, including 38 Australians. Foreign Minister Penny Wong "
            "said Australia will never give up on holding Russia to account."
        ),
        "2024-07-17",
    ),
    (
        (
            "Joint statement by President Michel, President von der Leyen and President Sassoli on "
            "the UK's withdrawal\n"
            "\n"
            "Brussels, 31 January 2020\n"
            "\n"
            "Tonight, the United Kingdom will leave the European Union, three and a half years after "
            "the referendum of 23 June 2016. The transition period will end on 31 December 2020."
        ),
        "2020-01-31",
    ),
    (
        (
            "Statement by NATO Secretary General Jens Stoltenberg on the inauguration of President "
            "Biden\n"
            "\n"
            "20 January 2021\n"
            "\n"
            "I congratulate Joe Biden on his inauguration today as the 46th President of the United "
            "States. President Biden is a strong supporter of NATO. I look forward to welcoming him "
            "to the NATO Summit in Brussels later this year."
        ),
        "2021-01-20",
    ),
    (
        (
            "Remarks by President Trump and President Xi of China in Joint Press Statement\n"
            "\n"
            "Great Hall of the People\n"
            "Beijing, China\n"
            "\n"
            "PRESIDENT XI: Your Excellency, President Trump, ladies and gentlemen: President Trump "
            "is paying a state visit to China. I held a meeting with President Trump at Mar-a-Lago "
            "in April. President Trump and I have agreed that we will hold further talks at the APEC "
            "meeting in Da Nang."
        ),
        "2017-11-09",
    ),
    (
        (
            "Statement by NATO Secretary General Mark Rutte on the third anniversary of Russia's "
            "full-scale invasion of Ukraine\n"
            "\n"
            "24 February 2025\n"
            "\n"
            "Three years ago, Russia launched its full-scale invasion of Ukraine. Ukraine has shown "
            "remarkable courage. Allies provided more than 50 billion euros in security assistance "
            "last year. Secretary General Rutte visited Kyiv in October, shortly after taking office."
        ),
        "2025-02-24",
    ),
    (
        (
            "Statement by President Charles Michel on the US presidential election\n"
            "\n"
            "Brussels, 6 November 2024\n"
            "\n"
            "I congratulate Donald Trump on his election as the 47th President of the United States. "
            "The EU and the US are more than allies. We look forward to working with President-elect "
            "Trump and his administration."
        ),
        "2024-11-06",
    ),
    (
        (
            "Statement from the Prime Minister David Cameron\n"
            "\n"
            "Published 24 June 2016\n"
            "\n"
            "The country has just taken part in a giant democratic exercise. The British people "
            "voted yesterday to leave the European Union. I will attend the European Council next "
            "week. A new prime minister should be in place by the start of the Conservative Party "
            "conference in October."
        ),
        "2016-06-24",
    ),
    (
        (
            "Proclamation of Accession of His Majesty King Charles III\n"
            "\n"
            "Published 10 September 2022\n"
            "\n"
            "Whereas it has pleased Almighty God to call to His Mercy our late Sovereign Lady Queen "
            "Elizabeth the Second of Blessed and Glorious Memory, by whose Decease the Crown is "
            "solely and rightfully come to The Prince Charles Philip Arthur George: We, therefore, "
            "do now hereby with one voice proclaim that The Prince Charles Philip Arthur George is "
            "now, by the Death of our late Sovereign of happy memory, become our only lawful and "
            "rightful Liege Lord Charles the Third."
        ),
        "2022-09-10",
    ),
    (
        (
            "Statement by the G7 Leaders on the first anniversary of Russia's war against Ukraine\n"
            "\n"
            "24 February 2023\n"
            "\n"
            "One year ago today, Russia launched its unprovoked, unjustifiable and illegal war of "
            "aggression against Ukraine. Today, Japan's Prime Minister Kishida Fumio hosted a "
            "virtual meeting of G7 leaders with President Zelenskyy."
        ),
        "2023-02-24",
    ),
    (
        (
            "Sweden joins NATO as 32nd Ally\n"
            "\n"
            "7 March 2024\n"
            "\n"
            "Sweden today became the 32nd member of the NATO Alliance, after Hungary's parliament "
            "ratified its accession on 26 February and Türkiye's Grand National Assembly did so on "
            "23 January. Finland joined the Alliance in April 2023, less than a year before Sweden. "
            "Both countries applied in May 2022, three months after Russia's full-scale invasion of "
            "Ukraine."
        ),
        "2024-03-07",
    ),
    (
        (
            "NATO Allies sign Accession Protocols for Finland and Sweden\n"
            "\n"
            "5 July 2022\n"
            "\n"
            "NATO Allies today signed the Accession Protocols for Finland and Sweden, one week after "
            "the Madrid Summit, where leaders invited both countries to join. The Protocols now go "
            "to Allied capitals for ratification."
        ),
        "2022-07-05",
    ),
    (
        (
            "Vilnius Summit Communiqué\n"
            "\n"
            "Vilnius, 11 July 2023\n"
            "\n"
            "We, the Heads of State and Government of the North Atlantic Alliance, have gathered in "
            "Vilnius at a critical time for our security. We welcome Finland, which became our 31st "
            "member in April, and look forward to welcoming Sweden. Turkish President Recep Tayyip "
            "Erdoğan agreed on Monday, the eve of the summit, to forward Sweden's accession protocol "
            "to parliament."
        ),
        "2023-07-12",
    ),
    (
        (
            "Statement by Prime Minister Boris Johnson on the end of the transition period\n"
            "\n"
            "Published 31 December 2020\n"
            "\n"
            "Tonight at 11pm the transition period ends, eleven months after the UK left the EU on "
            "31 January. The Trade and Cooperation Agreement, agreed on 24 December, will take "
            "effect at midnight."
        ),
        "2020-12-31",
    ),
    (
        (
            "Statement by President Obama on the Paris Agreement\n"
            "\n"
            "Today, the world meets the threshold for the Paris Agreement to enter into force, less "
            "than a year after it was adopted in December 2015. The agreement will enter into force "
            "on November 4, days before the Marrakech climate conference begins on November 7."
        ),
        "2016-10-05",
    ),
    (
        (
            "Statement by the European Commission on the U.S. withdrawal from the Paris Agreement\n"
            "\n"
            "Brussels, 1 June 2017\n"
            "\n"
            "The European Union deeply regrets the unilateral decision by the US administration to "
            "withdraw from the Paris Agreement, which entered into force on 4 November 2016, less "
            "than seven months ago. The United States had joined the Agreement in September 2016."
        ),
        "2017-06-01",
    ),
    (
        (
            "Statement by Secretary Blinken on the U.S. Rejoining the Paris Agreement\n"
            "\n"
            "Today, the United States officially rejoins the Paris Agreement. On January 20, "
            "President Biden signed the instrument to bring the United States back into the "
            "agreement, less than four months after our withdrawal took effect on November 4, 2020."
        ),
        "2021-02-19",
    ),
    (
        (
            "Fact Sheet: Putting America First in International Environmental Agreements\n"
            "\n"
            "Today, President Donald J. Trump signed an executive order directing the withdrawal of "
            "the United States from the Paris Agreement. In his first term, the President withdrew "
            "from the Paris Agreement, a withdrawal that took effect on November 4, 2020. President "
            "Biden rejoined the Agreement on his first day in office."
        ),
        "2025-01-20",
    ),
    (
        (
            "General Assembly resolution demands end to Russian offensive in Ukraine\n"
            "\n"
            "New York, 2 March 2022\n"
            "\n"
            "The General Assembly today adopted a resolution demanding that Russia immediately end "
            "its use of force against Ukraine, one week after the start of Russia's full-scale "
            "invasion on 24 February. The emergency special session opened on Monday, after Russia "
            "vetoed a Security Council resolution on Friday."
        ),
        "2022-03-02",
    ),
    (
        (
            "Readout of Secretary Blinken's Meeting with Israeli Prime Minister Netanyahu\n"
            "\n"
            "Tel Aviv\n"
            "\n"
            "Secretary Blinken met today with Prime Minister Netanyahu. Ten days after the October 7 "
            "attacks, the Secretary reaffirmed Israel's right to defend itself. President Biden will "
            "travel to Israel tomorrow."
        ),
        "2023-10-17",
    ),
    (
        (
            "Secretary of War Pete Hegseth Statement on Executive Order\n"
            "\n"
            "Secretary of War Pete Hegseth issued the following statement today on President Trump's "
            "executive order restoring the Department of War as a secondary title for the Department "
            "of Defense. The department was known as the Department of War from 1789 until 1947, "
            "when President Harry S. Truman signed the National Security Act."
        ),
        "2025-09-06",
    ),
    (
        (
            "President Trump Sworn In as 47th President\n"
            "\n"
            "Donald J. Trump was sworn in today as the 47th President of the United States. "
            "President Trump, who also served as the 45th President from 2017 to 2021, is the first "
            "president since Grover Cleveland to serve two non-consecutive terms. Former President "
            "Biden attended the ceremony."
        ),
        "2025-01-20",
    ),
    (
        (
            "Readout of the President's Meeting with Cuban Dissidents\n"
            "\n"
            "Havana, Cuba\n"
            "\n"
            "The President met today with members of Cuban civil society. This is the first visit by "
            "a sitting U.S. president to Cuba in 88 years. President Coolidge visited Havana in "
            "January 1928 for the Sixth Pan-American Conference."
        ),
        "2016-03-22",
    ),
    (
        (
            "Remarks by President Trump to the 75th Session of the United Nations General Assembly\n"
            "\n"
            "The White House\n"
            "\n"
            "THE PRESIDENT: Seventy-five years after the end of World War Two and the founding of "
            "the United Nations, we are once again engaged in a great global struggle."
        ),
        "2020-09-22",
    ),
    (
        (
            "Remarks by President Obama to the United Nations General Assembly\n"
            "\n"
            "United Nations Headquarters\n"
            "New York, New York\n"
            "\n"
            "THE PRESIDENT: Seventy years after the founding of the United Nations, it is worth "
            "reflecting on what, together, the members of this body have helped to achieve."
        ),
        "2015-09-28",
    ),
    (
        (
            "Presidential Message on the 50th Anniversary of the Apollo 11 Moon Landing\n"
            "\n"
            "Fifty years ago today, Neil Armstrong and Buzz Aldrin became the first humans to walk "
            "on the Moon. President Richard Nixon spoke to them by telephone from the Oval Office."
        ),
        "2019-07-20",
    ),
    (
        (
            "Remarks by President Biden on the End of the War in Afghanistan\n"
            "\n"
            "State Dining Room\n"
            "\n"
            "THE PRESIDENT: Last night in Kabul, the United States ended 20 years of war in "
            "Afghanistan -- the longest war in American history. In April, I made the decision to "
            "end this war. The previous administration's agreement with the Taliban, signed in "
            "February 2020, required that all U.S. forces be out by May 1."
        ),
        "2021-08-31",
    ),
    (
        (
            "Statement from President Joe Biden on the Passing of Pope Emeritus Benedict XVI\n"
            "\n"
            "Jill and I are deeply saddened by the passing of Pope Emeritus Benedict XVI, who died "
            "on Saturday at the age of 95. Pope Benedict led the Church from 2005 until his "
            "resignation in 2013."
        ),
        "2023-01-02",
    ),
    (
        (
            "Remarks at the Memorial Service for Senator John McCain\n"
            "\n"
            "Washington National Cathedral\n"
            "\n"
            "Former President Barack Obama and former President George W. Bush delivered eulogies "
            "today. Senator McCain, who died on August 25 at the age of 81, served in the Senate "
            "since 1987 and was the Republican nominee for President in 2008."
        ),
        "2018-09-01",
    ),
    (
        (
            "Joint statement on the 75th anniversary of NATO\n"
            "\n"
            "We, the Foreign Ministers of the NATO Allies, mark 75 years since the signing of the "
            "Washington Treaty on 4 April 1949. Our Alliance began with 12 members; it now has 32. "
            "Sweden joined last month and Finland joined last year."
        ),
        "2024-04-04",
    ),
    (
        (
            "Statement on the Wagner Group mutiny\n"
            "\n"
            "The Ministry of Foreign Affairs notes that the armed mutiny launched by the Wagner "
            "Group on 23 June ended yesterday. Yevgeny Prigozhin agreed to leave for Belarus under "
            "an agreement brokered by President Alexander Lukashenko."
        ),
        "2023-06-25",
    ),
    (
        (
            "Statement on the death of Yevgeny Prigozhin\n"
            "\n"
            "The Ministry notes the reports that Wagner Group founder Yevgeny Prigozhin was killed "
            "in a plane crash yesterday, exactly two months after the mutiny he led on 23 June."
        ),
        "2023-08-24",
    ),
    (
        (
            "Statement on the election of Pope Leo XIV\n"
            "\n"
            "We congratulate His Holiness Pope Leo XIV on his election on 8 May. Cardinal Robert "
            "Francis Prevost, who led the Dicastery for Bishops since 2023, is the first pope from "
            "the United States. Pope Francis died on 21 April, Easter Monday."
        ),
        "2025-05-09",
    ),
    (
        (
            "Statement by President Biden on Russia's Recognition of So-Called Independent Republics\n"
            "\n"
            'Today, President Putin recognized the so-called "Donetsk People\'s Republic" and '
            '"Luhansk People\'s Republic." Russia has violated the Minsk agreements, signed in 2014 '
            "and 2015. The United States never recognized Russia's 2014 annexation of Crimea."
        ),
        "2022-02-21",
    ),
    (
        (
            "Remarks by President Biden on the 80th Anniversary of D-Day\n"
            "\n"
            "Normandy American Cemetery\n"
            "Colleville-sur-Mer, France\n"
            "\n"
            "THE PRESIDENT: We're here on the 80th anniversary of D-Day, June 6, 1944. On that "
            "morning, 160,000 Allied troops landed on these beaches. President Eisenhower, then "
            "General Eisenhower, led them."
        ),
        "2024-06-06",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_sequences_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
