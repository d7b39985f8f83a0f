"""Render the real main window offscreen into a PNG (docs, reviews, regression checks)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from annotator.workspace import Workspace

DEFAULT_SIZE = (1400, 900)


def parse_size(text: str) -> tuple[int, int]:
    """``1400x900`` -> (1400, 900)."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f"size must look like 1400x900, not {text!r}")
    return int(width), int(height)


def render_screenshot(
    ws: Workspace,
    output: Path,
    *,
    article_id: int | None = None,
    view: str = "reader",
    size: tuple[int, int] = DEFAULT_SIZE,
    theme: str | None = None,
) -> Path:
    """Build the main window on ``ws``, show ``article_id`` and ``view``, save a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from annotator.ui.app import application
    from annotator.ui.background import BackgroundOp
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings
    from annotator.ui.theme import apply_theme

    app = application()
    settings = Settings()
    apply_theme(app, theme or settings.get("view/theme"))
    actor = os.environ.get("ANNOTATOR_USER") or settings.get("annotator/name") or "screenshot"
    # Work the window starts in the background (first checks of a new database)
    # must be in the picture: run it inline.
    BackgroundOp.synchronous = True
    window = MainWindow(ws, actor, settings, persist_layout=False)
    window.resize(*size)
    window.setMinimumSize(*size)
    window.setMaximumSize(*size)
    window.show()
    if article_id is not None and not window.article_pane.select_article(article_id):
        window.show_article(article_id)
    claim = next((a for a in window.annotations if a["kind"] == "claim"), None)
    if claim is not None:
        window.select_annotation(claim["id"])
    window.set_view(view)  # views not built yet fall back to the reader
    if view == "kb" and article_id is not None:
        _show_fact_of_first_flag(window, article_id)
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output), "PNG"):
        raise OSError(f"could not write {output}")
    window.close()
    window.deleteLater()
    return output


def _show_fact_of_first_flag(window: Any, article_id: int) -> None:
    """The knowledge base at the person or event the article's first flag used."""
    from annotator.checks.kb.browse import entry_of_flag

    for flag in window.session.ws.flags.list(article_id=article_id):
        found = entry_of_flag(flag)
        if found is not None:
            window.review.show_fact(*found)
            return
