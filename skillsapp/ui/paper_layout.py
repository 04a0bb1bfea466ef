"""Laying text out on paper: whole words only, every box remembered.

Qt's own word wrap breaks a word that does not fit and splits at hyphens ("complet/ed",
"2026-11-/25"). Here lines break only at spaces, and a text marked whole (a date, a number)
never breaks at all; the boxes that text is drawn in are noted (in points from the page's
top left corner, as PDF readers measure), so the tests can check that every printed word
lies inside its box.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPainter

# Fonts every Linux centre has (fonts-dejavu-core), then the Windows and macOS ones.
SANS = ["DejaVu Sans", "Segoe UI", "Arial", "Helvetica"]
SERIF = ["DejaVu Serif", "Cambria", "Georgia", "Times New Roman"]
MONO = ["DejaVu Sans Mono", "Consolas", "Courier New"]
INK = QColor("#1b1b1b")
MUTED = QColor("#4a4a4a")
ACCENT = QColor("#1f5f8b")


def font(families: list[str], points: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font of the first family the PC has, at ``points``."""
    made = QFont()
    made.setFamilies(families)
    made.setPointSizeF(points)
    made.setBold(bold)
    made.setItalic(italic)
    return made


def wrap(text: str, metrics: QFontMetricsF, width: float, whole: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at spaces only (and at line breaks
    in the text). ``whole`` keeps it on one line whatever its width (a date, a number). A
    single word wider than ``width`` gets a line of its own and is never cut."""
    if whole:
        return [text]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in paragraph.split(" "):
            if not token:
                continue
            candidate = f"{line} {token}" if line else token
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = token
            else:
                line = candidate
        lines.append(line)
    return lines


def widest_word(text: str, metrics: QFontMetricsF, whole: bool = False) -> float:
    """The width of the longest piece that must stay on one line."""
    pieces = [text] if whole else [t for t in text.replace("\n", " ").split(" ") if t]
    return max((metrics.horizontalAdvance(p) for p in pieces), default=0.0)


@dataclass
class Region:
    """A box text was drawn in: its page (from 0), its rectangle in points, its text."""

    page: int
    rect: QRectF
    text: str


@dataclass
class Canvas:
    """A painter on a paged device, with the boxes of everything drawn so far."""

    painter: QPainter
    device: QPagedPaintDevice
    page: int = 0
    regions: list[Region] = field(default_factory=list)

    @property
    def area(self) -> QRectF:
        """The page inside its margins, in the painter's units."""
        return QRectF(0, 0, self.device.width(), self.device.height())

    def mm(self, millimetres: float) -> float:
        """Millimetres in the painter's units."""
        return millimetres / 25.4 * self.device.logicalDpiX()

    def metrics(self, used: QFont) -> QFontMetricsF:
        """Font metrics on this device."""
        return QFontMetricsF(used, self.device)

    def new_page(self) -> None:
        """Go on to the next page."""
        self.device.newPage()
        self.page += 1

    def note(self, rect: QRectF, text: str) -> None:
        """Remember that ``text`` was drawn inside ``rect`` (painter units)."""
        scale = 72.0 / self.device.logicalDpiX()
        margins = self.device.pageLayout().margins(QPageLayout.Unit.Point)
        self.regions.append(
            Region(
                self.page,
                QRectF(
                    margins.left() + rect.x() * scale,
                    margins.top() + rect.y() * scale,
                    rect.width() * scale,
                    rect.height() * scale,
                ),
                text,
            )
        )

    def text(
        self,
        text: str,
        box: QRectF,
        used: QFont,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        whole: bool = False,
        spacing: float = 1.0,
    ) -> float:
        """Draw ``text`` wrapped into ``box`` (from its top); return the height used."""
        metrics = self.metrics(used)
        lines = wrap(text, metrics, box.width(), whole)
        step = metrics.height() * spacing
        self.painter.setFont(used)
        self.painter.setPen(colour)
        y = box.top()
        for line in lines:
            advance = metrics.horizontalAdvance(line)
            if align & Qt.AlignmentFlag.AlignRight:
                x = box.right() - advance
            elif align & Qt.AlignmentFlag.AlignHCenter:
                x = box.left() + (box.width() - advance) / 2
            else:
                x = box.left()
            self.painter.drawText(QPointF(x, y + metrics.ascent()), line)
            y += step
        used_height = step * (len(lines) - 1) + metrics.height() if lines else 0.0
        self.note(QRectF(box.left(), box.top(), box.width(), used_height), text)
        return used_height

    def height_of(
        self, text: str, width: float, used: QFont, whole: bool = False, spacing: float = 1.0
    ) -> float:
        """The height ``text`` would take in a box ``width`` wide."""
        metrics = self.metrics(used)
        lines = wrap(text, metrics, width, whole)
        return metrics.height() * spacing * (len(lines) - 1) + metrics.height() if lines else 0.0

    def fitting_font(
        self, text: str, width: float, families: list[str], points: float, lines: int, low: float
    ) -> QFont:
        """The largest font from ``points`` down to ``low`` that sets ``text`` in at most
        ``lines`` lines of ``width`` with every word fitting."""
        size = points
        while True:
            used = font(families, size, bold=True)
            metrics = self.metrics(used)
            fits = widest_word(text, metrics) <= width and len(wrap(text, metrics, width)) <= lines
            if fits or size <= low:
                return used
            size = max(low, size - 1)
