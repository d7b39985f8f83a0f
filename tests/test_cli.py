"""The command line end to end, as a separate process on a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_list_show_and_import_with_json(tmp_path):
    db = str(tmp_path / "cli.db")
    listed = run("list", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    articles = json.loads(listed.stdout)
    assert [a["id"] for a in articles] == [1, 2, 3, 4, 5]
    assert set(articles[0]) >= {"id", "title", "source", "published", "annotations", "open_flags"}

    shown = json.loads(run("show", "3", "--db", db, "--json").stdout)
    assert shown["published"] == "2025-03-14" and shown["iri"].startswith("urn:sha256:")
    assert "Published on 14 March 2025" in shown["text"] and shown["annotations"] == []

    good = tmp_path / "good.txt"
    good.write_text("A headline\nSome text.", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    result = run("import", str(good), str(bad), "--published", "2024-02", "--db", db, "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["imported"], report["failed"]) == (1, 1)
    statuses = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert statuses == {"good.txt": "imported", "bad.json": "failed"}
    assert json.loads(run("show", "6", "--db", db, "--json").stdout)["published"] == "2024-02"

    again = run("import", str(good), "--db", db)
    assert again.returncode == 0 and "duplicate" in again.stdout


def test_database_from_environment_variable(tmp_path):
    db = tmp_path / "env.db"
    result = run("list", env={"ANNOTATOR_DB": str(db)})
    assert result.returncode == 0 and db.exists()


def test_unknown_article_and_newer_database_give_clear_errors(tmp_path):
    import sqlite3

    db = tmp_path / "cli.db"
    missing = run("show", "999", "--db", str(db))
    assert missing.returncode == 1 and "no article" in missing.stderr
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    newer = run("list", "--db", str(db))
    assert newer.returncode == 2
    assert "newer version" in newer.stderr and "Traceback" not in newer.stderr


def test_every_command_has_help():
    from annotator.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    assert {"import", "list", "show"} <= set(commands)
    for name in commands:
        result = run(name, "--help")
        assert result.returncode == 0 and "--db" in result.stdout, name
