"""Table model over every flag of the corpus: ids in sort order, rows fetched by page.

The database sorts and filters; the model keeps only the ordered list of flag
ids (a few kilobytes for 10,000 flags) and reads the rows a view actually paints,
a page at a time. Filters are ``ws.flags.where`` conditions plus a text search,
so the view, the command line and the tests agree on what "open" means.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

PAGE_SIZE = 200
FLAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLORS = {"error": "#d9534f", "warning": "#e0a030", "info": "#5b8def"}
STATE_LABELS = {"open": "Open", "confirmed": "Confirmed", "dismissed": "Dismissed"}
#: The confidence filter's choices: the likely errors (shown by default) and the rest.
CONFIDENCE_LABELS = {"high": "Likely errors", "low": "Less sure"}

#: (header, sort key of ``ws.flags.ids``/row key of ``ws.flags.rows``)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("State", "state"),
    ("Severity", "severity"),
    ("Rule", "rule"),
    ("Article", "article_title"),
    ("Quote", "quote"),
    ("Message", "message"),
    ("Reviewer", "reviewer"),
    ("Decided", "decided_at"),
)
Ptr = QModelIndex | QPersistentModelIndex


class FlagsModel(QAbstractTableModel):
    """Flags matching the current filters, in the current sort order."""

    def __init__(self, ws: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.filters: dict[str, Any] = {}
        self.search = ""
        self.sort_column = 1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self._row_of: dict[int, int] | None = None
        self.reload()

    # -- queries ---------------------------------------------------------------------------------
    def _query_ids(self) -> list[int]:
        return self.ws.flags.ids(
            order_by=COLUMNS[self.sort_column][1],
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            search=self.search,
            **self.filters,
        )

    def _fetch_page(self, row: int) -> None:
        first = row - row % PAGE_SIZE
        wanted = [i for i in self._ids[first : first + PAGE_SIZE] if i not in self._rows]
        if wanted:
            self._rows.update(self.ws.flags.rows(wanted))

    # -- public API ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-run the id query (after filters, sorting or any change to flags or reviews)."""
        self.beginResetModel()
        self._ids = self._query_ids()
        self._rows.clear()
        self._row_of = None
        self.endResetModel()

    def set_filters(self, search: str = "", **filters: Any) -> None:
        self.filters = filters
        self.search = search.strip()
        self.reload()

    def flag_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, flag_id: int | None) -> int:
        """The row showing ``flag_id``, or -1."""
        if self._row_of is None:
            self._row_of = {fid: row for row, fid in enumerate(self._ids)}
        return -1 if flag_id is None else self._row_of.get(flag_id, -1)

    def row_data(self, row: int) -> dict | None:
        flag_id = self.flag_id(row)
        if flag_id is None:
            return None
        if flag_id not in self._rows:
            self._fetch_page(row)
        return self._rows.get(flag_id)

    # -- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent: Ptr = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Ptr = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][0]
        return None

    def data(self, index: Ptr, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("quote", "message", "article_title"):
                return row.get(key)
            if key == "state" and row.get("reason"):
                return f"{STATE_LABELS[row['state']]}: {row['reason']}"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "severity":
            return QColor(SEVERITY_COLORS.get(row["severity"], "#888888"))
        if role == FLAG_ID_ROLE:
            return row["id"]
        return None

    @staticmethod
    def _display(row: dict, key: str) -> str:
        value = row.get(key)
        if key == "state":
            state = value or ""
            return STATE_LABELS.get(state, state)
        if key == "severity":
            return (value or "").capitalize()
        if key == "decided_at":
            return (value or "")[:16].replace("T", " ")
        text = "" if value is None else str(value)
        return " ".join(text.split())[:160]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return  # the rows are in that order already (the view asks twice for one click)
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistents = self.persistentIndexList()
        old = [self.flag_id(i.row()) for i in persistents]
        self._ids = self._query_ids()
        self._row_of = None
        for persistent, flag_id in zip(persistents, old, strict=True):
            row = self.row_of(flag_id)
            self.changePersistentIndex(
                persistent, self.index(row, persistent.column()) if row >= 0 else QModelIndex()
            )
        self.layoutChanged.emit()
