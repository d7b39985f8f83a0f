"""Two writers on one database: no corruption, no lost update, no "database is locked"."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.store import ConflictError
from annotator.workspace import Workspace

WRITES_PER_PROCESS = 150

HAMMER = textwrap.dedent(
    """
    import json, sys
    from annotator.workspace import Workspace

    db, actor, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    errors, created = [], []
    ws = Workspace.open(db, seed=False)
    print("READY", flush=True)
    sys.stdin.readline()  # both start together
    for n in range(count):
        try:
            ann = ws.annotations.create(1 + n % 5, "claim", n % 50, n % 50 + 5, annotator=actor,
                                        note=f"{actor} {n}")
            ws.annotations.update(ann["id"], {"status": "in_progress"}, actor=actor)
            if n % 10 == 0:
                ws.undo(actor)
                ws.redo(actor)
            created.append(ann["uid"])
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    ws.close()
    print(json.dumps({"created": created, "errors": errors}), flush=True)
    """
)


def _start(db_path: Path, actor: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HAMMER, str(db_path), actor, str(WRITES_PER_PROCESS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
    return proc


def test_two_processes_hammering_writes_lose_nothing_and_never_see_locked(db_path):
    Workspace.open(db_path).close()
    procs = {actor: _start(db_path, actor) for actor in ("alice", "bob")}
    for proc in procs.values():
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = {}
    for actor, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results[actor] = json.loads(out.strip().splitlines()[-1])
    for actor, result in results.items():
        assert result["errors"] == [], f"{actor}: {result['errors'][:3]}"
        assert len(result["created"]) == WRITES_PER_PROCESS
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for actor, result in results.items():
        rows = conn.execute("select uid, status from annotations where annotator = ?", [actor]).fetchall()
        assert {uid for uid, _ in rows} == set(result["created"]), f"{actor} lost writes"
        assert {status for _, status in rows} == {"in_progress"}, "an update was lost"
        ops = conn.execute("select count(*) from ops where actor = ? and state = 'done'", [actor]).fetchone()[
            0
        ]
        assert ops == 2 * WRITES_PER_PROCESS, "every write keeps its history entry"
    conn.close()


def test_the_later_writer_gets_a_conflict_instead_of_overwriting(db_path):
    """The app holds an annotation open; the command line changes it; the app's save is refused."""
    app = Workspace.open(db_path)
    cli = Workspace.open(db_path)
    ann = app.annotations.create(1, "claim", 0, 12, annotator="app", note="first")
    seen_by_app = app.annotations.get(ann["id"])["modified"]
    cli.annotations.update(ann["id"], {"note": "from the command line"}, actor="cli")
    with pytest.raises(ConflictError, match="changed by someone else"):
        app.annotations.update(
            ann["id"], {"note": "from the app"}, actor="app", expected_modified=seen_by_app
        )
    assert app.annotations.get(ann["id"])["note"] == "from the command line"
    fresh = app.annotations.get(ann["id"])["modified"]
    app.annotations.update(ann["id"], {"note": "merged"}, actor="app", expected_modified=fresh)
    assert cli.annotations.get(ann["id"])["note"] == "merged", "each sees the other's change"
    app.close()
    cli.close()


def test_undo_refuses_to_overwrite_another_writers_later_change(db_path):
    app = Workspace.open(db_path)
    cli = Workspace.open(db_path)
    ann = app.annotations.create(1, "claim", 0, 12, annotator="app", note="one")
    app.annotations.update(ann["id"], {"note": "two"}, actor="app")
    cli.annotations.update(ann["id"], {"note": "three"}, actor="cli")
    with pytest.raises(ConflictError):
        app.undo("app")
    assert cli.annotations.get(ann["id"])["note"] == "three"
    app.close()
    cli.close()


def test_a_reader_holding_a_snapshot_does_not_block_a_writer(db_path):
    reader = Workspace.open(db_path)
    writer = Workspace.open(db_path)
    reader.db.execute("BEGIN")
    before = reader.articles.count()
    writer.annotations.create(2, "speaker", 0, 5, annotator="w")
    assert reader.articles.count() == before
    reader.db.execute("COMMIT")
    assert len(reader.annotations.for_article(2)) == 1
    reader.close()
    writer.close()
