"""Knowledge-base editor: add the fact a flag showed to be missing, or correct one's own.

A flag often means the base is incomplete (a second summit under the same name,
a term of office not listed yet). The dialog is prefilled from the flag and
stores a user fact through the session (:meth:`~annotator.ui.session.Session.add_fact`:
undoable, validated the same way the base will read it); errors show in the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.session import Session

OFFICE_FORM = (
    ("person", "Person"),
    ("office", "Office"),
    ("titles", "Titles (a|b)"),
    ("organisation_or_country", "Country or organisation"),
    ("start", "Start (YYYY[-MM[-DD]])"),
    ("end", "End (empty: ongoing)"),
    ("source", "Source (URL or reference)"),
)
EVENT_FORM = (
    ("name", "Event"),
    ("start", "Date or start"),
    ("end", "End (or 'ongoing')"),
    ("place", "Place"),
    ("aliases", "Other names (a|b)"),
    ("kind", "Kind"),
    ("source", "Source (URL or reference)"),
)


class FactDialog(QDialog):
    """Two forms, office term or event; stores the fact on OK."""

    def __init__(
        self,
        session: Session,
        kind: str = "event",
        data: dict | None = None,
        parent: QWidget | None = None,
        fact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.stored: dict | None = None
        self.fact_id = fact_id  # a stored fact being corrected, or None for a new one
        self.original = dict(data or {})  # a correction keeps what the form does not show (an event's id)
        self.setWindowTitle("Add a fact to the knowledge base" if fact_id is None else "Correct your fact")
        self.setObjectName("fact_dialog")
        self.kind = QComboBox()
        self.kind.addItem("Term of office", "office")
        self.kind.addItem("Event", "event")
        self.stack = QStackedWidget()
        self.fields: dict[str, dict[str, QLineEdit]] = {}
        for key, form in (("office", OFFICE_FORM), ("event", EVENT_FORM)):
            page = QWidget()
            layout = QFormLayout(page)
            self.fields[key] = {}
            for name, label in form:
                edit = QLineEdit()
                edit.setObjectName(f"fact_{key}_{name}")
                layout.addRow(label, edit)
                self.fields[key][name] = edit
            self.stack.addWidget(page)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.error = QLabel()
        self.error.setObjectName("fact_error")
        self.error.setStyleSheet("color: #d9534f;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        note = QLabel(
            "Facts you add are kept in this database, named with their source, and "
            "used by the next check run."
        )
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(self.kind)
        column.addWidget(self.stack)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.set_fact(kind, data or {})
        self.kind.setEnabled(fact_id is None)  # a correction keeps the kind
        self.resize(480, self.sizeHint().height())

    def set_fact(self, kind: str, data: dict) -> None:
        self.kind.setCurrentIndex(0 if kind == "office" else 1)
        for name, edit in self.fields[kind].items():
            edit.setText(str(data.get(name) or ""))

    def current(self) -> tuple[str, dict]:
        kind = self.kind.currentData()
        return kind, {name: edit.text() for name, edit in self.fields[kind].items()}

    def accept(self) -> None:
        """Store the fact; stay open with the reason when it cannot be read."""
        kind, data = self.current()
        if self.fact_id is None:
            self.stored = self.session.add_fact(kind, data, report=self.error.setText)
        else:
            data = {**self.original, **data}
            self.stored = self.session.correct_fact(self.fact_id, data, report=self.error.setText)
        if self.stored is not None:
            super().accept()
