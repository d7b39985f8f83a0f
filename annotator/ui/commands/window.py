"""Commands about the window itself: history, preferences, keyboard help, quit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.ui.actions import command, shortcut_rows
from annotator.ui.dialogs import HistoryDialog, PreferencesDialog, ShortcutsDialog
from annotator.ui.theme import apply_theme
from annotator.ui.window_parts import WindowParts


class WindowCommands:
    """Dialogs about the work rather than the text, and leaving."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts
        self.history_dialog: HistoryDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

    @command("show_history", "Annotation &history…", "Edit", ("Ctrl+H",))
    def show_history(self) -> None:
        annotation = self.parts.display.selected()
        if annotation is None:
            self.parts.status.problem("Select an annotation to see its history.")
            return
        dialog = HistoryDialog(
            self.parts.ws.history("annotations", annotation["id"]),
            annotation["quote"][:50],
            self.parts.window,
        )
        dialog.open()
        self.history_dialog = dialog

    @command("preferences", "&Preferences…", "Edit", ("Ctrl+,",), separator=True)
    def preferences_dialog(self) -> None:
        settings = self.parts.settings
        if PreferencesDialog(settings, self.parts.window).exec():
            apply_theme(QApplication.instance(), settings.get("view/theme"))  # type: ignore[arg-type]
            self.apply_font_size()
            self.parts.reader.repaint_annotations()
            self.parts.session.set_actor(settings.get("annotator/name") or self.parts.session.actor)

    def apply_font_size(self) -> None:
        self.parts.reader.set_font_size(int(self.parts.settings.get("view/font_size")))

    @command("quit", "&Quit", "File", ("Ctrl+Q",), separator=True)
    def quit(self) -> None:
        self.parts.window.close()

    @command("shortcuts_help", "&Keyboard shortcuts", "Help", ("F1", "?"))
    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(self.parts.specs), self.parts.window)
        self.shortcuts_dialog.open()
