"""Review → Agreement: how far the annotators agree, on spans and on verdicts.

Span F1 is shown per pair and per kind, exact and overlapping, on the articles
both people annotated; verdict agreement is Cohen's kappa (two annotators) and
Krippendorff's alpha (any number). Ticking annotators recomputes at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.vocabulary import vocabulary
from annotator.exchange import agreement
from annotator.ui.list_model import ListTableModel
from annotator.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Annotators", "Kind", "Exact F1", "Overlap F1", "Spans")


def score(value: float | None) -> str:
    """A score to two decimals, or a dash when it is undefined (nothing to compare)."""
    return "–" if value is None else f"{value:.2f}"


class AgreementModel(ListTableModel):
    """One row per pair of annotators and kind (plus "all kinds"), from ``agreement()``."""

    headers = HEADERS

    def set_report(self, report: dict) -> None:
        rows = []
        for pair in report["pairs"]:
            shared = pair["articles"]
            names = " – ".join(pair["annotators"]) + (
                f"  ({shared} article{'' if shared == 1 else 's'} in common)"
            )
            for kind, spans in pair["spans"].items():
                label = "All kinds" if kind == "all" else vocabulary().label("kinds", kind)
                counts = " / ".join(str(n) for n in spans["counts"])
                rows.append((names, label, spans["exact_f1"], spans["overlap_f1"], counts))
                names = ""  # the pair is named once, on its first row
        self.set_items(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[column]
            return score(value) if column in (2, 3) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return "Spans of each annotator on the articles both annotated"
        return None


class AgreementDialog(QDialog):
    """Annotators to compare on the left, the report on the right."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Agreement between annotators")
        self.setObjectName("agreement_dialog")
        self.ws = ws
        self.people = QListWidget()
        self.people.setObjectName("agreement_annotators")
        for name in ws.annotations.annotators():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.people.setFixedWidth(170)
        self.people.itemChanged.connect(lambda _item: self.compute())
        self.model = AgreementModel(self)
        self.table = QTableView()
        self.table.setObjectName("agreement_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verdicts = QLabel()
        self.verdicts.setObjectName("agreement_verdicts")
        self.verdicts.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel("Compare"))
        left.addWidget(self.people, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("Span agreement (F1) on the articles both annotated"))
        right.addWidget(self.table, 1)
        right.addWidget(self.verdicts)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self.compute()

    def chosen(self) -> list[str]:
        items = [self.people.item(i) for i in range(self.people.count())]
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def compute(self) -> dict | None:
        """Recompute for the ticked annotators (two or more are needed to compare)."""
        names = self.chosen()
        if len(names) < 2:
            self.report = None
            self.model.set_report({"pairs": []})
            self.verdicts.setText("Tick at least two annotators to compare them.")
            return None
        self.report = agreement(self.ws.db, names)
        self.model.set_report(self.report)
        for column, width in ((1, 90), (2, 80), (3, 90), (4, 70)):
            self.table.setColumnWidth(column, width)
        verdicts = self.report["verdicts"]
        parts = [f"Verdicts compared on {verdicts['units']} shared claims."]
        if "cohen_kappa" in verdicts:
            parts.append(f"Cohen's kappa {score(verdicts['cohen_kappa'])}.")
        parts.append(f"Krippendorff's alpha {score(verdicts['krippendorff_alpha'])}.")
        self.verdicts.setText("  ".join(parts))
        return self.report


__all__ = ["AgreementDialog", "AgreementModel"]
