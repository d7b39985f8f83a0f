"""The reader's header: title, outlet, author, publication date (with precision and
provenance) and the article's workflow state, all editable in place.

Edits are emitted as signals; the main window stores them through the
workspace at once (no Save button anywhere).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.pubdate import pubdate_from_row
from annotator.core.vocabulary import vocabulary

PROVENANCE_TEXT = {
    "stated": "stated in the article",
    "metadata": "from the page metadata",
    "manifest": "from the import manifest",
    "user": "set by hand",
    "estimated": "estimated",
}


def pubdate_text(row: dict) -> str:
    """The date as typed back into the field: a value, or a range with its likely day."""
    pub = pubdate_from_row(row)
    if pub is None:
        return ""
    if pub.precision == "range":
        return f"{pub.earliest}/{pub.latest}~{pub.value}"
    return pub.value


def pubdate_caption(row: dict) -> str:
    pub = pubdate_from_row(row)
    if pub is None:
        return "no publication date: relative dates cannot be anchored"
    caption = f"known to the {pub.precision}" if pub.precision != "range" else "a range"
    if pub.provenance:
        caption += ", " + PROVENANCE_TEXT.get(pub.provenance, pub.provenance)
    if pub.note:
        caption += f" ({pub.note})"
    return caption


class _Field(QLineEdit):
    """A line edit that looks like text until focused, and reports only real changes."""

    committed = Signal(str)

    def __init__(self, placeholder: str, object_name: str) -> None:
        super().__init__(placeholderText=placeholder)
        self.setObjectName(object_name)
        self.setFrame(False)
        self._stored = ""
        self.editingFinished.connect(self._finish)

    def set_stored(self, value: str) -> None:
        self._stored = value
        self.setText(value)
        self.setCursorPosition(0)

    def _finish(self) -> None:
        if self.text().strip() != self._stored:
            self.committed.emit(self.text().strip())


class ArticleHeader(QFrame):
    """Shows and edits one article's metadata."""

    field_edited = Signal(str, str)  # field, new value
    pubdate_edited = Signal(str)
    status_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_header")
        self.title = _Field("Title", "header_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.outlet = _Field("Outlet", "header_outlet")
        self.author = _Field("Author", "header_author")
        self.published = _Field("YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO~DAY", "header_published")
        self.published.setToolTip(
            "Publication date: 2025-06-10, 2025-06, 2025, or a range "
            "2025-06-09/2025-06-24~2025-06-10 (most likely day after ~)"
        )
        self.published.setMinimumWidth(250)
        self.published.setMaximumWidth(300)
        self.caption = QLabel()
        self.caption.setObjectName("header_caption")
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setMinimumWidth(40)
        self.status = QComboBox()
        self.status.setObjectName("header_status")
        for term in vocabulary().workflow_states:
            self.status.addItem(term.label, term.key)
        self.status.setToolTip("Workflow state of the article")
        self._build_layout()
        for name, field in (("title", self.title), ("outlet", self.outlet), ("author", self.author)):
            field.committed.connect(lambda value, n=name: self.field_edited.emit(n, value))
        self.published.committed.connect(self.pubdate_edited.emit)
        self.status.activated.connect(lambda _i: self.status_edited.emit(self.status.currentData()))

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(8)
        for label, widget in (("Outlet", self.outlet), ("Author", self.author)):
            row.addWidget(_muted(label))
            row.addWidget(widget, 1)
        row.addWidget(_muted("State"))
        row.addWidget(self.status)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(_muted("Published"))
        row.addWidget(self.published)
        row.addWidget(self.caption, 1)
        layout.addLayout(row)

    def show_article(self, row: dict | None) -> None:
        self.setEnabled(row is not None)
        row = row or {}
        self.title.set_stored(row.get("title") or "")
        self.outlet.set_stored(row.get("outlet") or "")
        self.author.set_stored(row.get("author") or "")
        self.published.set_stored(pubdate_text(row) if row else "")
        caption = pubdate_caption(row) if row else ""
        self.caption.setToolTip(caption)
        self.caption.setText(caption if len(caption) <= 90 else caption[:89] + "…")
        index = self.status.findData(row.get("status") or "unstarted")
        self.status.setCurrentIndex(max(index, 0))

    def show_error(self, message: str) -> None:
        self.caption.setText(message)
        self.caption.setStyleSheet("color: #d9534f;")

    def clear_error(self) -> None:
        self.caption.setStyleSheet("color: palette(placeholder-text);")


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
