"""Shared fixtures: real SQLite files in a temporary folder, the sample corpus, ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clear skip when this clone has none beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared is only beside the project in CI and dev checkouts")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotator.db"


@pytest.fixture
def workspace(db_path: Path):
    """A workspace on a fresh database holding the five sample articles."""
    from annotator.core.workspace import Workspace

    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(db_path: Path):
    """A workspace on a fresh, empty database."""
    from annotator.core.workspace import Workspace

    ws = Workspace.open(db_path, seed=False)
    yield ws
    ws.close()
