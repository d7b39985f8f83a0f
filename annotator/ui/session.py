"""The GUI's one door to the workspace: every write goes through here.

Each method stores its change at once (the workspace records it for undo),
then emits :attr:`Session.changed` with the article ids touched, so every view
refreshes from the database instead of keeping its own copy of the truth.
Errors a person can act on become :attr:`Session.failed` messages (or go to the
``report`` callback a dialog passes, to show them beside its fields).
Imports run on the background worker and report back the same way.
``tests/ui/test_ui_structure.py`` fails when another ui module writes around it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.checks.runner import add_fact, correct_fact, import_sparql_facts, remove_fact
from annotator.core.annotations import AnnotationError
from annotator.core.history import op_article_ids
from annotator.core.pubdate import PubDateError, parse_pubdate
from annotator.core.spans import snap_to_words
from annotator.exchange import ImportReport, curate, import_annotations
from annotator.ingest.importer import ImportReport as ArticleImportReport
from annotator.store import StoreError
from annotator.ui.background import BackgroundOp, Task
from annotator.workspace import Workspace

Report = Callable[[str], None]


@lru_cache(maxsize=1)
def kb_people() -> tuple[tuple[str, str], ...]:
    """(name, id) of the knowledge base's people, or nothing when no base is installed.

    Read in one query, not person by person: building some 30,000 people with their terms
    took seconds on the first tagging of a session."""
    try:
        from annotator.checks.kb.model import default_kb

        return tuple(sorted((name, pid) for pid, name in default_kb().people_names().items()))
    except Exception:  # the app works without a knowledge base
        return ()


class Session(QObject):
    """A workspace plus the person working in it."""

    changed = Signal(object)  # set of article ids, or None for "anything may have changed"
    failed = Signal(str)
    imported = Signal(list)  # ids of the articles an import added (the checks look at them)

    def __init__(self, ws: Workspace, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor

    def set_actor(self, name: str) -> None:
        """Someone else works now: undo and redo follow the person, so views refresh."""
        if name != self.actor:
            self.actor = name
            self.changed.emit(set())

    def _guard(self, fn: Callable[..., Any], *args: Any, _report: Report | None = None, **kwargs: Any) -> Any:
        """Run a write; a refusal becomes a message (to ``_report`` or :attr:`failed`)."""
        try:
            return fn(*args, **kwargs)
        except (AnnotationError, PubDateError, StoreError, ValueError) as exc:
            (_report or self.failed.emit)(str(exc))
            return None

    # -- annotations -----------------------------------------------------------------------
    def tag(self, article_id: int, kind: str, start: int, end: int) -> dict | None:
        """Tag ``text[start:end]`` (snapped to whole words) as ``kind``."""
        text = self._text(article_id)
        start, end = snap_to_words(text, start, end)
        if start >= end:
            self.failed.emit("Select some words in the text first.")
            return None
        created = self._guard(self.ws.annotations.create, article_id, kind, start, end, annotator=self.actor)
        if created:
            self.changed.emit({article_id})
        return created

    def update(self, annotation: dict, changes: dict) -> dict | None:
        updated = self._guard(
            self.ws.annotations.update,
            annotation["id"],
            changes,
            actor=self.actor,
            expected_modified=annotation.get("modified"),
        )
        self.changed.emit({annotation["article_id"]})
        return updated

    def set_attrs(self, annotation: dict, **values: Any) -> dict | None:
        """Change some keys of an annotation's ``attrs`` (empty values are removed)."""
        current = self.ws.annotations.get(annotation["id"]) or annotation
        attrs = dict(current.get("attrs") or {})
        for key, value in values.items():
            if value in (None, ""):
                attrs.pop(key, None)
            else:
                attrs[key] = value
        if attrs == (current.get("attrs") or {}):
            return current
        return self.update(annotation, {"attrs": attrs})

    def delete(self, annotation: dict) -> None:
        self._guard(self.ws.annotations.delete, annotation["id"], actor=self.actor)
        self.changed.emit({annotation["article_id"]})

    def link(self, claim: dict, target_id: int | None, role: str) -> None:
        if target_id is None:
            if self.ws.annotations.linked(claim["id"], role) is not None:
                self._guard(self.ws.annotations.unlink, claim["id"], role, actor=self.actor)
        else:
            linked = self.ws.annotations.linked(claim["id"], role)
            if linked is None or linked["id"] != target_id:
                self._guard(self.ws.annotations.link, claim["id"], target_id, role, actor=self.actor)
        self.changed.emit({claim["article_id"]})

    # -- date suggestions --------------------------------------------------------------------
    def accept_suggestion(self, suggestion: dict) -> dict | None:
        """Turn a tagger suggestion into a Date annotation; returns it (None on failure)."""
        created = self._guard(self.ws.suggestions.accept, suggestion["id"], annotator=self.actor)
        if created:
            self.changed.emit({suggestion["article_id"]})
        return created

    def reject_suggestion(self, suggestion: dict) -> bool:
        """Reject a tagger suggestion for good; False when it could not be stored."""

        def reject() -> bool:
            self.ws.suggestions.reject(suggestion["id"], actor=self.actor)
            return True

        if not self._guard(reject):
            return False
        self.changed.emit({suggestion["article_id"]})
        return True

    # -- articles ----------------------------------------------------------------------------
    def edit_article(self, article_id: int, changes: dict) -> None:
        self._guard(self.ws.articles.update, article_id, changes, actor=self.actor)
        self.changed.emit({article_id})

    def set_published(self, article_id: int, text: str) -> bool:
        try:
            pub = parse_pubdate(text, "user") if text.strip() else None
        except PubDateError as exc:
            self.failed.emit(str(exc))
            return False
        self._guard(self.ws.articles.set_published, article_id, pub, actor=self.actor)
        self.changed.emit({article_id})
        return True

    # -- flags and the knowledge base -----------------------------------------------------------
    def decide_flag(self, flag: dict, decision: str, reason: str | None = None) -> bool:
        """Confirm or dismiss a flag; False when it could not be stored."""
        decided = self._guard(self.ws.flags.decide, flag["id"], decision, reviewer=self.actor, reason=reason)
        self.changed.emit({flag["article_id"]})
        return decided is not None

    def confirm_flag_as_claim(self, flag: dict, verdict: str | None) -> dict | None:
        """Confirm a flag and record its span as a claim with ``verdict``, in one step."""
        claim = self._guard(self.ws.flags.confirm_as_claim, flag["id"], reviewer=self.actor, verdict=verdict)
        self.changed.emit({flag["article_id"]})
        return claim

    def reopen_flag(self, flag: dict) -> None:
        """Take a decision back: the flag is open again."""
        self._guard(self.ws.flags.reopen, flag["id"], actor=self.actor)
        self.changed.emit({flag["article_id"]})

    def add_fact(self, kind: str, data: dict, report: Report | None = None) -> dict | None:
        """Store a knowledge-base fact; a fact that cannot be read goes to ``report``."""
        stored = self._guard(add_fact, self.ws, kind, data, author=self.actor, _report=report)
        if stored is not None:
            self.changed.emit(set())  # no article changed, but the undo step did
        return stored

    def correct_fact(self, fact_id: int, data: dict, report: Report | None = None) -> dict | None:
        """Replace one of the user's facts; a fact that cannot be read goes to ``report``."""
        stored = self._guard(correct_fact, self.ws, fact_id, data, author=self.actor, _report=report)
        if stored is not None:
            self.changed.emit(set())
        return stored

    def remove_fact(self, fact_id: int) -> dict | None:
        """Delete one of the user's facts (undo brings it back)."""
        removed = self._guard(remove_fact, self.ws, fact_id, author=self.actor)
        if removed is not None:
            self.changed.emit(set())
        return removed

    def import_sparql(self, path: str) -> list[int] | None:
        """Store a Wikidata SPARQL result's terms as facts of this person, one undo step."""
        stored = self._guard(import_sparql_facts, self.ws, path, author=self.actor)
        if stored is not None:
            self.changed.emit(set())
        return stored

    # -- curation --------------------------------------------------------------------------------
    def curate(self, article_id: int, uids: Sequence[str], pick: str, changes: dict) -> dict | None:
        """Store the picked version (with ``changes``) as the curated annotation."""
        created = self._guard(curate, self.ws, uids, reviewer=self.actor, pick=pick, changes=changes)
        if created is not None:
            self.changed.emit({article_id})
        return created

    # -- imports (on the background worker) ------------------------------------------------------
    def import_articles(
        self,
        paths: list[str],
        parent: QWidget | None,
        done: Callable[[ArticleImportReport], None],
        failed: Callable[[Exception], None],
    ) -> BackgroundOp:
        """Import article files and folders off the GUI thread; :attr:`imported` tells the ids."""

        def work(task: Task) -> ArticleImportReport:
            return task.ws.import_paths(paths, progress=task.progress, cancelled=task.cancelled)

        def finished(report: ArticleImportReport) -> None:
            done(report)
            self.imported.emit([i for result in report.results for i in result.article_ids or []])

        return (
            BackgroundOp(work, self.ws.path)
            .with_progress("Importing articles…")
            .on_success(finished)
            .on_failure(failed)
            .run(parent)
        )

    def import_annotations(
        self,
        path: str,
        parent: QWidget | None,
        done: Callable[[ImportReport], None],
        failed: Callable[[Exception], None],
    ) -> BackgroundOp:
        """Import a JSONL or W3C file as one undoable operation of this person."""
        actor = self.actor

        def work(task: Task) -> tuple[ImportReport, set[int]]:
            report = import_annotations(
                task.ws,
                path,
                actor=actor,
                progress=lambda n, total: task.progress(n, total),
                cancelled=task.cancelled,
            )
            return report, op_article_ids(task.ws.db, report.op_id)

        def finished(result: tuple[ImportReport, set[int]]) -> None:
            report, article_ids = result
            if article_ids:
                self.changed.emit(article_ids)
            done(report)

        return (
            BackgroundOp(work, self.ws.path)
            .with_progress("Importing annotations…")
            .on_success(finished)
            .on_failure(failed)
            .run(parent)
        )

    # -- history -----------------------------------------------------------------------------
    def undo(self) -> dict | None:
        return self._step(self.ws.undo)

    def redo(self) -> dict | None:
        return self._step(self.ws.redo)

    def _step(self, fn: Callable[[str], dict | None]) -> dict | None:
        op = self._guard(fn, self.actor)
        if op is not None:
            self.changed.emit(self.articles_of(op))
        return op

    def articles_of(self, op: dict) -> set[int] | None:
        """The articles an undone or redone operation touched (to refresh and to show)."""
        found: set[int] = set()
        for change in op.get("changes", []):
            for side in ("before", "after"):
                row = json.loads(change[side]) if change.get(side) else None
                if not row:
                    continue
                if change["tbl"] == "articles":
                    found.add(int(row["id"]))
                elif "article_id" in row:
                    found.add(int(row["article_id"]))
                elif change["tbl"] == "links":
                    annotation = self.ws.annotations.get(row["source_id"])
                    if annotation:
                        found.add(annotation["article_id"])
        return found or None

    def _text(self, article_id: int) -> str:
        row = self.ws.articles.get(article_id)
        return row["text"] if row else ""
