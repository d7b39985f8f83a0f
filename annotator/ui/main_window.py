"""The main window: article list | header, legend and reader | tagging panel.

It wires the parts together and carries out the commands declared in
:mod:`annotator.ui.actions` (each handler below is named there). Every edit goes
through :class:`~annotator.ui.session.Session`, which stores it at once; the
views then reload what changed from the database.

Extension points: :meth:`add_view` puts another view (the inconsistency list,
the timeline) in a tab beside the reader; :meth:`add_dock` docks a panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.actions import MENU_ORDER, build_actions, window_specs
from annotator.ui.article_list import ArticleListPane
from annotator.ui.dialogs import HistoryDialog, PreferencesDialog, ShortcutsDialog
from annotator.ui.editing import EditingMixin
from annotator.ui.exchange_ops import ExchangeOpsMixin
from annotator.ui.file_ops import FileOpsMixin
from annotator.ui.header import ArticleHeader
from annotator.ui.highlighter import Legend
from annotator.ui.reader import Reader
from annotator.ui.review_commands import ReviewCommandsMixin
from annotator.ui.session import Session
from annotator.ui.settings import Settings
from annotator.ui.suggestions import SuggestionsMixin
from annotator.ui.tagging_panel import TaggingPanel
from annotator.ui.theme import apply_theme
from annotator.workspace import Workspace


class MainWindow(FileOpsMixin, ExchangeOpsMixin, EditingMixin, SuggestionsMixin,
                 ReviewCommandsMixin, QMainWindow):
    """One window on one workspace."""

    def __init__(
        self, ws: Workspace, actor: str, settings: Settings | None = None, *,
        persist_layout: bool = True,
    ) -> None:
        super().__init__()
        self.ws = ws
        self.settings = settings or Settings()
        self.persist_layout = persist_layout
        self.session = Session(ws, actor, self)
        self.article: dict | None = None
        self.annotations: list[dict] = []
        self.suggestions: list[dict] = []
        self.selected_id: int | None = None
        self.views: dict[str, QWidget] = {}
        self._default_splitter = False
        self.total_articles: int | None = None  # counted once; imports reset it
        self.setWindowTitle(f"annotator — {ws.path.name}")
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self._build()
        self.actions_by_key = build_actions(self)
        self._build_menus()
        self._connect()
        self._restore_layout()
        self.apply_font_size()
        self.refresh_annotator_filter()
        self.update_status()
        self.update_undo_labels()
        self.article_pane.select_row(0)
        from annotator.ui.flags_install import install_review_views

        install_review_views(self)  # Inconsistencies and Timeline tabs, checks

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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAutoHide(True)
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
        self.status_counts = QLabel()
        self.status_path = QLabel()
        self.status_path.setStyleSheet("color: palette(placeholder-text);")
        self.statusBar().addPermanentWidget(self.status_counts)
        self.statusBar().addPermanentWidget(self.status_path)

    def _build_menus(self) -> None:
        menus = {name: self.menuBar().addMenu(name) for name in MENU_ORDER}
        for name, menu in menus.items():
            menu.setObjectName(f"{name.lower()}_menu")
        menus["File"].aboutToShow.connect(self._fill_recent_menu)
        self.recent_menu = None
        previous_menu = None
        for spec in window_specs():
            menu = menus[spec.menu]
            if spec.key == "quit":
                self.recent_menu = menu.addMenu("Open &recent")
                menu.addSeparator()
            if spec.menu == previous_menu and spec.key in ("delete_annotation", "preferences",
                                                          "focus_search", "extend_span",
                                                          "accept_suggestion",
                                                          "import_annotations", "show_reader",
                                                          "add_fact", "agreement"):
                menu.addSeparator()
            menu.addAction(self.actions_by_key[spec.key])
            previous_menu = spec.menu

    def _connect(self) -> None:
        self.article_pane.article_chosen.connect(self.show_article)
        self.article_pane.filters_changed.connect(self.update_status)
        self.reader.annotation_clicked.connect(lambda i: self.select_annotation(i, scroll=False))
        self.panel.list.annotation_chosen.connect(self.select_annotation)
        self.panel.tag_requested.connect(self.tag_selection)
        self.panel.span_requested.connect(self.set_span)
        self.panel.extend_requested.connect(self.extend_span)
        self.panel.shrink_requested.connect(self.shrink_span)
        self.panel.history_requested.connect(self.show_history)
        self.panel.delete_requested.connect(self.delete_annotation)
        self.header.field_edited.connect(self._header_field_edited)
        self.header.pubdate_edited.connect(self._header_pubdate_edited)
        self.header.status_edited.connect(self._header_status_edited)
        self.session.changed.connect(self.on_changed)
        self.session.failed.connect(self.show_problem)

    # -- extension points -------------------------------------------------------------------------
    def add_view(self, key: str, title: str, widget: QWidget) -> None:
        """Add a view in a tab beside the reader (e.g. "flags", "timeline")."""
        self.views[key] = widget
        self.tabs.addTab(widget, title)

    def set_view(self, key: str) -> bool:
        """Show the view named ``key``; False when no such view exists (yet)."""
        widget = self.views.get(key)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def add_dock(self, title: str, widget: QWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{title.lower().replace(' ', '_')}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- showing -----------------------------------------------------------------------------------
    def show_article(self, article_id: int) -> None:
        """Show an article in the reader, header and panel."""
        row = self.ws.articles.get(article_id)
        self.article = row
        self.selected_id = None
        if row is None:
            self.reader.show_article("", [], [])
            self.header.show_article(None)
            self.panel.show_annotation(None, [])
            self.panel.list.set_annotations([], None)
            return
        self.annotations = self.ws.annotations.for_article(article_id)
        self.suggestions = self.load_suggestions(row)
        self.reader.show_article(row["text"], self.annotations, self.suggestions)
        self.header.show_article(row)
        self.panel.list.set_annotations(self.annotations, None)
        self.panel.show_annotation(None, [])
        self.update_status()

    def reload_annotations(self) -> None:
        """Re-read the current article's annotations after a change."""
        if self.article is None:
            return
        self.article = self.ws.articles.get(self.article["id"])
        if self.article is None:
            return
        self.annotations = self.ws.annotations.for_article(self.article["id"])
        self.suggestions = self.load_suggestions(self.article, run_tagger=False)
        if self.selected_id not in {a["id"] for a in self.annotations}:
            self.selected_id = None
        self.reader.selected_id = self.selected_id
        self.reader.set_annotations(self.annotations, self.suggestions)
        self.header.show_article(self.article)
        self.panel.list.set_annotations(self.annotations, self.selected_id)
        self.panel.show_annotation(self.selected_annotation(), self.speakers())

    def selected_annotation(self) -> dict | None:
        return next((a for a in self.annotations if a["id"] == self.selected_id), None)

    def speakers(self) -> list[dict]:
        return [a for a in self.annotations if a["kind"] == "speaker"]

    def select_annotation(self, annotation_id: int | None, *, scroll: bool = True) -> None:
        self.selected_id = annotation_id
        self.reader.select_annotation(annotation_id, scroll=scroll)
        self.panel.list.select_id(annotation_id)
        self.panel.show_annotation(self.selected_annotation(), self.speakers())

    def on_changed(self, article_ids: set[int] | None) -> None:
        self.article_pane.model.refresh_articles(article_ids)
        if self.article is not None and (article_ids is None or self.article["id"] in article_ids):
            self.reload_annotations()
        self.update_undo_labels()
        self.update_status()

    def update_status(self) -> None:
        shown = self.article_pane.model.rowCount()
        if self.total_articles is None:
            self.total_articles = self.ws.articles.count()
        total = self.total_articles
        counts = f"{shown:,} of {total:,} articles" if shown != total else f"{total:,} articles"
        if self.article is not None:
            claims = sum(1 for a in self.annotations if a["kind"] == "claim")
            counts += f"  ·  {len(self.annotations)} annotations, {claims} claims here"
        self.status_counts.setText(counts + f"  ·  {self.session.actor}")
        self.status_path.setText(str(self.ws.path))

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def apply_font_size(self) -> None:
        self.reader.set_font_size(int(self.settings.get("view/font_size")))

    # -- commands (names declared in actions.py) ---------------------------------------------
    def next_article(self) -> None:
        self.article_pane.move(1)

    def previous_article(self) -> None:
        self.article_pane.move(-1)

    def next_annotation(self) -> None:
        self._step_annotation(1)

    def previous_annotation(self) -> None:
        self._step_annotation(-1)

    def _step_annotation(self, step: int) -> None:
        if not self.annotations:
            return
        ids = [a["id"] for a in self.annotations]
        if self.selected_id in ids:
            row = (ids.index(self.selected_id) + step) % len(ids)
        else:
            row = 0 if step > 0 else len(ids) - 1
        self.select_annotation(ids[row])

    def focus_search(self) -> None:
        self.article_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.article_pane.search.selectAll()

    def focus_reader(self) -> None:
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_history(self) -> None:
        annotation = self.selected_annotation()
        if annotation is None:
            self.show_problem("Select an annotation to see its history.")
            return
        dialog = HistoryDialog(self.ws.history("annotations", annotation["id"]),
                               annotation["quote"][:50], self)
        dialog.open()
        self.history_dialog = dialog

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def preferences_dialog(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            from PySide6.QtWidgets import QApplication

            self.session.actor = self.settings.get("annotator/name") or self.session.actor
            apply_theme(QApplication.instance(), self.settings.get("view/theme"))
            self.apply_font_size()
            self.reader.repaint_annotations()
            self.update_status()
            self.update_undo_labels()

    # -- layout persistence ---------------------------------------------------------------------
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


__all__ = ["HistoryDialog", "MainWindow"]
