"""The review views of a main window: ``ReviewViews(parts)`` with the window's parts.

It adds the Inconsistencies, Timeline and Knowledge base tabs beside the reader (the Review
menu's commands are :class:`~annotator.ui.commands.review.ReviewCommands`), and the wiring:
a selected flag or timeline item opens its article in the reader with the span
selected (an article the knowledge base lists opens there too); any change the
session reports (edits, decisions, undo) refreshes both views and re-checks the
changed articles in the background; an import checks the new articles; a new
knowledge-base fact re-checks the corpus.
"""

from __future__ import annotations

import sqlite3

from annotator.checks.runner import last_full_run
from annotator.ui.flags_checks import ChecksRunner
from annotator.ui.flags_view import FlagsView
from annotator.ui.kb_view import KbView
from annotator.ui.timeline_view import TimelineView
from annotator.ui.window_parts import WindowParts


class ReviewViews:
    """The views and the runner of one window, kept together so the wiring stays readable."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.flags = FlagsView(parts.session)
        self.timeline = TimelineView(parts.ws)
        self.runner = ChecksRunner(parts.ws, parts.window)
        parts.tabs.add_view("flags", "Inconsistencies", self.flags)
        parts.tabs.add_view("timeline", "Timeline", self.timeline)
        self.kb = KbView(parts.session)
        parts.tabs.add_view("kb", "Knowledge base", self.kb)
        self._connect()
        article = parts.display.article
        self.timeline.show_article(article["id"] if article else None)
        if last_full_run(parts.ws) is None and parts.ws.articles.count():
            self.runner.check_all(None)  # never checked: find the flags quietly

    def _connect(self) -> None:
        parts = self.parts
        self.flags.flag_activated.connect(self.open_span)
        self.flags.table.activated.connect(lambda _index: self.show("reader"))
        self.flags.fact_added.connect(lambda _fact: self.rerun_checks())
        self.flags.rerun_requested.connect(self.rerun_checks)
        self.flags.fact_shown.connect(self.show_fact)
        self.timeline.span_activated.connect(self.open_span)
        self.kb.article_chosen.connect(self.open_article)
        self.kb.facts_changed.connect(self.rerun_checks)
        parts.article_pane.article_chosen.connect(self.timeline.show_article)
        parts.session.changed.connect(self.on_changed)
        parts.session.imported.connect(self.on_imported)
        self.runner.finished.connect(self.on_checked)
        self.runner.failed.connect(parts.status.problem)

    def on_imported(self, article_ids: list[int]) -> None:
        """New articles: find their flags (in the background, gathered with other requests)."""
        if article_ids:
            self.runner.check_articles(article_ids)

    def rerun_checks(self) -> None:
        """The whole corpus, with a progress dialog when it takes a while."""
        self.runner.check_all(self.parts.window)

    def add_fact(self) -> None:
        """Open the fact editor, prefilled from the selected flag when there is one."""
        self.flags.add_fact(self.flags.current_flag() or {"evidence": []})

    def show(self, key: str) -> None:
        self.parts.tabs.set_view(key)

    def open_span(self, article_id: int, start: int, end: int) -> None:
        """Show the article in the reader with the span selected and centred."""
        parts = self.parts
        article = parts.display.article
        other = article is None or article["id"] != article_id
        if other and not parts.article_pane.select_article(article_id):
            parts.display.show(article_id)
        parts.reader.select_span(start, end)
        parts.reader.centerCursor()

    def show_fact(self, kind: str, key: str) -> None:
        """The knowledge base, at the person or event a flag used."""
        self.show("kb")
        if not self.kb.select(kind, key):
            self.parts.status.problem("The knowledge base no longer holds the fact this flag used.")
            return
        self.kb.list.setFocus()

    def open_article(self, article_id: int) -> None:
        """An article the knowledge-base view lists: show it in the reader."""
        parts = self.parts
        if not parts.article_pane.select_article(article_id):
            parts.display.show(article_id)
        self.show("reader")

    def on_changed(self, article_ids: set[int] | None) -> None:
        """Edits, decisions and undo: refresh the timeline, re-check what may have moved."""
        if (
            self.timeline.scope.currentData() == "corpus"
            or article_ids is None
            or (self.timeline.article_id in article_ids)
        ):
            self.timeline.refresh()
        self.runner.check_articles(article_ids)

    def on_checked(self, article_ids: set[int]) -> None:
        """A background run finished; the window may have closed its workspace meanwhile."""
        try:
            self._show_checked(article_ids)
        except sqlite3.ProgrammingError:  # closed database: nothing left to refresh
            return

    def _show_checked(self, article_ids: set[int]) -> None:
        self.flags.refresh()
        self.parts.article_pane.model.refresh_articles(article_ids)
        if self.timeline.article_id in article_ids or self.timeline.scope.currentData() == "corpus":
            self.timeline.refresh()
