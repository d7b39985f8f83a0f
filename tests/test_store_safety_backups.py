"""Backups: before migrations, once a day, rotated, restorable; damaged and newer files refused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from annotator.store import DatabaseCorruptError, SchemaTooNewError, StoreError, backup, open_database, schema
from annotator.store.settings import set_setting
from annotator.workspace import Workspace


def _annotate(ws: Workspace, note: str) -> dict:
    return ws.annotations.create(1, "claim", 0, 10, annotator="ana", note=note)


def _corrupt_middle(path: Path) -> None:
    """Overwrite the middle of the file with garbage, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 4)
        f.write(os.urandom(size // 2))


def test_a_new_database_gets_no_backup_and_the_first_reopen_of_the_day_one(db_path):
    Workspace.open(db_path).close()
    assert backup.list_backups(db_path) == []
    with Workspace.open(db_path) as ws:
        _annotate(ws, "kept")
    first = backup.list_backups(db_path)
    assert len(first) == 1
    assert first[0].path.parent == db_path.parent / "backups"
    assert first[0].path.name.startswith("annotator-" + datetime.now().strftime("%Y%m%d"))
    Workspace.open(db_path).close()
    assert backup.list_backups(db_path) == first, "at most one daily backup per calendar day"


def test_a_backup_is_a_complete_self_contained_copy(workspace, db_path):
    _annotate(workspace, "in the backup")
    copy = backup.make_backup(workspace.db)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("select note from annotations").fetchall() == [("in the backup",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not list(copy.parent.glob(".*partial")), "no temporary file is left behind"


def test_backups_are_rotated_by_the_keep_setting(workspace, db_path):
    set_setting(workspace.db, "backup.keep", 3)
    made = [backup.make_backup(workspace.db) for _ in range(5)]
    kept = [b.path for b in backup.list_backups(db_path)]
    assert kept == list(reversed(made))[:3]
    assert all(not p.exists() for p in made[:2])


def test_backups_of_another_database_in_the_folder_are_left_alone(workspace, db_path, tmp_path):
    other = Workspace.open(tmp_path / "annotator-old.db")
    other_copy = backup.make_backup(other.db)
    other.close()
    for _ in range(3):
        backup.make_backup(workspace.db, keep=1)
    assert other_copy.exists()
    assert [b.path for b in backup.list_backups(db_path)] != [other_copy]
    assert len(backup.list_backups(db_path)) == 1


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(db_path, monkeypatch):
    with Workspace.open(db_path) as ws:
        _annotate(ws, "before the migration")
    for old in backup.list_backups(db_path):
        old.path.unlink()

    def add_reading_time(db):
        db["articles"].add_column("reading_minutes", int)

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_reading_time])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    open_database(db_path).close()
    backups = backup.list_backups(db_path)
    assert len(backups) == 1, "one copy before the migration; it also counts as today's"
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION - 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    assert "reading_minutes" not in columns
    assert conn.execute("select note from annotations").fetchall() == [("before the migration",)]
    conn.close()


def test_a_migration_does_not_run_when_its_backup_cannot_be_written(db_path, monkeypatch):
    Workspace.open(db_path).close()
    (db_path.parent / "backups").rmdir() if (db_path.parent / "backups").exists() else None
    (db_path.parent / "backups").write_text("a file where the folder should be")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, lambda db: None])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(StoreError, match="could not back up"):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION - 1
    conn.close()


def test_a_newer_database_is_refused_and_left_unchanged(db_path):
    Workspace.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 3}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of annotator"):
        Workspace.open(db_path)
    assert db_path.read_bytes() == before
    assert backup.list_backups(db_path) == []


def test_a_corrupt_database_is_refused_with_the_path_and_the_restore_hint(db_path):
    with Workspace.open(db_path) as ws:
        _annotate(ws, "x")
    for old in backup.list_backups(db_path):
        old.path.unlink()
    _corrupt_middle(db_path)
    with pytest.raises(DatabaseCorruptError) as caught:
        Workspace.open(db_path)
    assert str(db_path) in str(caught.value)
    assert "annotator doctor --restore latest" in str(caught.value)
    assert backup.list_backups(db_path) == [], "a damaged file is never backed up"


def test_a_garbage_header_is_refused_as_corrupt(db_path):
    Workspace.open(db_path).close()
    with db_path.open("r+b") as f:
        f.write(b"this is not sqlite" * 10)
    with pytest.raises(DatabaseCorruptError, match="doctor --restore latest"):
        Workspace.open(db_path)


def test_restore_brings_back_the_backup_and_keeps_the_damaged_file(db_path):
    with Workspace.open(db_path) as ws:
        _annotate(ws, "saved")
    with Workspace.open(db_path) as ws:
        backup.make_backup(ws.db)
        _annotate(ws, "after the backup")
    _corrupt_middle(db_path)
    damaged = db_path.read_bytes()
    restored = backup.restore_backup(db_path, "latest")
    assert restored.backup == backup.latest_backup(db_path)
    assert restored.set_aside and restored.set_aside[0].read_bytes() == damaged
    assert backup.check_database(db_path).ok
    with Workspace.open(db_path) as ws:
        notes = [a["note"] for a in ws.annotations.for_article(1)]
    assert notes == ["saved"]


def test_restore_refuses_a_damaged_backup_and_touches_nothing(db_path):
    with Workspace.open(db_path) as ws:
        copy = backup.make_backup(ws.db)
    _corrupt_middle(copy)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not usable"):
        backup.restore_backup(db_path, copy.name)
    assert db_path.read_bytes() == before


def test_restore_without_backups_says_so(db_path):
    Workspace.open(db_path).close()
    with pytest.raises(StoreError, match="no backups"):
        backup.restore_backup(db_path)


def _cli(*args: str, env_db: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if env_db is not None:
        env["ANNOTATOR_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_cli_on_a_corrupt_database_gives_a_clear_error_not_a_traceback(db_path):
    with Workspace.open(db_path) as ws:
        _annotate(ws, "x")
    _corrupt_middle(db_path)
    for command in (["list"], ["show", "1"]):
        done = _cli(*command, "--db", str(db_path))
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert "annotator doctor --restore latest" in done.stderr


def test_doctor_reports_checks_and_restores_through_the_cli(db_path):
    with Workspace.open(db_path) as ws:
        _annotate(ws, "precious")
    Workspace.open(db_path).close()  # today's backup
    healthy = _cli("doctor", "--db", str(db_path), "--json")
    assert healthy.returncode == 0, healthy.stderr
    assert '"ok": true' in healthy.stdout and '"backups": [' in healthy.stdout
    _corrupt_middle(db_path)
    sick = _cli("doctor", "--db", str(db_path))
    assert sick.returncode == 1
    assert "DAMAGED" in sick.stdout or "problem" in sick.stdout
    assert "annotator doctor --restore latest" in sick.stdout
    fixed = _cli("doctor", "--restore", "latest", "--db", str(db_path))
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "restored" in fixed.stdout and "healthy" in fixed.stdout
    assert list(db_path.parent.glob("annotator.replaced-*.db")), "the damaged file is kept"
    with Workspace.open(db_path) as ws:
        assert [a["note"] for a in ws.annotations.for_article(1)] == ["precious"]


def test_doctor_flags_a_newer_schema_and_a_missing_file(db_path, tmp_path):
    Workspace.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    newer = _cli("doctor", "--db", str(db_path))
    assert newer.returncode == 1 and "NEWER" in newer.stdout
    missing = _cli("doctor", "--db", str(tmp_path / "nothing.db"))
    assert missing.returncode == 1 and "no such file" in missing.stdout
    assert not (tmp_path / "nothing.db").exists(), "the doctor creates nothing"
    refused = _cli("doctor", "--restore", "latest", "--db", str(tmp_path / "nothing.db"))
    assert refused.returncode == 2 and "no backups" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_global_db_option_before_the_command_is_honoured(db_path, tmp_path):
    done = _cli("--db", str(db_path), "list", env_db=tmp_path / "elsewhere.db")
    assert done.returncode == 0, done.stderr
    assert db_path.exists() and not (tmp_path / "elsewhere.db").exists()
