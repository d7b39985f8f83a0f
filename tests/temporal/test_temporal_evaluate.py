"""End to end: the TBAQ evaluation meets its targets, the CLI command tags a directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.temporal import evaluate

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "tempeval3-tbaq"


def test_tbaq_figures_meet_targets() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/tempeval3-tbaq not found beside the repository")
    figures = evaluate.evaluate_dir(CORPUS)["all"].figures()
    assert figures["relaxed_f1"] >= 91
    assert figures["strict_f1"] >= 83
    assert figures["value_f1"] >= 80
    assert figures["type_f1"] >= 85


def test_missing_corpus_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main([str(tmp_path / "absent")]) == 2
    assert "not found" in capsys.readouterr().err


def test_cli_command_tags_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "doc.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>It rained on Friday.</TEXT>'
        "</TimeML>"
    )
    from annotator.cli import build_parser

    args = build_parser().parse_args(["timeml", str(source), str(tmp_path / "out"), "--json"])
    assert args.handler(args) == 0
    assert json.loads(capsys.readouterr().out) == {"files": 1, "timexes": 1, "failed": {}}
    written = (tmp_path / "out" / "doc.tml").read_text()
    assert 'value="1998-11-20">Friday</TIMEX3>' in written
