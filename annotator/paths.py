"""Where the app finds its bundled data and keeps the user's database.

Bundled data (``resources/`` and ``seeds/``) ships inside the installed package
under ``annotator/_data``; in a source checkout it sits at the repository root.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "annotator"
DB_ENV_VAR = "ANNOTATOR_DB"


def _data_dir(name: str) -> Path:
    packaged = files("annotator").joinpath("_data", name)
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name


def resource_path(*parts: str) -> Path:
    """A file or folder of the bundled ``resources/``."""
    return _data_dir("resources").joinpath(*parts)


def seeds_dir() -> Path:
    """The bundled sample corpus."""
    return _data_dir("seeds")


def user_data_dir() -> Path:
    """The per-user data folder, following the platform's conventions."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """``$ANNOTATOR_DB`` when set, otherwise ``annotator.db`` in the user data folder."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "annotator.db"
