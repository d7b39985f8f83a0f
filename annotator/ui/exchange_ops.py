"""File → Export annotations and File → Import annotations, run on the background worker.

Both run on the worker's own workspace (``task.ws``) with a cancellable
progress dialog. An import is one recorded operation of the person importing,
so Ctrl+Z takes all of it back; afterwards the window refreshes the articles it
touched. A bad file changes nothing and its message names the file and reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.core.history import op_article_ids
from annotator.exchange import (
    ExchangeCancelled,
    ExportReport,
    ImportReport,
    export_annotations,
    import_annotations,
)
from annotator.ui.background import BackgroundOp, Task
from annotator.ui.export_dialog import ExportDialog, ExportRequest
from annotator.ui.import_summary import ImportSummaryDialog

ANNOTATION_FILTER = "Annotation sets (*.jsonl *.json *.jsonld);;All files (*)"


class ExchangeOpsMixin:
    """Mixed into :class:`~annotator.ui.main_window.MainWindow`."""

    # -- export ------------------------------------------------------------------------------------
    def export_annotations_dialog(self) -> ExportDialog:
        pane = self.article_pane
        listed = [pane.model.article_id(row) for row in range(pane.model.rowCount())]
        dialog = ExportDialog(
            annotators=self.ws.annotations.annotators(),
            current=self.article,
            listed=listed if len(listed) != self.ws.articles.count() else [],
            folder=self.settings.get("files/last_import_dir") or str(Path.home()),
            parent=self,
        )
        dialog.accepted.connect(lambda: self.run_export(dialog.request()))
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def run_export(self, request: ExportRequest) -> BackgroundOp:
        """Write the export off the GUI thread; report the count and any warnings."""

        def work(task: Task) -> ExportReport:
            return export_annotations(
                task.ws, request.fmt, request.path, request.selection, bom=request.bom,
                progress=lambda done, total: task.progress(done, total),
                cancelled=task.cancelled,
            )

        self.statusBar().showMessage("Exporting…")
        return (
            BackgroundOp(work, self.ws.path)
            .with_progress("Exporting annotations…")
            .on_success(self._exported)
            .on_failure(lambda exc: self._exchange_failed("Export", exc))
            .run(self)
        )

    def _exported(self, report: ExportReport) -> None:
        where = report.path if len(report.files) <= 1 else f"{len(report.files)} files"
        self.statusBar().showMessage(f"Exported {report.count:,} to {where}", 10000)
        if report.warnings:
            box = QMessageBox(QMessageBox.Icon.Information, "Export finished with notes",
                              f"Exported {report.count:,} to {where}.\n"
                              f"{len(report.warnings)} note(s) about what could not be "
                              "written as is.", QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(report.warnings[:200]))
            box.open()
            self.exchange_box = box

    # -- import ------------------------------------------------------------------------------------
    def import_annotations_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import annotations", self.settings.get("files/last_import_dir"),
            ANNOTATION_FILTER,
        )
        if path:
            self.settings.set("files/last_import_dir", str(Path(path).parent))
            self.import_annotations_file(path)

    def import_annotations_file(self, path: str) -> BackgroundOp:
        """Import a JSONL or W3C file as one undoable operation of this window's person."""
        actor = self.session.actor

        def work(task: Task) -> tuple[ImportReport, set[int]]:
            report = import_annotations(
                task.ws, path, actor=actor,
                progress=lambda done, total: task.progress(done, total),
                cancelled=task.cancelled,
            )
            return report, op_article_ids(task.ws.db, report.op_id)

        self.statusBar().showMessage("Importing annotations…")
        return (
            BackgroundOp(work, self.ws.path)
            .with_progress("Importing annotations…")
            .on_success(self._annotations_imported)
            .on_failure(lambda exc: self._exchange_failed("Import", exc))
            .run(self)
        )

    def _annotations_imported(self, result: tuple[ImportReport, set[int]]) -> None:
        report, article_ids = result
        self.statusBar().showMessage(
            f"Imported {report.imported:,}, updated {report.updated:,} annotations", 10000)
        if article_ids:
            self.session.changed.emit(article_ids)  # list, reader, flags, undo label
            self.refresh_annotator_filter()
        dialog = ImportSummaryDialog(report, self)
        dialog.open()
        self.import_summary = dialog

    def _exchange_failed(self, what: str, exc: Exception) -> None:
        """A cancel is no error; anything else is shown with its message (file and reason)."""
        if isinstance(exc, ExchangeCancelled):
            self.statusBar().showMessage(f"{what} cancelled; nothing was changed", 10000)
            return
        self.statusBar().showMessage(f"{what} failed: {exc}", 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, f"{what} failed", str(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exchange_error")
        box.open()
        self.exchange_box = box

    # attributes the window provides
    ws: Any
    session: Any
    settings: Any
    article: dict | None
    article_pane: Any


__all__ = ["ExchangeOpsMixin"]
