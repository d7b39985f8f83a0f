"""The Go menu: move between articles and annotations, jump to the search field or the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.ui.actions import command
from annotator.ui.window_parts import WindowParts


class NavigationCommands:
    """Moving around without the mouse (J/K articles, N/P annotations)."""

    def __init__(self, parts: WindowParts) -> None:
        self.parts = parts

    @command("next_article", "&Next article", "Go", ("Ctrl+Down", "J"))
    def next_article(self) -> None:
        self.parts.article_pane.move(1)

    @command("prev_article", "&Previous article", "Go", ("Ctrl+Up", "K"))
    def previous_article(self) -> None:
        self.parts.article_pane.move(-1)

    @command("next_annotation", "Next a&nnotation", "Go", ("N",))
    def next_annotation(self) -> None:
        self.parts.display.step(1)

    @command("prev_annotation", "Previous annotati&on", "Go", ("P",))
    def previous_annotation(self) -> None:
        self.parts.display.step(-1)

    @command("focus_search", "&Search articles", "Go", ("Ctrl+F",), separator=True)
    def focus_search(self) -> None:
        search = self.parts.article_pane.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    @command("focus_reader", "&Reader", "Go", ("Ctrl+R",))
    def focus_reader(self) -> None:
        self.parts.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)
