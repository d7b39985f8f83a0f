"""File → Export annotations: the format, which annotations, and where to write them.

The dialog only gathers an :class:`ExportRequest`; the export itself runs on the
background worker (:mod:`annotator.ui.commands.exchange`), so the window stays
responsive and the progress dialog can cancel it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.vocabulary import vocabulary
from annotator.exchange import FORMATS, Selection


@dataclass(slots=True)
class ExportRequest:
    """What to export, as the exchange API takes it."""

    fmt: str
    path: str
    selection: Selection
    bom: bool = False


def _checks(terms: tuple, columns: int) -> tuple[QWidget, list[QCheckBox]]:
    """A grid of checked boxes, one per vocabulary term (all checked means "all")."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(14)
    checks = []
    for n, term in enumerate(terms):
        check = QCheckBox(term.label)
        check.setObjectName(f"export_{term.key}")
        check.setProperty("key", term.key)
        check.setChecked(True)
        grid.addWidget(check, n // columns, n % columns)
        checks.append(check)
    return box, checks


def _chosen(checks: list[QCheckBox]) -> tuple[str, ...]:
    """The checked keys, or () when every box is checked (no filter at all)."""
    keys = tuple(c.property("key") for c in checks if c.isChecked())
    return () if len(keys) == len(checks) else keys


class ExportDialog(QDialog):
    """Format, filters (articles, kinds, workflow states, annotators), BOM, output path."""

    def __init__(
        self,
        *,
        annotators: list[str],
        current: dict | None,
        listed: list[int],
        folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export annotations")
        self.setObjectName("export_dialog")
        self.current = current
        self.listed = listed
        self.folder = folder
        self.format = QComboBox()
        self.format.setObjectName("export_format")
        for key, fmt in FORMATS.items():
            self.format.addItem(fmt.label, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.bom = QCheckBox("Add a byte-order mark so Excel reads the accents right")
        self.bom.setObjectName("export_bom")
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.textChanged.connect(self._update_ok)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        kinds, self.kind_checks = _checks(vocabulary().kinds, 4)
        states, self.state_checks = _checks(vocabulary().workflow_states, 3)
        self.annotators = QListWidget()
        self.annotators.setObjectName("export_annotators")
        for name in annotators:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.annotators.addItem(item)
        rows = min(max(len(annotators), 2), 5)
        self.annotators.setFixedHeight(self.annotators.sizeHintForRow(0) * rows + 6)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        form.addRow("Format", self.format)
        form.addRow("", self.bom)
        form.addRow("Articles", self._article_choice())
        form.addRow("Kinds", kinds)
        form.addRow("Workflow states", states)
        form.addRow("Annotators", self.annotators)
        form.addRow("Save to", path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for check in (*self.kind_checks, *self.state_checks):
            check.toggled.connect(self._update_ok)
        self.annotators.itemChanged.connect(self._update_ok)
        self.resize(620, self.sizeHint().height())
        self._format_changed()

    def _article_choice(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.article_scope = QButtonGroup(self)
        title = (self.current or {}).get("title") or ""
        title = title if len(title) <= 48 else title[:47] + "…"
        for scope, text, enabled in (
            ("all", "All articles", True),
            (
                "current",
                f"This article: {title}" if self.current else "This article",
                self.current is not None,
            ),
            (
                "listed",
                f"The {len(self.listed):,} articles the list shows (as filtered)"
                if self.listed
                else "The articles the list shows (filter the list first)",
                bool(self.listed),
            ),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"export_articles_{scope}")
            radio.setProperty("scope", scope)
            radio.setEnabled(enabled)
            self.article_scope.addButton(radio)
            column.addWidget(radio)
        self.article_scope.buttons()[0].setChecked(True)
        return box

    # -- state -------------------------------------------------------------------------------------
    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.bom.setEnabled(fmt == "csv")
        suffix = FORMATS[fmt].suffix
        text = self.path.text().strip()
        if not text:
            self.path.setText(str(Path(self.folder) / f"annotations{suffix}"))
        elif Path(text).suffix.lower() in {f.suffix for f in FORMATS.values()}:
            self.path.setText(str(Path(text).with_suffix(suffix)))
        self._update_ok()

    def _update_ok(self) -> None:
        """Export needs a path and something in every filter (none checked would mean all)."""
        names = [self.annotators.item(i) for i in range(self.annotators.count())]
        something = (
            any(c.isChecked() for c in self.kind_checks)
            and any(c.isChecked() for c in self.state_checks)
            and (not names or any(i.checkState() == Qt.CheckState.Checked for i in names))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            something and bool(self.path.text().strip())
        )

    def _browse(self) -> None:
        fmt = FORMATS[self.format.currentData()]
        path, _ = QFileDialog.getSaveFileName(
            self, "Export annotations", self.path.text(), f"{fmt.label} (*{fmt.suffix})"
        )
        if path:
            self.path.setText(path)

    def set_format(self, key: str) -> None:
        self.format.setCurrentIndex(self.format.findData(key))

    def request(self) -> ExportRequest:
        """What the person asked for, ready for ``export_annotations``."""
        checked = self.article_scope.checkedButton()  # one is always checked (exclusive group)
        scope = checked.property("scope") if checked is not None else "all"
        articles: tuple[str, ...] = ()
        if scope == "current" and self.current is not None:
            articles = (str(self.current["id"]),)
        elif scope == "listed":
            articles = tuple(str(i) for i in self.listed)
        names = [self.annotators.item(i) for i in range(self.annotators.count())]
        chosen = tuple(i.text() for i in names if i.checkState() == Qt.CheckState.Checked)
        selection = Selection(
            articles=articles,
            kinds=_chosen(self.kind_checks),
            states=_chosen(self.state_checks),
            annotators=() if len(chosen) == len(names) else chosen,
        )
        fmt = self.format.currentData()
        return ExportRequest(
            fmt, self.path.text().strip(), selection, bom=fmt == "csv" and self.bom.isChecked()
        )


__all__ = ["ExportDialog", "ExportRequest"]
