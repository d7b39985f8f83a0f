"""The hand-kept heads of state and government since 1945: the coverage they declare,
the birth dates that clear what is unknown before it, and the rule judging 1990s and
2017 titles against them."""

from __future__ import annotations

import csv
import shutil
from datetime import date, timedelta
from pathlib import Path

from annotator.checks.engine import check_text
from annotator.checks.kb import build
from annotator.checks.kb.facts import Term
from annotator.checks.kb.model import default_kb, kb_dir

from .helpers import hand_kept_rows, rules_fired

_JAPAN = "every-politician-scrapers/japan-ministers"
_DOB_HEADER = "position,person,personID,start,end,gender,DOB,DOD,image,enwiki"


def _build(tmp_path: Path, snapshot_rows: str, coverage_extra: str = "") -> tuple[int, Path]:
    """Build a base from the shipped hand-kept files and a one-file Japanese snapshot."""
    sources = tmp_path / "sources"
    (sources / "wikidata-2022").mkdir(parents=True)
    (sources / "us-congress").mkdir(parents=True)
    (sources / "wikidata-2022" / "SOURCES.tsv").write_text(
        "repo\tcommit\tcommit_date\trows\theader\n"
        f"{_JAPAN}\t{'b' * 40}\t2022-07-24T10:00:00+03:00\t5\t{_DOB_HEADER}\n",
        encoding="utf-8",
    )
    (sources / "wikidata-2022" / "japan-ministers.csv").write_text(
        f"{_DOB_HEADER}\n{snapshot_rows}", encoding="utf-8"
    )
    (sources / "us-congress" / "us_congress_legislators.csv").write_text(
        "person,person_wikidata,aliases,office,organisation_or_country,start,start_precision,end,end_precision,source\n",
        encoding="utf-8",
    )
    folder = tmp_path / "kb"
    shutil.copytree(kb_dir() / "curated", folder / "curated")
    if coverage_extra:
        with (folder / "curated" / "coverage.csv").open("a", encoding="utf-8") as handle:
            handle.write(coverage_extra)
    return build.main([str(sources), str(folder)]), folder


def _built(tmp_path: Path, snapshot_rows: str) -> list[dict[str, str]]:
    code, folder = _build(tmp_path, snapshot_rows)
    assert code == 0
    with (folder / "offices.csv").open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["organisation_or_country"] == "Japan"]


_SNAPSHOT = (
    "Prime Minister,Fumio Kishida,Q359480,2021-10-04,,male,1957-07-29,,,Fumio Kishida\n"
    "Minister of Foreign Affairs,Fumio Kishida,Q359480,2012-12-26,2017-08-03,male,1957-07-29,,,\n"
    "Prime Minister,Old Example,Q90001,2001-01-01,2001-02-01,male,,,,\n"
    "Prime Minister,Ryūtarō Hashimoto,Q90002,1996-01-11,1998-07-30,male,,,,Ryūtarō Hashimoto\n"
    "Minister of Finance,Ryūtarō Hashimoto,Q90002,1989-08-10,1991-10-14,male,,,,Ryūtarō Hashimoto\n"
)


def test_a_covered_office_is_unknown_only_before_its_list_begins_and_a_birth_date_clears_that(tmp_path):
    rows = _built(tmp_path, _SNAPSHOT)
    prime = [r for r in rows if r["titles"].startswith("Prime Minister|")]
    old = next(r for r in prime if r["person"] == "Old Example")
    assert old["known_from"] == "1945-01-01"  # no birth date: any earlier term is unknown
    kishida = [r for r in rows if r["person"] == "Fumio Kishida"]
    term = next(r for r in kishida if r["titles"].startswith("Prime Minister|"))
    assert term["known_from"] == ""  # born in 1957: nothing before 1945 is possible
    assert term["end"] == "2024-10-01"  # the hand-kept successor still closes the open term
    foreign = next(r for r in kishida if "Foreign Minister" in r["titles"])
    assert foreign["known_from"] == build.SNAPSHOT_KNOWN_FROM  # an office nobody lists in full
    yoshida = [r for r in prime if r["person"] == "Shigeru Yoshida"]
    assert len(yoshida) == 2 and {r["known_from"] for r in yoshida} == {"1945-01-01"}  # born 1878
    assert all(r["known_from"] in ("", "1945-01-01") for r in prime)


def test_a_hand_kept_head_merges_with_the_snapshot_person(tmp_path):
    rows = _built(tmp_path, _SNAPSHOT)
    hashimoto = [r for r in rows if r["person_wikidata"] == "Q90002"]
    assert {r["person"] for r in hashimoto} == {"Ryutaro Hashimoto"}  # one spelling, the hand-kept one
    assert "Ryūtarō Hashimoto" in {a for r in hashimoto for a in r["aliases"].split("|")}
    (prime,) = [r for r in hashimoto if r["titles"].startswith("Prime Minister|")]  # listed twice, kept once
    assert prime["source"] == "Wikipedia: List of prime ministers of Japan"
    assert (prime["start"], prime["end"], prime["known_from"]) == ("1996-01-11", "1998-07-30", "")
    finance = next(r for r in hashimoto if r is not prime)
    assert finance["known_from"] == build.SNAPSHOT_KNOWN_FROM


def test_a_coverage_line_without_its_day_is_a_clear_error(tmp_path, capsys):
    code, _folder = _build(tmp_path, _SNAPSHOT, "Japan,Prime Minister,1945,Wikipedia: test\n")
    assert code == 1
    error = capsys.readouterr().err
    assert "coverage.csv" in error and "complete_from" in error


def test_a_title_nobody_held_before_the_article_is_flagged_and_a_held_one_is_not():
    text = "Trump kicked off his remarks by calling Prime Minister {} by his first name."
    findings = check_text(text.format("Fumio Kishida"), "2017-11-06", timexes=[])
    assert [(f.rule, f.confidence, f.quote) for f in findings if f.shown] == [
        ("office-term", "high", "Prime Minister Fumio Kishida")
    ]
    assert "2021-10-04" in findings[0].message
    assert rules_fired(text.format("Shinzo Abe"), "2017-11-06") == []


def test_a_1990s_title_is_judged_against_the_complete_list():
    said = "Prime Minister Ryutaro Hashimoto said on Tuesday."
    assert rules_fired(said, "1997-03-11") == []
    assert rules_fired(said, "1990-03-13") == ["office-term"]  # Prime Minister from 1996
    assert rules_fired("Prime Minister Toshiki Kaifu said on Tuesday.", "1990-03-13") == []


# Two holders at once in the lists: a president suspended while another acted (Brazil
# 1992 and 2016, Israel 2006), a stand-in while the president was abroad (South Africa
# 2005), a successor elected the day before taking office (Pakistan 2008), the two days
# of the 2002 coup in Venezuela.
_SHARED_DAYS = {
    frozenset({"Fernando Collor de Mello", "Itamar Franco"}),
    frozenset({"Dilma Rousseff", "Michel Temer"}),
    frozenset({"Ariel Sharon", "Ehud Olmert"}),
    frozenset({"Thabo Mbeki", "Ivy Matsepe-Casaburri"}),
    frozenset({"Muhammad Mian Soomro", "Yousaf Raza Gillani"}),
    frozenset({"Hugo Chávez", "Pedro Carmona"}),
    frozenset({"Hugo Chávez", "Diosdado Cabello"}),
}


def _surely_overlap(a: Term, b: Term) -> bool:
    """Both in office on some day whatever day a date known to the month or year means,
    beyond a handover day."""
    a_end = a.end.lo if a.end else date.max
    b_end = b.end.lo if b.end else date.max
    return a.start.hi < b_end and b.start.hi < a_end


def test_the_complete_lists_have_one_holder_at_a_time():
    with (kb_dir() / "curated" / "coverage.csv").open(encoding="utf-8", newline="") as handle:
        coverage = list(csv.DictReader(handle))
    terms = [t for t in default_kb().terms if t.role == "office" and t.titles]
    assert len(coverage) >= 55
    for declared in coverage:
        titles = {t.lower() for t in declared["titles"].split("|")}
        country = declared["organisation_or_country"]
        listed = sorted(
            (t for t in terms if t.organisation == country and t.titles[0] in titles),
            key=lambda t: t.start.lo,
        )
        assert listed, declared
        start = date.fromisoformat(declared["complete_from"])
        assert listed[0].start.lo <= start + timedelta(days=730), declared  # the list reaches back
        for i, first in enumerate(listed):
            assert first.known_from is None or first.known_from == start, first
            for later in listed[i + 1 :]:
                pair = frozenset({first.person, later.person})
                if later.person_id == first.person_id or pair in _SHARED_DAYS:
                    continue
                assert not _surely_overlap(first, later), (first.describe(), later.describe())


def test_every_hand_kept_head_has_its_source_and_readable_dates():
    assert len(hand_kept_rows("heads.csv")) >= 470


def test_a_term_stays_known_to_be_over_while_the_holders_after_it_are_known():
    from annotator.checks.kb.coverage import Coverage, known_spans, known_through

    declared = Coverage("Israel", frozenset({"prime minister"}), date(1948, 5, 14), "test")
    rows = [
        build.Row(
            "A",
            "",
            "",
            "Prime Minister",
            "Prime Minister",
            "Israel",
            "2021-06-13",
            "day",
            "2022-07-01",
            "day",
            "office",
            "s",
            "2022-07-30",
        ),
        build.Row(
            "B",
            "",
            "",
            "Prime Minister",
            "Prime Minister",
            "Israel",
            "2022-07-01",
            "day",
            "2022-12-29",
            "day",
            "office",
            "s",
            "2025-10-01",
        ),
        build.Row(
            "C",
            "",
            "",
            "Prime Minister",
            "Prime Minister",
            "Israel",
            "2022-12-29",
            "day",
            "",
            "",
            "office",
            "s",
            "2025-10-01",
        ),
        # A gap (an interim nobody lists) ends what is known.
        build.Row(
            "D",
            "",
            "",
            "Prime Minister",
            "Prime Minister",
            "Israel",
            "1990-01-01",
            "day",
            "1990-06-01",
            "day",
            "office",
            "s",
            "2022-07-30",
        ),
    ]
    spans = known_spans(rows, declared)
    assert known_through(spans, date(2022, 7, 30)) == date(2025, 10, 1)
    assert known_through(spans, date(1990, 8, 1)) is None
    # Bennett left on 2022-07-01 and Lapid, then Netanyahu, held the office since.
    assert rules_fired(
        "Israeli Prime Minister Naftali Bennett said on Sunday Israel would act.", "2023-02-05"
    ) == ["office-term"]
