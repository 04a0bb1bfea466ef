"""A learner's competence profile on one A4 page: chart, table, date and centre."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from skillsapp.core.assessment.profile import CompetenceProfile
from skillsapp.core.framework import Framework
from skillsapp.ui.competence_chart import paint_chart
from skillsapp.ui.theme import palette_for

RESOLUTION = 150  # dots per inch: sharp enough to print, small file


def write_profile_pdf(
    path: Path,
    profile: CompetenceProfile,
    fw: Framework,
    learner_name: str,
    centre_name: str,
    on: date,
) -> None:
    """Write the one-page profile to ``path`` (printed colours, never high contrast)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"Digital competence profile: {learner_name}")
    writer.setCreator("SkillsApp")
    painter = QPainter(writer)
    try:
        _paint_page(
            painter, writer.width(), writer.height(), profile, fw, learner_name, centre_name, on
        )
    finally:
        painter.end()


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _paint_page(
    painter: QPainter,
    width: int,
    height: int,
    profile: CompetenceProfile,
    fw: Framework,
    learner_name: str,
    centre_name: str,
    on: date,
) -> None:
    palette = palette_for(False)
    painter.setPen(QColor(palette.text))
    y = 0.0
    painter.setFont(_font(18, bold=True))
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(0, y, width, line), f"Digital competence profile: {learner_name}")
    y += line * 1.2
    painter.setFont(_font(10))
    line = painter.fontMetrics().height()
    painter.drawText(
        QRectF(0, y, width, line),
        f"{centre_name} · {on.isoformat()} · {fw.name} (levels 1-8; ✓ = validated by a trainer)",
    )
    y += line * 1.6
    chart_height = height * 0.42
    paint_chart(
        painter,
        QRectF(0, y, width, chart_height),
        fw,
        profile.area_levels,
        profile.levels,
        palette,
        validated=frozenset(c for c, e in profile.entries.items() if e.validated),
    )
    y += chart_height + line
    _paint_table(painter, QRectF(0, y, width, height - y), profile, fw)


def _paint_table(
    painter: QPainter, rect: QRectF, profile: CompetenceProfile, fw: Framework
) -> None:
    painter.setFont(_font(9))
    row = min(painter.fontMetrics().height() * 1.35, rect.height() / (len(fw.competences) + 1))
    columns = (0.0, 0.08, 0.66, 0.76, 0.88)
    headers = ("Code", "Competence", "Level", "Band", "How")
    pen = QPen(QColor(palette_for(False).border))
    y = rect.top()

    def cells(values: tuple[str, ...], top: float, bold: bool = False) -> None:
        painter.setFont(_font(9, bold))
        for start, value in zip(columns, values, strict=True):
            box = QRectF(rect.left() + start * rect.width(), top, rect.width() * 0.5, row)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, value)

    cells(headers, y, bold=True)
    y += row
    for competence in fw.competences:
        painter.setPen(pen)
        painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
        painter.setPen(QColor(palette_for(False).text))
        entry = profile.entries.get(competence.code)
        level = entry.level if entry else None
        how = "" if entry is None or level is None else ("validated" if entry.validated else "self")
        title = painter.fontMetrics().elidedText(
            competence.title, Qt.TextElideMode.ElideRight, int(rect.width() * 0.57)
        )
        cells(
            (
                competence.code,
                title,
                "–" if level is None else str(level),
                "" if level is None else fw.level(level).band,
                how,
            ),
            y,
        )
        y += row
