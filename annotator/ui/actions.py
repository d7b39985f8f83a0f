"""The action registry: every command's text, keys and menu place, declared once, on its code.

A command group (a class in :mod:`annotator.ui.commands`) marks each command method
with :func:`command`, or with :func:`command_each` for one command per vocabulary
term. The window turns each declaration into one ``QAction`` (:func:`build_actions`)
and its menus; the help screen lists the same declarations (:func:`shortcut_rows`),
so a key cannot be documented in one place and bound differently in another.

The inconsistency list's decision keys are declared here as well
(:func:`flag_list_specs`): they belong to the flag table while it has focus, and the
table's key handler, its buttons' tooltips and the flag detail's hint read them here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator.core.vocabulary import vocabulary

#: Where a command's keys work: the whole window, or only the inconsistency list while it
#: has focus (there C, D and 1-5 decide flags instead of tagging and setting verdicts).
WINDOW = "window"
FLAG_LIST = "flag_list"
FLAG_LIST_GROUP = "Inconsistencies list"
MENU_ORDER = ("File", "Edit", "Go", "Tag", "Verdict", "Review", "Help")
#: The help screen's groups: the menus, then the keys that work only in one view.
HELP_GROUPS = (*MENU_ORDER[:-1], FLAG_LIST_GROUP, MENU_ORDER[-1])
_SPECS_ATTRIBUTE = "__action_specs__"

Method = TypeVar("Method", bound=Callable[..., Any])
#: What :func:`command_each` expands: (key, text, keys, argument) per command.
Expansion = Callable[[], Iterable[tuple[str, str, tuple[str, ...], str | int]]]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """What a command is called, its keys, the menu it sits in, and the method it runs.

    Window commands name a method of their command group; flag-list commands name a
    :meth:`FlagsView.run_command <annotator.ui.flags_view.FlagsView.run_command>` command.
    ``separator`` draws a line above the command in its menu.
    """

    key: str
    text: str
    shortcuts: tuple[str, ...]
    menu: str
    handler: str
    arg: str | int | None = None
    scope: str = WINDOW
    separator: bool = False


def command(
    key: str, text: str, menu: str, keys: tuple[str, ...] = (), *, separator: bool = False
) -> Callable[[Method], Method]:
    """Declare the decorated method as the command ``key`` (its text, keys and menu)."""

    def declare(method: Method) -> Method:
        spec = ActionSpec(key, text, keys, menu, method.__name__, separator=separator)
        setattr(method, _SPECS_ATTRIBUTE, lambda: [spec])  # the declaration travels with it
        return method

    return declare


def command_each(menu: str, expand: Expansion, *, separator: bool = False) -> Callable[[Method], Method]:
    """Declare one command per item ``expand()`` yields, each calling the method with its
    argument (expanded when the actions are built, so the vocabulary is read then)."""

    def declare(method: Method) -> Method:
        def specs() -> list[ActionSpec]:
            return [
                ActionSpec(key, text, keys, menu, method.__name__, arg, separator=separator and n == 0)
                for n, (key, text, keys, arg) in enumerate(expand())
            ]

        setattr(method, _SPECS_ATTRIBUTE, specs)
        return method

    return declare


def specs_of(group: type) -> list[ActionSpec]:
    """The commands a group class declares, in the order its methods are written."""
    found: list[ActionSpec] = []
    for member in vars(group).values():
        declared = getattr(member, _SPECS_ATTRIBUTE, None)
        if declared is not None:
            found.extend(declared())
    return found


def build_actions(parent: QWidget, groups: Iterable[object]) -> dict[str, QAction]:
    """One action on ``parent`` per command the groups declare, bound to the group's method."""
    actions: dict[str, QAction] = {}
    for group in groups:
        for spec in specs_of(type(group)):
            if spec.key in actions:
                raise ValueError(f"the command {spec.key!r} is declared twice")
            actions[spec.key] = _action(parent, spec, getattr(group, spec.handler))
    return actions


def _action(parent: QWidget, spec: ActionSpec, handler: Callable[..., Any]) -> QAction:
    action = QAction(spec.text, parent)
    action.setObjectName(spec.key)
    sequences: list[QKeySequence] = []
    for key in spec.shortcuts:
        for sequence in _sequences(key):
            if sequence not in sequences:
                sequences.append(sequence)
    action.setShortcuts(sequences)
    if spec.shortcuts:
        action.setToolTip(f"{spec.text.replace('&', '').rstrip('…')} ({spec.shortcuts[0]})")
    if spec.arg is None:
        action.triggered.connect(lambda _checked=False: handler())
    else:
        action.triggered.connect(lambda _checked=False, arg=spec.arg: handler(arg))
    parent.addAction(action)
    return action


# -- the inconsistency list ------------------------------------------------------------------
#: The inconsistency list's decision keys: (key, text, keys, FlagsView command).
_FLAG_LIST_TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("flag_confirm", "Confirm the flag", "C", "confirm"),
    ("flag_confirm_as_claim", "Confirm and record a claim with the verdict shown", "V", "confirm_as_claim"),
    ("flag_dismiss", "Dismiss with the reason shown", "D", "dismiss"),
    ("flag_reopen", "Reopen a decided flag", "R", "reopen"),
    ("flag_add_fact", "Add the missing fact…", "A", "add_fact"),
    ("flag_show_fact", "Show the fact used in the knowledge base", "F", "show_fact"),
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
            ActionSpec(
                f"flag_dismiss_{number}",
                f"Dismiss: {reason}",
                (str(number),),
                FLAG_LIST_GROUP,
                "dismiss_reason",
                number - 1,
                scope=FLAG_LIST,
            ),
        )
    return specs


def flag_list_keymap() -> dict[tuple[int, int], tuple[str, str | int | None]]:
    """(Qt key, modifiers) -> (command, argument), for the inconsistency list's key handler."""
    keymap: dict[tuple[int, int], tuple[str, str | int | None]] = {}
    for spec in flag_list_specs():
        for key in spec.shortcuts:
            for sequence in _sequences(key):
                combo = sequence[0]  # type: ignore[index]  # QKeySequence has []
                keymap[(combo.key().value, combo.keyboardModifiers().value)] = (spec.handler, spec.arg)
    return keymap


def flag_list_keys(command: str) -> str:
    """The keys of a flag-list command as a person reads them ("C", or "1–5" for a run)."""
    keys = [key for spec in flag_list_specs() if spec.handler == command for key in spec.shortcuts]
    numbers = [int(key) for key in keys if key.isdigit()]
    if (
        len(keys) > 2
        and len(numbers) == len(keys)
        and numbers == list(range(numbers[0], numbers[0] + len(keys)))
    ):
        return f"{keys[0]}–{keys[-1]}"
    return ", ".join(keys)


# -- keys as shown ----------------------------------------------------------------------------
def _sequences(key: str) -> list[QKeySequence]:
    """A spec's key: a portable name ("Undo" = the platform's keys) or a literal sequence."""
    standard = getattr(QKeySequence.StandardKey, key, None)
    if isinstance(standard, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(standard)
    return [QKeySequence(key)]


def keys_of(action: QAction) -> str:
    """An action's first key as a person reads it on this platform ("Ctrl+H")."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(specs: list[ActionSpec]) -> list[tuple[str, str, str]]:
    """(group, command, keys) for the help screen: every menu and the list-only keys."""
    rows = []
    for menu in HELP_GROUPS:
        for spec in specs:
            if spec.menu == menu:
                shown: list[str] = []
                for key in spec.shortcuts:
                    for sequence in _sequences(key):
                        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                        if text not in shown:
                            shown.append(text)
                rows.append((menu, spec.text.replace("&", ""), ", ".join(shown)))
    return rows
