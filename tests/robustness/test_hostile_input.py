"""Hostile files: each one imported safely or refused by name, nothing fetched, nothing leaked.

The importer runs in this process under a guard that fails on any socket use,
so a page that makes the importer reach out (scripts, frames, remote images,
``file:`` links) fails the test instead of passing quietly.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from hostile_corpus import SCRIPT_MARK, build, manifest_folders

from annotator.workspace import Workspace


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve or connect raises (and is remembered)."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network use during import: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    yield attempts
    assert attempts == [], f"the importer used the network: {attempts}"


def _articles(ws: Workspace) -> list[dict]:
    return list(ws.db.query("select id, source, text, title from articles"))


def test_the_guard_catches_network_use(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    no_network.clear()


def test_every_hostile_file_is_imported_safely_or_refused_by_name(empty_workspace, tmp_path, no_network):
    cases = build(tmp_path / "corpus")
    ws = empty_workspace
    outcomes: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        before = _articles(ws)
        report = ws.import_paths([case.path])  # never raises
        (result,) = report.results
        after = _articles(ws)
        outcomes[case.kind].append(result.status)
        assert result.path == str(case.path)
        if result.status == "failed":
            assert case.expected in ("failed", "either"), f"{case.path.name}: {result.reason}"
            assert result.reason and "unexpected error" not in result.reason, result.reason
            assert case.reason.lower() in result.reason.lower(), (case.path.name, result.reason)
            assert after == before, f"{case.path.name}: a refused file left rows behind"
        else:
            assert result.status == "imported", (case.path.name, result.status, result.reason)
            assert case.expected in ("imported", "either"), f"{case.path.name} was imported"
            new = [row for row in after if row not in before]
            assert len(new) == result.imported >= 1
            for row in new:
                assert row["source"].startswith(str(case.path))
                assert SCRIPT_MARK not in row["text"] and "<script" not in row["text"]
                assert "<" not in row["text"] or case.path.suffix != ".html"
            if case.text is not None:
                assert [row["text"] for row in new] == [case.text]
    hashes = ws.db.execute("select count(*), count(distinct content_hash) from articles")
    count, distinct = hashes.fetchone()
    assert count == distinct
    assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    print(f"\nhostile input: {len(cases)} files")
    for kind, statuses in outcomes.items():
        tally = ", ".join(f"{s} {statuses.count(s)}" for s in sorted(set(statuses)))
        print(f"  {kind}: {tally}")
    assert len(cases) >= 50


def test_hostile_html_keeps_the_prose_and_drops_the_rest(empty_workspace, tmp_path, no_network):
    cases = [c for c in build(tmp_path / "corpus") if c.kind.startswith("HTML")]
    report = empty_workspace.import_paths([c.path for c in cases])
    assert report.ok
    for article_id in (aid for r in report.results for aid in r.article_ids):
        text = empty_workspace.articles.get(article_id)["text"]
        assert "budget had doubled" in text
        for leaked in ("127.0.0.1", "file:", "javascript:", "alert(", "document.write", "@import"):
            assert leaked not in text, leaked


def test_broken_manifests_are_reported_and_the_files_still_handled(empty_workspace, tmp_path, no_network):
    folders = manifest_folders(tmp_path / "manifests")
    for folder, word in folders:
        report = empty_workspace.import_paths([folder])
        failed = [r for r in report.results if r.status == "failed"]
        assert failed, f"{folder.name}: a broken manifest went unreported"
        for result in failed:
            assert word in (result.path + (result.reason or "")).lower()
            assert "unexpected error" not in (result.reason or "")
            assert result.path.startswith(str(folder))
    assert empty_workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_folder_of_hostile_files_in_one_batch_from_the_command_line(tmp_path, db_path):
    """The whole corpus in one command: exit code 1, a line per file, no traceback."""
    cases = build(tmp_path / "corpus")
    Workspace.open(db_path, seed=False).close()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator",
            "import",
            str(tmp_path / "corpus"),
            "--json",
            "--db",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    files = json.loads(done.stdout)["files"]
    named = {Path(f["path"]).name for f in files}
    assert {
        c.path.name for c in cases if c.path.suffix in {".txt", ".html", ".json", ".jsonl", ".csv"}
    } <= named


def test_the_size_limit_refuses_a_200_mb_file_without_reading_it(tmp_path, db_path):
    """Run in a fresh process so its peak memory tells whether the file was read."""
    Workspace.open(db_path, seed=False).close()
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)
    script = (
        "import re, sys, time\n"
        "from annotator.workspace import Workspace\n"
        "ws = Workspace.open(sys.argv[1], seed=False)\n"
        "t = time.monotonic(); r = ws.import_paths([sys.argv[2]]).results[0]\n"
        "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]\n"
        "print(r.status, time.monotonic() - t, peak, r.reason)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path), str(big)], capture_output=True, text=True, timeout=60
    )
    status, seconds, max_rss_kb, *reason = done.stdout.split()
    assert status == "failed" and "limit" in " ".join(reason), done.stdout + done.stderr
    assert float(seconds) < 1.0
    assert int(max_rss_kb) < 150 * 1024, "the file was read into memory"
