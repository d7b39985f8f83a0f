"""File → Open: the application opens the new window, closes the old one, releases its file."""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from annotator.ui.background import worker_workspace_paths
from annotator.ui.windows import Windows
from annotator.workspace import Workspace

ACTOR = "tester"


def _deleted(window) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(window)


def test_file_open_closes_the_old_window_and_releases_its_workspace(
    tmp_path, qtbot, isolated_settings, monkeypatch
):
    first_path, second_path = tmp_path / "first.db", tmp_path / "second.db"
    Workspace.open(second_path, seed=True).close()
    windows = Windows(isolated_settings, ACTOR)
    first = windows.show(Workspace.open(first_path))
    first_ws = first.ws
    assert str(first_path) in worker_workspace_paths()  # the first checks ran on the worker
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(second_path), ""))
    )

    first.actions_by_key["open_db"].trigger()

    (second,) = windows.open_windows
    assert second is not first and second.isVisible()
    assert second.ws.path == second_path and second.article is not None
    assert str(second_path.resolve()) in isolated_settings.get("files/recent")
    with pytest.raises(sqlite3.ProgrammingError):  # the old window's database is closed
        first_ws.articles.count()
    assert str(first_path) not in worker_workspace_paths()
    qtbot.waitUntil(lambda: _deleted(first), timeout=2000)

    assert windows.switch(second, str(second_path)) is second  # already open: stays
    files = second.commands.files
    files.fill_recent_menu()  # File → Open recent lists the other database
    assert [a.text() for a in files.recent_menu.actions()] == [str(first_path.resolve())]
    second_ws = second.ws
    files.recent_menu.actions()[0].trigger()
    (third,) = windows.open_windows
    assert third.ws.path.resolve() == first_path.resolve() and not second.isVisible()
    with pytest.raises(sqlite3.ProgrammingError):
        second_ws.articles.count()
    third.close()
    assert windows.open_windows == []


def test_a_database_that_cannot_be_opened_leaves_the_window_open(tmp_path, qtbot, isolated_settings):
    bad = tmp_path / "broken.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    windows = Windows(isolated_settings, ACTOR)
    window = windows.show(Workspace.open(tmp_path / "good.db"))
    seen: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.informativeText())
            box.done(0)

    QTimer.singleShot(200, close_dialog)
    window.open_requested.emit(str(bad), True)
    assert seen and "Traceback" not in seen[0]
    assert windows.open_windows == [window] and window.isVisible()
    assert window.ws.articles.count() == 5
    window.close()
    assert windows.open_windows == []
