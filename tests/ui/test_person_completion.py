"""Naming people in the tagging panel: the knowledge base's people are offered as a name is
typed, a chosen one is stored by its id, and the forms fill without listing everyone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_main_window import select_words

from annotator.checks.kb.model import default_kb


def _kb_id(name: str) -> str:
    ids = [pid for pid, listed, _ in default_kb().people_listing() if listed == name]
    assert ids, f"{name} is not in the knowledge base"
    return ids[0]


def _speaker(workspace, article_id: int) -> dict:
    return next(a for a in workspace.annotations.for_article(article_id) if a["kind"] == "speaker")


def test_a_speaker_is_linked_to_the_knowledge_base_by_typing_a_name(workspace, make_window, qtbot):
    window = make_window(workspace)
    first = window.article["id"]
    select_words(window, "Mark Rutte")
    qtbot.keyClick(window.reader, Qt.Key.Key_S)
    form = window.panel.forms["speaker"]
    assert form.kb_person.count() == 0  # completion, not a list of everyone

    field = form.kb_person.lineEdit()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "mark rutte")  # any case
    qtbot.keyClick(field, Qt.Key.Key_Return)
    attrs = _speaker(workspace, first)["attrs"]
    assert attrs["kb_person"] == _kb_id("Mark Rutte")
    assert attrs["name"] == "mark rutte"  # an unnamed speaker takes the name chosen

    # a name the base does not know is kept as typed
    field.selectAll()
    qtbot.keyClicks(field, "Someone Unknown")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _speaker(workspace, first)["attrs"]["kb_person"] == "Someone Unknown"

    # shown by name again when the speaker is selected anew
    field.selectAll()
    qtbot.keyClicks(field, "Mark Rutte")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    window.select_annotation(_speaker(workspace, first)["id"])
    assert form.kb_person.currentText() == "Mark Rutte"


def test_a_claims_speaker_completes_from_the_article_and_the_base(workspace, make_window, qtbot):
    window = make_window(workspace)
    select_words(window, "Mark Rutte")
    qtbot.keyClick(window.reader, Qt.Key.Key_S)
    select_words(window, "Ukraine’s path to joining the alliance")
    qtbot.keyClick(window.reader, Qt.Key.Key_C)
    completer = window.panel.forms["claim"].speaker.completer()
    completer.setCompletionPrefix("rutte")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered[0] == "Mark Rutte"  # the article's speaker first
    assert offered.count("Mark Rutte") == 2  # and the base's person of that name
    completer.setCompletionPrefix("angela merk")
    assert completer.currentCompletion() == "Angela Merkel"
