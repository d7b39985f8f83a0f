"""The Review menu: the checks, the review views, the knowledge base, agreement, curation.

The checks and the two review views live in :class:`~annotator.ui.flags_install.ReviewViews`;
agreement and curation are built on first use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog

from annotator.ui.actions import command
from annotator.ui.agreement_dialog import AgreementDialog
from annotator.ui.curation_view import CurationView
from annotator.ui.flags_install import ReviewViews
from annotator.ui.window_parts import WindowParts


class ReviewCommands:
    """Reviewing the corpus: flags, timeline, agreement between annotators, curation."""

    def __init__(self, parts: WindowParts, review: ReviewViews) -> None:
        self.parts = parts
        self.review = review
        self.agreement: AgreementDialog | None = None
        self.curation: CurationView | None = None
        self.curation_dock: QDockWidget | None = None

    @command("rerun_checks", "&Re-run date checks", "Review", ("Ctrl+Shift+R",))
    def rerun_checks(self) -> None:
        self.review.rerun_checks()

    @command("show_reader", "Show &reader", "Review", ("Ctrl+1",), separator=True)
    def show_reader(self) -> None:
        self.parts.tabs.set_view("reader")

    @command("show_flags", "Show &inconsistencies", "Review", ("Ctrl+2",))
    def show_flags(self) -> None:
        self.parts.tabs.set_view("flags")

    @command("show_timeline", "Show &timeline", "Review", ("Ctrl+3",))
    def show_timeline(self) -> None:
        self.parts.tabs.set_view("timeline")

    @command("show_kb", "Show the &knowledge base", "Review", ("Ctrl+4",))
    def show_kb(self) -> None:
        self.parts.tabs.set_view("kb")
        self.review.kb.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @command("add_fact", "&Add a fact to the knowledge base…", "Review", separator=True)
    def add_fact(self) -> None:
        self.review.add_fact()

    @command("import_sparql", "&Import Wikidata SPARQL result…", "Review")
    def import_sparql_dialog(self) -> None:
        """Terms of office from a saved SPARQL JSON result become the user's facts."""
        path, _ = QFileDialog.getOpenFileName(
            self.parts.window, "Import Wikidata SPARQL result", "", "SPARQL JSON results (*.json *.srj)"
        )
        if path:
            self.import_sparql_file(path)

    def import_sparql_file(self, path: str) -> None:
        stored = self.parts.session.import_sparql(path)
        if stored is not None:
            self.parts.status.say(f"Imported {len(stored):,} terms of office from {Path(path).name}", 10000)
            self.review.rerun_checks()

    @command("agreement", "A&greement between annotators…", "Review", separator=True)
    def agreement_dialog(self) -> None:
        """Span and verdict agreement between the annotators chosen in the dialog."""
        self.agreement = AgreementDialog(self.parts.ws, self.parts.window)
        self.agreement.open()

    @command("curation", "&Curation of disagreements…", "Review")
    def curation_view(self) -> None:
        """The disagreements, docked below the reader so each group's span shows beside it."""
        if self.curation is None or self.curation_dock is None:
            self.curation = CurationView(self.parts.session)
            self.curation.span_chosen.connect(self._show_curation_span)
            self.curation_dock = self.parts.add_dock("Curation", self.curation)
        self.curation.refresh()
        self.curation_dock.show()
        self.curation_dock.raise_()
        self.curation.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_curation_span(self, article_id: int, start: int, end: int) -> None:
        self.parts.tabs.set_view("reader")
        self.review.open_span(article_id, start, end)
