"""The article the window shows: its row, annotations, open date suggestions, the selection.

Everything here is read back from the database (first when an article is shown,
again after each change the session reports); the reader, the header and the
tagging panel only draw it. Commands ask this object what is selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from annotator.store import StoreError
from annotator.ui.header import ArticleHeader
from annotator.ui.reader import Reader
from annotator.ui.session import Session
from annotator.ui.tagging_panel import TaggingPanel


class ArticleDisplay(QObject):
    """The shown article and its selected annotation, kept in step with the widgets."""

    shown = Signal()  # another article (or none) is now shown

    def __init__(
        self,
        session: Session,
        reader: Reader,
        header: ArticleHeader,
        panel: TaggingPanel,
        problem: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.header = header
        self.panel = panel
        self.problem = problem
        self.article: dict | None = None
        self.annotations: list[dict] = []
        self.suggestions: list[dict] = []
        self.selected_id: int | None = None

    def show(self, article_id: int) -> None:
        """Show an article in the reader, header and panel."""
        ws = self.session.ws
        row = ws.articles.get(article_id)
        self.article = row
        self.selected_id = None
        if row is None:
            self.annotations, self.suggestions = [], []
            self.reader.show_article("", [], [])
            self.header.show_article(None)
            self.panel.show_annotation(None, [])
            self.panel.list.set_annotations([], None)
            self.shown.emit()
            return
        self.annotations = ws.annotations.for_article(article_id)
        self.suggestions = self._open_suggestions(row)
        self.reader.show_article(row["text"], self.annotations, self.suggestions)
        self.header.show_article(row)
        self.panel.list.set_annotations(self.annotations, None)
        self.panel.show_annotation(None, [])
        self.shown.emit()

    def reload(self) -> None:
        """Re-read the shown article's annotations after a change."""
        if self.article is None:
            return
        ws = self.session.ws
        self.article = ws.articles.get(self.article["id"])
        if self.article is None:
            return
        self.annotations = ws.annotations.for_article(self.article["id"])
        self.suggestions = self._open_suggestions(self.article)
        if self.selected_id not in {a["id"] for a in self.annotations}:
            self.selected_id = None
        self.reader.selected_id = self.selected_id
        self.reader.set_annotations(self.annotations, self.suggestions)
        self.header.show_article(self.article)
        self.panel.list.set_annotations(self.annotations, self.selected_id)
        self.panel.show_annotation(self.selected(), self.speakers())

    def selected(self) -> dict | None:
        return next((a for a in self.annotations if a["id"] == self.selected_id), None)

    def speakers(self) -> list[dict]:
        return [a for a in self.annotations if a["kind"] == "speaker"]

    def select(self, annotation_id: int | None, *, scroll: bool = True) -> None:
        self.selected_id = annotation_id
        self.reader.select_annotation(annotation_id, scroll=scroll)
        self.panel.list.select_id(annotation_id)
        self.panel.show_annotation(self.selected(), self.speakers())

    def step(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) annotation, wrapping around."""
        if not self.annotations:
            return
        ids = [a["id"] for a in self.annotations]
        if self.selected_id in ids:
            row = (ids.index(self.selected_id) + step) % len(ids)
        else:
            row = 0 if step > 0 else len(ids) - 1
        self.select(ids[row])

    def suggestion_under_cursor(self) -> dict | None:
        """The open suggestion at the reader's cursor or selection start (the A and X keys)."""
        span = self.reader.selection_span()
        offset = span[0] if span else self.reader.cursor_offset()
        return self.reader.suggestion_at(offset)

    def _open_suggestions(self, article: dict) -> list[dict]:
        """Open suggestions of ``article`` (the core tags it once, the first time it is shown)."""
        try:
            return self.session.ws.suggestions.for_article(article["id"], state="open")
        except StoreError as exc:
            self.problem(f"Date suggestions unavailable: {exc}")
            return []
        except Exception as exc:  # a tagger bug must not stop anyone reading the article
            self.problem(f"The date tagger failed on this article: {exc}")
            return []
