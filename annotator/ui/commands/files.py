"""Databases and imports: open, create, recent files, import by menu or drag and drop.

Opening a database is the application's business (:class:`~annotator.ui.windows.Windows`
opens the new window and closes this one): the commands here only ask for it through
``request_open``. Imports run through the session on the background worker; the window
stays responsive and a cancellable progress dialog appears if it takes a while.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from annotator.ingest.importer import ImportReport
from annotator.ui.actions import command
from annotator.ui.background import BackgroundOp
from annotator.ui.window_parts import WindowParts

DB_FILTER = "annotator databases (*.db *.sqlite *.sqlite3);;All files (*)"
ARTICLE_FILTER = "Articles (*.txt *.html *.htm *.json *.jsonl *.csv);;All files (*)"

#: Asks the application to open a database in a new window: (path, seed a new one).
OpenRequest = Callable[[str, bool], None]


class FileCommands:
    """File menu: databases and article imports."""

    def __init__(self, parts: WindowParts, request_open: OpenRequest) -> None:
        self.parts = parts
        self.request_open = request_open
        self.recent_menu = QMenu("Open &recent", parts.window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.import_report_box: QMessageBox | None = None

    # -- databases ---------------------------------------------------------------------------------
    @command("open_db", "&Open database…", "File", ("Ctrl+O",))
    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parts.window, "Open database", str(self.parts.ws.path.parent), DB_FILTER
        )
        if path:
            self.request_open(path, True)

    @command("new_db", "&New database…", "File", ("Ctrl+Shift+N",))
    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parts.window, "New database", str(self.parts.ws.path.parent), DB_FILTER
        )
        if path:
            self.request_open(path, False)

    def fill_recent_menu(self) -> None:
        """The databases opened lately, but this one."""
        menu = self.recent_menu
        menu.clear()
        here = str(self.parts.ws.path.resolve())
        recent = [p for p in self.parts.settings.get("files/recent") if p != here]
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.request_open(p, True))
        menu.setEnabled(bool(recent))

    # -- importing ---------------------------------------------------------------------------------
    @command("import_files", "&Import files…", "File", ("Ctrl+I",))
    def import_files_dialog(self) -> None:
        settings = self.parts.settings
        paths, _ = QFileDialog.getOpenFileNames(
            self.parts.window, "Import articles", settings.get("files/last_import_dir"), ARTICLE_FILTER
        )
        if paths:
            settings.set("files/last_import_dir", str(Path(paths[0]).parent))
            self.import_paths(paths)

    @command("import_folder", "Import &folder…", "File", ("Ctrl+Shift+I",))
    def import_folder_dialog(self) -> None:
        settings = self.parts.settings
        folder = QFileDialog.getExistingDirectory(
            self.parts.window, "Import a folder of articles", settings.get("files/last_import_dir")
        )
        if folder:
            settings.set("files/last_import_dir", folder)
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> BackgroundOp:
        """Import files and folders off the GUI thread, then refresh the list."""
        self.parts.status.say("Importing…")
        return self.parts.session.import_articles(
            paths, self.parts.window, self._imported, self._import_failed
        )

    def _imported(self, report: ImportReport) -> None:
        counts: dict[str, int] = {}
        for result in report.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing"
        self.parts.status.say(f"Import finished: {summary}", 10000)
        self.parts.article_pane.model.reload()
        self.parts.status.articles_added()
        failed = [r for r in report.results if r.status == "failed"]
        if failed:
            lines = "\n".join(f"{Path(r.path).name}: {r.reason}" for r in failed[:20])
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Some files were not imported",
                f"{len(failed)} file(s) could not be imported.",
                QMessageBox.StandardButton.Ok,
                self.parts.window,
            )
            box.setDetailedText(lines)
            box.open()
            self.import_report_box = box

    def _import_failed(self, exc: Exception) -> None:
        self.parts.status.say(f"Import failed: {exc}", 10000)
        QMessageBox.warning(self.parts.window, "Import failed", str(exc))

    # -- drag and drop (the window passes its events on) -----------------------------------------
    def drag_enter(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
