"""Edit, Tag and Verdict commands: tag, verdict, span, delete, undo, redo, and the
article header's edits. Each one is a single call into the session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from annotator.core.vocabulary import vocabulary
from annotator.ui.actions import command, command_each
from annotator.ui.window_parts import WindowParts

_WORD = re.compile(r"[\w'’-]+")


def _kinds() -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    """Tag as …: one command per annotation kind of the vocabulary, with its key."""
    for term in vocabulary().kinds:
        yield f"tag_{term.key}", f"Tag as {term.label}", (term.shortcut,) if term.shortcut else (), term.key


def _verdicts() -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    """Verdict: …: one command per verdict, keys 1-9 in the vocabulary's order."""
    for number, term in enumerate(vocabulary().verdicts, start=1):
        yield f"verdict_{term.key}", f"Verdict: {term.label}", (str(number),) if number <= 9 else (), term.key


class EditingCommands:
    """Changes to the shown article's annotations and header."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.session = parts.session
        self.display = parts.display
        self.status = parts.status

    @command("undo", "&Undo", "Edit", ("Undo",))
    def undo(self) -> None:
        self._history_step(self.session.undo, "Undone")

    @command("redo", "&Redo", "Edit", ("Redo", "Ctrl+Shift+Z", "Ctrl+Y"))
    def redo(self) -> None:
        self._history_step(self.session.redo, "Redone")

    @command("delete_annotation", "&Delete annotation", "Edit", ("Del",), separator=True)
    def delete_annotation(self) -> None:
        annotation = self.display.selected()
        if annotation is None:
            self.status.problem("Select an annotation to delete it.")
            return
        self.session.delete(annotation)
        self.status.say("Annotation deleted (undo brings it back)")

    @command_each("Tag", _kinds)
    def tag_selection(self, kind: str) -> None:
        """Tag the reader's selection as ``kind`` and select the new annotation."""
        article, reader = self.display.article, self.parts.reader
        if article is None:
            return
        span = reader.selection_span()
        if span is None:
            self.status.problem("Select some words in the text first, then press the tag key.")
            return
        created = self.session.tag(article["id"], kind, *span)
        if created is not None:
            self.display.select(created["id"], scroll=False)
            reader.select_span(created["end"], created["end"])
            label = vocabulary().label("kinds", kind)
            self.status.say(f"Tagged {label}: “{created['quote'][:60]}”")

    @command("extend_span", "E&xtend span by a word", "Tag", ("Ctrl+Shift+Right",), separator=True)
    def extend_span(self) -> None:
        """Move the selected annotation's end past the next word."""
        annotation, article = self.display.selected(), self.display.article
        if annotation is None or article is None:
            return
        found = _WORD.search(article["text"], annotation["end"])
        if found:
            self.set_span(annotation["start"], found.end())

    @command("shrink_span", "S&hrink span by a word", "Tag", ("Ctrl+Shift+Left",))
    def shrink_span(self) -> None:
        """Drop the last word of the selected annotation (never below one word)."""
        annotation, article = self.display.selected(), self.display.article
        if annotation is None or article is None:
            return
        words = list(_WORD.finditer(article["text"], annotation["start"], annotation["end"]))
        if len(words) >= 2:
            self.set_span(annotation["start"], words[-2].end())

    @command_each("Verdict", _verdicts)
    def set_verdict(self, verdict: str) -> None:
        annotation = self.display.selected()
        if annotation is None or annotation["kind"] != "claim":
            self.status.problem("Select a claim to give it a verdict.")
            return
        if annotation.get("verdict") != verdict:
            self.session.update(annotation, {"verdict": verdict})
            self.status.say(f"Verdict: {vocabulary().label('verdicts', verdict)}")

    # -- not in a menu: the tagging panel's span field and the header's fields ------------------
    def set_span(self, start: int, end: int) -> None:
        annotation = self.display.selected()
        if annotation is not None:
            self.session.update(annotation, {"start": start, "end": end})

    def header_field_edited(self, field: str, value: str) -> None:
        if self.display.article is not None:
            self.session.edit_article(self.display.article["id"], {field: value or None})

    def header_status_edited(self, status: str) -> None:
        article = self.display.article
        if article is not None and status != article.get("status"):
            self.session.edit_article(article["id"], {"status": status})

    def header_pubdate_edited(self, text: str) -> None:
        article, header = self.display.article, self.parts.header
        if article is None:
            return
        if self.session.set_published(article["id"], text):
            header.clear_error()
        else:
            header.show_error("Not a date: use 2025-06-10, 2025-06, 2025 or FROM/TO~DAY")

    # -- undo and redo -----------------------------------------------------------------------------
    def _history_step(self, step: Callable[[], dict | None], verb: str) -> None:
        """Undo or redo, then show the article it changed when another one is shown."""
        op = step()
        if op is None:
            self.status.say(f"Nothing to {verb[:-2].lower()}", 3000)
            return
        self.status.say(f"{verb}: {op['label']}")
        touched = self.session.articles_of(op) or set()
        article = self.display.article
        if article is not None and touched and article["id"] not in touched:
            target = min(touched)
            if not self.parts.article_pane.select_article(target):
                self.display.show(target)

    def update_undo_labels(self) -> None:
        """Name what Undo and Redo would do ("Undo Tag claim …"), or grey them out."""
        undo_label, redo_label = self.parts.ws.undo_redo_labels(self.session.actor)
        undo, redo = self.parts.actions["undo"], self.parts.actions["redo"]
        undo.setText(f"&Undo {undo_label}" if undo_label else "&Undo")
        redo.setText(f"&Redo {redo_label}" if redo_label else "&Redo")
        undo.setEnabled(undo_label is not None)
        redo.setEnabled(redo_label is not None)
