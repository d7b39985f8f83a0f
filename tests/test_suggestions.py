"""Date suggestions from the tagger: accept, reject, renormalise on a new date."""

from __future__ import annotations

from annotator.core.pubdate import parse_pubdate


def _by_text(rows: list[dict], text: str) -> dict:
    return next(row for row in rows if row["text"] == text)


def test_accepting_makes_a_date_annotation_and_undo_takes_it_back(workspace):
    open_rows = workspace.suggestions.for_article(5)  # 2024-12-03 wire story
    tuesday = _by_text(open_rows, "Tuesday")
    assert tuesday["value"] == "2024-12-03"
    date = workspace.suggestions.accept(tuesday["id"], annotator="ana")
    assert (date["kind"], date["date_value"], date["origin"]) == ("date", "2024-12-03", "suggestion")
    assert date["quote"] == "Tuesday"
    assert all(row["id"] != tuesday["id"] for row in workspace.suggestions.for_article(5))
    workspace.undo("ana")
    assert workspace.annotations.get(date["id"]) is None
    assert _by_text(workspace.suggestions.for_article(5), "Tuesday")["state"] == "open"


def test_rejected_stays_rejected_and_open_ones_follow_the_publication_date(workspace):
    rows = workspace.suggestions.for_article(5)
    rejected = next(row for row in rows if row["text"] != "Tuesday")
    workspace.suggestions.reject(rejected["id"], actor="ana")
    workspace.articles.set_published(5, parse_pubdate("2024-12-10", "user"), actor="ana")
    after = workspace.suggestions.for_article(5, state=None)
    assert _by_text(after, rejected["text"])["state"] == "rejected"
    assert _by_text(after, "Tuesday")["value"] == "2024-12-10"
