"""Press releases and official readouts: swearings-in, confirmations, departures and rulings:
attorneys general, senators, justices, the European Commission, NATO and Korea's presidency,
New York City and the governors of 2026, 2017-2026. Checked whole (tagger included), as the
office published them; every one is right at its date, so no flag may be shown.

Facts: justice.gov, whitehouse.gov, senate.gov members' pages, ec.europa.eu,
europarl.europa.eu, nato.int, un.org, nyc.gov, nj.gov, governor.virginia.gov; terms of
office from Wikipedia's lists of office holders and each person's article; weekdays from the
calendar.
"""

import pytest

from .helpers import shown_rules

RIGHT = [
    (
        (
            "Pamela Bondi Sworn In as 87th Attorney General\n"
            "\n"
            "WASHINGTON – Pamela Bondi was sworn in today as the 87th Attorney General of the United "
            "States. Attorney General Bondi served as Florida's Attorney General from 2011 to 2019. "
            "She succeeds Merrick B. Garland, who served as Attorney General from 2021 to 2025."
        ),
        "2025-02-05",
    ),
    (
        (
            "Attorney General Garland Statement on Supreme Court Ruling in Dobbs v. Jackson Women's "
            "Health Organization\n"
            "\n"
            "Today, the Supreme Court overturned Roe v. Wade, decided in 1973, and Planned "
            "Parenthood v. Casey, decided in 1992. The Justice Department strongly disagrees with "
            "the Court's decision."
        ),
        "2022-06-24",
    ),
    (
        (
            "Statement from President Biden on the Supreme Court's Decision on Affirmative Action\n"
            "\n"
            "Today, the Supreme Court ruled in Students for Fair Admissions v. Harvard. For more "
            "than 45 years, since the Court's 1978 decision in Regents of the University of "
            "California v. Bakke, colleges have been able to consider race as one factor among many."
        ),
        "2023-06-29",
    ),
    (
        (
            "Statement by Attorney General William P. Barr\n"
            "\n"
            "Attorney General William P. Barr will leave the Department of Justice on December 23. "
            "Deputy Attorney General Jeffrey A. Rosen will become Acting Attorney General. Attorney "
            "General Barr, who also served as Attorney General from 1991 to 1993 under President "
            "George H.W. Bush, met the President at the White House today."
        ),
        "2020-12-14",
    ),
    (
        (
            "William P. Barr Sworn In as 85th Attorney General\n"
            "\n"
            "WASHINGTON – William P. Barr was sworn in today as the 85th Attorney General of the "
            "United States, a post he also held from 1991 to 1993 as the 77th Attorney General. He "
            "succeeds Acting Attorney General Matthew G. Whitaker."
        ),
        "2019-02-14",
    ),
    (
        (
            "Ursula von der Leyen elected President of the European Commission\n"
            "\n"
            "Strasbourg, 16 July 2019\n"
            "\n"
            "The European Parliament today elected Ursula von der Leyen as President of the European "
            "Commission with 383 votes. Ms von der Leyen, German Federal Minister of Defence since "
            "2013, will take office on 1 November, succeeding Jean-Claude Juncker."
        ),
        "2019-07-16",
    ),
    (
        (
            "Parliament approves new Commission\n"
            "\n"
            "Strasbourg, 27 November 2024\n"
            "\n"
            "The European Parliament today approved the College of Commissioners headed by President "
            "Ursula von der Leyen, which will take office on 1 December. Kaja Kallas, Prime Minister "
            "of Estonia from 2021 to 2024, becomes High Representative, succeeding Josep Borrell."
        ),
        "2024-11-27",
    ),
    (
        (
            "Statement by NATO Secretary General on new U.S. Secretary of Defense\n"
            "\n"
            "25 January 2021\n"
            "\n"
            "I warmly welcome the confirmation of Lloyd Austin as U.S. Secretary of Defense. I look "
            "forward to working with Secretary Austin, who was sworn in on Friday. General Austin "
            "served as Commander of U.S. Central Command from 2013 to 2016."
        ),
        "2021-01-25",
    ),
    (
        (
            "Statement by the NATO Secretary General on the inauguration of President Trump\n"
            "\n"
            "20 January 2017\n"
            "\n"
            "I congratulate Donald J. Trump on his inauguration as the 45th President of the United "
            "States. I spoke with President-elect Trump by telephone on 18 November. I thank "
            "President Obama for his strong commitment to our Alliance."
        ),
        "2017-01-20",
    ),
    (
        (
            "Senator Doug Jones Sworn In\n"
            "\n"
            "WASHINGTON – Doug Jones was sworn in today as U.S. Senator from Alabama by Vice "
            "President Mike Pence. Jones won the special election on December 12, 2017, defeating "
            "Roy Moore, for the seat vacated by Attorney General Jeff Sessions and held since "
            "February by Senator Luther Strange."
        ),
        "2018-01-03",
    ),
    (
        (
            "Senate Confirms Judge Ketanji Brown Jackson\n"
            "\n"
            "WASHINGTON – Today the Senate voted 53-47 to confirm Judge Ketanji Brown Jackson as "
            "Associate Justice of the Supreme Court. She will be sworn in when Justice Stephen "
            "Breyer retires at the end of the term this summer. Vice President Harris presided over "
            "the vote."
        ),
        "2022-04-07",
    ),
    (
        (
            "Statement by the Spokesperson on the Constitutional Court's ruling in the Republic of "
            "Korea\n"
            "\n"
            "The Constitutional Court today upheld the National Assembly's impeachment of President "
            "Yoon Suk Yeol, removing him from office. Prime Minister Han Duck-soo, the acting "
            "President, announced that an election will be held within 60 days."
        ),
        "2025-04-04",
    ),
    (
        (
            "Remarks by President Zelenskyy at the United Nations Security Council\n"
            "\n"
            "New York, 20 September 2023\n"
            "\n"
            "Thank you, Mr. Prime Minister, Mr. Secretary-General. Prime Minister Edi Rama of "
            "Albania presided over the meeting, as Albania holds the presidency of the Security "
            "Council this month."
        ),
        "2023-09-20",
    ),
    (
        (
            "Statement by the Spokesperson on the release of Julian Assange\n"
            "\n"
            "Julian Assange, who was detained in the United Kingdom since April 2019, pleaded guilty "
            "today in Saipan and returned to Australia. Prime Minister Anthony Albanese welcomed him "
            "home."
        ),
        "2024-06-26",
    ),
    (
        (
            "Mayor Mamdani Sworn In as 111th Mayor of New York City\n"
            "\n"
            "NEW YORK – Zohran Kwame Mamdani was sworn in today as the 111th Mayor of the City of "
            "New York. Mayor Mamdani succeeds Eric Adams, who served as Mayor from 2022 to 2025. "
            "Police Commissioner Jessica Tisch will remain in her post."
        ),
        "2026-01-01",
    ),
    (
        (
            "Governor Sherrill Takes Office\n"
            "\n"
            "TRENTON – Mikie Sherrill was sworn in today as the 57th Governor of New Jersey, "
            "succeeding Governor Phil Murphy, who served two terms since 2018. Governor Sherrill "
            "represented New Jersey's 11th congressional district from 2019 to 2025."
        ),
        "2026-01-20",
    ),
    (
        (
            "Governor Spanberger Inaugurated\n"
            "\n"
            "RICHMOND – Abigail Spanberger was sworn in today as the 75th Governor of Virginia, the "
            "first woman to hold the office. She succeeds Governor Glenn Youngkin. Governor "
            "Spanberger served in the U.S. House of Representatives from 2019 to 2025."
        ),
        "2026-01-17",
    ),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_transitions_releases_are_silent(text, published):
    assert shown_rules(text, published) == []
