"""Fixtures for the GUI tests: isolated QSettings, synchronous background work, a window."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

ACTOR = "tester"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp, monkeypatch):
    """Point QSettings at a temporary folder so a user's own settings are never touched."""
    QCoreApplication.setOrganizationName("annotator-tests")
    QCoreApplication.setApplicationName("annotator-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("ANNOTATOR_USER", ACTOR)
    from annotator.ui.settings import Settings

    settings = Settings()
    settings.set("annotator/name", ACTOR)
    yield settings


@pytest.fixture(autouse=True)
def synchronous_background():
    """Run background operations inline: deterministic order, no waiting on threads."""
    from annotator.ui.background import BackgroundOp

    BackgroundOp.synchronous = True
    yield
    BackgroundOp.synchronous = False


@pytest.fixture
def make_window(qtbot, isolated_settings):
    """Open a main window on a workspace, shown and exposed, closed at the end."""
    from annotator.ui.main_window import MainWindow

    windows = []

    def make(ws, actor: str = ACTOR):
        window = MainWindow(ws, actor, isolated_settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # window shortcuts need an active window
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
