"""The reader: the article as plain text (never HTML), annotations painted over it.

The text is set with ``setPlainText`` on a read-only ``QPlainTextEdit``, so
markup in an article is shown as the characters it is. Positions in the
document are UTF-16 units; :meth:`Reader.to_qt` and :meth:`Reader.to_py`
translate them to the Python character offsets stored in the database.
"""

from __future__ import annotations

import html
from bisect import bisect_left

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QMouseEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QToolTip, QWidget

from annotator.core.vocabulary import vocabulary
from annotator.ui.highlighter import annotation_selections


def astral_positions(text: str) -> list[int]:
    """Offsets of characters outside the BMP: each takes two UTF-16 units in Qt."""
    return [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]


class Reader(QPlainTextEdit):
    """Read-only article text with annotations highlighted; tells which one was clicked."""

    annotation_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCenterOnScroll(False)
        self.document().setDocumentMargin(18)
        self.annotations: list[dict] = []
        self.suggestions: list[dict] = []
        self.selected_id: int | None = None
        self._press_pos: QPoint | None = None
        self._astral: list[int] = []

    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        font.setStyleHint(QFont.StyleHint.Serif)
        self.setFont(font)

    def to_qt(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def to_py(self, position: int) -> int:
        if not self._astral:
            return position
        offset = position
        while offset > 0 and self.to_qt(offset) > position:
            offset -= 1
        return offset

    def show_article(self, text: str, annotations: list[dict], suggestions: list[dict]) -> None:
        self._astral = astral_positions(text)
        self.setPlainText(text)
        self.annotations = annotations
        self.suggestions = suggestions
        self.selected_id = None
        self.repaint_annotations()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_annotations(self, annotations: list[dict], suggestions: list[dict]) -> None:
        self.annotations = annotations
        self.suggestions = suggestions
        self.repaint_annotations()

    def select_annotation(self, annotation_id: int | None, *, scroll: bool = True) -> None:
        self.selected_id = annotation_id
        self.repaint_annotations()
        found = next((a for a in self.annotations if a["id"] == annotation_id), None)
        if found and scroll:
            cursor = self.textCursor()
            cursor.setPosition(self.to_qt(found["start"]))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def repaint_annotations(self) -> None:
        self.setExtraSelections(
            annotation_selections(self, self.annotations, self.suggestions, self.selected_id)
        )

    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.to_py(cursor.selectionStart()), self.to_py(cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cursor_offset(self) -> int:
        return self.to_py(self.textCursor().position())

    def annotations_at(self, offset: int) -> list[dict]:
        """Annotations covering ``offset``, shortest (innermost) first."""
        found = [a for a in self.annotations if a["start"] <= offset < a["end"]]
        return sorted(found, key=lambda a: a["end"] - a["start"])

    def suggestion_at(self, offset: int) -> dict | None:
        for suggestion in self.suggestions:
            if suggestion["state"] == "open" and suggestion["start"] <= offset <= suggestion["end"]:
                return suggestion
        return None

    # -- mouse: hover tooltips and click-to-select -------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            offset = self.to_py(self.cursorForPosition(event.pos()).position())
            text = self._tooltip(offset)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip(self, offset: int) -> str:
        vocab = vocabulary()
        lines = []
        for annotation in self.annotations_at(offset):
            line = f"{vocab.label('kinds', annotation['kind'])}: “{annotation['quote'][:80]}”"
            if annotation.get("verdict"):
                line += f" — {vocab.label('verdicts', annotation['verdict'])}"
            if annotation.get("date_value"):
                line += f" = {annotation['date_value']}"
            name = (annotation.get("attrs") or {}).get("name")
            if name:
                line += f" — {name}"
            lines.append(line + f"  ({annotation['annotator']})")
        suggestion = self.suggestion_at(offset)
        if suggestion:
            lines.append(f"Suggested date {suggestion['value']}: A accepts, X rejects")
        return "<br>".join(html.escape(line) for line in lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.to_py(self.cursorForPosition(event.position().toPoint()).position())
        found = self.annotations_at(offset)
        if found:
            self.annotation_clicked.emit(found[0]["id"])
