"""The GUI writes only through its session (ui/session.py): its error handling, its undo,
its signal. (That its modules import each other without a cycle is an import-linter
contract in pyproject.toml.)"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import annotator

PACKAGE = Path(annotator.__file__).resolve().parent


#: A write names the person who makes it and records an operation of theirs (for undo).
PERSON = {"actor", "reviewer", "annotator", "author"}
#: Writes that open no operation of their own: undo and redo replay one, an article import
#: stores articles nobody has edited yet.
UNRECORDED_WRITES = {"undo", "redo", "import_paths"}
#: What the ui calls a workspace (``self.ws``, ``task.ws``, ``workspace``).
WORKSPACE_NAMES = {"ws", "workspace"}
UI = PACKAGE / "ui"
SESSION = UI / "session.py"


def _records_an_operation(fn: object) -> bool:
    """Takes the person and opens ``history.operation`` (itself or in a helper of its module)."""
    try:
        if not PERSON & set(inspect.signature(fn).parameters):  # type: ignore[arg-type]
            return False
        source = inspect.getsource(fn)  # type: ignore[arg-type]
    except (TypeError, ValueError, OSError):
        return False
    if "operation(" in source:
        return True
    module = sys.modules[fn.__module__]  # type: ignore[attr-defined]
    helpers = [
        value
        for name, value in vars(module).items()
        if name.startswith("_") and inspect.isfunction(value) and f"{name}(" in source
    ]
    return any("operation(" in inspect.getsource(helper) for helper in helpers)


def _core_writes(tmp_path: Path) -> tuple[set[str], set[str]]:
    """(service methods, module functions) of the core that store something."""
    from annotator.workspace import Workspace

    with Workspace.open(tmp_path / "writes.db", seed=False) as ws:
        classes = {Workspace} | {
            type(value) for value in vars(ws).values() if type(value).__module__.startswith("annotator.")
        }
    methods = {
        name
        for cls in classes
        for name, fn in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and _records_an_operation(fn)
    }
    methods |= UNRECORDED_WRITES
    functions: set[str] = set()
    for info in pkgutil.walk_packages([str(PACKAGE)], "annotator."):
        if info.name.split(".")[1] in ("ui", "cli", "__main__"):
            continue
        module = importlib.import_module(info.name)
        functions |= {
            name
            for name, fn in inspect.getmembers(module, inspect.isfunction)
            if fn.__module__ == module.__name__ and not name.startswith("_") and _records_an_operation(fn)
        }
    return methods, functions


def _chain(node: ast.expr) -> list[str]:
    """``self.session.ws.flags`` -> ["self", "session", "ws", "flags"]."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return parts[::-1]


def _writes_in(path: Path, methods: set[str], functions: set[str]) -> list[tuple[int, str]]:
    """Where ``path`` stores something: a write method of a workspace, or a write function of
    the core imported here, called or handed on."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
        if (node.module if isinstance(node, ast.ImportFrom) else alias.name) or ""
    }
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain = _chain(node)
            if (node.attr in methods and WORKSPACE_NAMES & set(chain[:-1])) or (
                node.attr in functions and chain[0] in imported
            ):
                found.add((node.lineno, ".".join(chain)))
        elif isinstance(node, ast.Name) and node.id in functions & imported:
            found.add((node.lineno, node.id))
    return sorted(found)


def test_the_gui_writes_only_through_the_session(tmp_path):
    """Every GUI write goes through ui/session.py: its error handling, its undo, its signal."""
    methods, functions = _core_writes(tmp_path)
    assert {"create", "update", "decide", "reopen", "accept", "set_published"} <= methods
    assert {"add_fact", "curate", "import_annotations"} <= functions
    assert not {"undo_redo_labels", "filter_clause", "where"} & methods  # reads name people too
    in_session = {call.rsplit(".", 1)[-1] for _line, call in _writes_in(SESSION, methods, functions)}
    assert {
        "decide",
        "confirm_as_claim",
        "reopen",
        "add_fact",
        "curate",
        "import_annotations",
        "import_paths",
        "create",
        "undo",
    } <= in_session  # the scan sees real writes
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line} {call}"
        for path in sorted(UI.rglob("*.py"))
        if path != SESSION
        for line, call in _writes_in(path, methods, functions)
    ]
    assert offenders == []
