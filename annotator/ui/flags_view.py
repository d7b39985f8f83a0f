"""The inconsistencies view: every flag of the corpus, filtered, sorted and decided.

A reviewer works down the list by keyboard: the selected flag opens in the
reader (``flag_activated``), the detail pane says why it was raised, and one
key records the decision (confirm, confirm as a claim with the verdict shown,
dismiss with the reason shown or a listed one, reopen, add the missing fact).
The keys are declared once, in :mod:`annotator.ui.actions` (the "Inconsistencies
list" group): they belong to the flag table while it has focus, and elsewhere in
the window they keep their tagging meaning. Decisions are stored through the
session, so each is one undo step of the reviewer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.flags import SEVERITIES, STATES
from annotator.core.vocabulary import vocabulary
from annotator.ui.actions import flag_list_keymap, flag_list_keys
from annotator.ui.flag_detail import FlagDetail
from annotator.ui.flags_model import CONFIDENCE_LABELS, STATE_LABELS, FlagsModel
from annotator.ui.session import Session

FILTER_DELAY_MS = 150


class FlagTable(QTableView):
    """The list of flags; claims the review keys while it has focus."""

    command = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keymap = flag_list_keymap()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._command_of(event):
            event.accept()  # our key here, not the window's tagging shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        found = self._command_of(event)
        if found:
            self.command.emit(*found)
            return
        super().keyPressEvent(event)

    def _command_of(self, event: Any) -> tuple[str, Any] | None:
        if not isinstance(event, QKeyEvent):
            return None
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self.keymap.get((event.key(), modifiers.value))


class FlagsView(QWidget):
    """Filter bar, flag table, detail pane and decision buttons."""

    flag_activated = Signal(int, int, int)  # article id, start, end
    decided = Signal(object)  # set of article ids whose flags or annotations changed
    fact_added = Signal(dict)
    fact_shown = Signal(str, str)  # the knowledge-base entry a flag used: kind, key
    rerun_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ws = session.ws
        self.current_article_id: int | None = None
        self._quiet = False  # selection set by a reload: do not move the reader
        self._total: int | None = None
        self.setObjectName("flags_view")
        self.model = FlagsModel(self.ws, self)
        self.detail = FlagDetail(self.ws)
        self.table = FlagTable()
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._build()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in enumerate((80, 70, 110, 170, 190, 320, 80, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.command.connect(self.run_command)
        self.table.activated.connect(lambda _index: self.activate_current())
        session.changed.connect(self.refresh)  # decisions, edits elsewhere, undo
        self.fill_filter_choices()
        # Open flags, the likely errors first (the less sure flags are one choice away),
        # queried once rather than once per filter set.
        for combo, value in ((self.state_filter, "open"), (self.confidence_filter, "high")):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.apply_filters()

    # -- construction ------------------------------------------------------------------------------
    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _build(self) -> None:
        self.search = QLineEdit(placeholderText="Search quote, message, article…")
        self.search.setObjectName("flags_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.rule_filter = self._combo("flags_rule", "All rules")
        self.severity_filter = self._combo("flags_severity", "All severities")
        self.state_filter = self._combo("flags_state", "All states")
        self.article_filter = self._combo("flags_article", "All articles")
        self.reviewer_filter = self._combo("flags_reviewer", "Any reviewer")
        self.confidence_filter = self._combo("flags_confidence", "All flags")
        for confidence, label in CONFIDENCE_LABELS.items():
            self.confidence_filter.addItem(label, confidence)
        for severity in SEVERITIES:
            self.severity_filter.addItem(severity.capitalize(), severity)
        for state in STATES:
            self.state_filter.addItem(STATE_LABELS[state], state)
        self.count_label = QLabel()
        self.count_label.setObjectName("flags_count")
        rerun = QPushButton("Re-run checks")
        rerun.setToolTip("Check every article again (decisions are kept)")
        rerun.clicked.connect(self.rerun_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(rerun)
        combos = QHBoxLayout()
        combos.setContentsMargins(8, 0, 8, 2)
        for combo in (
            self.confidence_filter,
            self.rule_filter,
            self.severity_filter,
            self.state_filter,
            self.article_filter,
            self.reviewer_filter,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combos.addWidget(combo, 1)
        self.table.setObjectName("flags_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("flags_splitter")
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(self._decision_bar())
        lower_layout.addWidget(self.detail, 1)
        splitter.addWidget(lower)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addLayout(combos)
        layout.addWidget(splitter, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(8, 0, 8, 4)
        footer.addWidget(self.count_label)
        layout.addLayout(footer)

    def _decision_bar(self) -> QVBoxLayout:
        self.verdict = QComboBox()
        self.verdict.setObjectName("flags_verdict")
        for term in vocabulary().verdicts:
            self.verdict.addItem(term.label, term.key)
        self.verdict.setCurrentIndex(max(self.verdict.findData("false"), 0))
        self.reason = QComboBox()
        self.reason.setObjectName("flags_reason")
        self.reason.setEditable(True)
        self.reason.addItems(list(vocabulary().dismiss_reasons))
        reason_field = self.reason.lineEdit()  # there is one: the box is editable
        if reason_field is not None:
            reason_field.setPlaceholderText("Reason (pick or type)")
        self.buttons: dict[str, QPushButton] = {}
        # Two rows, so every label stays readable beside the tagging panel:
        # confirming (and taking back) above, dismissing with its reason below.
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 0)
        for command, text, tip in (
            ("confirm", "Confirm", "The flag is right"),
            ("confirm_as_claim", "Confirm as claim", "Confirm and record a claim with the verdict beside"),
        ):
            row.addWidget(self._button(command, text, tip))
        row.addWidget(self.verdict)
        row.addStretch(1)
        row.addWidget(self._button("reopen", "Reopen", "Take the decision back"))
        row.addWidget(self._button("add_fact", "Add fact…", "Add the fact the knowledge base lacks"))
        row.addWidget(self._button("show_fact", "Show fact", "The fact the flag used, in the knowledge base"))
        second = QHBoxLayout()
        second.setContentsMargins(8, 0, 8, 0)
        second.addWidget(
            self._button(
                "dismiss",
                "Dismiss",
                "Not a problem, for the reason beside",
                also=("dismiss_reason", "pick a listed reason"),
            )
        )
        second.addWidget(self.reason, 1)
        rows = QVBoxLayout()
        rows.setSpacing(4)
        rows.addLayout(row)
        rows.addLayout(second)
        return rows

    def _button(self, command: str, text: str, tip: str, also: tuple[str, str] | None = None) -> QPushButton:
        """A decision button; its tooltip shows the keys declared in the action registry."""
        button = QPushButton(text)
        button.setObjectName(f"flags_{command}")
        keys = flag_list_keys(command)
        if also is not None:
            keys += f"; {flag_list_keys(also[0])} {also[1]}"
        button.setToolTip(f"{tip} ({keys})")
        button.clicked.connect(lambda _checked=False, c=command: self.run_command(c, None))
        self.buttons[command] = button
        return button

    # -- filters ---------------------------------------------------------------------------------
    def fill_filter_choices(self) -> None:
        """Offer the rules, articles and reviewers that occur (kept selected when present)."""
        facets = self.ws.flags.facets()
        rules, articles, reviewers = facets["rules"], facets["articles"], facets["reviewers"]
        self._refill(self.rule_filter, [(rule, rule) for rule in rules])
        self._refill(
            self.article_filter, [(f"{(title or '')[:50]} (#{aid})", aid) for aid, title in articles]
        )
        self._refill(self.reviewer_filter, [(name, name) for name in reviewers])

    def _refill(self, combo: QComboBox, choices: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in choices:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {
            "rule": self.rule_filter.currentData(),
            "severity": self.severity_filter.currentData(),
            "state": self.state_filter.currentData(),
            "article_id": self.article_filter.currentData(),
            "reviewer": self.reviewer_filter.currentData(),
            "confidence": self.confidence_filter.currentData(),
        }

    def apply_filters(self) -> None:
        """Re-query with the filters; the selected flag stays selected when it still shows."""
        self.reload(keep=self.current_flag_id())

    def reload(self, keep: int | None = None, fallback_row: int = 0) -> None:
        self.model.set_filters(self.search.text(), **self.filters())
        row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            row = min(fallback_row, self.model.rowCount() - 1)
        self._select_row(row)
        if self._total is None:
            self._total = self.ws.flags.total()
        self.count_label.setText(f"{self.model.rowCount():,} of {self._total:,} flags")

    def refresh(self, _article_ids: object = None) -> None:
        """Re-read flags and decisions (after undo, a check run or an edit elsewhere)."""
        self.fill_filter_choices()
        self._total = None
        row = self.table.currentIndex().row()
        self.reload(keep=self.current_flag_id(), fallback_row=max(row, 0))

    # -- selection -------------------------------------------------------------------------------
    def current_flag_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.flag_id(index.row()) if index.isValid() else None

    def current_flag(self) -> dict | None:
        flag_id = self.current_flag_id()
        return self.ws.flags.get(flag_id) if flag_id is not None else None

    def select_flag(self, flag_id: int) -> bool:
        row = self.model.row_of(flag_id)
        self._select_row(row)
        return row >= 0

    def _select_row(self, row: int, *, activate: bool = False) -> None:
        self._quiet = not activate
        try:
            self._set_row(row)
        finally:
            self._quiet = False

    def _set_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        if row < 0:
            selection.clear()
            self.detail.show_flag(None)
            self._update_buttons(None)
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        unchanged = self.table.currentIndex().row() == row
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        if unchanged:  # no currentRowChanged: the decision may still have changed the flag
            self._show_current()

    def _current_changed(self, *_args: object) -> None:
        self._show_current()
        if not self._quiet:
            self.activate_current()

    def _show_current(self) -> None:
        flag = self.current_flag()
        self.detail.show_flag(flag)
        self._update_buttons(flag)

    def _update_buttons(self, flag: dict | None) -> None:
        is_open = flag is not None and flag["state"] == "open"
        for command in ("confirm", "confirm_as_claim", "dismiss"):
            self.buttons[command].setEnabled(is_open)
        self.buttons["reopen"].setEnabled(flag is not None and not is_open)
        self.buttons["add_fact"].setEnabled(flag is not None)

    def activate_current(self) -> None:
        flag = self.current_flag()
        if flag is not None:
            self.flag_activated.emit(flag["article_id"], flag["start"], flag["end"])

    # -- decisions -------------------------------------------------------------------------------
    def run_command(self, command: str, argument: Any = None) -> None:
        """Carry out a decision key or button; every write goes through the session."""
        if command in ("next", "previous"):
            step = 1 if command == "next" else -1
            row = self.table.currentIndex().row() + step
            if 0 <= row < self.model.rowCount():
                self._select_row(row, activate=True)
            return
        flag = self.current_flag()
        if flag is None:
            return
        if command == "add_fact":
            self.add_fact(flag)
            return
        if command == "show_fact":
            self.show_fact(flag)
            return
        if command == "reopen":
            if flag["state"] != "open":
                self.session.reopen_flag(flag)
                self._after_decision(flag)
            return
        if flag["state"] != "open":
            return  # reopen first: a decision is never overwritten by a stray key
        if command == "confirm":
            self.session.decide_flag(flag, "confirmed")
        elif command == "confirm_as_claim":
            self.session.confirm_flag_as_claim(flag, self.verdict.currentData())
        elif command in ("dismiss", "dismiss_reason"):
            reasons = list(vocabulary().dismiss_reasons)
            if command == "dismiss_reason":
                if argument >= len(reasons):
                    return
                self.reason.setCurrentText(reasons[argument])
            self.session.decide_flag(flag, "dismissed", self.reason.currentText().strip() or None)
        else:
            return
        self._after_decision(flag)

    def _after_decision(self, flag: dict) -> None:
        """Refresh and move on: the same flag if still listed, else the one now in its row."""
        row = self.table.currentIndex().row()
        self.fill_filter_choices()
        self.reload(keep=flag["id"], fallback_row=max(row, 0))
        if self.current_flag_id() == flag["id"]:
            self.run_command("next")
        else:
            self.activate_current()
        self.decided.emit({flag["article_id"]})

    def undo(self) -> dict | None:
        """Undo the reviewer's last operation (the view refreshes on the session's signal)."""
        return self.session.undo()

    def show_fact(self, flag: dict) -> None:
        """Ask for the knowledge base at the term or event the flag's evidence names."""
        from annotator.checks.kb.browse import entry_of_flag

        found = entry_of_flag(flag)
        if found is None:
            self.session.failed.emit("This flag uses no fact of the knowledge base.")
            return
        self.fact_shown.emit(*found)

    def add_fact(self, flag: dict) -> None:
        from annotator.checks.runner import fact_from_flag
        from annotator.checks.timeline import dates_near
        from annotator.ui.flags_fact_dialog import FactDialog

        near = dates_near(self.ws, flag["article_id"], flag["start"])
        value = near[0].start.isoformat() if near else None
        kind, data = fact_from_flag(flag, value)
        dialog = FactDialog(self.session, kind, data, self)
        dialog.setObjectName("fact_dialog")
        self.fact_dialog = dialog
        dialog.accepted.connect(lambda: self.fact_added.emit(dialog.stored or {}))
        dialog.open()

    def show_article_flags(self, article_id: int | None) -> None:
        """Remember the reader's article (the main window calls this when it changes)."""
        self.current_article_id = article_id
