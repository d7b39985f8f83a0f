"""Review → Curation: where annotators disagree, their versions side by side, and the
final annotation a reviewer stores.

The list holds the open disagreements (settled ones drop out); selecting one
shows its span in the reader (``span_chosen``) and each annotator's version in
a table. The reviewer picks a version, may change its kind, verdict or note, and
stores it as the curated annotation: one undoable step (``exchange.curate``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.vocabulary import vocabulary
from annotator.exchange import Disagreement, disagreements
from annotator.ui.list_model import ListTableModel
from annotator.ui.session import Session
from annotator.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Article", "Text", "Why", "Annotators")
REASONS = {"missing": "missing", "kind": "kind", "verdict": "verdict", "span": "boundaries"}
VERSION_HEADERS = ("Annotator", "Kind", "Verdict", "Text", "Note")


class DisagreementModel(ListTableModel):
    """The disagreements of the workspace, one row each."""

    headers = HEADERS

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._titles: dict[int, str] = {}

    def reload(self, article_ids: list[int] | None = None) -> None:
        items = disagreements(self.ws.db, article_ids=article_ids)
        rows = self.ws.articles.rows(sorted({d.article_id for d in items}))
        self._titles = {i: (r.get("title") or f"#{i}") for i, r in rows.items()}
        self.set_items(items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self._titles.get(item.article_id, f"#{item.article_id}")
            if column == 1:
                return quote_of(item)
            if column == 2:
                return ", ".join(REASONS.get(r, r) for r in item.reasons)
            return ", ".join(sorted(item.by_annotator))
        return None

    def disagreement(self, row: int) -> Disagreement | None:
        return self.items[row] if 0 <= row < len(self.items) else None


def quote_of(item: Disagreement) -> str:
    """The longest quote of the group: the widest reading of the disputed text."""
    quotes = [a["quote"] for versions in item.by_annotator.values() for a in versions]
    return one_line(max(quotes, key=len)) if quotes else ""


def one_line(text: str) -> str:
    """Quotes may span paragraphs; a table row shows them on one line."""
    return " ".join(text.split())


def _combo(group: str, none_label: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for term in getattr(vocabulary(), group):
        combo.addItem(term.label, term.key)
    return combo


class CurationView(QWidget):
    """Disagreement list | the versions of the selected one and the curated choice."""

    span_chosen = Signal(int, int, int)  # article id, start, end
    curated = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curation_view")
        self.ws = session.ws
        self.session = session
        self.model = DisagreementModel(self.ws, self)
        self.table = QTableView()
        self.table.setObjectName("curation_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.count = QLabel()
        self.versions = QTableWidget(0, len(VERSION_HEADERS))
        self.versions.setObjectName("curation_versions")
        self.versions.setHorizontalHeaderLabels(VERSION_HEADERS)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.verticalHeader().hide()
        self.versions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.versions.currentCellChanged.connect(lambda *_: self._pick_changed())
        self.missing = QLabel()
        self.missing.setStyleSheet("color: palette(placeholder-text);")
        self.kind = _combo("kinds")
        self.kind.setObjectName("curation_kind")
        self.verdict = _combo("verdicts", "No verdict")
        self.verdict.setObjectName("curation_verdict")
        self.note = QLineEdit(placeholderText="Note (optional)")
        self.note.setObjectName("curation_note")
        self.store_button = QPushButton("Store as curated")
        self.store_button.setObjectName("curation_store")
        self.store_button.setToolTip("Keep the picked version, with these fields, as the final one")
        self.store_button.clicked.connect(self.store)
        self._build()
        session.changed.connect(self._session_changed)

    def _session_changed(self, _article_ids: object) -> None:
        """Edits, undo and imports can settle or reopen a disagreement."""
        if self.isVisible():
            self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 4, 0, 4)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 4, 6, 4)
        side.addWidget(QLabel("Each annotator's version (select the one to keep)"))
        side.addWidget(self.versions, 1)
        side.addWidget(self.missing)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.verdict)
        row.addWidget(self.note, 1)
        row.addWidget(self.store_button)
        form.addRow("Curated", row)
        side.addLayout(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([460, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- showing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the disagreements (after curating, undo or an import); keep the row."""
        row = max(self.table.currentIndex().row(), 0)
        self.model.reload()
        self.count.setText(f"{self.model.rowCount():,} disagreements to settle")
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show_current(move_reader=False)

    def current(self) -> Disagreement | None:
        return self.model.disagreement(self.table.currentIndex().row())

    def _show_current(self, *, move_reader: bool = True) -> None:
        item = self.current()
        versions = [a for rows in (item.by_annotator.values() if item else ()) for a in rows]
        self.versions.setRowCount(len(versions))
        for n, annotation in enumerate(versions):
            verdict = annotation.get("verdict")
            cells = (
                annotation["annotator"],
                vocabulary().label("kinds", annotation["kind"]),
                vocabulary().label("verdicts", verdict) if verdict else "",
                one_line(annotation["quote"]),
                one_line(annotation.get("note") or ""),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(Qt.ItemDataRole.UserRole, annotation["uid"])
                self.versions.setItem(n, column, cell)
        self.versions.resizeColumnsToContents()
        self.missing.setText(f"Not tagged by: {', '.join(item.missing)}" if item and item.missing else "")
        self.missing.setVisible(bool(item and item.missing))
        self.store_button.setEnabled(bool(versions))
        if versions:
            self.versions.selectRow(0)
        self._pick_changed()
        if item is not None and move_reader:
            self.span_chosen.emit(item.article_id, item.start, item.end)

    def picked(self) -> dict | None:
        item = self.current()
        if item is None or self.versions.currentRow() < 0:
            return None
        cell = self.versions.item(self.versions.currentRow(), 0)
        if cell is None:
            return None
        uid = cell.data(Qt.ItemDataRole.UserRole)
        return next((a for rows in item.by_annotator.values() for a in rows if a["uid"] == uid), None)

    def _pick_changed(self) -> None:
        """Prefill the curated fields from the picked version."""
        picked = self.picked()
        if picked is None:
            return
        self.kind.setCurrentIndex(max(self.kind.findData(picked["kind"]), 0))
        self.verdict.setCurrentIndex(max(self.verdict.findData(picked.get("verdict")), 0))
        self.note.setText(picked.get("note") or "")

    # -- storing ----------------------------------------------------------------------------------
    def store(self) -> dict | None:
        """Store the picked version, with the fields as edited, as the curated annotation."""
        item, picked = self.current(), self.picked()
        if item is None or picked is None:
            return None
        wanted = {
            "kind": self.kind.currentData(),
            "verdict": self.verdict.currentData(),
            "note": self.note.text().strip() or None,
        }
        changes = {k: v for k, v in wanted.items() if v != (picked.get(k) or None)}
        created = self.session.curate(item.article_id, item.uids, picked["uid"], changes)
        if created is None:
            return None
        self.curated.emit(created)
        self.refresh()
        return created


__all__ = ["CurationView", "DisagreementModel"]
