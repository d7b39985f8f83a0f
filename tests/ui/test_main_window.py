"""A fact-checker's session, driven through the real window, checked in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.workspace import Workspace

ACTOR = "tester"


def select_words(window, words: str) -> tuple[int, int]:
    """Select ``words`` in the reader as a user would (a text cursor on the widget)."""
    text = window.reader.toPlainText()
    start = text.index(words)
    cursor = window.reader.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    return start, start + len(words)


def claims_in(db_path, article_id: int) -> list[dict]:
    """Read through a second connection: what is really stored."""
    with Workspace.open(db_path, seed=False) as other:
        return [a for a in other.annotations.for_article(article_id) if a["kind"] == "claim"]


def test_tag_speaker_verdict_undo_redo_switch_and_reopen(workspace, make_window, qtbot):
    window = make_window(workspace)
    first = window.article["id"]
    # toPlainText turns no-break spaces into spaces (same length, so offsets still agree)
    text = window.reader.toPlainText()
    assert text == workspace.articles.get(first)["text"].replace("\xa0", " ")

    # a speaker first, so the claim can be linked to it
    speaker_words = "Mark Rutte"
    select_words(window, speaker_words)
    qtbot.keyClick(window.reader, Qt.Key.Key_S)
    speakers = [a for a in workspace.annotations.for_article(first) if a["kind"] == "speaker"]
    assert [s["quote"] for s in speakers] == [speaker_words]
    assert speakers[0]["annotator"] == ACTOR

    # a claim: select part of a word too; the span snaps to whole words
    start, end = select_words(window, "Ukraine’s path to joining the alliance is “irreversibl")
    qtbot.keyClick(window.reader, Qt.Key.Key_C)
    claims = claims_in(workspace.path, first)
    assert len(claims) == 1
    assert claims[0]["quote"] == "Ukraine’s path to joining the alliance is “irreversible"
    assert claims[0]["start"] == start
    claim_id = claims[0]["id"]
    assert window.selected_id == claim_id

    # choose the speaker with the keyboard
    combo = window.panel.forms["claim"].speaker
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), speaker_words)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    linked = workspace.annotations.linked(claim_id, "speaker")
    assert linked is not None and linked["id"] == speakers[0]["id"]

    # verdict by number key (5 = False) with the reader focused
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_5)
    assert claims_in(workspace.path, first)[0]["verdict"] == "false"
    assert window.panel.forms["claim"].verdict.currentData() == "false"

    # undo the verdict, then redo it (standard shortcuts)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert claims_in(workspace.path, first)[0]["verdict"] is None
    qtbot.keyClick(
        window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert claims_in(workspace.path, first)[0]["verdict"] == "false"

    # switch article and come back: everything is still there, highlighted
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    second = window.article["id"]
    assert second != first
    shown = workspace.articles.get(second)["text"].replace("\xa0", " ")
    assert window.reader.toPlainText() == shown
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    assert window.article["id"] == first
    assert {a["kind"] for a in window.annotations} == {"claim", "speaker"}
    assert len(window.reader.extraSelections()) >= 2

    # undo after switching away and back still reaches the latest edit (the verdict)
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert claims_in(workspace.path, first)[0]["verdict"] is None
    assert window.article["id"] == first  # undo shows the article it changed
    qtbot.keyClick(
        window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    # close without saving; reopen the file: every annotation is there
    window.close()
    path = workspace.path
    workspace.close()
    with Workspace.open(path, seed=False) as reopened:
        stored = reopened.annotations.for_article(first)
        assert sorted(a["kind"] for a in stored) == ["claim", "speaker"]
        claim = next(a for a in stored if a["kind"] == "claim")
        assert claim["verdict"] == "false"
        assert reopened.annotations.linked(claim["id"], "speaker")["quote"] == speaker_words
        # undo survives reopening too
        reopened.undo(ACTOR)
        assert reopened.annotations.get(claim["id"])["verdict"] is None


def test_article_with_markup_is_shown_as_text(empty_workspace, make_window, tmp_path):
    source = tmp_path / "markup.txt"
    body = "Headline\n\nThis has <b>bold</b> <script>x</script> and &amp; entities in it."
    source.write_text(body, encoding="utf-8")
    empty_workspace.import_paths([source])
    window = make_window(empty_workspace)
    stored = empty_workspace.articles.get(window.article["id"])["text"]
    assert "<b>bold</b> <script>x</script>" in stored
    assert window.reader.toPlainText() == stored
