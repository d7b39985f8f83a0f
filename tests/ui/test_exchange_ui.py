"""Export and import of annotation sets through the window, checked in the files and the DB."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from annotator.exchange import export_annotations
from annotator.workspace import Workspace

ACTOR = "tester"


def tag(ws, article_id: int, words: str, kind: str = "claim", annotator: str = ACTOR, **fields):
    text = ws.articles.get(article_id)["text"]
    start = text.index(words)
    return ws.annotations.create(article_id, kind, start, start + len(words), annotator=annotator, **fields)


def test_export_dialog_writes_the_chosen_annotations_as_jsonl(workspace, make_window, tmp_path):
    window = make_window(workspace)
    current = window.article["id"]
    other = next(i for i in workspace.articles.ids() if i != current)
    text = window.article["text"]
    words = text.split()[3]
    claim = tag(workspace, current, words, verdict="false")
    tag(workspace, current, text.split()[6], kind="event")
    tag(workspace, other, workspace.articles.get(other)["text"].split()[2])
    dialog = window.commands.exchange.export_annotations_dialog()
    dialog.set_format("jsonl")
    assert not dialog.bom.isEnabled()  # only CSV has a byte-order mark
    dialog.findChild(object, "export_articles_current").setChecked(True)
    for check in dialog.kind_checks:
        check.setChecked(check.property("key") == "claim")
    target = tmp_path / "out" / "claims.jsonl"
    dialog.path.setText(str(target))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    annotations = [rec for rec in lines if rec.get("type", "annotation") == "annotation" and "kind" in rec]
    assert [a["uid"] for a in annotations] == [claim["uid"]]
    assert annotations[0]["verdict"] == "false"
    assert "Exported 1" in window.statusBar().currentMessage()


def test_export_dialog_refuses_an_empty_filter(workspace, make_window):
    window = make_window(workspace)
    dialog = window.commands.exchange.export_annotations_dialog()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    for check in dialog.state_checks:
        check.setChecked(False)
    assert not ok.isEnabled()  # no state ticked must not silently mean "every state"
    dialog.set_format("csv")
    assert dialog.bom.isEnabled() and dialog.path.text().endswith(".csv")
    dialog.reject()


def w3c_file_from_another_database(tmp_path: Path) -> tuple[Path, list[str]]:
    """Two annotations by alice on the sample corpus, exported as W3C Web Annotation."""
    with Workspace.open(tmp_path / "alice.db", seed=True) as theirs:
        first = theirs.articles.ids()[0]
        made = [
            tag(
                theirs,
                first,
                theirs.articles.get(first)["text"].split()[4],
                annotator="alice",
                verdict="misleading",
            ),
            tag(
                theirs, first, theirs.articles.get(first)["text"].split()[9], kind="event", annotator="alice"
            ),
        ]
        path = tmp_path / "alice.jsonld"
        export_annotations(theirs, "w3c", path)
    return path, [a["uid"] for a in made]


def test_import_w3c_through_the_action_is_one_undoable_step(workspace, make_window, tmp_path, monkeypatch):
    path, uids = w3c_file_from_another_database(tmp_path)
    window = make_window(workspace)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    window.actions_by_key["import_annotations"].trigger()
    stored = [a for a in (workspace.annotations.for_article(i) for i in workspace.articles.ids()) for a in a]
    assert sorted(a["uid"] for a in stored) == sorted(uids)
    assert {a["annotator"] for a in stored} == {"alice"}
    assert {a["origin"] for a in stored} == {"import"}
    summary = window.commands.exchange.import_summary
    assert summary.counts["imported"] == 2 and summary.counts["unanchored"] == 0
    assert "alice" in [
        window.article_pane.annotator_filter.itemText(i)
        for i in range(window.article_pane.annotator_filter.count())
    ]
    window.actions_by_key["undo"].trigger()
    assert all(not workspace.annotations.for_article(i) for i in workspace.articles.ids())


def test_a_bad_file_shows_the_reason_and_changes_nothing(workspace, make_window, tmp_path):
    window = make_window(workspace)
    bad = tmp_path / "broken.json"
    bad.write_text('{"type": "Annotation", "target": ', encoding="utf-8")
    window.commands.exchange.import_annotations_file(str(bad))
    assert "broken.json" in window.commands.exchange.exchange_box.text()
    assert all(not workspace.annotations.for_article(i) for i in workspace.articles.ids())
    assert workspace.undo_redo_labels(ACTOR)[0] is None


def test_import_summary_lists_unanchored_annotations_with_reasons(workspace, make_window, tmp_path):
    path, _uids = w3c_file_from_another_database(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(document).replace('"exact": "', '"exact": "zzqx ')
    moved = tmp_path / "moved.jsonld"
    moved.write_text(text, encoding="utf-8")
    window = make_window(workspace)
    window.commands.exchange.import_annotations_file(str(moved))
    summary = window.commands.exchange.import_summary
    assert summary.counts["unanchored"] >= 1
    assert summary.reasons() and all(summary.reasons())
    assert summary.details.topLevelItemCount() >= 1
