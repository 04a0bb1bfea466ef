"""The competence chart: a radar of the 5 areas and a bar per competence, painted with QPainter.

A radar needs three spokes or more to be a shape: with levels in fewer than three areas (a
quick check of one area) the chart is bars only, each area's level written above its
competences' bars.

``paint_chart`` draws into any painter, so the screen and the PDF show the same picture.
Colours come from the theme's palette; levels are also written as numbers, so the chart can
be read without telling colours apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from skillsapp.core.framework import Framework
from skillsapp.core.framework.model import Competence
from skillsapp.ui.theme import Palette, palette_for

TOP_LEVEL = 8
RADAR_FROM_AREAS = 3  # fewer areas with a level: bars, not a radar


def shows_radar(area_levels: Mapping[str, int]) -> bool:
    """True when the levels cover enough areas for a radar to mean something."""
    return len(area_levels) >= RADAR_FROM_AREAS


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    fw: Framework,
    area_levels: Mapping[str, int],
    levels: Mapping[str, int],
    palette: Palette,
    before: Mapping[str, int] | None = None,
    validated: frozenset[str] = frozenset(),
) -> None:
    """Radar on the left, bars on the right, inside ``rect``; bars only for fewer than three
    areas."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not shows_radar(area_levels):
        _paint_area_bars(painter, rect, fw, area_levels, levels, palette, validated)
        painter.restore()
        return
    radar = QRectF(rect.left(), rect.top(), rect.width() * 0.45, rect.height())
    bars = QRectF(
        radar.right() + rect.width() * 0.03, rect.top(), rect.width() * 0.52, rect.height()
    )
    _paint_radar(painter, radar, fw, area_levels, palette, before or {})
    _paint_bars(painter, bars, fw, levels, palette, validated)
    painter.restore()


def _paint_area_bars(
    painter: QPainter,
    rect: QRectF,
    fw: Framework,
    area_levels: Mapping[str, int],
    levels: Mapping[str, int],
    palette: Palette,
    validated: frozenset[str],
) -> None:
    """Each area with a level (every area when there is none): its name and level, then a
    bar per competence, over the whole width."""
    areas = [a for a in fw.areas if a.code in area_levels] or list(fw.areas)
    rows = sum(1 + len(a.competences) for a in areas)
    line = painter.fontMetrics().height()
    row = min(rect.height() / rows, line * 2.0)
    bold = QFont(painter.font())
    bold.setBold(True)
    top = rect.top()
    for area in areas:
        painter.save()
        painter.setFont(bold)
        painter.setPen(QColor(palette.text))
        level = area_levels.get(area.code)
        label = f"{area.code} {area.heading}: {'–' if level is None else level}"
        box = QRectF(rect.left(), top, rect.width(), row)
        label = painter.fontMetrics().elidedText(
            label, Qt.TextElideMode.ElideRight, int(box.width())
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
        painter.restore()
        top += row
        height = row * len(area.competences)
        painter.save()  # the bars set a smaller font of their own
        _paint_bars(
            painter,
            QRectF(rect.left(), top, rect.width(), height),
            fw,
            levels,
            palette,
            validated,
            area.competences,
        )
        painter.restore()
        top += height


def _paint_radar(
    painter: QPainter,
    rect: QRectF,
    fw: Framework,
    area_levels: Mapping[str, int],
    palette: Palette,
    before: Mapping[str, int],
) -> None:
    line = painter.fontMetrics().height()
    # Room for two lines of label above and below, and a label's width at each side.
    label_width = rect.width() * 0.3
    centre = QPointF(rect.center().x(), rect.center().y() + line * 0.4)
    radius = max(10.0, min(rect.width() / 2 - label_width * 0.75, rect.height() / 2 - line * 2.6))
    count = len(fw.areas)

    def point(index: int, level: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        r = radius * level / TOP_LEVEL
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    grid = QPen(QColor(palette.border), 1)
    painter.setPen(grid)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in (2, 4, 6, 8):
        painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
    for i in range(count):
        painter.drawLine(centre, point(i, TOP_LEVEL))
    if before:
        pen = QPen(QColor(palette.muted), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPolygon(
            QPolygonF([point(i, before.get(a.code, 0)) for i, a in enumerate(fw.areas)])
        )
    accent = QColor(palette.accent)
    fill = QColor(accent)
    fill.setAlpha(90)
    painter.setPen(QPen(accent, 3))
    painter.setBrush(QBrush(fill))
    painter.drawPolygon(
        QPolygonF([point(i, area_levels.get(a.code, 0)) for i, a in enumerate(fw.areas)])
    )
    painter.setPen(QColor(palette.text))
    for i, area in enumerate(fw.areas):
        tip = point(i, TOP_LEVEL)
        level = area_levels.get(area.code)
        label = f"{area.heading}: {'–' if level is None else level}"
        # Labels sit outside the tip of their axis, kept inside the chart's rectangle.
        dx, dy = tip.x() - centre.x(), tip.y() - centre.y()
        left = (
            tip.x()
            - label_width / 2
            + (label_width / 2 + 6) * (dx > 1)
            - (label_width / 2 + 6) * (dx < -1)
        )
        top = tip.y() - line * 2.3 if dy < -1 else tip.y() + 4
        box = QRectF(
            max(rect.left(), min(left, rect.right() - label_width)), top, label_width, line * 2.2
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, label)


def _paint_bars(
    painter: QPainter,
    rect: QRectF,
    fw: Framework,
    levels: Mapping[str, int],
    palette: Palette,
    validated: frozenset[str],
    competences: tuple[Competence, ...] | None = None,
) -> None:
    competences = competences if competences is not None else fw.competences
    row = rect.height() / len(competences)
    font = QFont(painter.font())
    # As big as the rows allow, but never bigger than the text around the chart.
    font.setPixelSize(max(8, int(min(row * 0.6, painter.fontMetrics().height() * 0.9))))
    painter.setFont(font)
    # The labels take the width their longest needs (a competence's name is cut off only when
    # even 60 % of the chart is not enough, as at 200 % text on a narrow screen).
    metrics = painter.fontMetrics()
    needed = max(metrics.horizontalAdvance(f"{c.code} {c.short}") for c in competences) + 12
    label_width = min(max(rect.width() * 0.3, needed), rect.width() * 0.6)
    bar_left = rect.left() + label_width
    bar_width = rect.width() - label_width - painter.fontMetrics().horizontalAdvance(" 8 ✓")
    for index, competence in enumerate(competences):
        top = rect.top() + index * row
        painter.setPen(QColor(palette.text))
        text_box = QRectF(rect.left(), top, label_width - 6, row)
        label = painter.fontMetrics().elidedText(
            f"{competence.code} {competence.short}",
            Qt.TextElideMode.ElideRight,
            int(text_box.width()),
        )
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(QColor(palette.border), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        track = QRectF(bar_left, top + row * 0.15, bar_width, row * 0.7)
        painter.drawRect(track)
        level = levels.get(competence.code)
        if level is None:
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.accent))
        painter.drawRect(
            QRectF(track.left(), track.top(), track.width() * level / TOP_LEVEL, track.height())
        )
        painter.setPen(QColor(palette.text))
        mark = " ✓" if competence.code in validated else ""
        painter.drawText(
            QRectF(track.right() + 4, top, rect.right() - track.right() - 4, row),
            Qt.AlignmentFlag.AlignVCenter,
            f"{level}{mark}",
        )


class CompetenceChart(QWidget):
    """The chart as a widget; ``set_data`` replaces what it shows."""

    def __init__(self, fw: Framework, high_contrast: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.fw = fw
        self.palette_ = palette_for(high_contrast)
        self.area_levels: dict[str, int] = {}
        self.levels: dict[str, int] = {}
        self.before: dict[str, int] = {}
        self.validated: frozenset[str] = frozenset()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Your competence chart"))

    def set_data(
        self,
        area_levels: Mapping[str, int],
        levels: Mapping[str, int],
        before: Mapping[str, int] | None = None,
        validated: frozenset[str] = frozenset(),
    ) -> None:
        """Show these levels (and the area levels of last time, dashed)."""
        self.area_levels, self.levels = dict(area_levels), dict(levels)
        self.before, self.validated = dict(before or {}), validated
        # A screen reader reads the numbers the chart draws.
        parts = [
            f"{a.short}: {self.area_levels[a.code]}"
            for a in self.fw.areas
            if a.code in self.area_levels
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 460)

    def minimumSizeHint(self) -> QSize:
        return QSize(520, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.palette_.window))
        paint_chart(
            painter,
            QRectF(self.rect()).adjusted(8, 8, -8, -8),
            self.fw,
            self.area_levels,
            self.levels,
            self.palette_,
            self.before,
            self.validated,
        )
        painter.end()
