"""Every command of the main window, declared once.

Menus, shortcuts and the shortcuts help screen are all built from
:data:`ACTIONS`, so a shortcut cannot be documented in one place and bound
differently in another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator.core.vocabulary import vocabulary


class ActionId(Enum):
    OPEN_DB = auto()
    NEW_DB = auto()
    IMPORT_FILES = auto()
    IMPORT_FOLDER = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    DELETE_ANNOTATION = auto()
    SHOW_HISTORY = auto()
    PREFERENCES = auto()
    NEXT_ARTICLE = auto()
    PREV_ARTICLE = auto()
    NEXT_ANNOTATION = auto()
    PREV_ANNOTATION = auto()
    FOCUS_SEARCH = auto()
    FOCUS_READER = auto()
    EXTEND_SPAN = auto()
    SHRINK_SPAN = auto()
    ACCEPT_SUGGESTION = auto()
    REJECT_SUGGESTION = auto()
    SHORTCUTS_HELP = auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """What a command is called, its keys, the menu it sits in, and the window method it runs."""

    key: str
    text: str
    shortcuts: tuple[str, ...]
    menu: str
    handler: str
    arg: str | None = None
    tip: str = ""


#: (id, text, keys, menu, window method); the id's lower-case name is the action's key.
_TABLE: tuple[tuple[ActionId, str, tuple[str, ...], str, str], ...] = (
    (ActionId.OPEN_DB, "&Open database…", ("Ctrl+O",), "File", "open_database_dialog"),
    (ActionId.NEW_DB, "&New database…", ("Ctrl+Shift+N",), "File", "new_database_dialog"),
    (ActionId.IMPORT_FILES, "&Import files…", ("Ctrl+I",), "File", "import_files_dialog"),
    (ActionId.IMPORT_FOLDER, "Import &folder…", ("Ctrl+Shift+I",), "File", "import_folder_dialog"),
    (ActionId.QUIT, "&Quit", ("Ctrl+Q",), "File", "close"),
    (ActionId.UNDO, "&Undo", (QKeySequence.StandardKey.Undo.name,), "Edit", "undo"),
    (ActionId.REDO, "&Redo", (QKeySequence.StandardKey.Redo.name, "Ctrl+Shift+Z", "Ctrl+Y"), "Edit", "redo"),
    (ActionId.DELETE_ANNOTATION, "&Delete annotation", ("Del",), "Edit", "delete_annotation"),
    (ActionId.SHOW_HISTORY, "Annotation &history…", ("Ctrl+H",), "Edit", "show_history"),
    (ActionId.PREFERENCES, "&Preferences…", ("Ctrl+,",), "Edit", "preferences_dialog"),
    (ActionId.NEXT_ARTICLE, "&Next article", ("Ctrl+Down", "J"), "Go", "next_article"),
    (ActionId.PREV_ARTICLE, "&Previous article", ("Ctrl+Up", "K"), "Go", "previous_article"),
    (ActionId.NEXT_ANNOTATION, "Next a&nnotation", ("N",), "Go", "next_annotation"),
    (ActionId.PREV_ANNOTATION, "Previous annotati&on", ("P",), "Go", "previous_annotation"),
    (ActionId.FOCUS_SEARCH, "&Search articles", ("Ctrl+F",), "Go", "focus_search"),
    (ActionId.FOCUS_READER, "&Reader", ("Ctrl+R",), "Go", "focus_reader"),
    (ActionId.EXTEND_SPAN, "E&xtend span by a word", ("Ctrl+Shift+Right",), "Tag", "extend_span"),
    (ActionId.SHRINK_SPAN, "S&hrink span by a word", ("Ctrl+Shift+Left",), "Tag", "shrink_span"),
    (ActionId.ACCEPT_SUGGESTION, "&Accept date suggestion", ("A",), "Tag", "accept_suggestion"),
    (ActionId.REJECT_SUGGESTION, "Re&ject date suggestion", ("X",), "Tag", "reject_suggestion"),
    (ActionId.SHORTCUTS_HELP, "&Keyboard shortcuts", ("F1", "?"), "Help", "show_shortcuts"),
)
_FIXED: tuple[tuple[ActionId, ActionSpec], ...] = tuple(
    (aid, ActionSpec(aid.name.lower(), text, keys, menu, handler))
    for aid, text, keys, menu, handler in _TABLE
)


def action_specs() -> list[ActionSpec]:
    """The fixed commands plus one per annotation kind and one per verdict (from the vocabulary)."""
    vocab = vocabulary()
    specs = [spec for _, spec in _FIXED]
    for term in vocab.kinds:
        keys = (term.shortcut,) if term.shortcut else ()
        specs.append(
            ActionSpec(f"tag_{term.key}", f"Tag as {term.label}", keys, "Tag", "tag_selection", term.key)
        )
    for number, term in enumerate(vocab.verdicts, start=1):
        keys = (str(number),) if number <= 9 else ()
        specs.append(
            ActionSpec(
                f"verdict_{term.key}", f"Verdict: {term.label}", keys, "Verdict", "set_verdict", term.key
            )
        )
    return specs


MENU_ORDER = ("File", "Edit", "Go", "Tag", "Verdict", "Help")


def spec_for(action_id: ActionId) -> ActionSpec:
    return dict(_FIXED)[action_id]


def build_actions(window: QWidget) -> dict[str, QAction]:
    """Create every action on ``window``, connected to the window method its spec names."""
    actions: dict[str, QAction] = {}
    for spec in action_specs():
        action = QAction(spec.text, window)
        action.setObjectName(spec.key)
        sequences: list[QKeySequence] = []
        for key in spec.shortcuts:
            for sequence in _sequences(key):
                if sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        if spec.shortcuts:
            action.setToolTip(f"{spec.text.replace('&', '').rstrip('…')} ({spec.shortcuts[0]})")
        handler = getattr(window, spec.handler)
        if spec.arg is None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        else:
            action.triggered.connect(lambda _checked=False, h=handler, a=spec.arg: h(a))
        window.addAction(action)
        actions[spec.key] = action
    return actions


def _sequences(key: str) -> list[QKeySequence]:
    """A spec's key: a portable name ("Undo" = the platform's keys) or a literal sequence."""
    standard = getattr(QKeySequence.StandardKey, key, None)
    if isinstance(standard, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(standard)
    return [QKeySequence(key)]


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, command, keys) for the help screen, in menu order."""
    rows = []
    for menu in MENU_ORDER:
        for spec in action_specs():
            if spec.menu == menu:
                shown: list[str] = []
                for key in spec.shortcuts:
                    for sequence in _sequences(key):
                        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                        if text not in shown:
                            shown.append(text)
                keys = ", ".join(shown)
                rows.append((menu, spec.text.replace("&", ""), keys))
    return rows
