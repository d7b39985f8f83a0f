"""The world-wide knowledge base: its build, "known until", titles as news writes them,
and silence on names that do not single out one person."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from annotator.checks.analysis.mentions import find_mentions
from annotator.checks.kb import build
from annotator.checks.kb.facts import term_from_row
from annotator.checks.kb.model import KnowledgeBase, default_kb, kb_dir
from annotator.checks.kb.store import STORE_NAME, TermStore, csv_digest

from .helpers import rules_fired, shown_rules

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO.parent / "shared" / "kb-sources"


def _shipped_rows() -> list[dict[str, str]]:
    with (kb_dir() / "offices.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_term_has_a_source_and_the_counts_meet_the_targets():
    rows = _shipped_rows()
    assert len(rows) >= 40_000
    assert len({r["organisation_or_country"] for r in rows}) >= 190
    assert all(r["source"].strip() for r in rows)
    assert all(r["known_until"] for r in rows)
    assert len(default_kb().events) >= 300


def test_the_store_is_made_from_the_shipped_csv():
    store = TermStore(kb_dir() / STORE_NAME)
    assert store.digest() == csv_digest(kb_dir() / "offices.csv")
    assert store.count() == len(_shipped_rows())


def test_an_open_2022_term_does_not_make_a_later_former_wrong():
    text = "Former Danish Prime Minister Mette Frederiksen spoke in Copenhagen."
    assert rules_fired(text, "2024-03-01") == []  # the snapshot saw her in office in 2022
    assert rules_fired(text, "2021-03-01") == ["office-term"]  # in office, surely
    frederiksen = default_kb().find_people("Mette Frederiksen")[0]
    term = next(t for t in frederiksen.terms if "prime minister" in t.titles)
    assert term.end is None and term.known_until == date(2022, 7, 30)
    assert term.surely_holds_all_day(date(2022, 7, 1))
    assert not term.surely_holds_all_day(date(2022, 7, 31))
    assert term.may_have_left_by(date(2022, 7, 31)) and term.may_hold(date(2030, 1, 1))


def test_a_successor_s_start_ends_an_open_snapshot_term():
    text = "Former Finnish Prime Minister Sanna Marin spoke in Helsinki."
    assert rules_fired(text, "2024-03-01") == []
    assert rules_fired(text, "2023-03-01") == ["office-term"]  # Orpo took over in June 2023
    marin = default_kb().find_people("Sanna Marin")[0]
    term = next(t for t in marin.terms if "prime minister" in t.titles)
    assert term.end is not None and term.end.lo == date(2023, 6, 20) and "Petteri Orpo" in term.source


def test_a_later_fact_settles_the_snapshot_term():
    assert rules_fired("Former Prime Minister Boris Johnson spoke.", "2024-03-01") == []
    assert rules_fired("Former Prime Minister Boris Johnson spoke.", "2021-03-01") == ["office-term"]
    bolsonaro = default_kb().find_people("Jair Bolsonaro")[0]
    president = next(t for t in bolsonaro.terms if "president" in t.titles)
    assert president.end is not None and president.end.text == "2023-01-01"
    assert "Lula" in president.source


def _kb_of(rows: list[dict[str, str]]) -> KnowledgeBase:
    return KnowledgeBase([term_from_row(r) for r in rows], [], {"turkish": "Turkey", "french": "France"})


def _president(person: str, country: str, start: str, end: str) -> dict[str, str]:
    return {
        "person": person,
        "office": f"President of {country}",
        "titles": "President",
        "organisation_or_country": country,
        "start": start,
        "end": end,
        "source": "test",
    }


def test_a_shared_surname_is_judged_for_every_holder_and_a_full_name_or_country_resolves():
    kb = _kb_of(
        [
            _president("Anna Example", "Turkey", "2001-01-01", "2005-01-01"),
            _president("Boris Example", "France", "2010-01-01", "2015-01-01"),
        ]
    )
    text = "President Example says the plan works."
    # Boris Example is in office in 2012: that reading is right, so no flag.
    assert rules_fired(text, "2012-06-01", kb=kb) == []
    # In 2020 both were former presidents: wrong whoever is meant.
    assert rules_fired(text, "2020-06-01", kb=kb) == ["office-term"]
    assert rules_fired("President Boris Example says the plan works.", "2020-06-01", kb=kb) == ["office-term"]
    assert rules_fired("Turkish President Example says the plan works.", "2012-06-01", kb=kb) == [
        "office-term"
    ]
    only = _kb_of([_president("Anna Example", "Turkey", "2001-01-01", "2005-01-01")])
    assert rules_fired(text, "2020-06-01", kb=only) == ["office-term"]


def test_namesakes_in_one_office_are_judged_together():
    """Two presidents of one country share a surname: the title is wrong only when it is
    wrong for both."""
    kb = _kb_of(
        [
            _president("Anna Example", "Turkey", "2001-01-01", "2005-01-01"),
            _president("Boris Example", "Turkey", "2010-01-01", "2015-01-01"),
        ]
    )
    assert rules_fired("President Example says the plan works.", "2020-06-01", kb=kb) == ["office-term"]
    # Boris Example is in office in 2012: either reading may be right.
    assert rules_fired("President Example says the plan works.", "2012-06-01", kb=kb) == []
    # "Former" in 2003: Anna is in office, Boris has not held it yet; wrong either way.
    assert rules_fired("Former President Example says the plan works.", "2003-06-01", kb=kb) == [
        "office-term"
    ]
    assert rules_fired("Former President Example says the plan works.", "2008-06-01", kb=kb) == []


def test_a_surname_that_is_someone_s_first_name_or_starts_a_longer_name_is_no_match():
    kb = _kb_of(
        [
            _president("Anna Example", "Turkey", "2001-01-01", "2005-01-01"),
            _president("Example Other", "France", "1990-01-01", "1991-01-01"),
        ]
    )
    assert find_mentions("President Example says the plan works.", kb).people == []
    unique = _kb_of([_president("Anna Example", "Turkey", "2001-01-01", "2005-01-01")])
    assert find_mentions("President Example Someone spoke.", unique).people == []


@pytest.mark.parametrize(
    ("text", "title", "person", "country"),
    [
        ("Turkish Foreign Minister Mevlüt Çavuşoğlu said", "foreign minister", "Mevlüt Çavuşoğlu", "Turkey"),
        (
            "Minister of Foreign Affairs Sergey Lavrov said",
            "minister of foreign affairs",
            "Sergey Lavrov",
            None,
        ),
        ("Foreign Secretary Boris Johnson said", "foreign secretary", "Boris Johnson", None),
        ("Beijing's Premier Li Keqiang said", "premier", "Li Keqiang", "China"),
        ("Chancellor Angela Merkel said", "chancellor", "Angela Merkel", None),
        (
            "UN Secretary-General António Guterres said",
            "secretary general",
            "António Guterres",
            "United Nations",
        ),
        ("Pope Francis said", "pope", "Francis", None),
        ("King Felipe VI said", "king", "Felipe VI", None),
        ("Ankara's Interior Minister Süleyman Soylu said", "interior minister", "Süleyman Soylu", "Turkey"),
        ("Turkey's President Recep Tayyip Erdoğan said", "president", "Recep Tayyip Erdoğan", "Turkey"),
        ("WHO Director-General Tedros said", "director general", "Tedros Adhanom Ghebreyesus", None),
    ],
)
def test_each_title_form_is_found(text, title, person, country):
    mentions = find_mentions(text, default_kb()).people
    assert len(mentions) == 1, text
    mention = mentions[0]
    assert mention.title == title
    assert person in [p.name for p in mention.people]
    assert (country in mention.organisations) if country else True


def test_deputy_and_vice_are_other_offices():
    kb = default_kb()
    for text in (
        "Deputy Prime Minister Boris Johnson spoke.",
        "Vice-Chancellor Olaf Scholz",
        "Shadow Chancellor Rachel Reeves said",
    ):
        assert all(m.title not in {"prime minister", "chancellor"} for m in find_mentions(text, kb).people), (
            text
        )
    assert rules_fired("Deputy Prime Minister Boris Johnson spoke.", "2012-03-01") == []


def test_descriptors_between_modifier_and_title_keep_the_modifier():
    kb = default_kb()
    for text, org in (
        ("the former Republican President George W. Bush", None),
        ("former pro-Russian Ukrainian President Viktor Yanukovych", "Ukraine"),
        ("former two-term President Barack Obama", None),
    ):
        (mention,) = find_mentions(text, kb).people
        assert mention.modifier == "former", text
        assert mention.text.split()[0] in {"the", "former"}, text
        assert "Russia" not in mention.organisations
        if org:
            assert org in mention.organisations
    (aide,) = find_mentions("a former aide to President Barack Obama", kb).people
    assert aide.modifier is None


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _small_sources(folder: Path) -> Path:
    header = "repo\tcommit\tcommit_date\trows\theader\n"
    _write(
        folder / "wikidata-2022" / "SOURCES.tsv",
        header
        + "every-politician-scrapers/iraq-ministers\t"
        + "a" * 40
        + "\t2022-08-02T14:29:03+03:00\t4\tposition,person,personID,start,end\n",
    )
    _write(
        folder / "wikidata-2022" / "iraq-ministers.csv",
        "position,person,personID,start,end\n"
        "Prime Minister,Kadhim Example,Q1,2020-05-07,\n"
        "Prime Minister,Kadhim Example,Q1,2020-05,\n"
        "ambassador to Turkey,Saleh Example,Q2,2014s,\n"
        "Minister of Foreign Affairs,Fuad Example,Q3,2020,2022-06\n",
    )
    _write(
        folder / "us-congress" / "us_congress_legislators.csv",
        "person,person_wikidata,aliases,office,organisation_or_country,start,"
        "start_precision,end,end_precision,source\n"
        "Jane Senator,Q9,,United States Senator from XX,United States,2021-01-03,day,"
        "2027-01-03,day(scheduled),test\n",
    )
    return folder


def _kb_folder(folder: Path, successor: bool) -> Path:
    shutil.copytree(kb_dir() / "curated", folder / "curated")
    if successor:
        with (folder / "curated" / "offices.csv").open("a", encoding="utf-8") as handle:
            handle.write(
                "Mohammed Example,,,Prime Minister of Iraq,Prime Minister|PM,Iraq,"
                "2022-10-27,day,,,office,Reference: test,2025-10-01\n"
            )
    return folder


def test_the_build_is_deterministic_and_keeps_what_the_sources_say(tmp_path):
    sources = _small_sources(tmp_path / "sources")
    outputs = []
    for run in ("one", "two"):
        folder = _kb_folder(tmp_path / run, successor=True)
        assert build.main([str(sources), str(folder)]) == 0
        outputs.append(((folder / "offices.csv").read_bytes(), (folder / STORE_NAME).read_bytes()))
    assert outputs[0] == outputs[1]
    rows = list(csv.DictReader((tmp_path / "one" / "offices.csv").read_text(encoding="utf-8").splitlines()))
    iraq = [r for r in rows if r["organisation_or_country"] == "Iraq"]
    kadhim = [r for r in iraq if r["person"] == "Kadhim Example"]
    assert len(kadhim) == 1  # listed twice, kept once, at its finer date
    assert kadhim[0]["start"] == "2020-05-07" and kadhim[0]["end"] == "2022-10-27"
    assert "Mohammed Example" in kadhim[0]["source"]
    assert kadhim[0]["known_until"] == build.CURATED_KNOWN_UNTIL  # the later fact's day
    saleh = next(r for r in iraq if r["person"] == "Saleh Example")
    assert (saleh["start"], saleh["start_precision"]) == ("2010s", "decade")
    assert saleh["known_until"] == "2022-08-02"
    assert saleh["source"] == "every-politician-scrapers/iraq-ministers@" + "a" * 12
    fuad = next(r for r in iraq if r["person"] == "Fuad Example")
    assert (fuad["start_precision"], fuad["end_precision"]) == ("year", "month")
    assert fuad["known_until"] == "2022-08-02"  # a later return to office is unknown
    assert "Foreign Minister" in fuad["titles"]
    senator = next(r for r in rows if r["person"] == "Jane Senator")
    assert senator["end"] == "" and senator["known_until"] == build.CONGRESS_KNOWN_UNTIL


def test_a_source_file_without_its_country_is_a_clear_error(tmp_path, capsys):
    sources = _small_sources(tmp_path / "sources")
    folder = _kb_folder(tmp_path / "kb", successor=False)
    mapping = folder / "curated" / "repositories.csv"
    mapping.write_text(
        "\n".join(line for line in mapping.read_text().splitlines() if not line.startswith("iraq-ministers"))
        + "\n"
    )
    assert build.main([str(sources), str(folder)]) == 1
    assert "iraq-ministers" in capsys.readouterr().err


def test_the_shipped_base_is_what_the_build_makes(tmp_path):
    if not SOURCES.is_dir():
        pytest.skip(f"the knowledge-base sources are not beside the repository ({SOURCES})")
    folder = _kb_folder(tmp_path / "kb", successor=False)
    assert build.main([str(SOURCES), str(folder)]) == 0
    assert (folder / "offices.csv").read_bytes() == (kb_dir() / "offices.csv").read_bytes()


def test_a_finished_war_may_be_counted_from_its_end_or_be_its_length():
    text = (
        "The Iran-Iraq War shaped the region. Saddam accepted a treaty after the August "
        "1988 cease-fire of the eight-year war with Iran."
    )
    assert rules_fired(text, "1990-08-15") == []
    assert (
        rules_fired("NATO warplanes helped end the war in Bosnia almost four years ago.", "1999-03-12") == []
    )
    assert rules_fired("The Iran-Iraq War ended three years ago.", "1990-08-15") == ["elapsed-time"]


def test_a_country_s_president_is_its_head_of_state_and_a_body_s_is_not():
    kb = default_kb()
    goncz = kb.find_people("Arpad Goncz")[0]
    assert any("head of state" in t.titles for t in goncz.terms)
    von_der_leyen = kb.find_people("Ursula von der Leyen")[0]
    assert not any("head of state" in t.titles for t in von_der_leyen.terms)
    text = "Former Hungarian head of state Arpad Goencz signed the accession document."
    assert rules_fired(text, "1999-02-27") == ["office-term"]  # in office until 2000
    assert rules_fired(text, "2001-02-27") == []


def test_every_holder_of_a_listed_office_answers_to_its_listed_titles():
    by_office: dict[tuple[str, str], list[set[str]]] = {}
    for row in _shipped_rows():
        if row["office"] in ("President of the European Council", "President of the European Commission"):
            by_office.setdefault((row["office"], row["organisation_or_country"]), []).append(
                set(row["titles"].split("|"))
            )
    assert len(by_office) == 2
    for holders in by_office.values():
        assert len(holders) >= 4 and all(titles == holders[0] for titles in holders)
    sentence = "European Council President Charles Michel says the summit agreed on defence."
    assert rules_fired(sentence, "2025-03-10") == ["office-term"]
    assert rules_fired(sentence, "2022-03-10") == []


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("President Mohammed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"),
        ("Prime Minister Khadga Prasad Sharma Oli", "KP Sharma Oli"),
        ("President Draupadi Murmu", "Droupadi Murmu"),
        ("Defence Minister Yoav Galant", "Yoav Gallant"),
        ("U.N. Ambassador Samantha J. Power", "Samantha Power"),
    ],
)
def test_a_person_spelled_two_ways_by_the_sources_is_one_person(written, person):
    # the hand-kept row lists the snapshot's spelling, so both rows share the Wikidata id
    (mention,) = find_mentions(f"{written} spoke on Monday.", default_kb()).people
    assert [p.name for p in mention.people] == [person]


def test_the_us_ambassador_to_the_un_answers_to_each_news_form_of_the_title():
    # Nikki Haley was US Ambassador to the United Nations from 2017-01-27 to 2018-12-31
    # (Wikipedia: United States Ambassador to the United Nations).
    for title in ("United Nations Ambassador", "U.N. Ambassador", "UN Ambassador"):
        text = f"{title} Nikki Haley warned other countries on Thursday."
        assert rules_fired(text, "2017-12-22") == [], title
        assert shown_rules(text, "2019-12-22") == ["office-term"], title
