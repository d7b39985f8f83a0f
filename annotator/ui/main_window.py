"""The main window: article list | header, legend and reader | tagging panel.

It builds its parts, hands them typed to the command groups of
:mod:`annotator.ui.commands` (each command declared once with its action, keys
and menu place) and wires the signals. Every edit goes through
:class:`~annotator.ui.session.Session`, which stores it at once; the views then
reload what changed from the database. Opening another database is asked of the
application (:attr:`MainWindow.open_requested`), which owns the windows.

Extension points: :meth:`add_view` puts another view (the inconsistency list,
the timeline) in a tab beside the reader; :meth:`add_dock` docks a panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.ui.actions import MENU_ORDER, build_actions, keys_of
from annotator.ui.article_display import ArticleDisplay
from annotator.ui.article_list import ArticleListPane
from annotator.ui.commands import CommandSet, action_specs
from annotator.ui.commands.editing import EditingCommands
from annotator.ui.commands.exchange import ExchangeCommands
from annotator.ui.commands.files import FileCommands
from annotator.ui.commands.navigation import NavigationCommands
from annotator.ui.commands.review import ReviewCommands
from annotator.ui.commands.suggestions import SuggestionCommands
from annotator.ui.commands.window import WindowCommands
from annotator.ui.flags_install import ReviewViews
from annotator.ui.header import ArticleHeader
from annotator.ui.highlighter import Legend
from annotator.ui.reader import Reader
from annotator.ui.session import Session
from annotator.ui.settings import Settings
from annotator.ui.status_line import StatusLine
from annotator.ui.tagging_panel import TaggingPanel
from annotator.ui.view_tabs import ViewTabs
from annotator.ui.window_parts import WindowParts
from annotator.workspace import Workspace


class MainWindow(QMainWindow):
    """One window on one workspace."""

    open_requested = Signal(str, bool)  # a database path, and whether a new one gets the samples
    closed = Signal()
    imported = Signal(list)  # ids of the articles an import added (the session's, passed on)

    def __init__(
        self,
        ws: Workspace,
        actor: str,
        settings: Settings | None = None,
        *,
        persist_layout: bool = True,
    ) -> None:
        super().__init__()
        self.ws = ws
        self.settings = settings or Settings()
        self.persist_layout = persist_layout
        self.session = Session(ws, actor, self)
        self._default_splitter = False
        self.setWindowTitle(f"annotator — {ws.path.name}")
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self._build()
        self.display = ArticleDisplay(
            self.session, self.reader, self.header, self.panel, self.show_problem, self
        )
        self.status = StatusLine(self.statusBar(), self.session, self.article_pane, self.display)
        self.parts = WindowParts(
            window=self,
            session=self.session,
            settings=self.settings,
            display=self.display,
            article_pane=self.article_pane,
            reader=self.reader,
            header=self.header,
            tabs=self.tabs,
            status=self.status,
        )
        self.review = ReviewViews(self.parts)  # flags and timeline tabs, the checks
        self.commands = CommandSet(
            files=FileCommands(self.parts, self.open_requested.emit),
            exchange=ExchangeCommands(self.parts),
            editing=EditingCommands(self.parts),
            suggestions=SuggestionCommands(self.parts),
            navigation=NavigationCommands(self.parts),
            review=ReviewCommands(self.parts, self.review),
            window=WindowCommands(self.parts),
        )
        self.actions_by_key: dict[str, QAction] = build_actions(self, self.commands.groups())
        self.parts.actions.update(self.actions_by_key)
        self.parts.specs.extend(action_specs())
        self._build_menus()
        self._show_keys()
        self._connect()
        self._restore_layout()
        self.commands.window.apply_font_size()
        self.article_pane.set_annotators(ws.annotations.annotators())
        self.status.update()
        self.commands.editing.update_undo_labels()
        self.article_pane.select_row(0)

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.article_pane = ArticleListPane(self.ws)
        self.header = ArticleHeader()
        self.legend = Legend()
        self.reader = Reader()
        reader_page = QWidget()
        reader_page.setObjectName("reader_page")
        column = QVBoxLayout(reader_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        legend_row = QWidget()
        legend_layout = QVBoxLayout(legend_row)
        legend_layout.setContentsMargins(18, 2, 18, 6)
        legend_layout.addWidget(self.legend)
        column.addWidget(legend_row)
        column.addWidget(self.reader, 1)
        self.tabs = ViewTabs()
        self.add_view("reader", "Reader", reader_page)
        self.panel = TaggingPanel(self.session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.article_pane.setMinimumWidth(340)
        self.splitter.setSizes([520, 540, 340])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        """The menus in :data:`MENU_ORDER`, each command where its declaration puts it."""
        menus = {name: self.menuBar().addMenu(name) for name in MENU_ORDER}
        for name, menu in menus.items():
            menu.setObjectName(f"{name.lower()}_menu")
        for spec in self.parts.specs:
            if spec.menu not in menus:
                continue  # keys of one view (the inconsistency list), not window actions
            if spec.separator:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self.actions_by_key[spec.key])
        menus["File"].insertMenu(self.actions_by_key["new_db"], self.commands.files.recent_menu)

    def _show_keys(self) -> None:
        """Buttons and fields that run a command show its keys, read from its action."""
        panel, actions = self.panel, self.actions_by_key
        for widget, key in (
            (panel.shrink, "shrink_span"),
            (panel.extend, "extend_span"),
            (panel.history, "show_history"),
            (panel.delete, "delete_annotation"),
        ):
            widget.setToolTip(f"{widget.toolTip()} ({keys_of(actions[key])})")
        search = self.article_pane.search
        search.setPlaceholderText(f"{search.placeholderText()}  ({keys_of(actions['focus_search'])})")

    def _connect(self) -> None:
        editing, display = self.commands.editing, self.display
        self.article_pane.article_chosen.connect(display.show)
        self.article_pane.filters_changed.connect(self.status.update)
        display.shown.connect(self.status.update)
        self.reader.annotation_clicked.connect(lambda i: display.select(i, scroll=False))
        self.panel.list.annotation_chosen.connect(display.select)
        self.panel.tag_requested.connect(editing.tag_selection)
        self.panel.span_requested.connect(editing.set_span)
        self.panel.extend_requested.connect(editing.extend_span)
        self.panel.shrink_requested.connect(editing.shrink_span)
        self.panel.history_requested.connect(self.commands.window.show_history)
        self.panel.delete_requested.connect(editing.delete_annotation)
        self.header.field_edited.connect(editing.header_field_edited)
        self.header.pubdate_edited.connect(editing.header_pubdate_edited)
        self.header.status_edited.connect(editing.header_status_edited)
        self.session.changed.connect(self.on_changed)
        self.session.failed.connect(self.show_problem)
        self.session.imported.connect(self.imported)

    # -- extension points -------------------------------------------------------------------------
    def add_view(self, key: str, title: str, widget: QWidget) -> None:
        """Add a view in a tab beside the reader (e.g. "flags", "timeline")."""
        self.tabs.add_view(key, title, widget)

    def set_view(self, key: str) -> bool:
        """Show the view named ``key``; False when no such view exists (yet)."""
        return self.tabs.set_view(key)

    @property
    def views(self) -> dict[str, QWidget]:
        return self.tabs.views

    def add_dock(
        self, title: str, widget: QWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea
    ) -> QDockWidget:
        return self.parts.add_dock(title, widget, area)

    # -- the shown article (kept by self.display) -------------------------------------------------
    @property
    def article(self) -> dict | None:
        return self.display.article

    @property
    def annotations(self) -> list[dict]:
        return self.display.annotations

    @property
    def suggestions(self) -> list[dict]:
        return self.display.suggestions

    @property
    def selected_id(self) -> int | None:
        return self.display.selected_id

    def show_article(self, article_id: int) -> None:
        self.display.show(article_id)

    def reload_annotations(self) -> None:
        self.display.reload()

    def select_annotation(self, annotation_id: int | None, *, scroll: bool = True) -> None:
        self.display.select(annotation_id, scroll=scroll)

    def on_changed(self, article_ids: set[int] | None) -> None:
        """The session stored something: refresh the list rows, the article, undo and counts."""
        self.article_pane.model.refresh_articles(article_ids)
        article = self.display.article
        if article is not None and (article_ids is None or article["id"] in article_ids):
            self.display.reload()
        self.commands.editing.update_undo_labels()
        self.status.update()

    def show_problem(self, message: str) -> None:
        self.status.problem(message)

    # -- drag and drop, layout persistence --------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.commands.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.commands.files.drop(event)

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
            self._default_splitter = True
        state = self.settings.get("window/state")
        if state and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get("window/splitter")
        if splitter and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_splitter:  # first start: a third for the list, the panel beside
            self._default_splitter = False
            width = max(self.width(), 900)
            self.splitter.setSizes([int(width * 0.35), int(width * 0.41), int(width * 0.24)])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing to save but the layout: every edit is already in the database."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # commits a field being edited
        if self.persist_layout:
            self.settings.set("window/geometry", self.saveGeometry())
            self.settings.set("window/state", self.saveState())
            self.settings.set("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


__all__ = ["MainWindow"]
