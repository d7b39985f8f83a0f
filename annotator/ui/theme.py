"""Light, dark, or whatever the system uses, on the Fusion style everywhere.

Fusion draws the same on every platform and honours the palette fully, so
the dark palette below (and the system's own, when it is dark) gives
readable contrast for the translucent annotation colours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#25272b",
        QPalette.ColorRole.WindowText: "#e3e3e3",
        QPalette.ColorRole.Base: "#1d1f22",
        QPalette.ColorRole.AlternateBase: "#23262a",
        QPalette.ColorRole.ToolTipBase: "#2e3136",
        QPalette.ColorRole.ToolTipText: "#e3e3e3",
        QPalette.ColorRole.PlaceholderText: "#8a8f98",
        QPalette.ColorRole.Text: "#e3e3e3",
        QPalette.ColorRole.Button: "#2e3136",
        QPalette.ColorRole.ButtonText: "#e3e3e3",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7aa7e8",
        QPalette.ColorRole.Mid: "#3a3d42",
        QPalette.ColorRole.Midlight: "#34373c",
        QPalette.ColorRole.Dark: "#17181a",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c7078"))
    return palette


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f4f2"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f7f5"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b7f86"))
    return palette


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``theme`` (system, light or dark) to the whole application."""
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    app.setPalette(dark_palette() if dark else light_palette())
