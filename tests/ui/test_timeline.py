"""The timeline view: seeded events placed in date order, the flagged one in the warning colour."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton

from annotator.checks.runner import run_checks
from annotator.core.pubdate import parse_pubdate
from annotator.ui.timeline_scene import KEY_ROLE, WARNING_COLOR
from annotator.ui.timeline_view import TimelineView


@pytest.fixture
def view(workspace, qtbot):
    workspace.articles.set_published(1, parse_pubdate("2025-09-10", "user"), actor="editor")
    run_checks(workspace)
    widget = TimelineView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_article(1)
    return widget


def _marker_x(view: TimelineView, key: str) -> float:
    return view.scene.markers[key].rect().left()


def test_events_are_placed_in_date_order_and_the_flagged_one_is_marked(view):
    items = [i for i in view.scene.timeline.in_order() if i.kind == "mention"]
    assert len(items) >= 4
    xs = [_marker_x(view, i.key) for i in items]
    assert xs == sorted(xs) and xs[0] < xs[-1]
    for earlier, later in zip(items, items[1:], strict=False):
        if earlier.start < later.start:
            assert _marker_x(view, earlier.key) < _marker_x(view, later.key)
    flagged = [i for i in items if i.flagged]
    assert [i.label for i in flagged] == ["NATO summit in The Hague (2025)"]
    marker = view.scene.markers[flagged[0].key]
    assert marker.pen().color().rgb() == WARNING_COLOR.rgb()
    assert marker.brush().color().rgb() == WARNING_COLOR.rgb()
    plain = view.scene.markers[next(i.key for i in items if not i.flagged)]
    assert plain.pen().color().rgb() != WARNING_COLOR.rgb()
    # the dashed line reaches where the text places the summit: the publication date
    assert flagged[0].implied == (date(2025, 9, 10), date(2025, 9, 10))
    lines = [g for g in view.scene.items() if g.data(KEY_ROLE) == f"implied:{flagged[0].key}"]
    assert lines and max(g.sceneBoundingRect().right() for g in lines) >= view.scene.x_of(date(2025, 9, 10))


def test_zoom_keeps_order_and_widens_the_axis(view, qtbot):
    before = view.scene.sceneRect().width()
    zoom_in = view.findChild(QPushButton, "timeline_zoom_in")
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert view.scene.sceneRect().width() > before
    wider = view.scene.sceneRect().width()
    wheel = QWheelEvent(
        QPointF(300, 100),
        QPointF(300, 100),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.canvas.viewport(), wheel)
    assert view.scene.sceneRect().width() > wider
    items = [i for i in view.scene.timeline.in_order() if i.kind == "mention"]
    xs = [_marker_x(view, i.key) for i in items]
    assert xs == sorted(xs)
    view.canvas.fit()
    assert view.scene.sceneRect().width() <= before + 1


def test_clicking_an_item_selects_its_span(view, qtbot):
    item = next(i for i in view.scene.timeline.items if i.flagged)
    marker = view.scene.markers[item.key]
    view.canvas.centerOn(marker)
    point = view.canvas.mapFromScene(marker.rect().center())
    with qtbot.waitSignal(view.span_activated, timeout=1000) as signal:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert signal.args == [1, *item.span]


def test_corpus_scope_shows_every_publication_date(view):
    view.show_corpus()
    assert len(view.scene.timeline.pubdates) == view.ws.articles.count()
    xs = {p.article_id: view.scene.x_of(p.start) for p in view.scene.timeline.pubdates}
    assert xs[4] < xs[5] < xs[3] < xs[2] < xs[1]  # 2024-10, 2024-12, 2025-03, 2025-04, 2025-09
