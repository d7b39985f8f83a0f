"""The hand-annotated dev-news gold set: well-formed TimeML, faithful texts, and scored by eval."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.temporal import evaluate
from annotator.temporal.scorer import timex_spans

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "temporal" / "gold" / "dev-news"
SOURCE = REPO / ".." / "shared" / "dev-news" / "fake-2017"
TBAQ = REPO / ".." / "shared" / "tempeval3-tbaq"

_POINT = (
    r"(\d{2,4}|XXXX)(-(\d{2}|XX|W\d{2}|WXX|Q[1-4]|SP|SU|FA|WI)(-(\d{2}|XX|WE|[1-7]))?)?"
    r"(T(\d{2}(:\d{2})?|MO|AF|EV|NI))?"
)
_REF = r"PAST_REF|PRESENT_REF|FUTURE_REF"
_LENGTH = r"P((\d+|X)[YMWDE]|T(\d+|X)[HMS])"
VALUE = {
    "DATE": re.compile(rf"^({_POINT}|{_REF})$"),
    "TIME": re.compile(rf"^({_POINT}|{_REF})$"),
    "DURATION": re.compile(rf"^{_LENGTH}$"),
    "SET": re.compile(rf"^({_LENGTH}|{_POINT})$"),
}
MODS = {
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
}


def _files() -> list[Path]:
    return sorted(GOLD.glob("*.tml"))


def test_gold_set_has_forty_articles_with_provenance() -> None:
    assert len(_files()) >= 40
    assert "ISOT Fake News Dataset" in (GOLD / "README.md").read_text(encoding="utf-8")
    assert (GOLD / "GUIDELINES.md").is_file()


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_gold_file_is_timeml_with_valid_timexes(path: Path) -> None:
    root = ET.fromstring(path.read_bytes())
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME"
    assert re.fullmatch(r"2017-\d{2}-\d{2}", dct.get("value", ""))
    timexes = root.find("TEXT").findall("TIMEX3")
    tids = [t.get("tid") for t in timexes]
    assert len(set(tids)) == len(tids) and "t0" not in tids
    for timex in timexes:
        kind, value = timex.get("type"), timex.get("value", "")
        assert kind in VALUE, (path.name, timex.text)
        assert VALUE[kind].match(value), (path.name, timex.text, kind, value)
        assert timex.get("mod") in MODS | {None}
        assert timex.text and timex.text == timex.text.strip(), (path.name, timex.text)
    assert len(timex_spans(path.read_text(encoding="utf-8"))) == len(timexes)


def test_gold_texts_and_dates_are_the_source_articles() -> None:
    if not SOURCE.is_dir():
        pytest.skip("../shared/dev-news/fake-2017 not found beside the repository")
    manifest = json.loads((SOURCE / "annotator-manifest.json").read_text(encoding="utf-8"))
    for path in _files():
        root = ET.fromstring(path.read_bytes())
        source = SOURCE / f"{path.stem}.txt"
        assert "".join(root.find("TEXT").itertext()) == source.read_text(encoding="utf-8")
        published = manifest["files"][source.name]["published"]
        assert root.find("DCT/TIMEX3").get("value") == published


def test_evaluation_scores_the_gold_set() -> None:
    counts = evaluate.evaluate_dir(GOLD)
    assert set(counts) == {"all"}  # a flat folder is counted once, not twice
    total = sum(len(ET.fromstring(p.read_bytes()).find("TEXT").findall("TIMEX3")) for p in _files())
    assert counts["all"].gold == total >= 200
    figures = counts["all"].figures()
    assert counts["all"].system > 0 and figures["relaxed_f1"] > 50
    assert figures["strict_f1"] <= figures["relaxed_f1"]


def test_errors_name_the_documents_and_the_gold_values() -> None:
    lines = evaluate.error_lines(GOLD)
    assert lines and all(re.match(r"fake_\d{4}\.tml: (missed|differs|false) ", x) for x in lines)


def test_report_puts_tbaq_parts_and_dev_news_side_by_side(capsys: pytest.CaptureFixture[str]) -> None:
    if not TBAQ.is_dir():
        pytest.skip("../shared/tempeval3-tbaq not found beside the repository")
    assert evaluate.main([str(TBAQ), str(GOLD)]) == 0
    rows = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert rows == ["tempeval3-tbaq/AQUAINT", "tempeval3-tbaq/TimeBank", "tempeval3-tbaq", "dev-news"]


def test_default_corpora_are_tbaq_and_the_gold_set() -> None:
    assert evaluate.DEFAULT_CORPORA["dev-news"].parts[-4:] == ("tests", "temporal", "gold", "dev-news")
    assert evaluate.DEFAULT_CORPORA["TBAQ"].name == "tempeval3-tbaq"
