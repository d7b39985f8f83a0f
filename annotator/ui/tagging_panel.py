"""The tagging panel: tag buttons, the selected annotation's span and details, and the
article's annotations as a list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.vocabulary import vocabulary
from annotator.ui.annotation_forms import FORMS, AnnotationForm
from annotator.ui.annotation_list import AnnotationListView
from annotator.ui.highlighter import kind_color
from annotator.ui.session import Session


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setStyleSheet("color: palette(placeholder-text); font-size: 9pt; letter-spacing: 1px;")
    return label


class TaggingPanel(QWidget):
    """Right-hand pane. Emits requests; the main window carries them out."""

    tag_requested = Signal(str)
    span_requested = Signal(int, int)
    extend_requested = Signal()
    shrink_requested = Signal()
    history_requested = Signal()
    delete_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagging_panel")
        self.session = session
        self.annotation: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(_heading("Tag the selection"))
        layout.addLayout(self._tag_buttons())
        layout.addSpacing(4)
        self.title = QLabel("No annotation selected")
        self.title.setObjectName("panel_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        layout.addWidget(_heading("Annotation"))
        layout.addWidget(self.title)
        layout.addLayout(self._span_row())
        self.stack = QStackedWidget()
        self.forms: dict[str, AnnotationForm] = {}
        self.empty = QLabel("Select words in the text and press a tag key,\nor pick an annotation below.")
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.empty)
        for kind, form_class in FORMS.items():
            form = form_class(session)
            self.forms[kind] = form
            self.stack.addWidget(form)
        layout.addWidget(self.stack)
        layout.addLayout(self._bottom_buttons())
        layout.addWidget(_heading("Annotations in this article"))
        self.list = AnnotationListView()
        layout.addWidget(self.list, 1)
        self.show_annotation(None, [])

    def _tag_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(6)
        self.tag_buttons: dict[str, QPushButton] = {}
        for number, term in enumerate(vocabulary().kinds):
            button = QPushButton(f"{term.label}  ({term.shortcut})")
            button.setObjectName(f"tag_button_{term.key}")
            color = kind_color(term.key)
            button.setStyleSheet(
                f"QPushButton {{ border-left: 4px solid {color.name()}; padding: 5px 8px;"
                " text-align: left; }"
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(f"Tag the selected words as {term.label} ({term.shortcut})")
            button.clicked.connect(lambda _c=False, k=term.key: self.tag_requested.emit(k))
            grid.addWidget(button, number // 2, number % 2)
            self.tag_buttons[term.key] = button
        return grid

    def _span_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.start, self.end = QSpinBox(), QSpinBox()
        self.start.setObjectName("span_start")
        self.end.setObjectName("span_end")
        for box in (self.start, self.end):
            box.setKeyboardTracking(False)
            box.setMaximum(10_000_000)
            box.editingFinished.connect(self._span_edited)
        self.shrink = QToolButton()
        self.shrink.setText("◂ word")
        self.shrink.setObjectName("shrink_span")
        self.shrink.setToolTip("Shrink the span by a word")  # the window adds the keys
        self.extend = QToolButton()
        self.extend.setText("word ▸")
        self.extend.setObjectName("extend_span")
        self.extend.setToolTip("Extend the span by a word")
        self.shrink.clicked.connect(self.shrink_requested.emit)
        self.extend.clicked.connect(self.extend_requested.emit)
        row.addWidget(QLabel("Span"))
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        row.addWidget(self.shrink)
        row.addWidget(self.extend)
        return row

    def _bottom_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.history = QPushButton("History…")
        self.history.setToolTip("Who changed this annotation, what and when")
        self.delete = QPushButton("Delete")
        self.delete.setToolTip("Delete this annotation; undo brings it back")
        self.history.clicked.connect(self.history_requested.emit)
        self.delete.clicked.connect(self.delete_requested.emit)
        row.addStretch(1)
        row.addWidget(self.history)
        row.addWidget(self.delete)
        return row

    def show_annotation(self, annotation: dict | None, speakers: list[dict]) -> None:
        """Fill the panel with ``annotation`` (or empty it)."""
        self.annotation = annotation
        has = annotation is not None
        for widget in (self.start, self.end, self.shrink, self.extend, self.history, self.delete):
            widget.setEnabled(has)
        if annotation is None:
            self.title.setText("No annotation selected")
            self.stack.setCurrentWidget(self.empty)
            for box in (self.start, self.end):
                box.blockSignals(True)
                box.setValue(0)
                box.blockSignals(False)
            return
        label = vocabulary().label("kinds", annotation["kind"])
        quote = " ".join(annotation["quote"].split())
        self.title.setText(f"{label}: “{quote[:160]}”")
        for box, value in ((self.start, annotation["start"]), (self.end, annotation["end"])):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        form = self.forms.get(annotation["kind"])
        if form is None:
            self.stack.setCurrentWidget(self.empty)
            return
        form.show_annotation(annotation, speakers)
        self.stack.setCurrentWidget(form)

    def _span_edited(self) -> None:
        if self.annotation is None:
            return
        start, end = self.start.value(), self.end.value()
        if (start, end) != (self.annotation["start"], self.annotation["end"]):
            self.span_requested.emit(start, end)
