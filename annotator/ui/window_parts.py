"""What the commands and review views of one window work with: its parts, typed, built once."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from annotator.ui.actions import ActionSpec
from annotator.ui.article_display import ArticleDisplay
from annotator.ui.article_list import ArticleListPane
from annotator.ui.header import ArticleHeader
from annotator.ui.reader import Reader
from annotator.ui.session import Session
from annotator.ui.settings import Settings
from annotator.ui.status_line import StatusLine
from annotator.ui.view_tabs import ViewTabs
from annotator.workspace import Workspace


@dataclass(slots=True)
class WindowParts:
    """The window's collaborators. ``actions`` and ``specs`` fill in once the actions exist."""

    window: QMainWindow  # the parent of dialogs
    session: Session  # every write
    settings: Settings
    display: ArticleDisplay  # the shown article and the selected annotation
    article_pane: ArticleListPane
    reader: Reader
    header: ArticleHeader
    tabs: ViewTabs
    status: StatusLine
    actions: dict[str, QAction] = field(default_factory=dict)
    specs: list[ActionSpec] = field(default_factory=list)  # every command, for the help screen

    @property
    def ws(self) -> Workspace:
        return self.session.ws

    def add_dock(
        self, title: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"dock_{title.lower().replace(' ', '_')}")
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock
