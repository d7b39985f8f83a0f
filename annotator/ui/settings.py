"""The desktop settings of one person (QSettings), each declared once with its default.

Settings shared with the command line live in the database
(:mod:`annotator.store.settings`); what is here belongs to one desktop: the
annotator's name, font size, theme, window layout, recent databases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANIZATION = "annotator"
APPLICATION = "annotator"
RECENT_LIMIT = 8


@dataclass(frozen=True, slots=True)
class AppSetting:
    """One setting: its key, default and type (QSettings returns strings from INI files)."""

    key: str
    default: Any
    kind: type
    doc: str


SETTINGS: dict[str, AppSetting] = {
    s.key: s
    for s in (
        AppSetting("annotator/name", "", str, "Name recorded on every annotation and edit."),
        AppSetting("view/font_size", 12, int, "Point size of the reader's text."),
        AppSetting("view/theme", "system", str, "Colour scheme: system, light or dark."),
        AppSetting("window/geometry", QByteArray(), QByteArray, "Main window size and place."),
        AppSetting("window/state", QByteArray(), QByteArray, "Docks and toolbars."),
        AppSetting("window/splitter", QByteArray(), QByteArray, "Widths of the three panes."),
        AppSetting("files/recent", [], list, "Databases opened lately, newest first."),
        AppSetting("files/last_import_dir", "", str, "Folder the import dialog starts in."),
    )
}

THEMES = ("system", "light", "dark")


def qsettings() -> QSettings:
    """The settings store: an INI file under the user's config folder.

    INI everywhere keeps the file readable and lets tests point
    ``QSettings.setPath`` at a temporary folder so a user's settings are never touched.
    """
    org = QCoreApplication.organizationName() or ORGANIZATION
    app = QCoreApplication.applicationName() or APPLICATION
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, org, app)


class Settings:
    """Typed access to :data:`SETTINGS`; unknown keys are a programming error."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or qsettings()

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value: Any = self.store.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        if setting.kind is list:
            if isinstance(value, str):
                return [value] if value else []
            return list(value)
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in SETTINGS:
            raise KeyError(f"no app setting {key!r}")
        self.store.setValue(key, value)
        self.store.sync()

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent databases (no duplicates, at most a few)."""
        recent = [p for p in self.get("files/recent") if p != path]
        recent = [path, *recent][:RECENT_LIMIT]
        self.set("files/recent", recent)
        return recent
