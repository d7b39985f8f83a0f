"""The article's annotations as a list (under the tagging panel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from annotator.core.vocabulary import vocabulary
from annotator.ui.highlighter import kind_color

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def describe(annotation: dict) -> str:
    """One line: kind, quote, and what matters most for that kind."""
    vocab = vocabulary()
    quote = " ".join(annotation["quote"].split())
    if len(quote) > 70:
        quote = quote[:69] + "…"
    extra = []
    if annotation["kind"] == "claim":
        if annotation.get("verdict"):
            extra.append(vocab.label("verdicts", annotation["verdict"]))
        extra.append(vocab.label("workflow_states", annotation.get("status")))
    elif annotation["kind"] == "date" and annotation.get("date_value"):
        extra.append(annotation["date_value"])
    elif annotation["kind"] == "speaker" and (annotation.get("attrs") or {}).get("name"):
        extra.append(annotation["attrs"]["name"])
    suffix = f"  · {' · '.join(extra)}" if extra else ""
    return f"{vocab.label('kinds', annotation['kind'])}: {quote}{suffix}"


class AnnotationListModel(QAbstractListModel):
    """The annotations of one article, in text order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotations: list[dict] = []

    def set_annotations(self, annotations: list[dict]) -> None:
        self.beginResetModel()
        self.annotations = list(annotations)
        self.endResetModel()

    def row_of(self, annotation_id: int | None) -> int | None:
        for row, annotation in enumerate(self.annotations):
            if annotation["id"] == annotation_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.annotations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.annotations):
            return None
        annotation = self.annotations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(annotation)
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_color(annotation["kind"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{annotation['quote']}\n\n{annotation['annotator']}, "
                f"created {annotation['created'][:16]}, changed {annotation['modified'][:16]}"
            )
        if role == ID_ROLE:
            return annotation["id"]
        return None


class AnnotationListView(QListView):
    """Emits the id of the annotation chosen by mouse or keyboard."""

    annotation_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotation_list")
        self.list_model = AnnotationListModel(self)
        self.setModel(self.list_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_annotations(self, annotations: list[dict], selected_id: int | None) -> None:
        self.selectionModel().blockSignals(True)
        self.list_model.set_annotations(annotations)
        row = self.list_model.row_of(selected_id)
        if row is not None:
            self.setCurrentIndex(self.list_model.index(row))
        self.selectionModel().blockSignals(False)

    def select_id(self, annotation_id: int | None) -> None:
        row = self.list_model.row_of(annotation_id)
        self.selectionModel().blockSignals(True)
        if row is None:
            self.clearSelection()
        else:
            self.setCurrentIndex(self.list_model.index(row))
            self.scrollTo(self.list_model.index(row))
        self.selectionModel().blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.annotation_chosen.emit(self.list_model.data(current, ID_ROLE))
