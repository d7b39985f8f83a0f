"""The application's windows: one per open database, closed and released together.

A window asks to open another database (File → Open, New, Open recent) with its
``open_requested`` signal; :class:`Windows` opens the file, shows it in a new
window, and closes the old one. A closed window's workspace is closed, on the GUI
thread and on the background worker, and the window itself is deleted, so
switching databases all day leaves no file handle or window behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from annotator.store import StoreError
from annotator.ui.background import release_worker_workspace
from annotator.ui.dialogs import show_store_error
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Settings
from annotator.workspace import Workspace


class Windows(QObject):
    """Opens, keeps and releases the main windows of one person."""

    def __init__(self, settings: Settings, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.actor = actor
        self.open_windows: list[MainWindow] = []

    def show(self, ws: Workspace) -> MainWindow:
        """A new window on an open workspace; this object closes the workspace with it."""
        self.settings.add_recent(str(ws.path.resolve()))
        window = MainWindow(ws, self.actor, self.settings)
        window.open_requested.connect(lambda path, seed, asking=window: self.switch(asking, path, seed=seed))
        window.closed.connect(lambda closed=window: self._release(closed))
        self.open_windows.append(window)
        window.show()
        return window

    def switch(self, window: MainWindow, path: str, *, seed: bool = True) -> MainWindow | None:
        """Open ``path`` in a new window and close ``window``; explain a refusal."""
        if Path(path).resolve() == window.ws.path.resolve():
            return window
        try:
            ws = Workspace.open(path, seed=seed)
        except StoreError as exc:
            show_store_error(window, path, str(exc))
            return None
        self.actor = window.session.actor  # who worked there goes on working
        opened = self.show(ws)
        window.close()
        return opened

    def _release(self, window: MainWindow) -> None:
        """Close the window's workspace; delete the window once no check run still uses it."""
        if window not in self.open_windows:
            return
        self.open_windows.remove(window)
        window.ws.close()
        runner = window.review.runner
        if runner.running:  # its result is dropped (closed database); then let go
            runner.finished.connect(lambda _ids: self._forget(window))
            runner.failed.connect(lambda _message: self._forget(window))
        else:
            self._forget(window)

    @staticmethod
    def _forget(window: MainWindow) -> None:
        release_worker_workspace(window.ws.path)
        window.deleteLater()
