"""Shared fixtures: real SQLite files in a temporary folder, the sample corpus.

Helpers that tests import live in modules (``shared_files``), never here: two folders' conftest.py
files share one module name, so ``from conftest import`` picks whichever was loaded first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotator.db"


@pytest.fixture
def workspace(db_path: Path):
    """A workspace on a fresh database holding the five sample articles."""
    from annotator.workspace import Workspace

    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(db_path: Path):
    """A workspace on a fresh, empty database."""
    from annotator.workspace import Workspace

    ws = Workspace.open(db_path, seed=False)
    yield ws
    ws.close()
