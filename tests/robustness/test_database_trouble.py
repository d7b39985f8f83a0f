"""The database file in trouble: a killed first start, a killed backup, damaged
pages, a full disk, a read-only file. Each is told as what it is, and none
leaves a file that looks fine but is not.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from restricted import run_cli_obeying_modes, run_cli_on_small_disk

from annotator.cli import main
from annotator.exchange.jsonl import FORMAT_TAG
from annotator.store import backup
from annotator.workspace import Workspace

SAMPLES = 5


def _killed_child(code: str, *args: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def _count(db_path: Path, table: str = "articles") -> int:
    with Workspace.open(db_path, seed=False) as ws:
        return ws.db.execute(f"select count(*) from {table}").fetchone()[0]


def test_a_first_start_killed_while_the_samples_go_in_finishes_next_time(db_path):
    _killed_child(
        """
        import os, signal, sys
        from annotator.ingest import importer
        original = importer._import_one
        def one_then_die(*args, **kwargs):
            result = original(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)  # the power goes mid-import
        importer._import_one = one_then_die
        from annotator.workspace import Workspace
        Workspace.open(sys.argv[1])
        """,
        str(db_path),
    )
    with Workspace.open(db_path) as ws:  # the next start
        assert ws.db.execute("select count(*) from articles").fetchone()[0] == SAMPLES
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_killed_backup_leaves_no_partial_files_after_the_next_one(db_path):
    Workspace.open(db_path).close()
    _killed_child(
        """
        import os, signal, sys
        from annotator.store import backup, open_database

        class CopyKilledMidway:  # the real copy, one page at a time, killed after the first
            def __init__(self, conn):
                self.conn, self.real = self, conn
            def execute(self, *args):
                return self.real.execute(*args)
            def backup(self, target, **kwargs):
                def die(status, remaining, total):
                    os.kill(os.getpid(), signal.SIGKILL)
                self.real.backup(target, pages=1, progress=die)

        db = open_database(sys.argv[1])
        backup.make_backup(CopyKilledMidway(db.conn), sys.argv[1])
        """,
        str(db_path),
    )
    folder = backup.backups_dir(db_path)
    assert any(p.name.endswith(".partial-journal") for p in folder.iterdir())  # the kill's trace
    with Workspace.open(db_path, seed=False) as ws:
        backup.make_backup(ws.db)
    left = [p.name for p in folder.iterdir() if not p.name.endswith(".db")]
    assert left == []


def _damage(db_path: Path) -> None:
    """Scribble over a page that imports do not touch (the flags' rule index), as a
    failing disk would: the damage is there, but nothing stumbles on it by chance."""
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("pragma page_size").fetchone()[0]
    conn.execute("pragma wal_checkpoint(truncate)")
    root = conn.execute(
        "select rootpage from sqlite_master where name = 'idx_flags_rule_severity'"
    ).fetchone()[0]
    conn.close()
    with open(db_path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


@pytest.mark.parametrize("command", ["import", "import-annotations"])
def test_a_damaged_database_refuses_imports_with_the_restore_hint(db_path, tmp_path, capsys, command):
    Workspace.open(db_path).close()
    Workspace.open(db_path).close()  # today's backup (and its check) is done: no check is due
    assert backup.has_backup_from(db_path)
    _damage(db_path)
    problems = [row[0] for row in sqlite3.connect(db_path).execute("pragma quick_check")]
    assert problems != ["ok"]
    article = tmp_path / "new.txt"
    article.write_text("A new title\n\nA new article that must not go into a damaged file.\n")
    if command == "import-annotations":
        article = tmp_path / "set.jsonl"
        article.write_text(
            json.dumps(
                {
                    "format": FORMAT_TAG,
                    "uid": "u1",
                    "kind": "claim",
                    "start": 0,
                    "end": 4,
                    "quote": "abcd",
                    "annotator": "x",
                    "article": {"source": "seeds/none.txt"},
                }
            )
            + "\n"
        )
    code = main(["--db", str(db_path), command, str(article)])
    err = capsys.readouterr().err
    assert code != 0
    assert "damaged" in err and "doctor --restore" in err
    conn = sqlite3.connect(db_path)
    sql = "select count(*) from articles not indexed where title = 'A new title'"
    assert conn.execute(sql).fetchone()[0] == 0


def test_a_full_disk_is_reported_as_full_not_damaged(db_path, tmp_path):
    Workspace.open(db_path).close()
    mount = tmp_path / "small"
    big = tmp_path / "big.txt"
    big.write_text("A big one\n\n" + "Words that fill the disk. " * 120_000)  # about 3 MB
    small_db = mount / "annotator.db"
    out = run_cli_on_small_disk(
        mount,
        1500,
        f"cp '{db_path}' '{small_db}'",
        "--db",
        str(small_db),
        "import",
        str(big),
    )
    assert out.returncode != 0
    assert "full" in out.stderr, out.stderr
    assert "damaged" not in out.stderr and "doctor" not in out.stderr
    assert "Traceback" not in out.stderr


def test_a_read_only_database_is_reported_as_read_only(db_path, tmp_path):
    Workspace.open(db_path).close()
    article = tmp_path / "new.txt"
    article.write_text("A new title\n\nAn article for a database nobody may write.\n")
    os.chmod(db_path, 0o444)
    try:
        out = run_cli_obeying_modes("--db", str(db_path), "import", "--json", str(article))
    finally:
        os.chmod(db_path, 0o644)
    assert out.returncode != 0
    assert "read-only" in out.stderr, out.stderr
    assert str(article) not in out.stdout  # the article is not blamed
    assert "Traceback" not in out.stderr
    assert _count(db_path) == SAMPLES
