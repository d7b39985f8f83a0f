"""Features around the main flow: suggestions, header edits, dialogs, import, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.ui.actions import shortcut_rows
from annotator.ui.background import BackgroundOp
from annotator.ui.commands import action_specs
from annotator.workspace import Workspace

ACTOR = "tester"


def test_accept_and_reject_date_suggestions(workspace, make_window, qtbot):
    window = make_window(workspace)
    article_id = window.article["id"]
    open_ones = [s for s in window.suggestions if s["state"] == "open"]
    assert len(open_ones) >= 2, "the tagger should suggest dates in the sample article"
    first, second = open_ones[0], open_ones[1]
    window.reader.select_span(first["start"], first["start"])
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_A)
    dates = [a for a in workspace.annotations.for_article(article_id) if a["kind"] == "date"]
    assert len(dates) == 1
    assert dates[0]["date_value"] == first["value"]
    assert dates[0]["origin"] == "suggestion"
    assert dates[0]["start"] == first["start"]

    window.reader.select_span(second["start"], second["start"])
    qtbot.keyClick(window.reader, Qt.Key.Key_X)
    states = {s["id"]: s["state"] for s in workspace.suggestions.for_article(article_id, state=None)}
    assert states[second["id"]] == "rejected"
    # shown again (another article and back): the rejected one stays rejected
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    assert second["id"] not in {s["id"] for s in window.suggestions}
    assert all(s["state"] == "open" for s in window.suggestions)


def test_header_edits_publication_date_with_user_provenance(workspace, make_window, qtbot):
    window = make_window(workspace)
    article_id = window.article["id"]
    field = window.header.published
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2025-06")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    row = workspace.articles.get(article_id)
    assert (row["published"], row["published_precision"]) == ("2025-06", "month")
    assert row["published_provenance"] == "user"
    field.selectAll()
    qtbot.keyClicks(field, "not a date")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert workspace.articles.get(article_id)["published"] == "2025-06"
    assert "Not a date" in window.header.caption.text()
    title = window.header.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "A better title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert workspace.articles.get(article_id)["title"] == "A better title"
    window.commands.editing.undo()
    assert workspace.articles.get(article_id)["title"] != "A better title"


def test_history_and_shortcuts_dialogs(workspace, make_window, qtbot):
    window = make_window(workspace)
    text = window.article["text"]
    start = text.index("NATO")
    window.reader.select_span(start, start + 4)
    window.commands.editing.tag_selection("claim")
    window.commands.editing.set_verdict("true")
    window.commands.window.show_history()
    tree = window.commands.window.history_dialog.tree
    assert tree.topLevelItemCount() == 2
    assert tree.topLevelItem(0).text(1) == ACTOR
    assert "verdict" in tree.topLevelItem(1).text(3)
    window.commands.window.history_dialog.close()
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    shortcuts = window.commands.window.shortcuts_dialog.tree
    listed = [
        shortcuts.topLevelItem(i).child(j).text(0)
        for i in range(shortcuts.topLevelItemCount())
        for j in range(shortcuts.topLevelItem(i).childCount())
    ]
    assert "Tag as Claim" in listed and "Verdict: False" in listed
    window.commands.window.shortcuts_dialog.close()


def test_action_registry_is_the_single_source():
    specs = action_specs()
    keys = [spec.key for spec in specs]
    assert len(keys) == len(set(keys))
    rows = shortcut_rows(specs)
    assert len(rows) == len(specs)
    verdict_keys = [keys for menu, _text, keys in rows if menu == "Verdict"]
    assert verdict_keys[:8] == [str(n) for n in range(1, 9)]


def test_buttons_and_fields_show_the_keys_of_their_commands(workspace, make_window):
    window = make_window(workspace)
    panel, actions = window.panel, window.actions_by_key
    assert panel.history.toolTip() == "Who changed this annotation, what and when (Ctrl+H)"
    assert panel.shrink.toolTip().endswith(f"({actions['shrink_span'].shortcut().toString()})")
    assert panel.delete.toolTip().endswith("(Del)")
    assert window.article_pane.search.placeholderText().endswith("(Ctrl+F)")


def test_dropping_files_imports_them(empty_workspace, make_window, tmp_path):
    window = make_window(empty_workspace)
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "one.txt").write_text("First dropped article\n\nIt said something on Monday.")
    (folder / "two.txt").write_text("Second dropped article\n\nAnother text entirely.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert empty_workspace.articles.count() == 2
    assert window.article_pane.model.rowCount() == 2


def test_background_op_runs_on_its_own_connection(db_path, qtbot):
    with Workspace.open(db_path, seed=False):
        pass
    BackgroundOp.synchronous = False
    results: list = []
    op = BackgroundOp(lambda task: (task.ws.articles.count(), id(task.ws)), db_path)
    op.on_success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    count, worker_ws = results[0]
    assert count == 0
    failures: list = []
    BackgroundOp(lambda task: 1 / 0, db_path).on_failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_a_corrupt_database_gets_a_clear_dialog(tmp_path: Path, qtbot):
    from annotator.ui.app import open_workspace

    bad = tmp_path / "broken.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    seen: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            box.done(0)

    QTimer.singleShot(200, close_dialog)
    assert open_workspace(bad) is None
    assert seen and "broken.db" in seen[0]
    assert "Traceback" not in seen[0]


def test_settings_are_declared_once_and_isolated(isolated_settings):
    from annotator.ui.settings import SETTINGS

    assert isolated_settings.get("view/font_size") == SETTINGS["view/font_size"].default
    isolated_settings.set("view/font_size", 15)
    assert isolated_settings.get("view/font_size") == 15
    assert "annotator-tests" in isolated_settings.store.fileName()
    isolated_settings.add_recent("/a.db")
    isolated_settings.add_recent("/b.db")
    assert isolated_settings.add_recent("/a.db") == ["/a.db", "/b.db"]


def test_screenshot_command_writes_a_png(workspace, tmp_path):
    from annotator.launch import main

    out = tmp_path / "shot.png"
    path = str(workspace.path)
    workspace.close()
    assert main(["--db", path, "screenshot", "--article", "1", "--size", "1000x700", "-o", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    assert QImage(str(out)).size().width() == 1000
