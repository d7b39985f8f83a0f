"""Putting the review views into the main window: one call, ``install_review_views(window)``.

It adds the Inconsistencies and Timeline tabs beside the reader (the Review
menu's commands are :class:`~annotator.ui.commands.review.ReviewCommands`), and the wiring:
a selected flag or timeline item opens its article in the reader with the span
selected; any change the session reports (edits, decisions, undo) refreshes both
views and re-checks the changed articles in the background; an import checks
the new articles; a new knowledge-base fact re-checks the corpus.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from annotator.checks.runner import last_full_run
from annotator.ui.flags_checks import ChecksRunner
from annotator.ui.flags_view import FlagsView
from annotator.ui.timeline_view import TimelineView


class ReviewViews:
    """The views and the runner of one window, kept together so the wiring stays readable."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.flags = FlagsView(window.session)
        self.timeline = TimelineView(window.ws)
        self.runner = ChecksRunner(window.ws, window)
        window.add_view("flags", "Inconsistencies", self.flags)
        window.add_view("timeline", "Timeline", self.timeline)
        self._connect()
        self.timeline.show_article(window.article["id"] if window.article else None)
        if last_full_run(window.ws) is None and window.ws.articles.count():
            self.runner.check_all(None)  # never checked: find the flags quietly

    def _connect(self) -> None:
        window = self.window
        self.flags.flag_activated.connect(self.open_span)
        self.flags.table.activated.connect(lambda _index: self.show("reader"))
        self.flags.fact_added.connect(lambda _fact: self.runner.check_all(window))
        self.flags.rerun_requested.connect(lambda: self.runner.check_all(window))
        self.timeline.span_activated.connect(self.open_span)
        window.article_pane.article_chosen.connect(self.timeline.show_article)
        window.session.changed.connect(self.on_changed)
        self.runner.finished.connect(self.on_checked)
        self.runner.failed.connect(window.show_problem)
        window.imported.connect(self.on_imported)

    def on_imported(self, article_ids: list[int]) -> None:
        """New articles: find their flags (in the background, gathered with other requests)."""
        if article_ids:
            self.runner.check_articles(article_ids)

    def rerun_checks(self) -> None:
        """The whole corpus, with a progress dialog when it takes a while."""
        self.runner.check_all(self.window)

    def add_fact(self) -> None:
        """Open the fact editor, prefilled from the selected flag when there is one."""
        self.flags.add_fact(self.flags.current_flag() or {"evidence": []})

    def show(self, key: str) -> None:
        self.window.set_view(key)

    def open_span(self, article_id: int, start: int, end: int) -> None:
        """Show the article in the reader with the span selected and centred."""
        window = self.window
        other = window.article is None or window.article["id"] != article_id
        if other and not window.article_pane.select_article(article_id):
            window.show_article(article_id)
        window.reader.select_span(start, end)
        window.reader.centerCursor()

    def on_changed(self, article_ids: set[int] | None) -> None:
        """Edits, decisions and undo: refresh the timeline, re-check what may have moved."""
        if self.timeline.scope.currentData() == "corpus" or article_ids is None or (
                self.timeline.article_id in article_ids):
            self.timeline.refresh()
        self.runner.check_articles(article_ids)

    def on_checked(self, article_ids: set[int]) -> None:
        """A background run finished; the window may have closed its workspace meanwhile."""
        try:
            self._show_checked(article_ids)
        except sqlite3.ProgrammingError:  # closed database: nothing left to refresh
            return

    def _show_checked(self, article_ids: set[int]) -> None:
        window = self.window
        self.flags.refresh()
        window.article_pane.model.refresh_articles(article_ids)
        if self.timeline.article_id in article_ids or self.timeline.scope.currentData() == "corpus":
            self.timeline.refresh()


def install_review_views(window: Any) -> ReviewViews:
    """Add the review views to ``window`` and keep them on it as ``window.review``."""
    window.review = ReviewViews(window)
    return window.review
