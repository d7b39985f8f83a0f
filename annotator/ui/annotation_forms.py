"""The detail forms of the tagging panel, one per annotation kind.

Every field stores itself when it is left (or on Enter / a choice in a list):
there is no Save. While a form is being filled from the database its fields
are silent, so showing an annotation never writes it back.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QConcatenateTablesProxyModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from annotator.core.vocabulary import vocabulary
from annotator.ui.session import Session, kb_people

NONE = ""


class NoteEdit(QPlainTextEdit):
    """A multi-line field that reports its text when focus leaves it."""

    committed = Signal(str)

    def __init__(self, placeholder: str = "", lines: int = 3) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self._stored = ""

    def set_stored(self, text: str) -> None:
        self._stored = text
        self.setPlainText(text)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        super().focusOutEvent(event)
        if self.toPlainText().strip() != self._stored:
            self._stored = self.toPlainText().strip()
            self.committed.emit(self._stored)


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _vocab_combo(group: str, none_label: str | None) -> QComboBox:
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, NONE)
    for term in getattr(vocabulary(), group):
        combo.addItem(term.label, term.key)
    return combo


def _line_edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box (Qt gives every editable one a field)."""
    field = combo.lineEdit()
    if field is None:
        raise ValueError(f"combo box {combo.objectName()!r} is not editable")
    return field


@lru_cache(maxsize=1)
def _kb_name_model() -> QStringListModel:
    """The knowledge base's people's names as one model every form completes from: built
    once, since handing Qt tens of thousands of names each time a form fills was slow."""
    return QStringListModel([name for name, _ in kb_people()])


@lru_cache(maxsize=1)
def _kb_ids_by_name() -> dict[str, str]:
    """Folded name -> person id (the first of several people of one name)."""
    found: dict[str, str] = {}
    for name, person_id in kb_people():
        found.setdefault(name.casefold(), person_id)
    return found


@lru_cache(maxsize=1)
def _kb_names_by_id() -> dict[str, str]:
    return {person_id: name for name, person_id in kb_people()}


def _completer(model, parent: QWidget) -> QCompleter:  # noqa: ANN001 - any item model
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _person_combo() -> QComboBox:
    """An editable list of names that completes from the knowledge base's people."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    _line_edit(combo).setPlaceholderText("Name")
    _line_edit(combo).setClearButtonEnabled(True)
    return combo


class AnnotationForm(QWidget):
    """Base: holds the annotation shown and the session that stores edits."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.annotation: dict | None = None
        self.loading = False
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

    def show_annotation(self, annotation: dict, speakers: list[dict]) -> None:
        self.loading = True
        try:
            self.annotation = annotation
            self.fill(annotation, speakers)
        finally:
            self.loading = False

    def fill(self, annotation: dict, speakers: list[dict]) -> None:
        raise NotImplementedError

    def store(self, changes: dict) -> None:
        if self.loading or self.annotation is None:
            return
        if all(self.annotation.get(k) == v for k, v in changes.items()):
            return
        self.session.update(self.annotation, changes)

    def store_attrs(self, **values: str) -> None:
        if not self.loading and self.annotation is not None:
            self.session.set_attrs(self.annotation, **values)


def speaker_label(speaker: dict) -> str:
    name = (speaker.get("attrs") or {}).get("name") or speaker["quote"]
    return name if name == speaker["quote"] else f"{name} (“{speaker['quote']}”)"


class ClaimForm(AnnotationForm):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.speaker = _person_combo()
        self.speaker.setObjectName("claim_speaker")
        self.speaker.setToolTip("A speaker tagged in this article, or any person's name")
        self.claim_date = _line("When the claim was made (YYYY-MM-DD)")
        self.claim_date.setObjectName("claim_date")
        self._linked_date: dict | None = None
        self._speaker_names: QStringListModel | None = None
        self.status = _vocab_combo("workflow_states", None)
        self.status.setObjectName("claim_status")
        self.verdict = _vocab_combo("verdicts", "No verdict yet")
        self.verdict.setObjectName("claim_verdict")
        self.verdict_label = _line("The publisher's own rating text")
        self.note = NoteEdit("Note")
        self.evidence = NoteEdit("Evidence links, one per line", lines=3)
        for label, widget in (
            ("Speaker", self.speaker),
            ("Claim date", self.claim_date),
            ("State", self.status),
            ("Verdict", self.verdict),
            ("Rating text", self.verdict_label),
            ("Note", self.note),
            ("Evidence", self.evidence),
        ):
            self.form.addRow(label, widget)
        self.speaker.activated.connect(lambda _i: self._store_speaker())
        _line_edit(self.speaker).editingFinished.connect(self._store_speaker)
        self.claim_date.editingFinished.connect(self._store_claim_date)
        self.status.activated.connect(lambda _i: self.store({"status": self.status.currentData()}))
        self.verdict.activated.connect(lambda _i: self.store({"verdict": self.verdict.currentData() or None}))
        self.verdict_label.editingFinished.connect(
            lambda: self.store({"verdict_label": self.verdict_label.text().strip() or None})
        )
        self.note.committed.connect(lambda text: self.store({"note": text or None}))
        self.evidence.committed.connect(
            lambda text: self.store({"evidence": [u.strip() for u in text.splitlines() if u.strip()]})
        )

    def fill(self, annotation: dict, speakers: list[dict]) -> None:
        attrs = annotation.get("attrs") or {}
        self.speaker.clear()
        self.speaker.addItem("", None)
        for speaker in speakers:
            self.speaker.addItem(speaker_label(speaker), speaker["id"])
        self._complete_from([self.speaker.itemText(i) for i in range(1, self.speaker.count())])
        linked = self.session.ws.annotations.linked(annotation["id"], "speaker")
        if linked is not None:
            self.speaker.setCurrentIndex(max(self.speaker.findData(linked["id"]), 0))
        else:
            self.speaker.setCurrentIndex(0)
            self.speaker.setEditText(attrs.get("speaker", ""))
        self._linked_date = self.session.ws.annotations.linked(annotation["id"], "date")
        linked_value = (self._linked_date or {}).get("date_value") or ""
        self.claim_date.setText(attrs.get("claim_date") or linked_value)
        self.claim_date.setToolTip(
            f"From the linked date “{self._linked_date['quote']}”; type a date to record "
            "another one for this claim"
            if self._linked_date
            else "When the claim was made"
        )
        self.status.setCurrentIndex(max(self.status.findData(annotation.get("status")), 0))
        self.verdict.setCurrentIndex(max(self.verdict.findData(annotation.get("verdict") or NONE), 0))
        self.verdict_label.setText(annotation.get("verdict_label") or "")
        self.note.set_stored(annotation.get("note") or "")
        self.evidence.set_stored("\n".join(annotation.get("evidence") or []))

    def _complete_from(self, speaker_names: list[str]) -> None:
        """Complete from the article's speakers, then everyone in the knowledge base; the
        base's names are one shared model, set up on the first fill, not at launch."""
        if self._speaker_names is None:
            self._speaker_names = QStringListModel(self)
            joined = QConcatenateTablesProxyModel(self)
            joined.addSourceModel(self._speaker_names)
            joined.addSourceModel(_kb_name_model())
            self.speaker.setCompleter(_completer(joined, self.speaker))
        if self._speaker_names.stringList() != speaker_names:
            self._speaker_names.setStringList(speaker_names)

    def _store_claim_date(self) -> None:
        """A typed date is the claim's own; the linked date's value shown as is stores nothing."""
        if self.loading or self.annotation is None:
            return
        text = self.claim_date.text().strip()
        linked_value = (self._linked_date or {}).get("date_value") or ""
        stored = (self.annotation.get("attrs") or {}).get("claim_date", "")
        if text == linked_value and not stored:
            return
        self.store_attrs(claim_date="" if text == linked_value else text)

    def _store_speaker(self) -> None:
        """Link a tagged speaker when the text names one; otherwise keep the name as typed."""
        if self.loading or self.annotation is None:
            return
        text = self.speaker.currentText().strip()
        index = self.speaker.findText(text, Qt.MatchFlag.MatchFixedString)
        target = self.speaker.itemData(index) if index > 0 else None
        linked = self.session.ws.annotations.linked(self.annotation["id"], "speaker")
        current_name = (self.annotation.get("attrs") or {}).get("speaker", "")
        if target is not None:
            if linked is None or linked["id"] != target:
                self.session.link(self.annotation, target, "speaker")
        else:
            if linked is not None:
                self.session.link(self.annotation, None, "speaker")
            if text != current_name:
                self.store_attrs(speaker=text)


class SpeakerForm(AnnotationForm):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.name = _line("Full name")
        self.title_as_written = _line("Title as written in the text")
        self.kb_person = _person_combo()
        self.kb_person.setToolTip("The knowledge-base person this speaker is")
        self._people_loaded = False  # the knowledge base is read on first use, not at launch
        self.note = NoteEdit("Note")
        self.form.addRow("Name", self.name)
        self.form.addRow("Title as written", self.title_as_written)
        self.form.addRow("Knowledge base", self.kb_person)
        self.form.addRow("Note", self.note)
        self.name.editingFinished.connect(lambda: self.store_attrs(name=self.name.text().strip()))
        self.title_as_written.editingFinished.connect(
            lambda: self.store_attrs(title_as_written=self.title_as_written.text().strip())
        )
        self.kb_person.activated.connect(lambda _i: self._store_person())
        _line_edit(self.kb_person).editingFinished.connect(self._store_person)
        self.note.committed.connect(lambda text: self.store({"note": text or None}))

    def _load_people(self) -> None:
        """The base's people are offered by completion as a name is typed: a list of tens of
        thousands of items would be slow to fill and of no use to scroll."""
        completer = _completer(_kb_name_model(), self.kb_person)
        self.kb_person.setCompleter(completer)
        completer.activated.connect(lambda _name: self._store_person())
        self._people_loaded = True

    def fill(self, annotation: dict, speakers: list[dict]) -> None:
        if not self._people_loaded:
            self._load_people()
        attrs = annotation.get("attrs") or {}
        self.name.setText(attrs.get("name", ""))
        self.title_as_written.setText(attrs.get("title_as_written", ""))
        person_id = attrs.get("kb_person", "")
        self.kb_person.setEditText(_kb_names_by_id().get(person_id, person_id))
        self.note.set_stored(annotation.get("note") or "")

    def _store_person(self) -> None:
        text = self.kb_person.currentText().strip()
        known = _kb_ids_by_name().get(text.casefold())
        self.store_attrs(kb_person=known or text)
        if known and self.annotation and not (self.annotation.get("attrs") or {}).get("name"):
            self.store_attrs(name=text)


class DateForm(AnnotationForm):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.value = _line("ISO 8601: 2024, 2024-07, 2024-07-03, 2024-W11, P3Y")
        self.value.setObjectName("date_value")
        self.date_type = QComboBox()
        self.date_type.addItem("", NONE)
        for key in vocabulary().date_types:
            self.date_type.addItem(key, key)
        self.note = NoteEdit("Note")
        self.form.addRow("Text", self.text)
        self.form.addRow("Value", self.value)
        self.form.addRow("Type", self.date_type)
        self.form.addRow("Note", self.note)
        self.value.editingFinished.connect(
            lambda: self.store({"date_value": self.value.text().strip() or None})
        )
        self.date_type.activated.connect(
            lambda _i: self.store({"date_type": self.date_type.currentData() or None})
        )
        self.note.committed.connect(lambda text: self.store({"note": text or None}))

    def fill(self, annotation: dict, speakers: list[dict]) -> None:
        self.text.setText(annotation["quote"])
        self.value.setText(annotation.get("date_value") or "")
        self.date_type.setCurrentIndex(max(self.date_type.findData(annotation.get("date_type") or NONE), 0))
        self.note.set_stored(annotation.get("note") or "")


class EventForm(AnnotationForm):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.note = NoteEdit("What happened, and when", lines=4)
        self.form.addRow("Note", self.note)
        self.note.committed.connect(lambda text: self.store({"note": text or None}))

    def fill(self, annotation: dict, speakers: list[dict]) -> None:
        self.note.set_stored(annotation.get("note") or "")


FORMS = {"claim": ClaimForm, "speaker": SpeakerForm, "date": DateForm, "event": EventForm}
