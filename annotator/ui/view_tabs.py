"""The tabs beside the article list: the reader, and the views added to it by key."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


class ViewTabs(QTabWidget):
    """Views by key ("reader", "flags", "timeline"); the tab bar hides while there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("views")
        self.setDocumentMode(True)
        self.tabBar().setAutoHide(True)
        self.views: dict[str, QWidget] = {}

    def add_view(self, key: str, title: str, widget: QWidget) -> None:
        self.views[key] = widget
        self.addTab(widget, title)

    def set_view(self, key: str) -> bool:
        """Show the view named ``key``; False when no such view exists (yet)."""
        widget = self.views.get(key)
        if widget is None:
            return False
        self.setCurrentWidget(widget)
        return True
