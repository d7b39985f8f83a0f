"""The window's status bar: what is listed, what is annotated here, who works, messages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.ui.article_display import ArticleDisplay
from annotator.ui.article_list import ArticleListPane
from annotator.ui.session import Session

PROBLEM_MS = 8000


class StatusLine:
    """Counts on the right, passing messages on the left."""

    def __init__(
        self, bar: QStatusBar, session: Session, article_pane: ArticleListPane, display: ArticleDisplay
    ) -> None:
        self.bar = bar
        self.session = session
        self.article_pane = article_pane
        self.display = display
        self.total_articles: int | None = None  # counted once; imports reset it
        self.counts = QLabel()
        self.path = QLabel()
        self.path.setStyleSheet("color: palette(placeholder-text);")
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.path)

    def say(self, message: str, milliseconds: int = 4000) -> None:
        self.bar.showMessage(message, milliseconds)

    def problem(self, message: str) -> None:
        """Something a person can act on (nothing was changed), shown a little longer."""
        self.bar.showMessage(message, PROBLEM_MS)

    def articles_added(self) -> None:
        """An import changed the number of articles: count them again."""
        self.total_articles = None
        self.update()

    def update(self) -> None:
        shown = self.article_pane.model.rowCount()
        if self.total_articles is None:
            self.total_articles = self.session.ws.articles.count()
        total = self.total_articles
        counts = f"{shown:,} of {total:,} articles" if shown != total else f"{total:,} articles"
        annotations = self.display.annotations
        if self.display.article is not None:
            claims = sum(1 for a in annotations if a["kind"] == "claim")
            counts += f"  ·  {len(annotations)} annotations, {claims} claims here"
        self.counts.setText(counts + f"  ·  {self.session.actor}")
        self.path.setText(str(self.session.ws.path))
