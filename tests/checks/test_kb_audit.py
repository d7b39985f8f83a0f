"""Terms of office and event dates the knowledge base once had wrong, checked whole (tagger
included): each right sentence, which the wrong fact flagged (or, for a term the base
lacked, let a wrong title through), stays silent, and its wrong twin (the same words at a
date the title or day is really wrong) is shown.

Facts: Wikipedia's lists of each office's holders (Prime Minister of Slovakia, of Egypt,
of Pakistan, of Italy; President of Brazil; President of the United Nations General
Assembly; the foreign ministers of Hungary, Israel, Italy, Finland, Sweden and Denmark; the
defence ministers of Ukraine, Turkey, Japan and Finland; the finance ministers of India and
South Africa; the prime ministers of Armenia, Luxembourg, Portugal and Greenland and the
foreign, interior, defence, justice or health ministers of Romania, Hungary, Austria, Albania
and Portugal, whose terms the snapshots ended at a change of government that kept them)
and its article on the 2013 inauguration (sworn in on 20 January, the public ceremony on
the 21st).
"""

import pytest

from annotator.checks.engine import check_text

# (right sentence, day it was written, wrong twin, day the twin is dated)
TWINS = [
    # Fico stayed in office until Pellegrini's government was appointed on 22 March 2018
    (
        "Slovak Prime Minister Robert Fico said on Monday that he would hand over to Peter Pellegrini.",
        "2018-03-20",
        "Slovak Prime Minister Robert Fico said on Tuesday that the coalition would hold.",
        "2019-03-20",
    ),
    # Mahlab was sworn in on 1 March 2014, not with his second cabinet in June
    (
        "Egyptian Prime Minister Ibrahim Mahlab said on Wednesday that fuel subsidies would be cut.",
        "2014-04-10",
        "Egyptian Prime Minister Ibrahim Mahlab said on Saturday that fuel subsidies would be cut.",
        "2016-04-10",
    ),
    # Szijjarto kept the foreign ministry in Orban's fifth government (May 2022)
    (
        "Hungarian Foreign Minister Peter Szijjarto said on Tuesday that Budapest would veto the embargo.",
        "2022-06-15",
        "Hungarian Foreign Minister Peter Szijjarto said on Tuesday that Budapest would not back the plan.",
        "2013-06-11",
    ),
    # Bozkir presided over the 75th session, September 2020 to September 2021
    (
        "UN General Assembly President Volkan Bozkir said on Monday that the pandemic upended diplomacy.",
        "2020-10-20",
        "UN General Assembly President Volkan Bozkir said on Monday that the war had upended diplomacy.",
        "2022-03-08",
    ),
    # Kavan presided over the 57th session, September 2002 to September 2003
    (
        "General Assembly President Jan Kavan said on Wednesday that the war was a blow to the UN.",
        "2003-03-20",
        "General Assembly President Jan Kavan said on Wednesday that the war was a blow to the body.",
        "2004-03-24",
    ),
    # Ashraf was Prime Minister from June 2012 to March 2013, and only then
    (
        "Pakistani Prime Minister Raja Pervez Ashraf met army chief Ashfaq Kayani on Tuesday.",
        "2012-08-15",
        "Pakistani Prime Minister Raja Pervez Ashraf met army chief Raheel Sharif on Tuesday.",
        "2015-08-12",
    ),
    # Poltorak was defence minister from October 2014 to August 2019
    (
        "Ukrainian Defence Minister Stepan Poltorak said on Monday that the ceasefire was holding.",
        "2015-03-10",
        "Ukrainian Defence Minister Stepan Poltorak said on Monday that the truce was holding.",
        "2020-06-09",
    ),
    # Yilmaz was defence minister from July 2011 to August 2015 (and again from November 2015)
    (
        "Turkish Defence Minister Ismet Yilmaz said on Monday that the army was ready.",
        "2014-06-10",
        "Turkish Defence Minister Ismet Yilmaz said on Monday that the army was on alert.",
        "2017-06-13",
    ),
    # Kitazawa took the defence ministry with Hatoyama's cabinet on 16 September 2009
    (
        "Japanese Defense Minister Toshimi Kitazawa said on Saturday that the refuelling mission would end.",
        "2009-09-20",
        "Japanese Defense Minister Toshimi Kitazawa said on Saturday that the exercise would end.",
        "2012-03-11",
    ),
    # Netanyahu kept the foreign ministry himself from May 2015 to February 2019
    (
        "Israel's foreign minister, Benjamin Netanyahu, met his Chinese counterpart on Thursday.",
        "2017-03-10",
        "Israel's foreign minister, Benjamin Netanyahu, met his Emirati counterpart on Tuesday.",
        "2020-09-16",
    ),
    # Chidambaram stayed finance minister until Modi's government was sworn in on 26 May 2014
    (
        "Indian Finance Minister P. Chidambaram said on Tuesday that the deficit target had been met.",
        "2014-05-21",
        "Indian Finance Minister P. Chidambaram said on Tuesday that the deficit target would be met.",
        "2015-05-20",
    ),
    # Berlusconi held the foreign ministry himself from January to November 2002
    (
        "Italian Foreign Minister Silvio Berlusconi met his Russian counterpart on Sunday.",
        "2002-06-10",
        "Italian Foreign Minister Silvio Berlusconi met his Spanish counterpart on Sunday.",
        "2003-06-09",
    ),
    # Haavisto was foreign minister from June 2019 to June 2023
    (
        "Finnish Foreign Minister Pekka Haavisto said on Sunday that Finland would apply to join NATO.",
        "2022-05-16",
        "Finnish Foreign Minister Pekka Haavisto said on Sunday that Finland would join the exercise.",
        "2024-03-11",
    ),
    # Kaikkonen was defence minister from June 2019 to June 2023
    (
        "Finnish Defence Minister Antti Kaikkonen said on Monday that the budget would grow.",
        "2019-07-02",
        "Finnish Defence Minister Antti Kaikkonen said on Monday that the budget would shrink.",
        "2024-02-13",
    ),
    # Linde was foreign minister from September 2019 to October 2022
    (
        "Swedish Foreign Minister Ann Linde signed the application on Tuesday.",
        "2022-05-17",
        "Swedish Foreign Minister Ann Linde signed the protocol on Tuesday.",
        "2023-02-14",
    ),
    # Kofod was foreign minister from June 2019 to December 2022
    (
        "Danish Foreign Minister Jeppe Kofod said on Tuesday that Denmark would help.",
        "2019-07-10",
        "Danish Foreign Minister Jeppe Kofod said on Tuesday that Denmark would send aid.",
        "2023-06-14",
    ),
    # Nene was finance minister a second time from February to October 2018
    (
        "South African Finance Minister Nhlanhla Nene said on Monday that growth would pick up.",
        "2018-06-12",
        "South African Finance Minister Nhlanhla Nene said on Monday that growth would slow.",
        "2019-06-11",
    ),
    # Letta handed over to Renzi on 22 February 2014
    (
        "Italian Prime Minister Enrico Letta handed the cabinet bell to Matteo Renzi on Saturday.",
        "2014-02-22",
        "Italian Prime Minister Enrico Letta said on Monday that the reform would pass.",
        "2014-03-11",
    ),
    # Lula's first presidency ended when Rousseff was sworn in on 1 January 2011
    (
        "President Luiz Inacio Lula da Silva handed the sash to Dilma Rousseff on Saturday.",
        "2011-01-01",
        "President Luiz Inacio Lula da Silva said on Wednesday that the budget would pass.",
        "2011-01-05",
    ),
    # the snapshots ended each of these terms at a change of government that kept the holder
    (
        "Armenian Prime Minister Nikol Pashinyan said on Monday that talks with Baku would continue.",
        "2022-05-10",
        "Armenian Prime Minister Nikol Pashinyan said on Monday that talks with Moscow would continue.",
        "2017-05-10",
    ),
    (
        "Austrian Defence Minister Klaudia Tanner said on Wednesday that Austria would stay neutral.",
        "2022-03-10",
        "Austrian Defence Minister Klaudia Tanner said on Sunday that Austria would stay neutral.",
        "2019-03-11",
    ),
    (
        "Luxembourg Prime Minister Xavier Bettel said on Wednesday that sanctions would be tightened.",
        "2022-03-10",
        "Luxembourg Prime Minister Xavier Bettel said on Wednesday that sanctions would be eased.",
        "2024-03-14",
    ),
    (
        "Portuguese Prime Minister Antonio Costa said on Monday that Portugal would take in refugees.",
        "2022-05-10",
        "Portuguese Prime Minister Antonio Costa said on Monday that Portugal would cut taxes.",
        "2024-06-11",
    ),
    (
        "Romanian Foreign Minister Bogdan Aurescu said on Wednesday that Romania would host NATO troops.",
        "2022-03-10",
        "Romanian Foreign Minister Bogdan Aurescu said on Wednesday that Romania would host the talks.",
        "2017-03-16",
    ),
    (
        "Romanian Interior Minister Lucian Bode said on Wednesday that refugees were arriving.",
        "2022-03-10",
        "Romanian Interior Minister Lucian Bode said on Wednesday that the border was calm.",
        "2024-03-14",
    ),
    (
        "Hungarian Interior Minister Sandor Pinter said on Thursday that the border would stay closed.",
        "2022-06-10",
        "Hungarian Interior Minister Sandor Pinter said on Thursday that the border would stay open.",
        "2005-06-10",
    ),
    (
        "Greenland Premier Mute Egede said on Thursday that the island would not sell its minerals.",
        "2022-06-10",
        "Greenland Premier Mute Egede said on Monday that the island would not sell its minerals.",
        "2019-06-11",
    ),
    (
        "Albanian Foreign Minister Olta Xhacka said on Wednesday that the Security Council must act.",
        "2022-03-10",
        "Albanian Foreign Minister Olta Xhacka said on Wednesday that the council must act.",
        "2016-03-10",
    ),
    (
        "Austrian Justice Minister Alma Zadic said on Wednesday that the law would be tightened.",
        "2022-03-10",
        "Austrian Justice Minister Alma Zadic said on Sunday that the law would be tightened.",
        "2019-03-11",
    ),
    (
        "Hungarian Justice Minister Judit Varga said on Thursday that Budapest would not back down.",
        "2022-06-10",
        "Hungarian Justice Minister Judit Varga said on Thursday that Budapest would back down.",
        "2016-06-10",
    ),
    (
        "Portuguese Health Minister Marta Temido said on Monday that hospitals were coping.",
        "2022-05-10",
        "Portuguese Health Minister Marta Temido said on Monday that hospitals were full.",
        "2016-05-10",
    ),
    # Maliki's first government was sworn in on 20 May 2006, not a year later
    (
        "Iraqi Prime Minister Nouri al-Maliki said on Thursday that the militias would be disarmed.",
        "2006-11-10",
        "Iraqi Prime Minister Nouri al-Maliki said on Thursday that the militias would be disbanded.",
        "2016-11-10",
    ),
    # Ratas stayed in office until Kallas's government was sworn in on 26 January 2021
    (
        "Estonian Prime Minister Juri Ratas said on Tuesday that the caretaker government would act.",
        "2021-01-20",
        "Estonian Prime Minister Juri Ratas said on Tuesday that the government would act.",
        "2022-01-19",
    ),
]

# Event dates: (right sentence, day written, wrong twin, day written)
EVENT_TWINS = [
    # sworn in privately on 20 January 2013, a Sunday; the public ceremony was on the 21st
    (
        "Beyonce sang the national anthem at Obama's second inauguration on January 21.",
        "2013-01-25",
        "Beyonce sang the national anthem at Obama's second inauguration on January 23.",
        "2013-01-25",
    ),
    # "the Louvre heist" also names the theft of the Mona Lisa in 1911: only the 2025 robbery's
    # own names ("the Louvre jewel heist", "the 2025 Louvre robbery") date it
    (
        "The painting was recovered two years after the 1911 Louvre heist, in which Vincenzo Peruggia "
        "walked out with the Mona Lisa.",
        "2019-08-21",
        "Eight pieces of Napoleonic jewelry were taken in the Louvre jewel heist on October 12.",
        "2025-10-25",
    ),
    # "the Suez Canal blockade" also names the closure of 1967-1975; "the Suez Canal blockage"
    # and "the Ever Given grounding" are the 2021 obstruction's own
    (
        "The Suez Canal blockade of 1967 trapped 15 ships in the Great Bitter Lake for eight years.",
        "2019-11-01",
        "The Suez Canal blockage in February 2021 held up hundreds of ships.",
        "2021-06-01",
    ),
    # "the Libyan revolution" is also Gaddafi's coup of 1969; the uprising of 2011 keeps its dated
    # names
    (
        "Gaddafi came to power in the 1969 Libyan revolution.",
        "2019-09-01",
        "The 2011 Libyan revolution, which broke out in December 2011, toppled Gaddafi.",
        "2019-09-01",
    ),
]


@pytest.mark.parametrize(("right", "written", "wrong", "wrong_written"), TWINS, ids=lambda v: str(v)[:30])
def test_a_fixed_term_keeps_the_right_title_silent_and_the_wrong_one_shown(
    right, written, wrong, wrong_written
):
    assert [(f.rule, f.message) for f in check_text(right, written) if f.shown] == []
    shown = [f for f in check_text(wrong, wrong_written) if f.shown]
    assert [f.rule for f in shown] == ["office-term"], [f.message for f in shown]


@pytest.mark.parametrize(
    ("right", "written", "wrong", "wrong_written"), EVENT_TWINS, ids=lambda v: str(v)[:30]
)
def test_a_fixed_event_date_keeps_the_right_day_silent_and_the_wrong_one_shown(
    right, written, wrong, wrong_written
):
    assert [(f.rule, f.message) for f in check_text(right, written) if f.shown] == []
    shown = [f for f in check_text(wrong, wrong_written) if f.shown]
    assert [f.rule for f in shown] == ["event-date"], [f.message for f in shown]
