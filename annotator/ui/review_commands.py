"""The Review menu's commands, as main-window methods named in :mod:`annotator.ui.actions`.

The checks and the two review views live in :class:`~annotator.ui.flags_install.ReviewViews`
(``window.review``); agreement and curation are built on first use. Keeping the
handlers here lets the one action registry bind every command to a window method.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


class ReviewCommandsMixin:
    """Mixed into :class:`~annotator.ui.main_window.MainWindow`."""

    review: Any
    curation_dock: Any = None

    def rerun_checks(self) -> None:
        self.review.rerun_checks()

    def show_reader(self) -> None:
        self.set_view("reader")

    def show_flags(self) -> None:
        self.set_view("flags")

    def show_timeline(self) -> None:
        self.set_view("timeline")

    def add_fact(self) -> None:
        self.review.add_fact()

    def agreement_dialog(self) -> None:
        """Span and verdict agreement between the annotators chosen in the dialog."""
        from annotator.ui.agreement_dialog import AgreementDialog

        self.agreement = AgreementDialog(self.ws, self)
        self.agreement.open()

    def curation_view(self) -> None:
        """The disagreements, docked below the reader so each group's span shows beside it."""
        from annotator.ui.curation_view import CurationView

        if self.curation_dock is None:
            self.curation = CurationView(self.ws, self.session)
            self.curation.span_chosen.connect(self._show_curation_span)
            self.curation_dock = self.add_dock("Curation", self.curation,
                                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.curation.refresh()
        self.curation_dock.show()
        self.curation_dock.raise_()
        self.curation.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_curation_span(self, article_id: int, start: int, end: int) -> None:
        self.set_view("reader")
        self.review.open_span(article_id, start, end)
