"""The knowledge-base view: searching the base, reading a term's source, the articles that
name it, and the user's own facts added, corrected and removed through the session."""

from __future__ import annotations

import json

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence

from annotator.checks.kb.browse import entries, matching
from annotator.checks.kb.model import default_kb
from annotator.ui.kb_view import KbListModel

MAYOR = "Jan Example"


def _sparql_result() -> dict:
    """One term as Wikidata's query service returns it."""
    entity = "http://www.wikidata.org/entity/"
    cells = {
        "person": entity + "Q4",
        "personLabel": "Jane Example",
        "position": entity + "Q5",
        "positionLabel": "Mayor of Exampleton",
        "start": "2017-01-20T00:00:00Z",
    }
    return {
        "head": {"vars": list(cells)},
        "results": {"bindings": [{name: {"value": value} for name, value in cells.items()}]},
    }


def _open_view(window, qtbot):
    qtbot.keySequence(window, QKeySequence("Ctrl+4"))
    view = window.review.kb
    assert window.parts.tabs.currentWidget() is view
    assert view.model.rowCount() > 20_000  # read when first shown
    return view


def _search(view, qtbot, text: str) -> None:
    view.search.setText(text)
    qtbot.waitUntil(lambda: view.count.text().startswith(f"{len(matching(view.model.entries, text)):,} of"))


def test_the_listing_model_passes_the_model_tester(qtmodeltester):
    model = KbListModel()
    model.set_entries(entries(default_kb())[:300])
    qtmodeltester.check(model, force_py=True)
    model.search("president")
    assert 0 < model.rowCount() < 300
    assert all("president" in model.data(model.index(r, 0)).lower() for r in range(model.rowCount()))
    qtmodeltester.check(model, force_py=True)


def test_a_person_shows_terms_with_source_and_known_until_and_the_articles_naming_them(
    workspace, make_window, qtbot
):
    window = make_window(workspace)
    view = _open_view(window, qtbot)
    _search(view, qtbot, "rutte nato")
    assert view.current_entry().name == "Mark Rutte"
    detail = view.detail.toPlainText()
    assert "Secretary General of NATO (NATO)\n2024-10-01 to open" in detail and "Source: " in detail
    assert "Articles that name it (5)" in detail
    title = workspace.articles.get(3)["title"]
    assert title in detail
    view.detail.anchorClicked.emit(QUrl("article:3"))
    assert window.parts.tabs.currentWidget() is not view  # the reader shows it
    assert window.parts.display.article["id"] == 3


def test_an_event_shows_its_dates_and_source(workspace, make_window, qtbot):
    view = _open_view(make_window(workspace), qtbot)
    _search(view, qtbot, "g20 hangzhou")
    assert view.current_entry().kind == "event"
    detail = view.detail.toPlainText()
    assert "2016-09-04 to 2016-09-05" in detail and "Source" in detail
    trump = view.select("person", "donald trump") and view.detail.toPlainText()
    assert "2017-01-20 to 2021-01-20 · known until " in trump  # each term with its source's day
    assert "No article of the corpus names it." in detail


def test_facts_are_added_corrected_and_removed_from_the_view_each_an_undo_step(workspace, make_window, qtbot):
    window = make_window(workspace)
    view = _open_view(window, qtbot)
    view.buttons["add"].click()
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(0)
    for name, value in (("person", MAYOR), ("office", "Mayor of Exampleton"), ("start", "2020-01-01")):
        dialog.fields["office"][name].setText(value)
    with qtbot.waitSignal(view.facts_changed, timeout=2000):
        dialog.accept()
    assert workspace.db["kb_facts"].count == 1
    _search(view, qtbot, "jan example")
    assert view.current_entry().name == MAYOR
    assert view.facts.count() == 1 and not view.buttons["correct"].isEnabled()

    view.facts.setCurrentRow(0)
    view.buttons["correct"].click()
    assert view.dialog.fields["office"]["person"].text() == MAYOR
    view.dialog.fields["office"]["end"].setText("2024-06-30")
    view.dialog.accept()
    assert "2024-06-30" in view.detail.toPlainText()
    assert workspace.db["kb_facts"].count == 1
    assert window.actions_by_key["undo"].text() == f"&Undo Correct office fact: {MAYOR}"

    view.facts.setCurrentRow(0)
    view.buttons["remove"].click()
    assert workspace.db["kb_facts"].count == 0
    assert view.current_entry() is None and view.detail.toPlainText() == "Nothing found."
    window.actions_by_key["undo"].trigger()
    assert workspace.db["kb_facts"].count == 1
    assert view.current_entry().name == MAYOR  # back in the listing, still searched for
    assert view.facts.count() == 1
    assert view.facts.item(0).text().startswith("Mayor of Exampleton: 2020-01-01 to 2024-06-30")


def test_the_view_is_not_read_until_shown(workspace, make_window):
    window = make_window(workspace)
    view = window.review.kb
    assert view.kb is None and view.model.rowCount() == 0
    assert window.actions_by_key["show_kb"].shortcut().matches(QKeySequence("Ctrl+4")) == (
        QKeySequence.SequenceMatch.ExactMatch
    )


def test_a_sparql_result_imported_from_the_menu_shows_in_the_view(
    workspace, make_window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "mayors.json"
    path.write_text(json.dumps(_sparql_result()), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    window = make_window(workspace)
    view = _open_view(window, qtbot)
    window.actions_by_key["import_sparql"].trigger()
    assert workspace.db["kb_facts"].count == 1
    assert "Imported 1 terms of office from mayors.json" in window.statusBar().currentMessage()
    _search(view, qtbot, "jane example")
    assert "Mayor of Exampleton" in view.detail.toPlainText() and view.facts.count() == 1
    path.write_text("[]", encoding="utf-8")
    window.actions_by_key["import_sparql"].trigger()
    assert workspace.db["kb_facts"].count == 1
    assert "mayors.json" in window.statusBar().currentMessage()


def test_the_b_key_on_a_flag_opens_the_knowledge_base_at_the_fact_it_used(workspace, make_window, qtbot):
    from PySide6.QtCore import Qt

    from annotator.checks.runner import run_checks
    from annotator.core.pubdate import parse_pubdate

    workspace.articles.set_published(4, parse_pubdate("2023-10-03", "user"), actor="editor")
    run_checks(workspace)
    window = make_window(workspace)
    window.commands.review.show_flags()
    flags = window.review.flags
    flag = next(f for f in workspace.flags.list(rule="office-term") if "Rutte" in f["quote"])
    assert flags.select_flag(flag["id"])
    flags.table.setFocus()
    qtbot.keyClick(flags.table, Qt.Key.Key_F)
    view = window.review.kb
    assert window.parts.tabs.currentWidget() is view
    assert view.current_entry().name == "Mark Rutte"
    assert "Secretary General of NATO" in view.detail.toPlainText()
