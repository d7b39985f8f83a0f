"""Odd input on the command line gets a clear message: never a traceback, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from restricted import run_cli_obeying_modes

from annotator.cli import main
from annotator.exchange.jsonl import FORMAT_TAG
from annotator.workspace import Workspace

TOO_BIG_ID = str(2**64)


def _cli(*args: str, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def db(db_path):
    Workspace.open(db_path).close()
    return str(db_path)


@pytest.mark.parametrize("size", ["nan", "inf", "-inf", "-3", "0"])
def test_a_max_size_that_is_no_size_is_refused(db, tmp_path, size, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nText of the article.\n")
    with pytest.raises(SystemExit) as stop:
        main(["--db", db, "import", "--max-size", size, str(article)])
    assert stop.value.code == 2
    assert "--max-size" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["show", TOO_BIG_ID],
        ["check", "--article", TOO_BIG_ID],
        ["export", "--format", "jsonl", "-o", "OUT", "--article", TOO_BIG_ID],
        ["show", "²"],  # a digit to str.isdigit, not to int()
    ],
)
def test_an_id_past_sqlites_integers_is_no_such_article(db, tmp_path, command, capsys):
    command = [str(tmp_path / "out.jsonl") if part == "OUT" else part for part in command]
    code = main(["--db", db, *command])
    assert code == 1
    assert "no article" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["list"], ["import", "x.txt"], []])  # [] opens the app
def test_an_empty_db_path_is_an_error(command):
    out = _cli("--db", "", *command)
    assert out.returncode == 2
    assert b"database path is empty" in out.stderr
    assert b"Traceback" not in out.stderr


def test_a_file_name_that_is_not_utf8_is_imported_and_printed(db, tmp_path):
    folder = tmp_path.joinpath("in")
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9-news.txt"
    with open(name, "wb") as handle:
        handle.write(b"A title\n\nAn article whose file name is Latin-1.\n")
    strict = {"PYTHONIOENCODING": "utf-8:strict"}
    out = _cli("--db", db, "import", "--json", str(folder), env=strict)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)  # whole: never cut off
    assert report["imported"] == 1
    assert "caf" in report["files"][0]["path"]
    out = _cli("--db", db, "import", os.fsdecode(name), env=strict)  # text output
    assert out.returncode == 0 and b"Traceback" not in out.stderr
    assert b"duplicate" in out.stdout
    out = _cli("--db", db, "list", "--json", env=strict)
    assert out.returncode == 0 and len(json.loads(out.stdout)) == 6


def test_a_lone_surrogate_in_an_annotation_set_is_refused_by_line(workspace, tmp_path, capsys):
    article = workspace.articles.get(1)
    records = [
        {
            "format": FORMAT_TAG,
            "uid": f"u{n}",
            "kind": "claim",
            "start": 0,
            "end": 4,
            "quote": article["text"][:4],
            "annotator": "x",
            "article": {"iri": article["iri"]},
            "note": note,
        }
        for n, note in enumerate(["fine", "bad \ud800 half"], 1)
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="ascii")
    workspace.close()
    code = main(["--db", str(workspace.path), "import-annotations", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "line 2" in err and "surrogate" in err
    with Workspace.open(workspace.path) as ws:
        assert ws.db.execute("select count(*) from annotations").fetchone()[0] == 0


def test_a_w3c_set_with_a_lone_surrogate_is_refused(workspace, tmp_path, capsys):
    path = tmp_path / "set.json"
    path.write_text(
        '{"type": "Annotation", "bodyValue": "x \\udc00", "target": '
        '{"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "a"}}}'
    )
    workspace.close()
    code = main(["--db", str(workspace.path), "import-annotations", str(path)])
    assert code == 1
    assert "surrogate" in capsys.readouterr().err


def test_a_folder_with_an_unreadable_subfolder_imports_the_rest(db, tmp_path):
    folder = tmp_path / "corpus"
    (folder / "good").mkdir(parents=True)
    (folder / "good" / "one.txt").write_text("One\n\nThe first readable article.\n")
    (folder / "two.txt").write_text("Two\n\nThe second readable article.\n")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "three.txt").write_text("Three\n\nAn article nobody may read.\n")
    os.chmod(locked, 0)
    try:
        out = run_cli_obeying_modes("--db", db, "import", "--json", str(folder))
    finally:
        os.chmod(locked, 0o755)
    assert "Traceback" not in out.stderr, out.stderr
    report = json.loads(out.stdout)
    assert report["imported"] == 2
    failed = [f for f in report["files"] if f["status"] == "failed"]
    assert [Path(f["path"]).name for f in failed] == ["locked"]
    assert "ermission" in failed[0]["reason"]
    assert out.returncode == 1  # something failed, and it says what


def test_import_annotations_on_a_fifo_does_not_hang(db, tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    out = _cli("--db", db, "import-annotations", str(fifo), timeout=60)
    assert out.returncode == 1
    assert b"not a regular file" in out.stderr
