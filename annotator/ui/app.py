"""Starting the desktop app."""

from __future__ import annotations

import sys


def run_app(db_path: str | None = None, argv: list[str] | None = None) -> int:
    """Open the main window on the database at ``db_path`` (default: the user's)."""
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from annotator.core.workspace import Workspace
    from annotator.store import StoreError

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    try:
        workspace = Workspace.open(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "annotator", str(exc))
        return 2
    label = QLabel(f"{workspace.articles.count()} articles in {workspace.path}")
    label.setWindowTitle("annotator")
    label.resize(600, 200)
    label.show()
    return app.exec()
