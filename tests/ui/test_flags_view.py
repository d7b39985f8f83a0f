"""The inconsistencies view: real flags from the checks, reviewed by keyboard, kept on re-runs."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator.checks.runner import run_checks, user_kb
from annotator.core.pubdate import parse_pubdate
from annotator.core.vocabulary import vocabulary
from annotator.ui.flags_model import COLUMNS, FlagsModel
from annotator.ui.flags_view import FlagsView
from annotator.ui.session import Session

ACTOR = "tester"


def shift_dates_and_check(ws) -> None:
    """Move three sample articles to dates their texts contradict, then run the checks."""
    ws.articles.set_published(5, parse_pubdate("2016-06-01", "user"), actor="editor")
    ws.articles.set_published(4, parse_pubdate("2023-10-03", "user"), actor="editor")
    ws.articles.set_published(1, parse_pubdate("2025-09-10", "user"), actor="editor")
    run_checks(ws)


@pytest.fixture
def flagged(workspace):
    shift_dates_and_check(workspace)
    assert len(workspace.flags.list()) >= 5
    return workspace


@pytest.fixture
def view(flagged, qtbot):
    widget = FlagsView(Session(flagged, ACTOR))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(view: FlagsView, rule: str, quote_part: str) -> dict:
    flag = next(f for f in view.ws.flags.list(rule=rule) if quote_part in f["quote"])
    assert view.select_flag(flag["id"])
    view.table.setFocus()
    return flag


def test_flags_model_passes_model_tester(flagged, qtmodeltester):
    model = FlagsModel(flagged)
    qtmodeltester.check(model, force_py=True)
    model.set_filters("Trump", state="open")  # reset and layout changes watched by the tester
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 2


def test_sorting_and_filters_happen_in_sql(flagged):
    model = FlagsModel(flagged)
    rules = [model.row_data(r)["rule"] for r in range(model.rowCount())]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    by_rule = [model.row_data(r)["rule"] for r in range(model.rowCount())]
    assert by_rule == sorted(rules)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    severities = [model.row_data(r)["severity"] for r in range(model.rowCount())]
    assert severities.index("warning") > severities.index("error")
    assert "warning" not in severities[: severities.count("error")]
    model.set_filters(rule="office-term")
    assert model.rowCount() == len(flagged.flags.list(rule="office-term"))
    model.set_filters("President-elect")
    assert [model.row_data(r)["quote"] for r in range(model.rowCount())] == [
        "U.S. President-elect Donald Trump"
    ]
    assert COLUMNS[model.sort_column][0] == "Severity"


def test_selecting_a_flag_asks_the_reader_to_show_its_span(view, qtbot):
    flag = next(f for f in view.ws.flags.list() if f["rule"] == "elapsed-time")
    view.select_flag(view.model.flag_id(0))
    view.table.setFocus()
    with qtbot.waitSignal(view.flag_activated, timeout=1000) as signal:
        view.select_flag(flag["id"])
        view.activate_current()
    assert signal.args == [flag["article_id"], flag["start"], flag["end"]]
    assert flag["message"][:30] in view.detail.toPlainText()
    assert "Article date" in view.detail.toPlainText()
    assert "2016-06-01" in view.detail.toPlainText()
    # the dates near the flag follow once the explanation is on screen
    qtbot.waitUntil(lambda: "Reading the article" not in view.detail.toPlainText(), timeout=3000)
    detail = view.detail.toPlainText()
    assert "Dates near it" in detail and "tagger" in detail and flag["message"][:30] in detail


def test_confirm_into_claim_by_keyboard(view, qtbot):
    flag = _select(view, "office-term", "President-elect")
    view.verdict.setCurrentIndex(view.verdict.findData("misleading"))
    with qtbot.waitSignal(view.decided, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_V)
    review = view.ws.db.execute(
        "select decision, reviewer, annotation_id, decided_at from reviews where fingerprint = ?",
        [flag["fingerprint"]],
    ).fetchone()
    assert review[0] == "confirmed" and review[1] == ACTOR and review[3]
    claim = view.ws.annotations.get(review[2])
    assert claim["kind"] == "claim" and claim["verdict"] == "misleading"
    assert (claim["start"], claim["end"]) == (flag["start"], flag["end"])
    assert claim["quote"] == "U.S. President-elect Donald Trump"
    assert view.model.row_of(flag["id"]) == -1  # the open list moved on
    assert view.current_flag_id() is not None


def test_dismissal_with_a_listed_reason_survives_rerunning_the_checks(view, qtbot):
    flag = _select(view, "elapsed-time", "30 years ago")
    qtbot.keyClick(view.table, Qt.Key.Key_2)
    reason = vocabulary().dismiss_reasons[1]
    assert view.ws.flags.get(flag["id"])["reason"] == reason
    report = run_checks(view.ws)
    assert report.flags >= 5
    again = next(f for f in view.ws.flags.list() if f["fingerprint"] == flag["fingerprint"])
    assert again["id"] != flag["id"]  # a fresh row from the new run
    assert (again["state"], again["reason"], again["reviewer"]) == ("dismissed", reason, ACTOR)
    view.refresh()
    view.state_filter.setCurrentIndex(view.state_filter.findData("dismissed"))
    assert view.model.rowCount() == 1
    assert view.model.row_data(0)["reason"] == reason


def test_dismiss_with_free_text_and_undo_refreshes_the_view(view, qtbot):
    flag = _select(view, "office-term", "Secretary-General")
    view.reason.setCurrentText("Rutte was acting head before")
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    assert view.ws.flags.get(flag["id"])["reason"] == "Rutte was acting head before"
    assert view.model.row_of(flag["id"]) == -1
    view.undo()
    assert view.ws.flags.get(flag["id"])["state"] == "open"
    assert view.model.row_of(flag["id"]) >= 0


def test_reopen_and_decided_flags_ignore_stray_keys(view, qtbot):
    view.state_filter.setCurrentIndex(0)  # all states
    flag = _select(view, "event-tense", "The Hague")
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    assert view.ws.flags.get(flag["id"])["state"] == "confirmed"
    view.select_flag(flag["id"])
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    assert view.ws.flags.get(flag["id"])["state"] == "confirmed"
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert view.ws.flags.get(flag["id"])["state"] == "open"


def test_add_missing_fact_from_a_flag(view, qtbot):
    flag = _select(view, "office-term", "Secretary-General")
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    dialog = view.fact_dialog
    assert dialog.kind.currentData() == "office"
    assert dialog.fields["office"]["person"].text() == "Mark Rutte"
    assert dialog.fields["office"]["office"].text() == "Secretary General of NATO"
    assert dialog.fields["office"]["organisation_or_country"].text() == "NATO"
    dialog.fields["office"]["start"].setText("not a date")
    dialog.accept()
    assert dialog.isVisible() and "start" in dialog.error.text()
    assert view.ws.db["kb_facts"].count == 0
    dialog.fields["office"]["start"].setText("2023-09-01")
    dialog.fields["office"]["source"].setText("https://example.org/acting")
    with qtbot.waitSignal(view.fact_added, timeout=1000):
        dialog.accept()
    row = next(view.ws.db["kb_facts"].rows)
    assert row["kind"] == "office" and row["author"] == ACTOR
    assert json.loads(row["data"])["person"] == "Mark Rutte"
    run_checks(view.ws)
    assert not [
        f
        for f in view.ws.flags.list(article_id=flag["article_id"], rule="office-term")
        if "Secretary-General" in f["quote"]
    ]
    assert any(t.start.text == "2023-09-01" for t in user_kb(view.ws).people["mark rutte"].terms)


def test_the_view_shows_likely_errors_first_and_the_rest_on_request(workspace, qtbot, tmp_path):
    source = tmp_path / "courtesy.json"
    source.write_text(
        json.dumps(
            {
                "title": "Courtesy",
                "published": "2017-11-20",
                "text": "Trump used the occasion to attack President Barack Obama today. "
                "President Obama says he will campaign for Democrats.",
            }
        ),
        encoding="utf-8",
    )
    workspace.import_paths([source])
    article_id = max(workspace.articles.ids())
    run_checks(workspace)
    widget = FlagsView(Session(workspace, ACTOR))
    qtbot.addWidget(widget)
    widget.article_filter.setCurrentIndex(widget.article_filter.findData(article_id))
    assert widget.article_filter.currentData() == article_id
    shown = [widget.model.row_data(r) for r in range(widget.model.rowCount())]
    assert [(f["quote"], f["confidence"]) for f in shown] == [("President Obama", "high")]
    assert "present tense 'says'" in shown[0]["basis"]
    widget.select_flag(shown[0]["id"])
    assert "Reading" in widget.detail.toPlainText()
    widget.confidence_filter.setCurrentIndex(widget.confidence_filter.findData(None))
    assert sorted(widget.model.row_data(r)["confidence"] for r in range(widget.model.rowCount())) == [
        "high",
        "low",
    ]
