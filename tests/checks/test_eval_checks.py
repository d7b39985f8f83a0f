"""The measured precision holds: every flag shown on real news is judged, nearly all of them
true, and no correct control sentence raises a flag shown by default.

The figures themselves come from `make eval-checks` (tests/checks/eval/evaluate.py); these
tests fail when a change shows a flag nobody has judged, or makes a judged-false flag or a
control visible again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shared_files import shared_path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))

import evaluate  # noqa: E402


def _shown_precision(corpus: str) -> tuple[list, float | None]:
    flags = evaluate.raised_flags(corpus)
    assert flags is not None
    counts = evaluate.tally(flags, evaluate.load_judgments())
    return counts.unjudged, counts.precision


def test_the_sample_corpus_shows_only_judged_true_flags():
    unjudged, precision = _shown_precision("seeds")
    assert unjudged == []
    assert precision == 1.0


def test_dev_news_shows_only_judged_flags_nine_in_ten_true():
    shared_path("dev-news", "fake-2017")
    unjudged, precision = _shown_precision("fake-2017")
    assert [(f.article, f.quote, f.context) for f in unjudged] == []
    assert precision is None or precision >= 0.9


def test_tbaq_shows_only_judged_flags():
    shared_path("tempeval3-tbaq")
    unjudged, precision = _shown_precision("tbaq")
    assert [(f.article, f.quote) for f in unjudged] == []
    assert precision is None or precision >= 0.9


@pytest.fixture(scope="module")
def planted() -> list:
    return evaluate.run_planted(evaluate.load_planted())


def test_no_control_raises_a_flag_shown_by_default(planted):
    false_flags = [
        (r.case["id"], r.shown[0].quote) for r in planted if r.case["expect"] == "none" and r.shown
    ]
    assert false_flags == []


@pytest.mark.parametrize(
    ("file", "floor"),
    [
        ("planted.jsonl", 0.7),
        ("planted_world.jsonl", 0.8),
        ("planted_fresh.jsonl", 0.7),
        ("planted_fresh2.jsonl", 0.5),
        ("planted_modern.jsonl", 0.8),
        ("planted_dev4.jsonl", 0.15),
        ("planted_fresh3.jsonl", 0.43),
        ("planted_fresh4.jsonl", 0.65),
    ],
)
def test_planted_errors_stay_caught(planted, file, floor):
    errors = [r for r in planted if r.case["expect"] == "flag" and r.case["_file"] == file]
    caught = sum(r.caught for r in errors)
    assert errors and caught / len(errors) >= floor, f"{caught} of {len(errors)}"
