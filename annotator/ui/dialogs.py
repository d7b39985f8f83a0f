"""Small dialogs: the annotator's name, an annotation's history, the shortcuts, errors,
preferences."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.settings import THEMES, Settings


def ask_annotator_name(parent: QWidget | None, current: str = "") -> str | None:
    """Asked once, at first start: the name stored on every annotation and edit."""
    name, ok = QInputDialog.getText(
        parent,
        "Who is annotating?",
        "Your name is recorded on every annotation and change you make:",
        QLineEdit.EchoMode.Normal,
        current,
    )
    name = name.strip()
    return name if ok and name else None


def show_store_error(parent: QWidget | None, path: str, message: str) -> None:
    """A database that cannot be opened, explained without a traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Cannot open the database")
    box.setText(f"annotator cannot open {path}.")
    box.setInformativeText(message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _short(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


class HistoryDialog(QDialog):
    """Who changed an annotation, what, and when (undone steps marked)."""

    def __init__(self, history: list[dict], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History: {title}")
        self.resize(760, 420)
        tree = QTreeWidget()
        tree.setObjectName("history_tree")
        tree.setHeaderLabels(["When", "Who", "What", "Change"])
        tree.setRootIsDecorated(True)
        for entry in history:
            state = " (undone)" if entry["state"] != "done" else ""
            item = QTreeWidgetItem(
                [
                    entry["at"][:19].replace("T", " "),
                    entry["actor"],
                    entry["label"] + state,
                    ", ".join(entry["fields"]),
                ]
            )
            before, after = entry["before"] or {}, entry["after"] or {}
            for field in entry["fields"]:
                QTreeWidgetItem(
                    item, ["", "", field, f"{_short(before.get(field))} → {_short(after.get(field))}"]
                )
            tree.addTopLevelItem(item)
        for column, width in ((0, 150), (1, 110), (2, 220)):
            tree.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        self.tree = tree


class ShortcutsDialog(QDialog):
    """Every command and its keys: the rows of :func:`annotator.ui.actions.shortcut_rows`."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(520, 620)
        tree = QTreeWidget()
        tree.setObjectName("shortcuts_tree")
        tree.setHeaderLabels(["Command", "Keys"])
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, text, keys in rows:
            if menu not in groups:
                groups[menu] = QTreeWidgetItem(tree, [menu])
                groups[menu].setFirstColumnSpanned(True)
            QTreeWidgetItem(groups[menu], [text.rstrip("…"), keys])
        tree.expandAll()
        tree.setColumnWidth(0, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        self.tree = tree


class PreferencesDialog(QDialog):
    """The desktop settings a person changes: name, font size, theme."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.name = QLineEdit(settings.get("annotator/name"))
        self.font_size = QSpinBox(minimum=8, maximum=32, value=settings.get("view/font_size"))
        self.theme = QComboBox()
        for theme in THEMES:
            self.theme.addItem(theme.capitalize(), theme)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.get("view/theme")), 0))
        form = QFormLayout(self)
        form.addRow("Your name", self.name)
        form.addRow("Reader font size", self.font_size)
        form.addRow("Theme", self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        if self.name.text().strip():
            self.settings.set("annotator/name", self.name.text().strip())
        self.settings.set("view/font_size", self.font_size.value())
        self.settings.set("view/theme", self.theme.currentData())
        self.accept()
