"""Item models: Qt's model tester, lazy paging, SQL sorting and filtering."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.ui.annotation_list import AnnotationListModel
from annotator.ui.article_list import PAGE_SIZE, ArticleFilter, ArticleListModel

ACTOR = "tester"


def test_article_model_passes_model_tester(workspace, qtmodeltester):
    model = ArticleListModel(workspace)
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_annotation_model_passes_model_tester(workspace, qtmodeltester):
    article = workspace.articles.get(1)
    workspace.annotations.create(1, "claim", 0, 7, annotator=ACTOR)
    workspace.annotations.create(1, "date", 8, 12, annotator=ACTOR, date_value="2025")
    model = AnnotationListModel()
    model.set_annotations(workspace.annotations.for_article(article["id"]))
    assert model.rowCount() == 2
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole).startswith("Claim: ")
    qtmodeltester.check(model, force_py=True)


def test_sorting_happens_in_sql_and_follows_the_column(workspace):
    model = ArticleListModel(workspace)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # published
    dates = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    plain = [d.removeprefix("≈ ") for d in dates if d]
    assert plain == sorted(plain)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 2)) for r in range(model.rowCount())] == dates[::-1]


def test_filters_and_search(workspace):
    workspace.annotations.create(2, "claim", 0, 7, annotator="ann", verdict="false")
    workspace.articles.update(3, {"status": "in_review"}, actor=ACTOR)
    model = ArticleListModel(workspace)
    model.filter = ArticleFilter(verdict="false")
    model.reload()
    assert [model.article_id(r) for r in range(model.rowCount())] == [2]
    model.filter = ArticleFilter(status="in_review")
    model.reload()
    assert [model.article_id(r) for r in range(model.rowCount())] == [3]
    model.filter = ArticleFilter(annotator="ann")
    model.reload()
    assert model.rowCount() == 1
    model.filter = ArticleFilter(search="Rutte irreversible")
    model.reload()
    assert 1 in {model.article_id(r) for r in range(model.rowCount())}
    model.filter = ArticleFilter(search="zzzqqqnothing")
    model.reload()
    assert model.rowCount() == 0


def test_rows_are_fetched_a_page_at_a_time(empty_workspace):
    db = empty_workspace.db
    db["articles"].insert_all(
        {"title": f"Article {i}", "text": f"text {i}", "content_hash": f"h{i}", "iri": f"urn:x:{i}"}
        for i in range(3 * PAGE_SIZE)
    )
    model = ArticleListModel(empty_workspace)
    assert model.rowCount() == 3 * PAGE_SIZE
    assert not model._pages
    assert model.data(model.index(PAGE_SIZE + 5, 0)) == f"Article {PAGE_SIZE + 5}"
    assert list(model._pages) == [1]
    empty_workspace.articles.update(model.article_id(PAGE_SIZE + 5), {"title": "Renamed"}, actor=ACTOR)
    model.refresh_articles({model.article_id(PAGE_SIZE + 5)})
    assert model.data(model.index(PAGE_SIZE + 5, 0)) == "Renamed"
