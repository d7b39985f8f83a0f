"""How annotations and suggestions look in the reader, and the legend that explains it.

Each kind has its vocabulary colour. Claims and events tint the background
(translucent, so overlapping spans blend instead of hiding each other);
speakers and dates add a solid underline in their colour on top of a lighter
tint, so a date inside a claim stays visible. Open tagger suggestions get a
dotted underline only: they are not the user's annotations until accepted.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QWidget

from annotator.core.vocabulary import vocabulary

UNDERLINED_KINDS = {"speaker", "date"}
SUGGESTION_COLOR = "#9e9e9e"


def kind_color(kind: str) -> QColor:
    for term in vocabulary().kinds:
        if term.key == kind and term.color:
            return QColor(term.color)
    return QColor("#bbbbbb")


def _tint(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def annotation_selections(
    editor: QPlainTextEdit,
    annotations: list[dict],
    suggestions: list[dict],
    selected_id: int | None,
) -> list[QTextEdit.ExtraSelection]:
    """The extra selections that paint ``annotations`` and open ``suggestions``."""
    dark = _is_dark(editor.palette())
    base_alpha = 90 if dark else 110
    length = editor.document().characterCount() - 1
    selections: list[QTextEdit.ExtraSelection] = []
    # Widest first so shorter, nested spans are painted over (and blend with) longer ones.
    ordered = sorted(annotations, key=lambda a: (-(a["end"] - a["start"]), a["start"]))
    for annotation in ordered:
        color = kind_color(annotation["kind"])
        fmt = QTextCharFormat()
        selected = annotation["id"] == selected_id
        alpha = 200 if selected else base_alpha
        if annotation["kind"] in UNDERLINED_KINDS:
            fmt.setBackground(_tint(color, alpha // 2 if not selected else alpha))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(color)
        else:
            fmt.setBackground(_tint(color, alpha))
        if selected:
            fmt.setFontWeight(600)
        selections.append(_selection(editor, annotation["start"], annotation["end"], fmt, length))
    for suggestion in suggestions:
        if suggestion.get("state") != "open":
            continue
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(kind_color("date")).darker(110 if dark else 140))
        selections.append(_selection(editor, suggestion["start"], suggestion["end"], fmt, length))
    return selections


def _selection(
    editor: QPlainTextEdit, start: int, end: int, fmt: QTextCharFormat, length: int
) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(editor.document())
    to_qt = getattr(editor, "to_qt", int)
    cursor.setPosition(max(0, min(to_qt(start), length)))
    cursor.setPosition(max(0, min(to_qt(end), length)), QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = fmt
    return selection


class Legend(QWidget):
    """A row of colour chips naming each kind, plus the suggestion style."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for term in vocabulary().kinds:
            color = kind_color(term.key)
            style = f"border-bottom: 2px solid {color.name()};" if term.key in UNDERLINED_KINDS else ""
            chip = QLabel(f"{term.label} <span style='color:gray'>{term.shortcut or ''}</span>")
            chip.setStyleSheet(
                f"background: rgba({color.red()},{color.green()},{color.blue()},110);"
                f"border-radius: 3px; padding: 1px 6px; {style}"
            )
            chip.setToolTip(f"{term.label}: press {term.shortcut} to tag the selection")
            layout.addWidget(chip)
        hint = QLabel("<u style='text-decoration-style:dotted'>suggested date</u> (A accept, X reject)")
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        layout.addStretch(1)
