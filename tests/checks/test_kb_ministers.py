"""Wire-copy sentences about 2022-2025 ministers, checked whole (tagger included): the hand-kept
foreign, defence, finance and interior ministers (``curated/ministers.csv``) keep a title
silent while its holder holds the post and flag it on a day outside the term, under the
spellings news uses ("Sergei Shoigu" for Wikidata's "Sergey Shoygu")."""

from datetime import date

import pytest

from annotator.checks.engine import check_text
from annotator.checks.kb.build import Row, close_open_terms, listed_since_first_term, precision_of
from annotator.checks.kb.coverage import Coverage, known_spans

from .helpers import hand_kept_rows, shown_rules

# (text, published): the title fits the day.
RIGHT = [
    ("Russian Defence Minister Sergei Shoigu said on Tuesday that the offensive would go on.", "2023-03-14"),
    ("Former Defence Minister Sergei Shoigu said on Tuesday that the talks had failed.", "2025-03-11"),
    ("Russian Defence Minister Andrei Belousov said on Tuesday that output would rise.", "2025-03-11"),
    ("Russian Foreign Minister Sergei Lavrov said on Tuesday that the talks would go on.", "2025-03-11"),
    ("Russian Finance Minister Anton Siluanov said on Tuesday that the budget was balanced.", "2024-06-11"),
    ("Russian Interior Minister Vladimir Kolokoltsev said on Tuesday that arrests rose.", "2024-06-11"),
    ("Ukrainian Defence Minister Oleksii Reznikov said on Tuesday that tanks would arrive.", "2023-02-14"),
    ("Ukrainian Defence Minister Oleksiy Reznikov said on Tuesday that tanks would arrive.", "2023-02-14"),
    ("Ukrainian Defence Minister Rustem Umerov said on Tuesday that the talks went well.", "2024-02-13"),
    ("Ukrainian Defence Minister Denys Shmyhal said on Tuesday that drones would be built.", "2025-09-16"),
    ("Ukrainian Foreign Minister Dmytro Kuleba said on Tuesday that Kyiv needs air defence.", "2023-06-13"),
    ("Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that talks would resume.", "2025-02-11"),
    ("Ukrainian Foreign Minister Andriy Sybiha said on Tuesday that talks would resume.", "2025-02-11"),
    ("Ukrainian Finance Minister Serhiy Marchenko said on Tuesday that aid had arrived.", "2024-06-11"),
    ("Ukrainian Interior Minister Ihor Klymenko said on Tuesday that the strike killed five.", "2024-06-11"),
    ("Belarusian Foreign Minister Vladimir Makei said on Tuesday that Minsk wanted peace.", "2022-10-11"),
    ("Belarusian Defence Minister Viktor Khrenin said on Tuesday that the drills began.", "2024-06-11"),
    ("British Home Secretary Suella Braverman said on Tuesday that the law would change.", "2023-03-07"),
    ("Chancellor of the Exchequer Jeremy Hunt said on Tuesday that inflation would fall.", "2023-03-14"),
    ("Foreign Secretary James Cleverly said on Tuesday that Britain would send aid.", "2023-05-09"),
    ("Defence Secretary Ben Wallace said on Tuesday that the tanks would arrive.", "2023-02-14"),
    ("Former Defence Secretary Ben Wallace said on Tuesday that the army was too small.", "2024-02-13"),
    ("Foreign Secretary David Lammy said on Tuesday that the ceasefire must hold.", "2025-03-11"),
    ("Home Secretary Yvette Cooper said on Tuesday that the gangs would be stopped.", "2025-03-11"),
    ("German Interior Minister Nancy Faeser said on Monday that checks would continue.", "2024-09-10"),
    ("German Interior Minister Alexander Dobrindt said on Tuesday that checks would go on.", "2025-06-10"),
    ("German Finance Minister Christian Lindner said on Tuesday that the brake would stay.", "2023-06-13"),
    ("German Defence Minister Boris Pistorius said on Tuesday that Europe must rearm.", "2024-02-13"),
    ("French Foreign Minister Catherine Colonna said on Tuesday that France would help.", "2023-04-11"),
    ("French Interior Minister Gerald Darmanin said on Tuesday that riots had ebbed.", "2023-07-11"),
    ("French Finance Minister Bruno Le Maire said on Tuesday that growth would slow.", "2023-10-10"),
    ("Italian Foreign Minister Antonio Tajani said on Tuesday that Italy would help.", "2024-05-14"),
    ("Italian Defence Minister Guido Crosetto said on Tuesday that spending would rise.", "2023-11-14"),
    ("Italian Interior Minister Matteo Piantedosi said on Tuesday that arrivals fell.", "2023-03-14"),
    ("Spanish Foreign Minister Jose Manuel Albares said on Tuesday that Spain would help.", "2024-05-21"),
    ("Spanish Defence Minister Margarita Robles said on Tuesday that the troops would stay.", "2024-05-21"),
    ("Polish Foreign Minister Radoslaw Sikorski said on Tuesday that Poland would help.", "2024-03-12"),
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz said on Tuesday that the army grew.", "2024-06-11"),
    ("Polish Interior Minister Tomasz Siemoniak said on Tuesday that the border was safe.", "2024-10-15"),
    ("Dutch Defence Minister Ruben Brekelmans said on Tuesday that the jets would fly.", "2025-02-11"),
    ("Dutch Finance Minister Eelco Heinen said on Tuesday that the budget would pass.", "2025-03-11"),
    ("Turkish Foreign Minister Mevlut Cavusoglu said on Monday that Sweden must act.", "2023-01-17"),
    ("Turkish Foreign Minister Mevlüt Çavuşoğlu said on Monday that Sweden must act.", "2023-01-17"),
    ("Turkish Foreign Minister Hakan Fidan said on Tuesday that the talks went well.", "2024-01-16"),
    ("Turkish Finance Minister Mehmet Simsek said on Tuesday that inflation would fall.", "2024-01-16"),
    ("Turkish Interior Minister Ali Yerlikaya said on Tuesday that the suspects were held.", "2024-01-16"),
    ("Israeli Defence Minister Yoav Gallant said on Tuesday that the war would go on.", "2024-03-12"),
    ("Israeli Defence Minister Israel Katz said on Tuesday that the army would stay.", "2025-03-11"),
    ("Israeli Finance Minister Bezalel Smotrich said on Tuesday that the budget would pass.", "2024-03-12"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian said on Tuesday that Iran was ready.", "2023-05-16"),
    ("Iranian Foreign Minister Abbas Araqchi said on Tuesday that Iran was ready.", "2025-03-11"),
    ("Saudi Defence Minister Khalid bin Salman said on Tuesday that the talks went well.", "2023-05-16"),
    ("Chinese Foreign Minister Qin Gang said on Tuesday that China wanted peace.", "2023-03-07"),
    ("Chinese Defence Minister Li Shangfu said on Tuesday that China wanted peace.", "2023-06-06"),
    ("Chinese Defence Minister Dong Jun said on Tuesday that China wanted peace.", "2024-05-14"),
    ("Japanese Defence Minister Minoru Kihara said on Tuesday that Japan would spend more.", "2024-02-13"),
    ("Japanese Defence Minister Gen Nakatani said on Tuesday that Japan would spend more.", "2025-02-11"),
    ("Japanese Foreign Minister Yoko Kamikawa said on Tuesday that Japan would help.", "2024-02-13"),
    ("Japanese Finance Minister Shunichi Suzuki said on Tuesday that the yen was too weak.", "2023-10-10"),
    ("South Korean Foreign Minister Park Jin said on Tuesday that Seoul would respond.", "2023-03-14"),
    ("South Korean Defence Minister Lee Jong-sup said on Tuesday that Seoul would respond.", "2023-03-14"),
    ("Indian Foreign Minister S. Jaishankar said on Tuesday that India wanted peace.", "2024-06-18"),
    ("Indian Home Minister Amit Shah said on Tuesday that the law would pass.", "2024-06-18"),
    (
        "Pakistani Foreign Minister Bilawal Bhutto Zardari said on Tuesday that talks would go on.",
        "2023-05-16",
    ),
    ("Pakistani Finance Minister Muhammad Aurangzeb said on Tuesday that the IMF agreed.", "2024-06-18"),
    # An earlier term the list does not give: unknown, not wrong.
    ("Pakistani Finance Minister Ishaq Dar said on Tuesday that the IMF agreed.", "2015-06-16"),
    ("Australian Foreign Minister Penny Wong said on Tuesday that Australia would help.", "2024-06-18"),
    (
        "Australian Defence Minister Richard Marles said on Tuesday that the submarines would come.",
        "2024-06-18",
    ),
    ("Canadian Foreign Minister Melanie Joly said on Tuesday that Canada would help.", "2024-06-18"),
    ("Canadian Finance Minister Chrystia Freeland said on Tuesday that the budget would pass.", "2024-06-18"),
    ("Brazilian Finance Minister Fernando Haddad said on Tuesday that the deficit would fall.", "2024-06-18"),
    ("Mexican Foreign Minister Alicia Barcena said on Tuesday that Mexico would help.", "2024-03-12"),
    ("Argentine Economy Minister Sergio Massa said on Tuesday that inflation would fall.", "2023-06-13"),
    ("Argentine Economy Minister Luis Caputo said on Tuesday that inflation would fall.", "2024-06-18"),
    ("South African Foreign Minister Naledi Pandor said on Tuesday that talks would go on.", "2023-06-13"),
    ("ECB President Christine Lagarde said on Thursday that rates would stay high.", "2023-09-15"),
    ("South Korean Foreign Minister Cho Hyun said on Tuesday that Seoul would respond.", "2025-08-12"),
    ("Dutch Foreign Minister Hanke Bruins Slot said on Tuesday that the aid would go on.", "2023-09-12"),
    ("French Interior Minister Laurent Nunez said on Tuesday that the police were ready.", "2025-10-21"),
]

# (text, published): the title does not fit the day (after the term, before it, or "former"
# while in office).
WRONG = [
    ("Russian Defence Minister Sergei Shoigu said on Tuesday that the offensive would go on.", "2025-03-11"),
    (
        "Former Russian Defence Minister Sergei Shoigu said on Tuesday that the army would advance.",
        "2023-03-14",
    ),
    (
        "Former Russian Foreign Minister Sergei Lavrov said on Tuesday that the talks would go on.",
        "2025-03-11",
    ),
    ("Ukrainian Defence Minister Oleksii Reznikov said on Tuesday that tanks would arrive.", "2024-02-13"),
    ("Ukrainian Defence Minister Oleksiy Reznikov said on Tuesday that tanks would arrive.", "2024-02-13"),
    ("Ukrainian Defence Minister Rustem Umerov said on Tuesday that the talks went well.", "2025-09-16"),
    ("Ukrainian Foreign Minister Dmytro Kuleba said on Tuesday that Kyiv needs air defence.", "2025-02-11"),
    (
        "Former Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that talks would resume.",
        "2025-02-11",
    ),
    (
        "Ukrainian Interior Minister Denys Monastyrsky said on Tuesday that the strike killed five.",
        "2023-06-13",
    ),
    ("Belarusian Foreign Minister Vladimir Makei said on Tuesday that Minsk wanted peace.", "2023-03-14"),
    ("British Home Secretary Suella Braverman said on Tuesday that the law would change.", "2024-03-05"),
    ("Chancellor of the Exchequer Jeremy Hunt said on Tuesday that inflation would fall.", "2025-03-11"),
    ("Foreign Secretary James Cleverly said on Tuesday that Britain would send aid.", "2024-05-07"),
    ("Defence Secretary Ben Wallace said on Tuesday that the tanks would arrive.", "2024-02-13"),
    ("Former Foreign Secretary David Lammy said on Tuesday that the ceasefire must hold.", "2025-03-11"),
    ("German Interior Minister Nancy Faeser said on Monday that checks would continue.", "2025-09-09"),
    ("German Finance Minister Christian Lindner said on Tuesday that the brake would stay.", "2025-01-14"),
    ("French Foreign Minister Catherine Colonna said on Tuesday that France would help.", "2024-04-09"),
    ("French Interior Minister Gerald Darmanin said on Tuesday that riots had ebbed.", "2025-01-14"),
    ("French Finance Minister Bruno Le Maire said on Tuesday that growth would slow.", "2025-02-11"),
    ("Italian Foreign Minister Luigi Di Maio said on Tuesday that Italy would help.", "2023-05-16"),
    ("Italian Defence Minister Lorenzo Guerini said on Tuesday that spending would rise.", "2023-11-14"),
    ("Italian Interior Minister Luciana Lamorgese said on Tuesday that arrivals fell.", "2023-03-14"),
    ("Former Spanish Defence Minister Margarita Robles said on Tuesday the troops would stay.", "2024-05-21"),
    ("Polish Foreign Minister Zbigniew Rau said on Tuesday that Poland would help.", "2024-03-12"),
    ("Polish Defence Minister Mariusz Blaszczak said on Tuesday that the army grew.", "2024-06-11"),
    ("Polish Interior Minister Tomasz Siemoniak said on Tuesday that the border was safe.", "2025-09-16"),
    ("Dutch Defence Minister Kajsa Ollongren said on Tuesday that the jets would fly.", "2025-02-11"),
    ("Dutch Finance Minister Sigrid Kaag said on Tuesday that the budget would pass.", "2025-03-11"),
    ("Turkish Foreign Minister Mevlut Cavusoglu said on Monday that Sweden must act.", "2024-01-16"),
    ("Turkish Foreign Minister Mevlüt Çavuşoğlu said on Monday that Sweden must act.", "2024-01-16"),
    ("Turkish Finance Minister Nureddin Nebati said on Tuesday that inflation would fall.", "2024-01-16"),
    ("Turkish Interior Minister Suleyman Soylu said on Tuesday that the suspects were held.", "2024-01-16"),
    ("Israeli Defence Minister Yoav Gallant said on Tuesday that the war would go on.", "2025-03-11"),
    ("Israeli Finance Minister Avigdor Liberman said on Tuesday that the budget would pass.", "2024-03-12"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian said on Tuesday that Iran was ready.", "2024-09-17"),
    ("Saudi Defence Minister Mohammed bin Salman said on Tuesday that the talks went well.", "2023-05-16"),
    ("Chinese Foreign Minister Qin Gang said on Tuesday that China wanted peace.", "2023-09-12"),
    ("Chinese Defence Minister Li Shangfu said on Tuesday that China wanted peace.", "2024-05-14"),
    ("Chinese Defence Minister Wei Fenghe said on Tuesday that China wanted peace.", "2023-06-06"),
    ("Japanese Defence Minister Minoru Kihara said on Tuesday that Japan would spend more.", "2025-02-11"),
    ("Japanese Foreign Minister Yoko Kamikawa said on Tuesday that Japan would help.", "2025-02-11"),
    ("Japanese Finance Minister Shunichi Suzuki said on Tuesday that the yen was too weak.", "2025-02-11"),
    ("South Korean Foreign Minister Park Jin said on Tuesday that Seoul would respond.", "2024-06-18"),
    ("South Korean Defence Minister Lee Jong-sup said on Tuesday that Seoul would respond.", "2024-03-12"),
    ("Former Indian Home Minister Amit Shah said on Tuesday that the law would pass.", "2024-06-18"),
    (
        "Pakistani Foreign Minister Bilawal Bhutto Zardari said on Tuesday that talks would go on.",
        "2024-06-18",
    ),
    ("Australian Foreign Minister Marise Payne said on Tuesday that Australia would help.", "2024-06-18"),
    ("Canadian Foreign Minister Melanie Joly said on Tuesday that Canada would help.", "2025-06-17"),
    ("Canadian Finance Minister Chrystia Freeland said on Tuesday that the budget would pass.", "2025-02-11"),
    ("Mexican Foreign Minister Alicia Barcena said on Tuesday that Mexico would help.", "2025-03-11"),
    ("Argentine Economy Minister Sergio Massa said on Tuesday that inflation would fall.", "2024-06-18"),
    ("South African Foreign Minister Naledi Pandor said on Tuesday that talks would go on.", "2025-03-11"),
    ("ECB President Mario Draghi said on Thursday that rates would stay high.", "2023-09-15"),
    ("South Korean Finance Minister Choi Sang-mok said on Tuesday that growth would slow.", "2025-06-10"),
    ("Dutch Interior Minister Hanke Bruins Slot said on Tuesday that the vote was safe.", "2023-11-21"),
    ("Japanese Defence Minister Gen Nakatani said on Tuesday that Japan would spend more.", "2025-10-29"),
    # A snapshot holder of a post listed in full: known to be out of office through 2025.
    ("Ukrainian Foreign Minister Pavlo Klimkin said on Tuesday that Kyiv needs air defence.", "2023-06-13"),
    ("Chancellor of the Exchequer George Osborne said on Tuesday that growth would return.", "2024-03-12"),
    ("Turkish Interior Minister Efkan Ala said on Tuesday that the suspects were held.", "2023-03-14"),
]


@pytest.mark.parametrize(("text", "published"), RIGHT)
def test_titles_right_at_the_date_are_silent(text, published):
    assert [(f.rule, f.quote) for f in check_text(text, published) if f.shown] == []


@pytest.mark.parametrize(("text", "published"), WRONG)
def test_titles_wrong_at_the_date_are_shown(text, published):
    assert shown_rules(text, published) == ["office-term"], text


def test_every_hand_kept_minister_has_its_source_readable_dates_and_a_known_until():
    rows = hand_kept_rows("ministers.csv")
    assert len(rows) >= 200
    for row in rows:
        assert row["end"] or row["known_until"], row  # an open term says how far it is known


def _minister(person: str, start: str, end: str = "", rank: int = 0, known_until: str = "2025-10-01") -> Row:
    return Row(
        person=person,
        person_wikidata="",
        aliases="",
        office="Minister of Finance",
        titles="Finance Minister",
        organisation="Examplia",
        start=start,
        start_precision=precision_of(start),
        end=end,
        end_precision=precision_of(end) if end else "",
        role="office",
        source="test",
        known_until=known_until,
        rank=rank,
    )


def test_a_listed_successor_ends_only_the_open_snapshot_terms_begun_since_the_list_starts():
    listed = listed_since_first_term(
        [_minister("Ann Listed", "2020-03-01", "2023-05-10"), _minister("Bo Next", "2023-05-10")]
    )
    assert {row.known_from for row in listed} == {"2020-03-01"}  # earlier terms unknown to the list
    regional = _minister("Cy Regional", "2018-10-18", rank=2, known_until="2022-07-25")
    stale = _minister("Di Stale", "2021-01-05", rank=2, known_until="2022-07-25")
    closed = {row.person: row for row in close_open_terms([*listed, regional, stale])}
    assert closed["Cy Regional"].end == ""  # older than the list: another office filed here
    assert (closed["Di Stale"].end, closed["Di Stale"].known_until) == ("2023-05-10", "2025-10-01")


def test_a_handover_known_to_the_month_leaves_no_gap_in_a_complete_list():
    declared = Coverage("Examplia", frozenset({"finance minister"}), date(2000, 1, 1), "test")
    rows = [
        _minister("Ann Listed", "2015-11-24", "2023-06"),
        _minister("Bo Next", "2023-06", known_until="2025-10-01"),
    ]
    assert known_spans(rows, declared) == [(date(2015, 11, 24), date(2025, 10, 1))]
    apart = [_minister("Ann Listed", "2015-11-24", "2023-06"), _minister("Bo Next", "2023-08")]
    assert len(known_spans(apart, declared)) == 2  # a month with nobody known stays a gap
