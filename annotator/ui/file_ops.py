"""Databases and imports: open, create, recent files, import by menu or drag and drop.

Imports run on the background worker with its own connection; the window
stays responsive and a cancellable progress dialog appears if it takes a while.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.store import StoreError
from annotator.ui.background import BackgroundOp
from annotator.ui.dialogs import show_store_error
from annotator.workspace import Workspace

#: Windows opened from File > Open, kept alive here (Qt does not own top-level windows).
OPEN_WINDOWS: list = []
DB_FILTER = "annotator databases (*.db *.sqlite *.sqlite3);;All files (*)"


class FileOpsMixin:
    """Mixed into :class:`~annotator.ui.main_window.MainWindow`."""

    #: After an import, the ids of the articles it added (the checks look at them).
    imported = Signal(list)

    # -- databases ---------------------------------------------------------------------------------
    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open database", str(self.ws.path.parent),
                                              DB_FILTER)
        if path:
            self.switch_database(path)

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New database", str(self.ws.path.parent),
                                              DB_FILTER)
        if path:
            self.switch_database(path, seed=False)

    def switch_database(self, path: str, *, seed: bool = True) -> object | None:
        """Open ``path`` in a new window and close this one; explain a refusal."""
        from annotator.ui.main_window import MainWindow

        if Path(path).resolve() == Path(self.ws.path).resolve():
            return self
        try:
            ws = Workspace.open(path, seed=seed)
        except StoreError as exc:
            show_store_error(self, path, str(exc))
            return None
        self.settings.add_recent(str(Path(path).resolve()))
        window = MainWindow(ws, self.session.actor, self.settings)
        OPEN_WINDOWS.append(window)
        window.show()
        self.close()
        return window

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        recent = [p for p in self.settings.get("files/recent") if p != str(self.ws.path.resolve())]
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))
        menu.setEnabled(bool(recent))

    # -- importing ---------------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", self.settings.get("files/last_import_dir"),
            "Articles (*.txt *.html *.htm *.json *.jsonl *.csv);;All files (*)",
        )
        if paths:
            self.settings.set("files/last_import_dir", str(Path(paths[0]).parent))
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a folder of articles", self.settings.get("files/last_import_dir")
        )
        if folder:
            self.settings.set("files/last_import_dir", folder)
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> BackgroundOp:
        """Import files and folders off the GUI thread, then refresh the list."""

        def work(task):
            return task.ws.import_paths(paths, progress=task.progress, cancelled=task.cancelled)

        self.statusBar().showMessage("Importing…")
        return (
            BackgroundOp(work, self.ws.path)
            .with_progress("Importing articles…")
            .on_success(self._imported)
            .on_failure(lambda exc: self._import_failed(exc))
            .run(self)
        )

    def _imported(self, report) -> None:
        counts: dict[str, int] = {}
        for result in report.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing"
        self.statusBar().showMessage(f"Import finished: {summary}", 10000)
        self.total_articles = None
        self.article_pane.model.reload()
        self.update_status()
        failed = [r for r in report.results if r.status == "failed"]
        if failed:
            lines = "\n".join(f"{Path(r.path).name}: {r.reason}" for r in failed[:20])
            box = QMessageBox(QMessageBox.Icon.Warning, "Some files were not imported",
                              f"{len(failed)} file(s) could not be imported.",
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText(lines)
            box.open()
            self.import_report_box = box
        self.imported.emit([i for result in report.results for i in (result.article_ids or [])])

    def _import_failed(self, exc: Exception) -> None:
        self.statusBar().showMessage(f"Import failed: {exc}", 10000)
        QMessageBox.warning(self, "Import failed", str(exc))

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
