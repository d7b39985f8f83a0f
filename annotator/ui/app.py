"""Starting the desktop app: settings, theme, the annotator's name, the database."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator.paths import default_db_path, resource_path
from annotator.store import StoreError
from annotator.ui.settings import APPLICATION, ORGANIZATION, Settings
from annotator.workspace import Workspace

ACTOR_ENV_VAR = "ANNOTATOR_USER"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so settings land in the right place."""
    app = QApplication.instance()
    if app is None:
        if not QApplication.organizationName():
            QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName("annotator")
        QApplication.setDesktopFileName("annotator")
        app = QApplication(argv or sys.argv[:1])
        icon = resource_path("icons", "annotator.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def annotator_name(settings: Settings, *, ask: bool = True) -> str | None:
    """The person's name: $ANNOTATOR_USER, then the settings, then asked once and kept."""
    name = os.environ.get(ACTOR_ENV_VAR) or settings.get("annotator/name")
    if name:
        return name
    if not ask:
        return None
    from annotator.ui.dialogs import ask_annotator_name

    name = ask_annotator_name(None)
    if name:
        settings.set("annotator/name", name)
    return name


def open_workspace(db_path: str | Path | None) -> Workspace | None:
    """Open the database, or explain in a dialog why it cannot be opened."""
    from annotator.ui.dialogs import show_store_error

    path = Path(db_path) if db_path else default_db_path()
    try:
        return Workspace.open(path)
    except StoreError as exc:
        show_store_error(None, str(path), str(exc))
        return None


def arm_test_hooks(app: QApplication) -> None:
    """Hooks for the startup benchmark and the bundle smoke test (tests/bench, packaging/).

    ``ANNOTATOR_STARTUP_PROBE``: once the window is shown and the event loop has
    gone idle, print ``annotator-startup-probe <seconds since the epoch>``.
    ``ANNOTATOR_QUIT_AFTER_MS``: quit that long after the event loop starts.
    """
    from PySide6.QtCore import QTimer

    if os.environ.get("ANNOTATOR_STARTUP_PROBE"):

        def report() -> None:
            app.processEvents()  # the first paint, when still pending
            print(f"annotator-startup-probe {time.time():.6f}", flush=True)

        QTimer.singleShot(0, report)
    quit_after = os.environ.get("ANNOTATOR_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)


def run_app(db_path: str | None = None, argv: list[str] | None = None) -> int:
    """Open the main window on the database at ``db_path`` (default: the user's)."""
    from annotator.ui.theme import apply_theme
    from annotator.ui.windows import Windows

    app = application(argv)
    settings = Settings()
    apply_theme(app, settings.get("view/theme"))
    actor = annotator_name(settings)
    if not actor:
        return 1
    workspace = open_workspace(db_path)
    if workspace is None:
        return 2
    windows = Windows(settings, actor)
    windows.show(workspace)
    arm_test_hooks(app)
    code = app.exec()
    from annotator.ui.background import shutdown_background

    shutdown_background()
    return code
