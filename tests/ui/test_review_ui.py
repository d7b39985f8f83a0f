"""Review tools in the window: one action registry, agreement, curation, checks after import."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt

from annotator.core.vocabulary import vocabulary
from annotator.ui.actions import FLAG_LIST_GROUP, flag_list_keymap, shortcut_rows
from annotator.ui.agreement_dialog import AgreementModel
from annotator.ui.commands import action_specs
from annotator.ui.curation_view import DisagreementModel

ACTOR = "tester"
FLAGGABLE = (
    "Former US President Donald Trump said on Monday that talks would resume. "
    "The remarks came after a week of meetings in Brussels."
)


def tag(ws, article_id: int, words: str, kind: str = "claim", annotator: str = ACTOR, **fields):
    text = ws.articles.get(article_id)["text"]
    start = text.index(words)
    return ws.annotations.create(article_id, kind, start, start + len(words), annotator=annotator, **fields)


def two_annotators_disagree(ws) -> tuple[int, dict, dict]:
    article_id = ws.articles.ids()[0]
    words = list(re.finditer(r"\w+", ws.articles.get(article_id)["text"]))
    start, end = words[12].start(), words[15].end()
    alice = ws.annotations.create(
        article_id, "claim", start, end, annotator="alice", verdict="true", note="seems fine"
    )
    bob = ws.annotations.create(
        article_id, "claim", start, end, annotator="bob", verdict="false", note="wrong year"
    )
    for name in ("alice", "bob"):
        ws.annotations.create(article_id, "event", words[30].start(), words[30].end(), annotator=name)
    return article_id, alice, bob


def test_every_key_is_declared_once_and_listed_in_help(workspace, make_window, qtbot):
    specs = action_specs()
    groups = {spec.menu for spec in specs}
    assert {"Review", FLAG_LIST_GROUP} <= groups
    window = make_window(workspace)
    review = window.findChild(object, "review_menu")
    assert [a.objectName() for a in review.actions() if a.objectName()] == [
        s.key for s in specs if s.menu == "Review"
    ]
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    tree = window.commands.window.shortcuts_dialog.tree
    listed = {
        tree.topLevelItem(i).text(0): {
            tree.topLevelItem(i).child(j).text(0): tree.topLevelItem(i).child(j).text(1)
            for j in range(tree.topLevelItem(i).childCount())
        }
        for i in range(tree.topLevelItemCount())
    }
    window.commands.window.shortcuts_dialog.close()
    assert listed["Review"]["Re-run date checks"] == "Ctrl+Shift+R"
    assert listed["Review"]["Show inconsistencies"] == "Ctrl+2"
    flag_keys = listed[FLAG_LIST_GROUP]
    assert flag_keys["Confirm the flag"] == "C" and flag_keys["Reopen a decided flag"] == "R"
    reasons = list(vocabulary().dismiss_reasons)
    assert flag_keys[f"Dismiss: {reasons[0]}"] == "1"
    # the flag table's key handler is built from the same rows the help shows
    help_keys = {keys for group, _text, keys in shortcut_rows(specs) if group == FLAG_LIST_GROUP}
    assert len(flag_list_keymap()) == len(help_keys)


def test_review_keys_switch_views(workspace, make_window, qtbot):
    window = make_window(workspace)
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.views["flags"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.views["reader"]


def test_decision_keys_act_only_in_the_flag_table(workspace, make_window, qtbot, tmp_path):
    source = tmp_path / "trump.json"
    source.write_text(
        json.dumps({"title": "Talks", "text": FLAGGABLE, "published": "2025-04-15"}), encoding="utf-8"
    )
    window = make_window(workspace)
    with qtbot.waitSignal(window.imported) as signal:
        window.commands.files.import_paths([str(source)])
    (article_id,) = signal.args[0]
    flags = workspace.flags.list(article_id=article_id)
    assert flags, "the checks should have run on the imported article"
    window.commands.review.show_flags()
    view = window.review.flags
    view.article_filter.setCurrentIndex(view.article_filter.findData(article_id))
    view.select_flag(flags[0]["id"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    assert workspace.flags.get(flags[0]["id"])["state"] == "dismissed"
    assert not [a for a in workspace.annotations.for_article(article_id) if a["kind"] == "date"]


def test_agreement_dialog_reports_pairs_and_verdicts(workspace, make_window, qtmodeltester):
    two_annotators_disagree(workspace)
    window = make_window(workspace)
    window.actions_by_key["agreement"].trigger()
    dialog = window.commands.review.agreement
    assert dialog.report["annotators"] == ["alice", "bob"]
    qtmodeltester.check(dialog.model)
    texts = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "Claim" in texts and "All kinds" in texts
    claim_row = texts.index("Claim")
    assert dialog.model.index(claim_row, 2).data() == "1.00"  # same span, different verdict
    assert "Cohen's kappa" in dialog.verdicts.text()
    dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.report is None and dialog.model.rowCount() == 0
    qtmodeltester.check(AgreementModel())


def test_curation_stores_the_picked_version_and_shows_the_span(workspace, make_window, qtmodeltester):
    article_id, alice, bob = two_annotators_disagree(workspace)
    window = make_window(workspace)
    window.actions_by_key["curation"].trigger()
    view = window.commands.review.curation
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1  # the events agree; the claims do not
    view.table.selectRow(0)
    assert window.article["id"] == article_id
    cursor = window.reader.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (alice["start"], alice["end"])
    row = next(r for r in range(view.versions.rowCount()) if view.versions.item(r, 0).text() == "bob")
    view.versions.selectRow(row)
    assert view.verdict.currentData() == "false"
    view.note.setText("wrong year: the talks were in 2024")
    view.store_button.click()
    curated = [a for a in workspace.annotations.for_article(article_id) if a["origin"] == "curated"]
    assert len(curated) == 1
    final = curated[0]
    assert (final["annotator"], final["verdict"], final["kind"]) == (ACTOR, "false", "claim")
    assert final["note"] == "wrong year: the talks were in 2024"
    assert sorted(final["attrs"]["curated_from"]) == sorted([alice["uid"], bob["uid"]])
    assert view.model.rowCount() == 0
    window.commands.editing.undo()
    assert view.model.rowCount() == 1  # undo brings the disagreement back
    qtmodeltester.check(DisagreementModel(workspace))


def test_claim_date_shows_the_linked_date_and_stores_a_typed_one(workspace, make_window, qtbot):
    window = make_window(workspace)
    article_id = window.article["id"]
    words = window.article["text"].split()
    claim = tag(workspace, article_id, words[3])
    date = tag(workspace, article_id, words[8], kind="date", date_value="2025-04-15")
    workspace.annotations.link(claim["id"], date["id"], "date", actor=ACTOR)
    window.reload_annotations()
    window.select_annotation(claim["id"])
    field = window.panel.findChild(object, "claim_date")
    assert field.text() == "2025-04-15"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2025-04-14")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert workspace.annotations.get(claim["id"])["attrs"]["claim_date"] == "2025-04-14"
    workspace.annotations.update(claim["id"], {"attrs": {}}, actor=ACTOR)
    workspace.annotations.unlink(claim["id"], "date", actor=ACTOR)
    window.reload_annotations()
    window.select_annotation(claim["id"])
    field = window.panel.findChild(object, "claim_date")
    assert field.text() == ""
    field.setFocus()
    qtbot.keyClicks(field, "2025-03-01")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert workspace.annotations.get(claim["id"])["attrs"]["claim_date"] == "2025-03-01"
