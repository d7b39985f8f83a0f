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
    IMPORT_ANNOTATIONS = auto()
    EXPORT_ANNOTATIONS = auto()
    RERUN_CHECKS = auto()
    SHOW_READER = auto()
    SHOW_FLAGS = auto()
    SHOW_TIMELINE = auto()
    ADD_FACT = auto()
    AGREEMENT = auto()
    CURATION = auto()


#: Where a command's keys work: the whole window, or only the inconsistency list while it
#: has focus (there C, D and 1-5 decide flags instead of tagging and setting verdicts).
WINDOW = "window"
FLAG_LIST = "flag_list"
FLAG_LIST_GROUP = "Inconsistencies list"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """What a command is called, its keys, the menu it sits in, and the method it runs.

    Window commands name a main-window method; flag-list commands name a
    :meth:`FlagsView.run_command <annotator.ui.flags_view.FlagsView.run_command>` command.
    """

    key: str
    text: str
    shortcuts: tuple[str, ...]
    menu: str
    handler: str
    arg: str | int | None = None
    tip: str = ""
    scope: str = WINDOW


#: (id, text, keys, menu, window method); the id's lower-case name is the action's key.
_TABLE: tuple[tuple[ActionId, str, tuple[str, ...], str, str], ...] = (
    (ActionId.OPEN_DB, "&Open database…", ("Ctrl+O",), "File", "open_database_dialog"),
    (ActionId.NEW_DB, "&New database…", ("Ctrl+Shift+N",), "File", "new_database_dialog"),
    (ActionId.IMPORT_FILES, "&Import files…", ("Ctrl+I",), "File", "import_files_dialog"),
    (ActionId.IMPORT_FOLDER, "Import &folder…", ("Ctrl+Shift+I",), "File", "import_folder_dialog"),
    (ActionId.IMPORT_ANNOTATIONS, "Import &annotations…", (), "File", "import_annotations_dialog"),
    (ActionId.EXPORT_ANNOTATIONS, "&Export annotations…", ("Ctrl+E",), "File",
     "export_annotations_dialog"),
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
    (ActionId.RERUN_CHECKS, "&Re-run date checks", ("Ctrl+Shift+R",), "Review", "rerun_checks"),
    (ActionId.SHOW_READER, "Show &reader", ("Ctrl+1",), "Review", "show_reader"),
    (ActionId.SHOW_FLAGS, "Show &inconsistencies", ("Ctrl+2",), "Review", "show_flags"),
    (ActionId.SHOW_TIMELINE, "Show &timeline", ("Ctrl+3",), "Review", "show_timeline"),
    (ActionId.ADD_FACT, "&Add a fact to the knowledge base…", (), "Review", "add_fact"),
    (ActionId.AGREEMENT, "A&greement between annotators…", (), "Review", "agreement_dialog"),
    (ActionId.CURATION, "&Curation of disagreements…", (), "Review", "curation_view"),
    (ActionId.SHORTCUTS_HELP, "&Keyboard shortcuts", ("F1", "?"), "Help", "show_shortcuts"),
)
_FIXED: tuple[tuple[ActionId, ActionSpec], ...] = tuple(
    (aid, ActionSpec(aid.name.lower(), text, keys, menu, handler))
    for aid, text, keys, menu, handler in _TABLE
)


#: The inconsistency list's decision keys: (key, text, keys, FlagsView command).
_FLAG_LIST_TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("flag_confirm", "Confirm the flag", "C", "confirm"),
    ("flag_confirm_as_claim", "Confirm and record a claim with the verdict shown", "V",
     "confirm_as_claim"),
    ("flag_dismiss", "Dismiss with the reason shown", "D", "dismiss"),
    ("flag_reopen", "Reopen a decided flag", "R", "reopen"),
    ("flag_add_fact", "Add the missing fact…", "F", "add_fact"),
    ("flag_next", "Next flag", "J", "next"),
    ("flag_previous", "Previous flag", "K", "previous"),
)


def flag_list_specs() -> list[ActionSpec]:
    """The decision keys of the inconsistency list, with one per listed dismiss reason (1-9)."""
    specs = [
        ActionSpec(key, text, (keys,), FLAG_LIST_GROUP, command, scope=FLAG_LIST)
        for key, text, keys, command in _FLAG_LIST_TABLE
    ]
    reasons = list(vocabulary().dismiss_reasons)[:9]
    for number, reason in enumerate(reasons, start=1):
        specs.insert(
            2 + number,
            ActionSpec(f"flag_dismiss_{number}", f"Dismiss: {reason}", (str(number),),
                       FLAG_LIST_GROUP, "dismiss_reason", number - 1, scope=FLAG_LIST),
        )
    return specs


def action_specs() -> list[ActionSpec]:
    """Every command: the fixed ones, one per annotation kind and one per verdict (from the
    vocabulary), and the inconsistency list's decision keys."""
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
    specs.extend(flag_list_specs())
    return specs


def window_specs() -> list[ActionSpec]:
    """The commands that are window actions (in a menu, keys active anywhere in the window)."""
    return [spec for spec in action_specs() if spec.scope == WINDOW]


MENU_ORDER = ("File", "Edit", "Go", "Tag", "Verdict", "Review", "Help")
#: The help screen's groups: the menus, then the keys that work only in one view.
HELP_GROUPS = (*MENU_ORDER[:-1], FLAG_LIST_GROUP, MENU_ORDER[-1])


def spec_for(action_id: ActionId) -> ActionSpec:
    return dict(_FIXED)[action_id]


def build_actions(window: QWidget) -> dict[str, QAction]:
    """Create every action on ``window``, connected to the window method its spec names."""
    actions: dict[str, QAction] = {}
    for spec in window_specs():
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


def flag_list_keymap() -> dict[tuple[int, int], tuple[str, str | int | None]]:
    """(Qt key, modifiers) -> (command, argument), for the inconsistency list's key handler."""
    keymap: dict[tuple[int, int], tuple[str, str | int | None]] = {}
    for spec in flag_list_specs():
        for key in spec.shortcuts:
            for sequence in _sequences(key):
                combo = sequence[0]  # type: ignore[index]  # PySide6's stubs lack QKeySequence[i]
                keymap[(combo.key().value, combo.keyboardModifiers().value)] = (spec.handler,
                                                                               spec.arg)
    return keymap


def _sequences(key: str) -> list[QKeySequence]:
    """A spec's key: a portable name ("Undo" = the platform's keys) or a literal sequence."""
    standard = getattr(QKeySequence.StandardKey, key, None)
    if isinstance(standard, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(standard)
    return [QKeySequence(key)]


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(group, command, keys) for the help screen: every menu and the list-only keys."""
    rows = []
    for menu in HELP_GROUPS:
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
