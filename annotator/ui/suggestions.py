"""Date suggestions in the reader: tag an article once, accept (A) or reject (X).

Open suggestions are drawn with a dotted underline, apart from the user's own
annotations; the one under the text cursor (or inside the selection) is the
one the keys act on.
"""

from __future__ import annotations

from annotator.store import StoreError


class SuggestionsMixin:
    """Mixed into :class:`~annotator.ui.main_window.MainWindow`."""

    def load_suggestions(self, article: dict, *, run_tagger: bool = True) -> list[dict]:
        """Open suggestions of ``article`` (the core tags it once, the first time it is shown)."""
        try:
            return self.ws.suggestions.for_article(article["id"], state="open")
        except StoreError as exc:
            self.show_problem(f"Date suggestions unavailable: {exc}")
            return []
        except Exception as exc:  # a tagger bug must not stop anyone reading the article
            self.show_problem(f"The date tagger failed on this article: {exc}")
            return []

    def suggestion_under_cursor(self) -> dict | None:
        span = self.reader.selection_span()
        offset = span[0] if span else self.reader.cursor_offset()
        return self.reader.suggestion_at(offset)

    def accept_suggestion(self) -> None:
        suggestion = self.suggestion_under_cursor()
        if suggestion is None:
            self.show_problem("Put the cursor on a suggested date (dotted underline) to accept it.")
            return
        created = self.session.accept_suggestion(suggestion)
        if created is None:
            return
        self.select_annotation(created["id"], scroll=False)
        self.statusBar().showMessage(f"Date accepted: {created['date_value']}", 4000)

    def reject_suggestion(self) -> None:
        suggestion = self.suggestion_under_cursor()
        if suggestion is None:
            self.show_problem("Put the cursor on a suggested date (dotted underline) to reject it.")
            return
        if not self.session.reject_suggestion(suggestion):
            return
        self.statusBar().showMessage(f"Suggestion rejected: {suggestion['text']}", 4000)
