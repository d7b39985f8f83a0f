"""Drawing a timeline: lanes of dated items on a time axis, flagged ones in the warning colour.

The scene is rebuilt at each zoom level rather than scaled, so ticks, labels and
marker sizes stay crisp and readable. A flagged item gets a dashed line to where
the text places it (a hollow marker), which is what makes "out of order" visible
at a glance. Items keep their article and span so a click can select the text.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from annotator.checks.timeline import LANES, Timeline, TimelineItem, stack, ticks
from annotator.ui.highlighter import kind_color

WARNING_COLOR = QColor("#e0a030")
KB_COLOR = QColor("#7b8fa6")
SUGGESTION_COLOR = QColor("#9e9e9e")
MARGIN = 160.0  # room on the left for lane titles
AXIS_HEIGHT = 34.0
ROW_HEIGHT = 24.0
LANE_GAP = 18.0
MIN_WIDTH = 8.0
LABEL_CHARS = 42
KEY_ROLE, ARTICLE_ROLE, SPAN_ROLE = 0, 1, 2


def item_color(item: TimelineItem) -> QColor:
    if item.flagged:
        return WARNING_COLOR
    if item.kind == "date":
        return kind_color("date")
    if item.kind == "suggestion":
        return SUGGESTION_COLOR
    if item.kind == "mention":
        return kind_color("event")
    return KB_COLOR


class TimelineScene(QGraphicsScene):
    """One timeline at one scale (pixels per day)."""

    item_clicked = Signal(int, int, int)  # article id, start, end

    def __init__(self, palette: QPalette, parent=None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.timeline = Timeline()
        self.pixels_per_day = 1.0
        self.origin = date.today()
        self.end = date.today()
        self.markers: dict[str, QGraphicsRectItem] = {}

    # -- geometry --------------------------------------------------------------------------------
    def x_of(self, day: date) -> float:
        return MARGIN + (day - self.origin).days * self.pixels_per_day

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=round((x - MARGIN) / max(self.pixels_per_day, 1e-6)))

    def span_days(self) -> int:
        return max((self.end - self.origin).days, 1)

    # -- building --------------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline, pixels_per_day: float | None = None) -> None:
        self.timeline = timeline
        bounds = timeline.bounds()
        low, high = bounds if bounds else (date.today(), date.today())
        pad = max(timedelta(days=20), (high - low) / 20)
        self.origin, self.end = low - pad, high + pad
        self.rebuild(pixels_per_day or self.pixels_per_day)

    def rebuild(self, pixels_per_day: float) -> None:
        self.pixels_per_day = max(min(pixels_per_day, 400.0), 0.002)
        self.clear()
        self.markers = {}
        text = self.palette_.color(QPalette.ColorRole.Text)
        muted = self.palette_.color(QPalette.ColorRole.PlaceholderText)
        y = AXIS_HEIGHT + 8
        metrics = QFontMetricsF(QFont())
        lane_tops: list[tuple[str, float, float]] = []
        ongoing_until = self.end
        for lane, title in LANES:
            items = [i for i in self.timeline.items if i.lane == lane]
            if not items:
                continue
            rows = stack((i.key, *self._extent(i, metrics)) for i in items)
            height = (max(rows.values()) + 1) * ROW_HEIGHT
            lane_tops.append((title, y, height))
            for item in items:
                self._add_item(item, y + rows[item.key] * ROW_HEIGHT, ongoing_until, text)
            y += height + LANE_GAP
        bottom = max(y, AXIS_HEIGHT + 60)
        self._draw_axis(bottom, text, muted)
        self._draw_lanes(lane_tops, muted)
        self._draw_pubdates(bottom, text)
        self._draw_implied_lines()
        self.setSceneRect(QRectF(0, 0, self.x_of(self.end) + 220, bottom + 10))

    def _bar(self, item: TimelineItem) -> tuple[float, float]:
        """Left edge and width of an item's bar at the current scale."""
        x1 = self.x_of(item.start)
        end = self.end if item.ongoing else item.end + timedelta(days=1)
        return x1, max(self.x_of(end) - x1, MIN_WIDTH)

    def _extent(self, item: TimelineItem, metrics: QFontMetricsF) -> tuple[float, float]:
        """Horizontal room an item takes: bar, label and the marker the text implies."""
        x1, width = self._bar(item)
        right = x1 + width + 12 + metrics.horizontalAdvance(_short(item.label))
        if item.flagged and item.implied:
            low, high = item.implied
            x1 = min(x1, self.x_of(low) - 4)
            right = max(right, self.x_of(high + timedelta(days=1)) + 6)
        return x1, right

    def _add_item(self, item: TimelineItem, top: float, ongoing_until: date, text: QColor) -> None:
        x1, width = self._bar(item)
        color = item_color(item)
        marker = QGraphicsRectItem(x1, top + 5, width, ROW_HEIGHT - 10)
        fill = QColor(color)
        fill.setAlpha(230 if item.flagged else 150)
        marker.setBrush(QBrush(fill))
        marker.setPen(QPen(color, 2 if item.flagged else 1))
        marker.setData(KEY_ROLE, item.key)
        marker.setData(ARTICLE_ROLE, item.article_id)
        marker.setData(SPAN_ROLE, item.span)
        marker.setToolTip(self._tooltip(item))
        marker.setCursor(Qt.CursorShape.PointingHandCursor)
        marker.setZValue(2 if item.flagged else 1)
        self.addItem(marker)
        self.markers[item.key] = marker
        label = self.addSimpleText(_short(item.label))
        label.setBrush(WARNING_COLOR if item.flagged else text)
        label_x = x1 + width + 4
        if item.flagged and item.implied and self.x_of(item.implied[0]) >= x1:
            label_x = max(label_x, self.x_of(item.implied[1] + timedelta(days=1)) + 6)
        label.setPos(label_x, top + 4)
        label.setZValue(1)
        label.setData(KEY_ROLE, item.key)
        label.setData(ARTICLE_ROLE, item.article_id)
        label.setData(SPAN_ROLE, item.span)

    @staticmethod
    def _tooltip(item: TimelineItem) -> str:
        when = (
            item.start.isoformat()
            if item.start == item.end
            else (f"{item.start.isoformat()} to {'ongoing' if item.ongoing else item.end.isoformat()}")
        )
        lines = [item.label, when]
        if item.note:
            lines.append(item.note)
        if item.flagged:
            lines.append("Flagged: the dashed line goes to where the text places it.")
        return "\n".join(lines)

    def _draw_axis(self, bottom: float, text: QColor, muted: QColor) -> None:
        grid = QColor(muted)
        grid.setAlpha(60)
        for day, label, major in ticks(self.origin, self.end, self.pixels_per_day):
            x = self.x_of(day)
            pen = QPen(grid if not major else muted, 1)
            line = self.addLine(x, AXIS_HEIGHT - (10 if major else 5), x, bottom, pen)
            line.setZValue(-2)
            if label:
                tick = self.addSimpleText(label)
                font = QFont(tick.font())
                font.setBold(major)
                tick.setFont(font)
                tick.setBrush(text if major else muted)
                tick.setPos(x + 3, 4 if major else 16)
        self.addLine(MARGIN, AXIS_HEIGHT, self.x_of(self.end), AXIS_HEIGHT, QPen(muted, 1))

    def _draw_lanes(self, lane_tops: list[tuple[str, float, float]], muted: QColor) -> None:
        band = QColor(muted)
        band.setAlpha(18)
        for index, (title, top, height) in enumerate(lane_tops):
            if index % 2 == 0:
                rect = self.addRect(
                    0,
                    top - LANE_GAP / 2,
                    self.x_of(self.end) + 220,
                    height + LANE_GAP,
                    QPen(Qt.PenStyle.NoPen),
                    QBrush(band),
                )
                rect.setZValue(-3)
            label = self.addSimpleText(title)
            label.setBrush(muted)
            label.setPos(8, top + 4)

    def _draw_pubdates(self, bottom: float, text: QColor) -> None:
        accent = self.palette_.color(QPalette.ColorRole.Highlight)
        for pub in self.timeline.pubdates:
            x1 = self.x_of(pub.start)
            x2 = self.x_of(pub.end + timedelta(days=1))
            if x2 - x1 > 3:
                band = QColor(accent)
                band.setAlpha(40)
                rect = self.addRect(
                    x1, AXIS_HEIGHT, x2 - x1, bottom - AXIS_HEIGHT, QPen(Qt.PenStyle.NoPen), QBrush(band)
                )
                rect.setZValue(-1)
            line = self.addLine(x1, AXIS_HEIGHT - 4, x1, bottom, QPen(accent, 2))
            line.setZValue(3)
            line.setToolTip(f"{pub.label}\n{pub.note}")
            line.setData(KEY_ROLE, pub.key)
            if len(self.timeline.pubdates) <= 12:
                label = self.addSimpleText(_short(pub.label, 30))
                label.setBrush(accent)
                label.setPos(x1 + 4, bottom - 18)

    def _draw_implied_lines(self) -> None:
        """Dashed line from each flagged item to the hollow marker where the text puts it."""
        pen = QPen(WARNING_COLOR, 1.5, Qt.PenStyle.DashLine)
        for item in self.timeline.flagged():
            marker = self.markers.get(item.key)
            if marker is None or item.implied is None:
                continue
            rect = marker.rect()
            low, high = item.implied
            x1, x2 = self.x_of(low), max(self.x_of(high + timedelta(days=1)), self.x_of(low) + 6)
            centre_y = rect.bottom() + 2  # under the label, not through it
            start = QPointF(rect.right() if x1 > rect.right() else rect.left(), centre_y)
            end = QPointF(x1 if x1 > rect.right() else x2, centre_y)
            line = self.addLine(start.x(), start.y(), end.x(), end.y(), pen)
            line.setZValue(3)
            line.setData(KEY_ROLE, f"implied:{item.key}")
            hollow = self.addRect(
                x1,
                rect.top() - 2,
                x2 - x1,
                rect.height() + 4,
                QPen(WARNING_COLOR, 2),
                QBrush(Qt.BrushStyle.NoBrush),
            )
            hollow.setZValue(3)
            hollow.setData(KEY_ROLE, f"implied:{item.key}")
            hollow.setToolTip(f"Where the text places {item.label}: {low} to {high}")

    # -- interaction -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for found in self.items(event.scenePos()):
            if self._emit_for(found):
                event.accept()
                return
        super().mousePressEvent(event)

    def _emit_for(self, found: QGraphicsItem) -> bool:
        span = found.data(SPAN_ROLE)
        article_id = found.data(ARTICLE_ROLE)
        if span and article_id is not None:
            self.item_clicked.emit(int(article_id), int(span[0]), int(span[1]))
            return True
        return False


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
