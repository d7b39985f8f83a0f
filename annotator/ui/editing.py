"""The editing commands of the main window: tag, verdict, span, delete, undo, redo,
and the article header's edits. Each one is a single call into the session.
"""

from __future__ import annotations

import re

from annotator.core.vocabulary import vocabulary

_WORD = re.compile(r"[\w'’-]+")


class EditingMixin:
    """Mixed into :class:`~annotator.ui.main_window.MainWindow`."""

    def tag_selection(self, kind: str) -> None:
        """Tag the reader's selection as ``kind`` and select the new annotation."""
        if self.article is None:
            return
        span = self.reader.selection_span()
        if span is None:
            self.show_problem("Select some words in the text first, then press the tag key.")
            return
        created = self.session.tag(self.article["id"], kind, *span)
        if created is not None:
            self.select_annotation(created["id"], scroll=False)
            self.reader.select_span(created["end"], created["end"])
            label = vocabulary().label("kinds", kind)
            self.statusBar().showMessage(f"Tagged {label}: “{created['quote'][:60]}”", 4000)

    def set_verdict(self, verdict: str) -> None:
        annotation = self.selected_annotation()
        if annotation is None or annotation["kind"] != "claim":
            self.show_problem("Select a claim to give it a verdict.")
            return
        if annotation.get("verdict") != verdict:
            self.session.update(annotation, {"verdict": verdict})
            label = vocabulary().label("verdicts", verdict)
            self.statusBar().showMessage(f"Verdict: {label}", 4000)

    def delete_annotation(self) -> None:
        annotation = self.selected_annotation()
        if annotation is None:
            self.show_problem("Select an annotation to delete it.")
            return
        self.session.delete(annotation)
        self.statusBar().showMessage("Annotation deleted (undo brings it back)", 4000)

    def set_span(self, start: int, end: int) -> None:
        annotation = self.selected_annotation()
        if annotation is not None:
            self.session.update(annotation, {"start": start, "end": end})

    def extend_span(self) -> None:
        """Move the selected annotation's end past the next word."""
        annotation = self.selected_annotation()
        if annotation is None or self.article is None:
            return
        found = _WORD.search(self.article["text"], annotation["end"])
        if found:
            self.set_span(annotation["start"], found.end())

    def shrink_span(self) -> None:
        """Drop the last word of the selected annotation (never below one word)."""
        annotation = self.selected_annotation()
        if annotation is None or self.article is None:
            return
        words = list(_WORD.finditer(self.article["text"], annotation["start"], annotation["end"]))
        if len(words) >= 2:
            self.set_span(annotation["start"], words[-2].end())

    def undo(self) -> None:
        self._history_step(self.session.undo, "Undone")

    def redo(self) -> None:
        self._history_step(self.session.redo, "Redone")

    def _history_step(self, step, verb: str) -> None:
        op = step()
        if op is None:
            self.statusBar().showMessage(f"Nothing to {verb[:-2].lower()}", 3000)
            return
        self.statusBar().showMessage(f"{verb}: {op['label']}", 4000)
        touched = self.session._articles_of(op) or set()
        if self.article is not None and touched and self.article["id"] not in touched:
            target = min(touched)
            if not self.article_pane.select_article(target):
                self.show_article(target)

    def update_undo_labels(self) -> None:
        undo_label, redo_label = self.ws.undo_redo_labels(self.session.actor)
        undo, redo = self.actions_by_key["undo"], self.actions_by_key["redo"]
        undo.setText(f"&Undo {undo_label}" if undo_label else "&Undo")
        redo.setText(f"&Redo {redo_label}" if redo_label else "&Redo")
        undo.setEnabled(undo_label is not None)
        redo.setEnabled(redo_label is not None)

    def refresh_annotator_filter(self) -> None:
        self.article_pane.set_annotators(self.ws.annotations.annotators())

    # -- header edits ------------------------------------------------------------------------------
    def _header_field_edited(self, field: str, value: str) -> None:
        if self.article is not None:
            self.session.edit_article(self.article["id"], {field: value or None})

    def _header_status_edited(self, status: str) -> None:
        if self.article is not None and status != self.article.get("status"):
            self.session.edit_article(self.article["id"], {"status": status})

    def _header_pubdate_edited(self, text: str) -> None:
        if self.article is None:
            return
        if self.session.set_published(self.article["id"], text):
            self.header.clear_error()
        else:
            self.header.show_error("Not a date: use 2025-06-10, 2025-06, 2025 or FROM/TO~DAY")
