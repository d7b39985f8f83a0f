"""The knowledge-base view: search people, offices and events; read a term's source and
"known until"; see the articles that mention it with their flags; add, correct and remove
one's own facts.

The listing is one lazy model over plain entries (some 30,000 people: no widget per
row), read the first time the view shows and again only when the user's facts change;
the search filters it in Python (:mod:`annotator.checks.kb.browse`). Facts are stored
through the session, so each change is an undo step and the next check run uses it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.checks.kb.browse import (
    EVENT,
    PERSON,
    Entry,
    entries,
    facts_about,
    matching,
    mentioning_articles,
)
from annotator.checks.kb.facts import Term
from annotator.checks.kb.model import KnowledgeBase
from annotator.checks.runner import user_facts, user_kb
from annotator.ui.flags_fact_dialog import FactDialog
from annotator.ui.session import Session

SEARCH_DELAY_MS = 150
Index = QModelIndex | QPersistentModelIndex


def _term_html(term: Term) -> str:
    """One term as a short paragraph (a table would wrap its dates in a narrow pane)."""
    elect = term.role == "elect" and "elect" not in term.office.lower()
    office = term.office + (" (elect)" if elect else "")
    where = f" ({html.escape(term.organisation)})" if term.organisation else ""
    dates = f"{term.start.text} to {term.end.text if term.end else 'open'}"
    if term.known_until:
        dates += f" · known until {term.known_until.isoformat()}"
    return (
        f"<p><b>{html.escape(office)}</b>{where}<br>{dates}<br>"
        f"<small>Source: {html.escape(term.source)}</small></p>"
    )


class KbListModel(QAbstractListModel):
    """The entries the search leaves, by position in the full listing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.shown: list[int] = []

    def set_entries(self, listed: list[Entry], text: str = "") -> None:
        self.beginResetModel()
        self.entries = listed
        self.shown = matching(listed, text)
        self.endResetModel()

    def search(self, text: str) -> None:
        self.beginResetModel()
        self.shown = matching(self.entries, text)
        self.endResetModel()

    def entry(self, index: Index) -> Entry | None:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        return self.entries[self.shown[index.row()]]

    def row_of(self, kind: str, key: str) -> int | None:
        """The row showing an entry, or None when the search hides it."""
        return next(
            (
                row
                for row, n in enumerate(self.shown)
                if (self.entries[n].kind, self.entries[n].key) == (kind, key)
            ),
            None,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return ("◆ " if entry.kind == EVENT else "") + entry.label
        if role == Qt.ItemDataRole.UserRole:
            return entry.key
        return None


class KbView(QWidget):
    """Search bar and listing on the left, the entry's detail and the user's facts on the right."""

    article_chosen = Signal(int)
    facts_changed = Signal()  # a fact added, corrected or removed here: time to re-check

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("kb_view")
        self.kb: KnowledgeBase | None = None
        self._facts_seen: list[dict] | None = None
        self.dialog: FactDialog | None = None
        self.model = KbListModel(self)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self._build()
        session.changed.connect(lambda _ids: self.reload())

    def _build(self) -> None:
        self.search = QLineEdit(placeholderText="Search people, offices, countries, events…")
        self.search.setObjectName("kb_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.list = QListView()
        self.list.setObjectName("kb_list")
        self.list.setUniformItemSizes(True)  # 30,000 rows: no per-row size queries
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda _now, _before: self.show_detail())
        self.count = QLabel()
        self.count.setObjectName("kb_count")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 6, 0, 4)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.count)
        self.detail = QTextBrowser()
        self.detail.setObjectName("kb_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._open_link)
        self.facts = QListWidget()
        self.facts.setObjectName("kb_facts")
        self.facts.setMaximumHeight(110)
        self.facts.currentRowChanged.connect(lambda _row: self._enable_buttons())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
            ("add", "Add a fact…", self.add_fact),
            ("correct", "Correct…", self.correct_fact),
            ("remove", "Remove", self.remove_fact),
        ):
            button = QPushButton(text)
            button.setObjectName(f"kb_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        right = QWidget()
        pane = QVBoxLayout(right)
        pane.setContentsMargins(0, 6, 8, 4)
        pane.addWidget(self.detail, 1)
        pane.addWidget(QLabel("Your facts about it (kept in this database, used by the next check run):"))
        pane.addWidget(self.facts)
        pane.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._enable_buttons()

    # -- the listing ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        """Read the base the first time the view is needed (a third of a second)."""
        if self.kb is None:
            self.reload(force=True)

    def reload(self, force: bool = False) -> None:
        """Take in the user's facts when they changed (an add, a correction, an undo)."""
        if self.kb is None and not force:
            return  # never shown: nothing to keep current
        facts = user_facts(self.session.ws)
        if not force and facts == self._facts_seen:
            return
        self._facts_seen = facts
        current = self.current_entry()
        self.kb = user_kb(self.session.ws)
        self.model.set_entries(entries(self.kb), self.search.text())
        self._after_listing(current)

    def apply_search(self) -> None:
        self.ensure_loaded()
        current = self.current_entry()
        self.model.search(self.search.text())
        self._after_listing(current)

    def _after_listing(self, current: Entry | None) -> None:
        self.count.setText(f"{len(self.model.shown):,} of {len(self.model.entries):,}")
        if current is None or not self.select(current.kind, current.key, clear_search=False):
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.show_detail()

    def select(self, kind: str, key: str, clear_search: bool = True) -> bool:
        """Show an entry (a person id or event id); the search is cleared if it hides it."""
        self.ensure_loaded()
        row = self.model.row_of(kind, key)
        if row is None and clear_search and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.search("")
            self.count.setText(f"{len(self.model.shown):,} of {len(self.model.entries):,}")
            row = self.model.row_of(kind, key)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.show_detail()
        return True

    def current_entry(self) -> Entry | None:
        return self.model.entry(self.list.currentIndex())

    # -- the detail ----------------------------------------------------------------------------
    def show_detail(self) -> None:
        entry = self.current_entry()
        self.facts.clear()
        if entry is None or self.kb is None:
            self.detail.setHtml("<p>Nothing found.</p>" if self.kb is not None else "")
            self._enable_buttons()
            return
        parts = [self._person_html(entry) if entry.kind == PERSON else self._event_html(entry)]
        parts.append(self._articles_html(entry))
        self.detail.setHtml("".join(parts))
        for fact in facts_about(self._facts_seen or [], entry):
            data = fact["data"]
            what = data.get("office") if fact["kind"] == "office" else data.get("name")
            until = data.get("end") or "ongoing"
            item = QListWidgetItem(f"{what}: {data.get('start')} to {until} — {fact.get('source') or 'user'}")
            item.setData(Qt.ItemDataRole.UserRole, fact)
            self.facts.addItem(item)
        self._enable_buttons()

    def _person_html(self, entry: Entry) -> str:
        person = self.kb.person(entry.key) if self.kb else None
        if person is None:
            return f"<h3>{html.escape(entry.name)}</h3>"
        head = f"<h3>{html.escape(person.name)}</h3>"
        if person.wikidata:
            head += f"<p>Wikidata {html.escape(person.wikidata)}</p>"
        terms = "".join(_term_html(term) for term in sorted(person.terms, key=lambda t: t.start.lo))
        return head + terms

    def _event_html(self, entry: Entry) -> str:
        event = self.kb.event(entry.key) if self.kb else None
        if event is None:
            return f"<h3>{html.escape(entry.name)}</h3>"
        lines = [
            ("Dates", entry.summary),
            ("Place", event.place),
            ("Kind", event.kind),
            ("Also called", ", ".join(a for a in event.aliases if a != event.name)),
            ("Source", event.source),
        ]
        body = "".join(f"<tr><th align='left'>{k}</th><td>{html.escape(v)}</td></tr>" for k, v in lines if v)
        return f"<h3>{html.escape(event.name)}</h3><table cellspacing='4'>{body}</table>"

    def _articles_html(self, entry: Entry) -> str:
        assert self.kb is not None
        found = mentioning_articles(self.session.ws, self.kb, entry)
        if not found:
            return "<h4>No article of the corpus names it.</h4>"
        items = []
        for article in found:
            title = html.escape(article["title"] or f"Article {article['id']}")
            flags = "".join(
                f"<li>{html.escape(flag['rule'])} ({html.escape(flag['state'])}): "
                f"{html.escape(flag['message'] or '')}</li>"
                for flag in article["flags"]
            )
            items.append(
                f"<li><a href='article:{article['id']}'>{title}</a>"
                + (f"<ul>{flags}</ul>" if flags else "")
                + "</li>"
            )
        return f"<h4>Articles that name it ({len(found)})</h4><ul>{''.join(items)}</ul>"

    def _open_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("article:") and text[8:].isdigit():
            self.article_chosen.emit(int(text[8:]))

    # -- the user's facts ------------------------------------------------------------------------
    def _enable_buttons(self) -> None:
        chosen = self.facts.currentRow() >= 0
        self.buttons["correct"].setEnabled(chosen)
        self.buttons["remove"].setEnabled(chosen)

    def current_fact(self) -> dict | None:
        row = self.facts.currentRow()
        return self.facts.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    def add_fact(self) -> None:
        """A new fact, prefilled with the entry shown: a term of this person, or this event."""
        entry = self.current_entry()
        if entry is not None and entry.kind == PERSON:
            kind, data = "office", {"person": entry.name}
        else:
            kind, data = "event", {"name": entry.name if entry else ""}
        self._open_dialog(FactDialog(self.session, kind, data, self))

    def correct_fact(self) -> None:
        fact = self.current_fact()
        if fact is not None:
            self._open_dialog(FactDialog(self.session, fact["kind"], fact["data"], self, fact_id=fact["id"]))

    def remove_fact(self) -> None:
        fact = self.current_fact()
        if fact is not None and self.session.remove_fact(fact["id"]) is not None:
            self.facts_changed.emit()

    def _open_dialog(self, dialog: FactDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.facts_changed)
        dialog.open()
