"""The article list: a lazy table model (ids only, rows fetched by page) and its filter bar.

The model keeps the ordered article ids from ``ws.articles.ids`` (sorting and
filtering happen in SQL) and asks ``ws.articles.rows`` only for the pages the
view actually paints, so 100,000 articles scroll as smoothly as five.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.articles import Articles
from annotator.core.vocabulary import vocabulary
from annotator.workspace import Workspace

PAGE_SIZE = 100
MAX_PAGES = 64
ANY = ""

# (header, row key, SQL sort key)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Title", "title", "title"),
    ("Outlet", "outlet", "outlet"),
    ("Published", "published", "published"),
    ("Claims", "claims", "claims"),
    ("Flags", "open_flags", "open_flags"),
    ("State", "status", "status"),
)
NUMERIC = {"claims", "open_flags"}
DEFAULT_SORT_COLUMN = 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class ArticleFilter:
    """What the filter bar asks for; turned into the ``where`` of ``ws.articles.ids``."""

    search: str = ""
    status: str = ANY
    verdict: str = ANY
    open_flags: bool = False
    annotator: str = ANY

    def where(self) -> tuple[str, list[Any]]:
        return Articles.filter_clause(
            status=self.status or None,
            verdict=self.verdict or None,
            annotator=self.annotator or None,
            open_flags=self.open_flags,
        )


class ArticleListModel(QAbstractTableModel):
    """Article ids in list order; rows fetched lazily, a page at a time, and cached."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.filter = ArticleFilter()
        # Newest first: what a fact-checker looks for, and served by the index on published.
        self.sort_column = DEFAULT_SORT_COLUMN
        self.sort_key = COLUMNS[DEFAULT_SORT_COLUMN][2]
        self.descending = True
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the ordered ids again (after a filter, sort or import)."""
        where, params = self.filter.where()
        ids = self.ws.articles.ids(
            order_by=self.sort_key,
            descending=self.descending,
            where=where,
            params=params,
            search=self.filter.search or None,
        )
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._pages.clear()
        self.endResetModel()

    def refresh_articles(self, article_ids: set[int] | None = None) -> None:
        """Forget cached rows (of some articles, or all) and repaint them."""
        if not self._ids:
            return
        if article_ids is None:
            self._pages.clear()
            last = self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        for article_id in article_ids:
            row = self.row_of(article_id)
            if row is None:
                continue
            self._pages.pop(row // PAGE_SIZE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, article_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {article_id: row for row, article_id in enumerate(self._ids)}
        return self._row_of.get(article_id)

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _row(self, row: int) -> dict | None:
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            cached = self.ws.articles.rows(ids)
            self._pages[page] = cached
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section][0]
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][1] in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        value = row.get(key)
        if key == "status":
            return vocabulary().label("workflow_states", value)
        if key == "published" and value and row.get("published_precision") == "range":
            return f"≈ {value}"
        if key in NUMERIC:
            return int(value or 0) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole and key != "title":
            return None
        return value or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; a column of -1 (indicator cleared) means import order."""
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else "id"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # already in this order (the view re-applies it when sorting is enabled)
        self.sort_column, self.sort_key, self.descending = column, key, descending
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept_ids = [self.article_id(index.row()) for index in persistent]
        where, params = self.filter.where()
        self._ids = self.ws.articles.ids(
            order_by=self.sort_key,
            descending=self.descending,
            where=where,
            params=params,
            search=self.filter.search or None,
        )
        self._row_of = None
        self._pages.clear()
        moved = []
        for index, article_id in zip(persistent, kept_ids, strict=True):
            row = self.row_of(article_id) if article_id is not None else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


class ArticleListPane(QWidget):
    """Search box, filters and the table; emits the chosen article id."""

    article_chosen = Signal(int)
    filters_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(ws, self)
        self.search = QLineEdit(placeholderText="Search text and annotations")
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("article_search")
        self.status_filter = self._combo("Any state", vocabulary().workflow_states)
        self.verdict_filter = self._combo("Any verdict", vocabulary().verdicts)
        self.flags_filter = QComboBox()
        self.flags_filter.addItem("All articles", False)
        self.flags_filter.addItem("With open flags", True)
        self.annotator_filter = QComboBox()
        self.table = QTableView()
        self.table.setObjectName("article_table")
        self.table.setModel(self.model)
        self._setup_table()
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.verdict_filter, self.flags_filter, self.annotator_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.status_filter, 0, 0)
        grid.addWidget(self.verdict_filter, 0, 1)
        grid.addWidget(self.flags_filter, 1, 0)
        grid.addWidget(self.annotator_filter, 1, 1)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _combo(any_label: str, terms: tuple) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_label, ANY)
        for term in terms:
            combo.addItem(term.label, term.key)
        return combo

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSortIndicator(DEFAULT_SORT_COLUMN, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setSortIndicatorClearable(True)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 84), (2, 86), (3, 48), (4, 40), (5, 74)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        table.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_annotators(self, names: list[str]) -> None:
        current = self.annotator_filter.currentData()
        self.annotator_filter.blockSignals(True)
        self.annotator_filter.clear()
        self.annotator_filter.addItem("Any annotator", ANY)
        for name in names:
            self.annotator_filter.addItem(name, name)
        found = self.annotator_filter.findData(current)
        self.annotator_filter.setCurrentIndex(max(found, 0))
        self.annotator_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self._debounce.stop()
        current = self.current_article_id()
        self.model.filter = ArticleFilter(
            search=self.search.text().strip(),
            status=self.status_filter.currentData() or ANY,
            verdict=self.verdict_filter.currentData() or ANY,
            open_flags=bool(self.flags_filter.currentData()),
            annotator=self.annotator_filter.currentData() or ANY,
        )
        self.model.reload()
        if current is not None and self.model.row_of(current) is not None:
            self.select_article(current, emit=False)
        self.filters_changed.emit()

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.article_id(index.row()) if index.isValid() else None

    def select_article(self, article_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self.table.blockSignals(not emit)
        self.table.selectionModel().blockSignals(not emit)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    # Shadows QWidget.move(x, y) with another meaning: to be renamed once the GUI's
    # navigation commands, its callers, have settled.
    def move(self, step: int) -> None:  # type: ignore[override]
        index = self.table.currentIndex()
        row = index.row() + step if index.isValid() else 0
        self.select_row(max(0, min(row, self.model.rowCount() - 1)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.model.article_id(current.row()) if current.isValid() else None
        if article_id is not None:
            self.article_chosen.emit(article_id)
