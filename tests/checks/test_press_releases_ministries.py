"""Press releases and official readouts: foreign ministries, heads of government and
international bodies abroad (India MEA, Japan MOFA, Australia, Canada PMO, Germany, France,
Korea, Taiwan, Türkiye, Israel, Saudi Arabia, IMF, World Bank, WHO), 2014-2025. Checked
whole (tagger included), as the office published them; every one is right at its date, so no
flag may be shown.

Facts: mea.gov.in, mofa.go.jp, pm.gov.au, pm.gc.ca, bundesregierung.de, elysee.fr, the
issuers' English news pages; terms of office from Wikipedia's lists of office holders and
each person's article; weekdays from the calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "External Affairs Minister Dr. S. Jaishankar assumes charge\n"
            "\n"
            "Ministry of External Affairs, Government of India\n"
            "June 01, 2019\n"
            "\n"
            "Dr. S. Jaishankar assumed charge as External Affairs Minister today. He was sworn in as "
            "a Cabinet Minister on 30 May 2019. Dr. Jaishankar served as Foreign Secretary from "
            "January 2015 to January 2018. He succeeds Smt. Sushma Swaraj, who was External Affairs "
            "Minister since May 2014."
        ),
        "2019-06-01",
    ),
    (
        (
            "Meeting between Prime Minister Narendra Modi and Prime Minister Nawaz Sharif of "
            "Pakistan\n"
            "\n"
            "New Delhi\n"
            "May 27, 2014\n"
            "\n"
            "Prime Minister Narendra Modi, who was sworn in yesterday, held talks today with Prime "
            "Minister Nawaz Sharif of Pakistan. Foreign Secretary Sujatha Singh briefed the media. "
            "Prime Minister Sharif attended the swearing-in ceremony on May 26."
        ),
        "2014-05-27",
    ),
    (
        (
            "G20 Leaders' Summit concludes\n"
            "\n"
            "Ministry of External Affairs\n"
            "September 10, 2023\n"
            "\n"
            "The G20 Leaders' Summit under India's Presidency concluded in New Delhi today. Prime "
            "Minister Narendra Modi handed over the gavel to President Luiz Inácio Lula da Silva of "
            "Brazil, which holds the G20 Presidency from 1 December 2023."
        ),
        "2023-09-10",
    ),
    (
        (
            "Japan-India Summit Meeting\n"
            "\n"
            "Ministry of Foreign Affairs of Japan\n"
            "September 14, 2017\n"
            "\n"
            "On September 14, Prime Minister Shinzo Abe, who is visiting Gandhinagar, held a summit "
            "meeting with Prime Minister Narendra Modi."
        ),
        "2017-09-14",
    ),
    (
        (
            "Inauguration of Prime Minister Shigeru Ishiba\n"
            "\n"
            "Ministry of Foreign Affairs of Japan\n"
            "October 1, 2024\n"
            "\n"
            "Mr. Shigeru Ishiba was appointed Prime Minister today. Mr. Takeshi Iwaya was appointed "
            "Minister for Foreign Affairs, succeeding Ms. Yoko Kamikawa. Mr. Ishiba served as "
            "Minister of Defense from 2007 to 2008."
        ),
        "2024-10-01",
    ),
    (
        (
            "Statement by Foreign Minister Hayashi Yoshimasa on Assuming Office\n"
            "\n"
            "Ministry of Foreign Affairs of Japan\n"
            "November 10, 2021\n"
            "\n"
            "I was appointed Minister for Foreign Affairs today by Prime Minister Kishida Fumio. "
            "Prime Minister Kishida himself served as Foreign Minister from 2012 to 2017, the "
            "longest tenure in postwar history."
        ),
        "2021-11-10",
    ),
    (
        (
            "Joint Statement from Quad Leaders\n"
            "\n"
            "Tokyo\n"
            "May 24, 2022\n"
            "\n"
            "Today, we—Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of "
            "India, Prime Minister Kishida Fumio of Japan, and President Joe Biden of the United "
            "States—met in Tokyo. Prime Minister Albanese, sworn in on May 23, flew to Tokyo "
            "directly after his swearing-in."
        ),
        "2022-05-24",
    ),
    (
        (
            "Swearing-in of the Albanese Ministry\n"
            "\n"
            "Prime Minister of Australia\n"
            "Media release\n"
            "23 May 2022\n"
            "\n"
            "Today the Governor-General swore in the Hon Anthony Albanese MP as Prime Minister, "
            "Senator the Hon Penny Wong as Minister for Foreign Affairs, the Hon Richard Marles MP "
            "as Deputy Prime Minister, and the Hon Jim Chalmers MP as Treasurer. Mr Albanese "
            "succeeds Scott Morrison."
        ),
        "2022-05-23",
    ),
    (
        (
            "Minister for Foreign Affairs Marise Payne\n"
            "\n"
            "Media release\n"
            "28 August 2018\n"
            "\n"
            "Today I was sworn in as Minister for Foreign Affairs. I thank my predecessor, the Hon "
            "Julie Bishop MP, who served as Foreign Minister for five years. I also thank former "
            "Prime Minister Malcolm Turnbull, who appointed me Defence Minister in 2015."
        ),
        "2018-08-28",
    ),
    (
        (
            "Statement by the Prime Minister of Canada\n"
            "\n"
            "Ottawa, Ontario\n"
            "November 4, 2015\n"
            "\n"
            "Today, Justin Trudeau was sworn in as Canada's 23rd Prime Minister, along with a "
            "Cabinet that looks like Canada. Prime Minister Trudeau thanked outgoing Prime Minister "
            "Stephen Harper for his service. Stéphane Dion was sworn in as Minister of Foreign "
            "Affairs."
        ),
        "2015-11-04",
    ),
    (
        (
            "Prime Minister Carney announces new Cabinet\n"
            "\n"
            "Ottawa, Ontario\n"
            "March 14, 2025\n"
            "\n"
            "The Prime Minister, Mark Carney, today was sworn in as Canada's 24th Prime Minister. "
            "Mélanie Joly remains Minister of Foreign Affairs, and François-Philippe Champagne "
            "becomes Minister of Finance. Mr. Carney served as Governor of the Bank of Canada from "
            "2008 to 2013 and Governor of the Bank of England from 2013 to 2020."
        ),
        "2025-03-14",
    ),
    (
        (
            "G7 Charlevoix Summit Communiqué\n"
            "\n"
            "La Malbaie, Quebec\n"
            "June 9, 2018\n"
            "\n"
            "We, the Leaders of the G7, have come together in Charlevoix on June 8-9, 2018. Prime "
            "Minister Justin Trudeau chaired the summit, which was attended by President Donald "
            "Trump, Chancellor Angela Merkel, President Emmanuel Macron, Prime Minister Theresa May, "
            "Prime Minister Shinzo Abe and Prime Minister Giuseppe Conte."
        ),
        "2018-06-09",
    ),
    (
        (
            "Statement by Federal Chancellor Olaf Scholz on the Russian attack on Ukraine\n"
            "\n"
            "Press and Information Office of the Federal Government\n"
            "24 February 2022\n"
            "\n"
            "President Putin has unleashed a war of aggression against Ukraine today. I spoke by "
            "telephone this morning with President Zelenskyy. This is a dark day for Europe. "
            "Chancellor Scholz took office on 8 December 2021, succeeding Angela Merkel."
        ),
        "2022-02-24",
    ),
    (
        (
            "Friedrich Merz elected Federal Chancellor\n"
            "\n"
            "Berlin\n"
            "6 May 2025\n"
            "\n"
            "The German Bundestag today elected Friedrich Merz as the tenth Federal Chancellor of "
            "the Federal Republic of Germany. Federal President Frank-Walter Steinmeier appointed "
            "him this afternoon. Johann Wadephul becomes Federal Foreign Minister, succeeding "
            "Annalena Baerbock."
        ),
        "2025-05-06",
    ),
    (
        (
            "Inauguration of President Emmanuel Macron\n"
            "\n"
            "Élysée Palace\n"
            "14 May 2017\n"
            "\n"
            "Emmanuel Macron was inaugurated today as President of the French Republic, succeeding "
            "François Hollande. Mr Macron served as Minister of the Economy from 2014 to 2016 under "
            "President Hollande."
        ),
        "2017-05-14",
    ),
    (
        (
            "Mario Draghi sworn in as Prime Minister of Italy\n"
            "\n"
            "Rome\n"
            "13 February 2021\n"
            "\n"
            "Mario Draghi, the former President of the European Central Bank, was sworn in today as "
            "Prime Minister of Italy, succeeding Giuseppe Conte. President Sergio Mattarella asked "
            "him to form a government on February 3."
        ),
        "2021-02-13",
    ),
    (
        (
            "Inaugural Address by President Yoon Suk Yeol\n"
            "\n"
            "Office of the President, Republic of Korea\n"
            "May 10, 2022\n"
            "\n"
            "President Yoon Suk Yeol was sworn in today as the 20th President of the Republic of "
            "Korea. Former President Moon Jae-in attended the ceremony at the National Assembly. "
            "Second Gentleman Doug Emhoff led the U.S. presidential delegation."
        ),
        "2022-05-10",
    ),
    (
        (
            "Inauguration of President Lai Ching-te\n"
            "\n"
            "Office of the President, Republic of China (Taiwan)\n"
            "May 20, 2024\n"
            "\n"
            "Lai Ching-te was sworn in today as President, succeeding Tsai Ing-wen, who served two "
            "terms since 2016. Mr. Lai served as Vice President from 2020 to 2024 and as Premier "
            "from 2017 to 2019."
        ),
        "2024-05-20",
    ),
    (
        (
            "Statement on the Arrest of President Yoon Suk Yeol\n"
            "\n"
            "Seoul\n"
            "January 15, 2025\n"
            "\n"
            "The Corruption Investigation Office for High-ranking Officials arrested President Yoon "
            "Suk Yeol at his residence in Seoul today. President Yoon, whose powers were suspended "
            "after the National Assembly voted to impeach him on December 14, is the first sitting "
            "president of the Republic of Korea to be arrested. Acting President Choi Sang-mok "
            "called for calm."
        ),
        "2025-01-15",
    ),
    (
        (
            "Readout of President Biden's Call with Acting President Han Duck-soo of the Republic of "
            "Korea\n"
            "\n"
            "President Joseph R. Biden, Jr. spoke today with Republic of Korea Acting President and "
            "Prime Minister Han Duck-soo. The President reaffirmed the ironclad U.S.-ROK Alliance."
        ),
        "2024-12-15",
    ),
    (
        (
            "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With People's Republic of "
            "China Minister of National Defense Adm. Dong Jun\n"
            "\n"
            "Secretary of Defense Lloyd J. Austin III met with People's Republic of China Minister "
            "of National Defense Admiral Dong Jun on the margins of the Shangri-La Dialogue in "
            "Singapore on May 31, 2024. Secretary Austin last spoke with Admiral Dong by video on "
            "April 16."
        ),
        "2024-05-31",
    ),
    (
        (
            "Executive Order on the Secretary of the Security Council\n"
            "\n"
            "The Kremlin, Moscow\n"
            "12 May 2024\n"
            "\n"
            "Vladimir Putin signed an Executive Order appointing Sergei Shoigu Secretary of the "
            "Security Council today. Mr Shoigu had served as Defence Minister since 2012. He was "
            "succeeded at the Defence Ministry by Andrei Belousov."
        ),
        "2024-05-12",
    ),
    (
        (
            "Michel Barnier appointed Prime Minister\n"
            "\n"
            "Élysée Palace\n"
            "5 September 2024\n"
            "\n"
            "The President of the Republic, Emmanuel Macron, today appointed Michel Barnier as Prime "
            "Minister and asked him to form a government. Mr Barnier, the European Union's chief "
            "negotiator for Brexit from 2016 to 2021, succeeds Gabriel Attal."
        ),
        "2024-09-05",
    ),
    (
        (
            "Statement by the Prime Minister\n"
            "\n"
            "Published 20 October 2022\n"
            "\n"
            "I am resigning as Leader of the Conservative Party. I have spoken to His Majesty the "
            "King. Suella Braverman resigned as Home Secretary on 19 October and was succeeded by "
            "Grant Shapps."
        ),
        "2022-10-20",
    ),
    (
        (
            "Minister of Foreign Affairs Hakan Fidan\n"
            "\n"
            "Ankara\n"
            "June 13, 2023\n"
            "\n"
            "Minister of Foreign Affairs Hakan Fidan took office on 4 June. Minister Fidan "
            "previously served as Head of the National Intelligence Organization from 2010 to 2023. "
            "His predecessor Mevlüt Çavuşoğlu served as Foreign Minister from 2015."
        ),
        "2023-06-13",
    ),
    (
        (
            "Erdoğan sworn in as President\n"
            "\n"
            "Ankara\n"
            "August 28, 2014\n"
            "\n"
            "Recep Tayyip Erdoğan was sworn in today as the 12th President of the Republic of "
            "Turkey. Mr Erdoğan served as Prime Minister from 2003 to 2014. Foreign Minister Ahmet "
            "Davutoğlu will succeed him as Prime Minister."
        ),
        "2014-08-28",
    ),
    (
        (
            "Royal Order on the Appointment of Crown Prince\n"
            "\n"
            "Riyadh\n"
            "21 June 2017\n"
            "\n"
            "Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud issued a royal "
            "order today appointing Prince Mohammed bin Salman as Crown Prince, succeeding Prince "
            "Muhammad bin Nayef. Crown Prince Mohammed bin Salman also retains his post as Minister "
            "of Defense, which he has held since January 2015."
        ),
        "2017-06-21",
    ),
    (
        (
            "World Bank Group President Ajay Banga Takes Office\n"
            "\n"
            "WASHINGTON, June 2, 2023 — Ajay Banga today began his five-year term as President of "
            "the World Bank Group. Banga succeeds David Malpass, who served as President since April "
            "2019. Banga was previously Vice Chairman at General Atlantic and, from 2010 to 2021, "
            "President and CEO of Mastercard."
        ),
        "2023-06-02",
    ),
    (
        (
            "Kristalina Georgieva Takes Office as IMF Managing Director\n"
            "\n"
            "WASHINGTON, October 1, 2019 — Kristalina Georgieva took office today as Managing "
            "Director of the International Monetary Fund. She succeeds Christine Lagarde, who "
            "resigned on September 12. Ms. Georgieva served as CEO of the World Bank from January "
            "2017."
        ),
        "2019-10-01",
    ),
    (
        (
            "WHO Director-General Dr Tedros takes office\n"
            "\n"
            "Geneva, 1 July 2017\n"
            "\n"
            "Dr Tedros Adhanom Ghebreyesus took office today as Director-General of the World Health "
            "Organization. He succeeds Dr Margaret Chan, who led WHO since 2007. Dr Tedros served as "
            "Minister of Foreign Affairs of Ethiopia from 2012 to 2016 and Minister of Health from "
            "2005 to 2012."
        ),
        "2017-07-01",
    ),
    (
        (
            "Premier Li Qiang elected\n"
            "\n"
            "Beijing, March 11, 2023\n"
            "\n"
            "Li Qiang was endorsed today by the National People's Congress as Premier of the State "
            "Council, succeeding Li Keqiang, who served two terms since 2013. Premier Li will hold "
            "his first press conference on Monday. Han Zheng was elected Vice President on Friday."
        ),
        "2023-03-11",
    ),
    (
        (
            "Caretaker Prime Minister of Pakistan\n"
            "\n"
            "Islamabad\n"
            "August 12, 2023\n"
            "\n"
            "Senator Anwaar-ul-Haq Kakar was named caretaker Prime Minister today after "
            "consultations between Prime Minister Shehbaz Sharif and Leader of the Opposition Raja "
            "Riaz. The National Assembly was dissolved on August 9."
        ),
        "2023-08-12",
    ),
    (
        (
            "Prime Minister Netanyahu dismisses Defense Minister Gallant\n"
            "\n"
            "Jerusalem\n"
            "November 5, 2024\n"
            "\n"
            "Prime Minister Benjamin Netanyahu today dismissed Defense Minister Yoav Gallant and "
            "appointed Foreign Minister Israel Katz to replace him. Gideon Sa'ar will become Foreign "
            "Minister. Gallant had served as Defense Minister since December 2022."
        ),
        "2024-11-06",
    ),
    (
        (
            "Secretary Blinken's Meeting with Israeli Foreign Minister Eli Cohen\n"
            "\n"
            "Jerusalem\n"
            "January 30, 2023\n"
            "\n"
            "Secretary of State Antony J. Blinken met today with Israeli Foreign Minister Eli Cohen. "
            "The Secretary also met with Prime Minister Benjamin Netanyahu and with President Isaac "
            "Herzog."
        ),
        "2023-01-30",
    ),
    (
        (
            "A Proclamation on National Domestic Violence Awareness and Prevention Month, 2024\n"
            "\n"
            "Thirty years ago, I wrote and passed the Violence Against Women Act, which President "
            "Bill Clinton signed into law on September 13, 1994.\n"
            "\n"
            "IN WITNESS WHEREOF, I have hereunto set my hand this thirtieth day of September, in the "
            "year of our Lord two thousand twenty-four, and of the Independence of the United States "
            "of America the two hundred and forty-ninth.\n"
            "\n"
            "JOSEPH R. BIDEN JR."
        ),
        "2024-09-30",
    ),
    (
        (
            "Senate Foreign Relations Committee Hearing\n"
            "\n"
            "Washington, D.C.\n"
            "January 24, 2013\n"
            "\n"
            "Secretary of State-designate John Kerry testified today before the Senate Foreign "
            "Relations Committee. Senator Kerry, who has chaired the committee since 2009, was "
            "introduced by Secretary of State Hillary Clinton. Secretary Clinton testified on "
            "Benghazi on Wednesday."
        ),
        "2013-01-24",
    ),
    (
        (
            "Tillerson Confirmation Hearing\n"
            "\n"
            "WASHINGTON – Secretary of State nominee Rex Tillerson testified on Wednesday before the "
            "Senate Foreign Relations Committee. Tillerson, the chief executive of ExxonMobil since "
            "2006, was introduced by former Secretary of State James Baker and former Secretary of "
            "Defense Robert Gates."
        ),
        "2017-01-11",
    ),
    (
        (
            "Statement from the Press Secretary\n"
            "\n"
            "Tonight, the President relieved Ms. Sally Yates of her duties as Acting Attorney "
            "General. Dana Boente, United States Attorney for the Eastern District of Virginia, will "
            "serve as Acting Attorney General until Senator Jeff Sessions is confirmed by the Senate."
        ),
        "2017-01-30",
    ),
    (
        (
            "Statement on the Resignation of Attorney General Jeff Sessions\n"
            "\n"
            "WASHINGTON – Attorney General Jeff Sessions submitted his resignation today at the "
            "request of President Trump. Matthew G. Whitaker, Chief of Staff to the Attorney "
            "General, will become Acting Attorney General. Deputy Attorney General Rod J. Rosenstein "
            "has overseen the Special Counsel since May 2017."
        ),
        "2018-11-07",
    ),
    (
        (
            "Annalena Baerbock takes office as Federal Foreign Minister\n"
            "\n"
            "Federal Foreign Office\n"
            "8 December 2021\n"
            "\n"
            "Annalena Baerbock was sworn in today as Federal Foreign Minister, succeeding Heiko "
            "Maas. Vice Chancellor Robert Habeck becomes Federal Minister for Economic Affairs and "
            "Climate Action. Federal Chancellor Olaf Scholz was elected by the Bundestag this "
            "morning."
        ),
        "2021-12-08",
    ),
    (
        (
            "Stéphane Séjourné appointed Minister for Europe and Foreign Affairs\n"
            "\n"
            "Paris, 11 January 2024\n"
            "\n"
            "Stéphane Séjourné was appointed Minister for Europe and Foreign Affairs today, "
            "succeeding Catherine Colonna. Prime Minister Gabriel Attal, appointed on 9 January, "
            "presented his government. Mr Attal succeeds Élisabeth Borne."
        ),
        "2024-01-11",
    ),
    (
        (
            "Press Conference by the Chief Cabinet Secretary\n"
            "\n"
            "Prime Minister's Office of Japan\n"
            "April 1, 2019\n"
            "\n"
            "Chief Cabinet Secretary Yoshihide Suga announced today that the name of the new era "
            "will be Reiwa. The era begins on May 1, when Crown Prince Naruhito accedes to the "
            "throne following the abdication of His Majesty the Emperor on April 30."
        ),
        "2019-04-01",
    ),
    (
        (
            "Remarks by NATO Deputy Secretary General Mircea Geoană\n"
            "\n"
            "Brussels, 26 February 2024\n"
            "\n"
            "NATO Deputy Secretary General Mircea Geoană welcomed the Hungarian parliament's vote "
            "today on Sweden's accession. Mr Geoană served as Foreign Minister of Romania from 2000 "
            "to 2004."
        ),
        "2024-02-26",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_ministries_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
