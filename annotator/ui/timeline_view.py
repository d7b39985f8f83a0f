"""The timeline view: the current article's (or the corpus's) dates on a zoomable axis.

The wheel zooms around the pointer (Shift+wheel scrolls sideways), the buttons
zoom in, out and fit. Clicking an item asks the reader to select its span
(``span_activated``). Data comes from :mod:`annotator.checks.timeline`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.checks.timeline import Timeline, article_timeline, corpus_timeline
from annotator.ui.timeline_scene import MARGIN, WARNING_COLOR, TimelineScene
from annotator.workspace import Workspace

ZOOM_STEP = 1.4


class TimelineCanvas(QGraphicsView):
    """The graphics view; zooms by rebuilding the scene at a new scale."""

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline_scene = scene
        self.setObjectName("timeline_canvas")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Change the scale, keeping the day under ``anchor_x`` (view pixels) in place."""
        scene = self.timeline_scene
        view_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day = scene.day_at(self.mapToScene(int(view_x), 0).x())
        scene.rebuild(scene.pixels_per_day * factor)
        scroll = self.horizontalScrollBar()
        scroll.setValue(int(scene.x_of(day) - view_x))

    def fit(self) -> None:
        scene = self.timeline_scene
        width = max(self.viewport().width() - MARGIN - 240, 100)
        scene.rebuild(width / scene.span_days())
        self.horizontalScrollBar().setValue(0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps, event.position().x())
        event.accept()


class TimelineView(QWidget):
    """Scope chooser, zoom buttons, legend and the canvas."""

    span_activated = Signal(int, int, int)  # article id, start, end

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.article_id: int | None = None
        self.setObjectName("timeline_view")
        self.scene = TimelineScene(self.palette(), self)
        self.scene.item_clicked.connect(self.span_activated)
        self.canvas = TimelineCanvas(self.scene)
        self.scope = QComboBox()
        self.scope.setObjectName("timeline_scope")
        self.scope.addItem("This article", "article")
        self.scope.addItem("Whole corpus", "corpus")
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("timeline_summary")
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        bar.addWidget(self.scope)
        for name, text, tip, slot in (
            ("out", "−", "Zoom out (wheel down)", lambda: self.canvas.zoom(1 / 1.6)),
            ("in", "+", "Zoom in (wheel up)", lambda: self.canvas.zoom(1.6)),
            ("fit", "Fit", "Show the whole range", self.canvas.fit),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setObjectName(f"timeline_zoom_{name}")
            button.setFixedWidth(44 if text == "Fit" else 32)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        legend = QLabel(
            f"<span style='color:{WARNING_COLOR.name()}'>■ flagged</span> · "
            "▭ dashed: where the text places it · "
            f"<span style='color:{accent}'>│ publication date</span>"
        )
        legend.setObjectName("timeline_legend")
        for label in (self.summary, legend):  # wrap rather than widen the whole window
            label.setWordWrap(True)
        bar.addWidget(legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)

    def show_article(self, article_id: int | None) -> None:
        """Follow the reader's article (redrawn now if shown, else when next shown)."""
        self.article_id = article_id
        if self.scope.currentData() == "article":
            self.refresh()

    def refresh_when_shown(self) -> bool:
        """Defer drawing while hidden (a tab not in front); True when drawn now."""
        if self.isVisible():
            return True
        self._stale = True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def show_corpus(self) -> None:
        self.scope.setCurrentIndex(self.scope.findData("corpus"))

    def refresh(self, _changed: object = None) -> None:
        if not self.refresh_when_shown():
            return
        self._stale = False
        if self.scope.currentData() == "corpus":
            timeline = corpus_timeline(self.ws)
        elif self.article_id is not None:
            timeline = article_timeline(self.ws, self.article_id)
        else:
            timeline = Timeline()
        self.set_timeline(timeline)

    def set_timeline(self, timeline: Timeline) -> None:
        self.scene.palette_ = self.palette()
        self.scene.set_timeline(timeline)
        self.canvas.fit()
        flagged = len(timeline.flagged())
        self.summary.setText(
            f"{len(timeline.items)} dated items" + (f", {flagged} flagged" if flagged else "")
            if timeline.items
            else "Nothing dated to show."
        )
