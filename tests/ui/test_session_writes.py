"""Writes from the review views go through the session: one undo step each, the Undo label
follows, and the keys they show are the registry's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.checks.runner import run_checks
from annotator.core.pubdate import parse_pubdate
from annotator.ui import actions
from annotator.ui.flags_view import FlagsView
from annotator.ui.session import Session

ACTOR = "tester"


@pytest.fixture
def flagged(workspace):
    """Article 4 dated a year after its text says Rutte took office: office-term flags."""
    workspace.articles.set_published(4, parse_pubdate("2023-10-03", "user"), actor="editor")
    run_checks(workspace)
    assert workspace.flags.list(rule="office-term")
    return workspace


def _flags_of(window, rule: str, quote_part: str):
    window.commands.review.show_flags()
    view = window.review.flags
    flag = next(f for f in view.ws.flags.list(rule=rule) if quote_part in f["quote"])
    assert view.select_flag(flag["id"])
    view.table.setFocus()
    return view, flag


def test_a_flag_decision_is_an_undo_step_of_the_window(flagged, make_window, qtbot):
    window = make_window(flagged)
    view, flag = _flags_of(window, "office-term", "Secretary-General")
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    assert flagged.flags.get(flag["id"])["state"] == "confirmed"
    undo = window.actions_by_key["undo"]
    assert undo.isEnabled() and undo.text() == "&Undo Confirm flag"
    undo.trigger()
    assert flagged.flags.get(flag["id"])["state"] == "open"
    assert view.model.row_of(flag["id"]) >= 0  # listed as open again


def test_a_fact_from_the_dialog_is_an_undo_step_and_a_bad_one_stays_in_the_dialog(
    flagged, make_window, qtbot
):
    window = make_window(flagged)
    view, _flag = _flags_of(window, "office-term", "Secretary-General")
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    dialog = view.fact_dialog
    dialog.fields["office"]["start"].setText("not a date")
    dialog.accept()
    assert dialog.isVisible() and "start" in dialog.error.text()
    assert flagged.db["kb_facts"].count == 0
    assert window.statusBar().currentMessage() == ""  # shown beside the fields, not below
    dialog.fields["office"]["start"].setText("2023-10-01")
    with qtbot.waitSignal(view.fact_added, timeout=1000):
        dialog.accept()
    assert flagged.db["kb_facts"].count == 1
    assert window.actions_by_key["undo"].text() == "&Undo Add office fact: Mark Rutte"
    window.actions_by_key["undo"].trigger()
    assert flagged.db["kb_facts"].count == 0


def test_the_keys_the_flags_view_shows_are_the_registry_keys(flagged, qtbot, monkeypatch):
    table = tuple(
        ("flag_confirm", "Confirm the flag", "Y", "confirm") if row[3] == "confirm" else row
        for row in actions._FLAG_LIST_TABLE
    )
    monkeypatch.setattr(actions, "_FLAG_LIST_TABLE", table)
    view = FlagsView(Session(flagged, ACTOR))
    qtbot.addWidget(view)
    view.show()
    flag = next(f for f in flagged.flags.list(rule="office-term"))
    view.select_flag(flag["id"])
    assert view.buttons["confirm"].toolTip().endswith("(Y)")
    assert view.buttons["dismiss"].toolTip().endswith("(D; 1–5 pick a listed reason)")
    assert "Y confirm · V confirm as claim" in view.detail.toPlainText()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Y)
    assert flagged.flags.get(flag["id"])["state"] == "confirmed"


def test_refused_review_writes_become_messages_and_change_nothing(flagged, qtbot):
    session = Session(flagged, ACTOR)
    messages: list[str] = []
    session.failed.connect(messages.append)
    flag = flagged.flags.list(rule="office-term")[0]
    gone = {**flag, "id": max(f["id"] for f in flagged.flags.list()) + 1}
    assert session.decide_flag(gone, "confirmed") is False
    assert session.curate(flag["article_id"], ["no-such-uid"], "no-such-uid", {}) is None
    assert messages == [f"no flag {gone['id']}", "no annotation with uid no-such-uid"]
    assert flagged.undo_redo_labels(ACTOR) == (None, None)
    with qtbot.waitSignal(session.changed) as changed:
        assert session.decide_flag(flag, "dismissed", "Quoted, not asserted")
    assert changed.args == [{flag["article_id"]}]
    assert flagged.flags.get(flag["id"])["reason"] == "Quoted, not asserted"
