"""Crash safety: a writer killed with SIGKILL at random moments never loses a committed edit.

The worker (crash_worker.py) reports each edit before and after its commit. After
every kill the file must pass ``PRAGMA integrity_check``, open as a workspace,
hold every operation reported as committed (with its history), and be in
exactly the state after the last reported edit or the one in flight: never
half of one.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from crash_worker import digest, snapshot

from annotator.workspace import Workspace

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 55
TIME_BUDGET_S = 90  # a ceiling for a loaded machine; typically 15-25 s


def _spawn(db_path: Path, run: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(WORKER.parent)}
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, str(WORKER), str(db_path), str(run), f"run{run}", "100000"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _expected_digests(lines: list[str]) -> tuple[set[str], list[int]]:
    """Digests the file may hold after the kill, and the op ids reported committed."""
    allowed: set[str] = set()
    committed: list[int] = []
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "READY":
            allowed = {parts[1]}
        elif parts[0] == "INTENT" and len(parts) == 3:
            allowed = {*allowed, parts[2]}
        elif parts[0] == "DONE" and len(parts) == 4:
            allowed = {parts[2]}
            committed.append(int(parts[3]))
    return allowed, committed


def _check_after_kill(db_path: Path, lines: list[str], all_committed: list[int]) -> None:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    with Workspace.open(db_path, seed=False) as ws:
        allowed, committed = _expected_digests(lines)
        all_committed.extend(committed)
        state = digest(snapshot(ws.db))
        if allowed:
            assert state in allowed, f"state {state} is neither committed nor in flight: {lines[-3:]}"
        if all_committed:
            marks = ",".join("?" * len(set(all_committed)))
            found = ws.db.execute(
                f"select count(distinct op_id) from changes where op_id in ({marks})",
                sorted(set(all_committed)),
            ).fetchone()[0]
            assert found == len(set(all_committed)), "a committed edit lost its history entry"


def test_random_sigkills_lose_no_committed_edit(tmp_path: Path):
    db_path = tmp_path / "crash.db"
    Workspace.open(db_path).close()
    rng = random.Random(20250610)
    all_committed: list[int] = []
    started = time.monotonic()
    kills = edits_seen = 0
    while kills < KILLS and time.monotonic() - started < TIME_BUDGET_S:
        log = tmp_path / f"run{kills}.log"
        proc = _spawn(db_path, kills, log)
        if kills % 5 == 0:  # now and then, during start-up (open, daily backup)
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            deadline = time.monotonic() + 5
            while "READY" not in log.read_text() and time.monotonic() < deadline:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.005)
            time.sleep(rng.uniform(0.01, 0.2))
        assert proc.poll() is None, f"the worker stopped on its own:\n{log.read_text()}"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        lines = log.read_text().splitlines()
        assert not any("Traceback" in line for line in lines), "\n".join(lines)
        edits_seen += sum(line.startswith("DONE") for line in lines)
        _check_after_kill(db_path, lines, all_committed)
    print(f"\ncrash safety: {kills} kills survived out of {kills}; {edits_seen} committed edits")
    assert kills >= 50, f"only {kills} kills in the time budget"
    assert edits_seen > kills, "the worker made too few edits for the kills to mean anything"


def test_the_app_opens_a_database_left_by_a_killed_writer(tmp_path: Path, qtbot, monkeypatch):
    """The main window opens a file whose writer was killed mid-edit."""
    import importlib.util

    db_path = tmp_path / "crash.db"
    Workspace.open(db_path).close()
    log = tmp_path / "run.log"
    proc = _spawn(db_path, 1, log)
    deadline = time.monotonic() + 5
    while "DONE 20 " not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lines = log.read_text().splitlines()
    assert any(line.startswith("DONE") for line in lines)
    _check_after_kill(db_path, lines, [])
    assert importlib.util.find_spec("annotator.ui.main_window") is not None
    from annotator.ui.background import BackgroundOp
    from annotator.ui.main_window import MainWindow

    # The window starts checks in the background; run them inline so no worker
    # thread outlives this test.
    monkeypatch.setattr(BackgroundOp, "synchronous", True)
    ws = Workspace.open(db_path, seed=False)
    window = MainWindow(ws, "crash-check", persist_layout=False)
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    assert window.ws.articles.count() == 5
    window.close()
    ws.close()
