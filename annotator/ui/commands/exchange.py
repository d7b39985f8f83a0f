"""File → Export annotations and File → Import annotations, run on the background worker.

Both run on the worker's own workspace with a cancellable progress dialog. An
import goes through the session: one recorded operation of the person importing,
so Ctrl+Z takes all of it back; the session then reports the articles it touched.
A bad file changes nothing and its message names the file and reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.exchange import ExchangeCancelled, ExportReport, ImportReport, export_annotations
from annotator.ui.actions import command
from annotator.ui.background import BackgroundOp, Task
from annotator.ui.export_dialog import ExportDialog, ExportRequest
from annotator.ui.import_summary import ImportSummaryDialog
from annotator.ui.window_parts import WindowParts

ANNOTATION_FILTER = "Annotation sets (*.jsonl *.json *.jsonld);;All files (*)"


class ExchangeCommands:
    """Annotation sets in and out (JSONL, W3C Web Annotation, the export formats)."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.export_dialog: ExportDialog | None = None
        self.import_summary: ImportSummaryDialog | None = None
        self.exchange_box: QMessageBox | None = None

    # -- import ------------------------------------------------------------------------------------
    @command("import_annotations", "Import &annotations…", "File", separator=True)
    def import_annotations_dialog(self) -> None:
        settings = self.parts.settings
        path, _ = QFileDialog.getOpenFileName(
            self.parts.window, "Import annotations", settings.get("files/last_import_dir"), ANNOTATION_FILTER
        )
        if path:
            settings.set("files/last_import_dir", str(Path(path).parent))
            self.import_annotations_file(path)

    def import_annotations_file(self, path: str) -> BackgroundOp:
        """Import a JSONL or W3C file as one undoable operation of this window's person."""
        self.parts.status.say("Importing annotations…")
        return self.parts.session.import_annotations(
            path,
            self.parts.window,
            self._annotations_imported,
            lambda exc: self._exchange_failed("Import", exc),
        )

    def _annotations_imported(self, report: ImportReport) -> None:
        self.parts.status.say(f"Imported {report.imported:,}, updated {report.updated:,} annotations", 10000)
        self.parts.article_pane.set_annotators(self.parts.ws.annotations.annotators())
        dialog = ImportSummaryDialog(report, self.parts.window)
        dialog.open()
        self.import_summary = dialog

    # -- export ------------------------------------------------------------------------------------
    @command("export_annotations", "&Export annotations…", "File", ("Ctrl+E",))
    def export_annotations_dialog(self) -> ExportDialog:
        pane, ws = self.parts.article_pane, self.parts.ws
        listed = [pane.model.article_id(row) for row in range(pane.model.rowCount())]
        dialog = ExportDialog(
            annotators=ws.annotations.annotators(),
            current=self.parts.display.article,
            listed=[i for i in listed if i is not None] if len(listed) != ws.articles.count() else [],
            folder=self.parts.settings.get("files/last_import_dir") or str(Path.home()),
            parent=self.parts.window,
        )
        dialog.accepted.connect(lambda: self.run_export(dialog.request()))
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def run_export(self, request: ExportRequest) -> BackgroundOp:
        """Write the export off the GUI thread; report the count and any warnings."""

        def work(task: Task) -> ExportReport:
            return export_annotations(
                task.ws,
                request.fmt,
                request.path,
                request.selection,
                bom=request.bom,
                progress=lambda done, total: task.progress(done, total),
                cancelled=task.cancelled,
            )

        self.parts.status.say("Exporting…")
        return (
            BackgroundOp(work, self.parts.ws.path)
            .with_progress("Exporting annotations…")
            .on_success(self._exported)
            .on_failure(lambda exc: self._exchange_failed("Export", exc))
            .run(self.parts.window)
        )

    def _exported(self, report: ExportReport) -> None:
        where = report.path if len(report.files) <= 1 else f"{len(report.files)} files"
        self.parts.status.say(f"Exported {report.count:,} to {where}", 10000)
        if report.warnings:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Export finished with notes",
                f"Exported {report.count:,} to {where}.\n"
                f"{len(report.warnings)} note(s) about what could not be "
                "written as is.",
                QMessageBox.StandardButton.Ok,
                self.parts.window,
            )
            box.setDetailedText("\n".join(report.warnings[:200]))
            box.open()
            self.exchange_box = box

    def _exchange_failed(self, what: str, exc: Exception) -> None:
        """A cancel is no error; anything else is shown with its message (file and reason)."""
        if isinstance(exc, ExchangeCancelled):
            self.parts.status.say(f"{what} cancelled; nothing was changed", 10000)
            return
        self.parts.status.say(f"{what} failed: {exc}", 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            f"{what} failed",
            str(exc),
            QMessageBox.StandardButton.Ok,
            self.parts.window,
        )
        box.setObjectName("exchange_error")
        box.open()
        self.exchange_box = box
