"""What an annotation import did, said plainly: counts first, then what needs a look.

Counts that are zero stay visible (a reviewer wants to see "0 unanchored"); the
annotations that moved or could not be placed are listed with their reasons, so
a person can check them in the source file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.exchange import ImportReport

FORMAT_NAMES = {"jsonl": "annotator JSON Lines", "w3c": "W3C Web Annotation"}


def _count(n: int) -> QLabel:
    label = QLabel(f"{n:,}")
    label.setObjectName("count")
    return label


class ImportSummaryDialog(QDialog):
    """The report of one import: imported, updated, duplicates, re-anchored, unanchored..."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Annotations imported")
        self.setObjectName("import_summary")
        self.report = report
        heading = QLabel(
            f"<b>{Path(report.path).name}</b> ({FORMAT_NAMES.get(report.format, report.format)})"
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.counts = {
            "imported": report.imported,
            "updated": report.updated,
            "duplicates": len(report.duplicates),
            "re-anchored": len(report.reanchored),
            "unanchored": len(report.unanchored),
            "links": report.links,
            "reviews": report.reviews,
        }
        for label, tip in (
            ("imported", "New annotations"),
            ("updated", "Annotations already here, replaced by the file's newer copy"),
            ("duplicates", "Annotations already here and not older: left as they were"),
            ("re-anchored", "Placed where their quote now is in the article"),
            ("unanchored", "Not imported: their text could not be found"),
            ("links", "Speaker, date and event links"),
            ("reviews", "Review decisions"),
        ):
            value = _count(self.counts[label])
            value.setToolTip(tip)
            form.addRow(label.capitalize(), value)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        self.details = QTreeWidget()
        self.details.setObjectName("import_details")
        self.details.setHeaderLabels(["Where", "What", "Why"])
        self.details.setRootIsDecorated(True)
        self._fill_details()
        if self.details.topLevelItemCount():
            layout.addWidget(self.details, 1)
            self.resize(680, 460)
        else:
            self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_details(self) -> None:
        report = self.report
        groups = (
            (
                "Not imported (unanchored)",
                report.unanchored,
                lambda e: [e.get("where", ""), e.get("uid", ""), e.get("reason", "")],
            ),
            (
                "Re-anchored",
                report.reanchored,
                lambda e: [
                    e.get("where", ""),
                    e.get("uid", ""),
                    f"{e.get('method', '')}: {e.get('from', '')} → {e.get('to', '')}",
                ],
            ),
            ("Other notes", [{"text": p} for p in report.problems], lambda e: ["", "", e["text"]]),
        )
        for title, entries, columns in groups:
            if not entries:
                continue
            top = QTreeWidgetItem(self.details, [f"{title} ({len(entries)})"])
            top.setFirstColumnSpanned(True)
            for entry in entries[:500]:
                item = QTreeWidgetItem(top, [str(c) for c in columns(entry)])
                item.setToolTip(2, item.text(2))
            top.setExpanded(True)
        self.details.setColumnWidth(0, 110)
        self.details.setColumnWidth(1, 250)

    def reasons(self) -> list[str]:
        """The reasons listed for unanchored annotations (as shown)."""
        return [str(e.get("reason", "")) for e in self.report.unanchored]


__all__ = ["ImportSummaryDialog"]
