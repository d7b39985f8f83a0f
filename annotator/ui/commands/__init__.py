"""The main window's commands, one class per group, each declared once with its action.

A group gets the window's typed parts (:class:`~annotator.ui.window_parts.WindowParts`)
and marks each command method with :func:`~annotator.ui.actions.command`: its text,
keys and menu. :data:`GROUPS` is the order the menus list them in; the window
builds one of each (:class:`CommandSet`) and one action per declaration.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from annotator.ui.actions import ActionSpec, flag_list_specs, specs_of
from annotator.ui.commands.editing import EditingCommands
from annotator.ui.commands.exchange import ExchangeCommands
from annotator.ui.commands.files import FileCommands
from annotator.ui.commands.navigation import NavigationCommands
from annotator.ui.commands.review import ReviewCommands
from annotator.ui.commands.suggestions import SuggestionCommands
from annotator.ui.commands.window import WindowCommands

#: The groups in menu order (within a menu, a group's commands follow the previous group's).
GROUPS: tuple[type, ...] = (
    FileCommands,
    ExchangeCommands,
    EditingCommands,
    SuggestionCommands,
    NavigationCommands,
    ReviewCommands,
    WindowCommands,
)


@dataclass(frozen=True, slots=True)
class CommandSet:
    """One window's command groups (the fields follow :data:`GROUPS`)."""

    files: FileCommands
    exchange: ExchangeCommands
    editing: EditingCommands
    suggestions: SuggestionCommands
    navigation: NavigationCommands
    review: ReviewCommands
    window: WindowCommands

    def groups(self) -> list[object]:
        return [getattr(self, field.name) for field in fields(self)]


def window_specs() -> list[ActionSpec]:
    """The commands that are window actions (in a menu, keys active anywhere in the window)."""
    return [spec for group in GROUPS for spec in specs_of(group)]


def action_specs() -> list[ActionSpec]:
    """Every command: the window's and the inconsistency list's decision keys."""
    return [*window_specs(), *flag_list_specs()]


__all__ = ["GROUPS", "CommandSet", "action_specs", "window_specs"]
