"""Reports on A4 paper: the screen's table, set so that nothing is cut or split.

Column widths come from the content: each column is at least as wide as its longest word
(or its longest date or number, which never break), and the rest of the page goes where
the text is longest. When even that does not fit, the type gets smaller, then the page
turns to landscape. The headings repeat on every page; every page says which of how many
it is.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPainter, QPen

from skillsapp.core.reports import Report
from skillsapp.ui.paper import save_pdf
from skillsapp.ui.paper_layout import (
    ACCENT,
    MUTED,
    SANS,
    Canvas,
    Region,
    font,
    widest_word,
    wrap,
)
from skillsapp.ui.paper_words import PaperWords, current_language
from skillsapp.ui.report_table import Courses, ReportTable, report_table
from skillsapp.ui.text import fill

SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)  # points: the table's type, largest first
PAD_MM = (1.4, 0.9)  # inside each cell: left and right, top and bottom
HEADING_FILL = QColor("#e3ecf4")
STRIPE_FILL = QColor("#f5f7f9")
RULE = QColor("#9aa7b3")


class ReportPaper:
    """A report as a ``Paper``: title, centre and day, the table, the notes."""

    def __init__(self, table: ReportTable, centre: str, made_on: date) -> None:
        self.table = table
        self.centre = centre
        self.made_on = made_on
        self.words = PaperWords(table.language)
        self.regions: list[Region] = []  # where each text went (for the layout tests)
        self.landscape = False
        self.type_size = SIZES[0]

    @property
    def title(self) -> str:
        """The print job's and the PDF's title."""
        return self.table.title

    def paint(self, device: QPagedPaintDevice) -> None:
        """Draw every page of the report onto ``device``."""
        widths = self._choose_layout(device)
        painter = QPainter(device)
        canvas = Canvas(painter, device)
        try:
            pages = self._paginate(canvas, widths)
            for number, page in enumerate(pages):
                if number:
                    canvas.new_page()
                self._draw_page(canvas, widths, page, number, len(pages))
        finally:
            painter.end()
        self.regions = canvas.regions

    # -- layout ---------------------------------------------------------------------------

    def _choose_layout(self, device: QPagedPaintDevice) -> list[float]:
        """Column widths, after choosing the type size and, if need be, landscape."""
        for orientation in (QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape):
            device.setPageOrientation(orientation)
            for size in SIZES:
                widths = self._widths(device, size)
                if widths is not None:
                    self.landscape = orientation == QPageLayout.Orientation.Landscape
                    self.type_size = size
                    return widths
        # Nothing fits: the smallest type on a landscape page, each column its share.
        self.landscape, self.type_size = True, SIZES[-1]
        share = device.width() / max(1, len(self.table.headings))
        return [share] * len(self.table.headings)

    def _widths(self, device: QPagedPaintDevice, size: float) -> list[float] | None:
        from PySide6.QtGui import QFontMetricsF

        body = QFontMetricsF(font(SANS, size), device)
        bold = QFontMetricsF(font(SANS, size, bold=True), device)
        pad = 2 * PAD_MM[0] / 25.4 * device.logicalDpiX()
        least, natural, heading = [], [], []
        for column, title in enumerate(self.table.headings):
            whole = self.table.kinds[column] != "text"
            cells = [row[column] for row in self.table.rows]
            least.append(
                pad
                + max(
                    widest_word(title, bold),
                    max((widest_word(c, body, whole) for c in cells), default=0.0),
                )
            )
            natural.append(pad + max((body.horizontalAdvance(c) for c in cells), default=0.0))
            heading.append(pad + bold.horizontalAdvance(title))
        room = float(device.width())
        if sum(least) > room:
            return None
        widths = list(least)
        # Headings first get room for two or three lines; then short columns all they need
        # (a status on one line) while long ones share the rest; then headings on one line
        # where there is room; what is left widens the text columns.
        _share_out(widths, [h / 2.2 for h in heading], room)  # headings on two or three lines
        _share_out(widths, [max(a, b) for a, b in zip(least, natural, strict=True)], room)
        _share_out(widths, heading, room)
        spare = room - sum(widths)
        text_columns = [i for i, kind in enumerate(self.table.kinds) if kind == "text"]
        if spare > 0 and text_columns:
            total = sum(widths[i] for i in text_columns)
            for i in text_columns:
                widths[i] += spare * widths[i] / total
        return widths

    def _fonts(self) -> tuple[QFont, QFont]:
        return font(SANS, self.type_size), font(SANS, self.type_size, bold=True)

    def _row_height(
        self,
        canvas: Canvas,
        cells: tuple[str, ...],
        widths: list[float],
        used: QFont,
        heading: bool = False,
    ) -> float:
        pad_x, pad_y = canvas.mm(PAD_MM[0]), canvas.mm(PAD_MM[1])
        metrics = canvas.metrics(used)
        lines = max(
            (
                len(wrap(text, metrics, width - 2 * pad_x, self._whole(i, heading)))
                for i, (text, width) in enumerate(zip(cells, widths, strict=True))
            ),
            default=1,
        )
        return lines * metrics.height() + 2 * pad_y

    def _whole(self, column: int, heading: bool) -> bool:
        """Dates and numbers never break; headings break between words like any text."""
        return not heading and self.table.kinds[column] != "text"

    def _head_height(self, canvas: Canvas) -> float:
        area = canvas.area
        return (
            canvas.height_of(self.table.title, area.width(), font(SANS, 14, bold=True))
            + canvas.mm(2)
            + canvas.height_of(self._subtitle(), area.width(), font(SANS, 9))
            + canvas.mm(5)
        )

    def _footer_height(self, canvas: Canvas) -> float:
        return canvas.metrics(font(SANS, 7.5)).height() + canvas.mm(3)

    def _paginate(self, canvas: Canvas, widths: list[float]) -> list[list]:
        """The rows (by index) and notes of each page."""
        body, bold = self._fonts()
        bottom = canvas.area.height() - self._footer_height(canvas)
        header = self._row_height(canvas, self.table.headings, widths, bold, heading=True)
        pages: list[list] = [[]]
        y = self._head_height(canvas) + header
        for index, row in enumerate(self.table.rows):
            height = self._row_height(canvas, row, widths, body)
            if y + height > bottom and pages[-1]:
                pages.append([])
                y = header
            pages[-1].append(("row", index, height))
            y += height
        y += canvas.mm(4)
        for note in self.table.notes:
            height = canvas.height_of(note, canvas.area.width(), font(SANS, 8.5)) + canvas.mm(1.5)
            if y + height > bottom:
                pages.append([])
                y = 0.0
            pages[-1].append(("note", note, height))
            y += height
        return pages

    # -- drawing ---------------------------------------------------------------------------

    def _subtitle(self) -> str:
        return fill(
            self.words.translate("ReportPaper", "%1, made on %2"),
            self.centre,
            self.words.date(self.made_on),
        )

    def _draw_page(
        self, canvas: Canvas, widths: list[float], page: list, number: int, count: int
    ) -> None:
        area = canvas.area
        y = 0.0
        if number == 0:
            y += canvas.text(
                self.table.title,
                QRectF(0, y, area.width(), area.height()),
                font(SANS, 14, bold=True),
                ACCENT,
            )
            y += canvas.mm(2)
            y += canvas.text(
                self._subtitle(), QRectF(0, y, area.width(), area.height()), font(SANS, 9), MUTED
            )
            y += canvas.mm(5)
        rows = [item for item in page if item[0] == "row"]
        if rows or number == 0:
            y = self._draw_row(canvas, widths, y, self.table.headings, heading=True)
            for _, index, _height in rows:
                y = self._draw_row(canvas, widths, y, self.table.rows[index], stripe=index % 2 == 1)
            y += canvas.mm(4)
        for item in page:
            if item[0] == "note":
                y += canvas.text(
                    item[1], QRectF(0, y, area.width(), area.height()), font(SANS, 8.5), MUTED
                )
                y += canvas.mm(1.5)
        self._draw_footer(canvas, number, count)

    def _draw_row(
        self,
        canvas: Canvas,
        widths: list[float],
        y: float,
        cells: tuple[str, ...],
        heading: bool = False,
        stripe: bool = False,
    ) -> float:
        body, bold = self._fonts()
        used = bold if heading else body
        height = self._row_height(canvas, cells, widths, used, heading)
        painter = canvas.painter
        pad_x, pad_y = canvas.mm(PAD_MM[0]), canvas.mm(PAD_MM[1])
        x = 0.0
        painter.setPen(QPen(RULE, canvas.mm(0.15)))
        for column, (text, width) in enumerate(zip(cells, widths, strict=True)):
            cell = QRectF(x, y, width, height)
            if heading or stripe:
                painter.fillRect(cell, HEADING_FILL if heading else STRIPE_FILL)
            painter.setPen(QPen(RULE, canvas.mm(0.15)))
            painter.drawRect(cell)
            kind = self.table.kinds[column]
            align = Qt.AlignmentFlag.AlignRight if kind == "number" else Qt.AlignmentFlag.AlignLeft
            inner = cell.adjusted(pad_x, pad_y, -pad_x, -pad_y)
            if text:
                canvas.text(text, inner, used, align=align, whole=self._whole(column, heading))
            x += width
        return y + height

    def _draw_footer(self, canvas: Canvas, number: int, count: int) -> None:
        area = canvas.area
        small = font(SANS, 7.5)
        height = canvas.metrics(small).height()
        top = area.height() - height
        canvas.painter.setPen(QPen(RULE, canvas.mm(0.15)))
        canvas.painter.drawLine(
            QPointF(0, top - canvas.mm(1.5)), QPointF(area.width(), top - canvas.mm(1.5))
        )
        page = fill(
            self.words.translate("ReportPaper", "Page %1 of %2"),
            self.words.number(number + 1),
            self.words.number(count),
        )
        page_width = canvas.metrics(small).horizontalAdvance(page) + canvas.mm(1)
        canvas.text(
            page,
            QRectF(area.width() - page_width, top, page_width, height),
            small,
            MUTED,
            Qt.AlignmentFlag.AlignRight,
            whole=True,
        )
        title = self.table.title
        room = area.width() - page_width - canvas.mm(4)
        metrics = canvas.metrics(small)
        if metrics.horizontalAdvance(title) > room:
            title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
        canvas.text(title, QRectF(0, top, room, height), small, MUTED, whole=True)


def _share_out(widths: list[float], wanted: list[float], room: float) -> None:
    """Widen ``widths`` towards ``wanted`` within ``room``: the columns that want least
    are served in full first, the others share what is left equally."""
    pending = sorted(
        (i for i in range(len(widths)) if wanted[i] > widths[i]),
        key=lambda i: wanted[i] - widths[i],
    )
    while pending:
        share = (room - sum(widths)) / len(pending)
        if share <= 0:
            return
        first = pending[0]
        if wanted[first] - widths[first] <= share:
            widths[first] = wanted[first]
            pending.pop(0)
            continue
        for i in pending:
            widths[i] += share
        return


def write_report_pdf(
    report: Report,
    target: Path,
    centre: str,
    made_on: str | date,
    words: PaperWords | None = None,
    courses: Courses | None = None,
) -> ReportPaper:
    """Save ``report`` as a PDF at ``target`` in the language of ``words`` (default: the
    screens' language); refused in plain words when it cannot be written."""
    words = words or PaperWords(current_language())
    day = made_on if isinstance(made_on, date) else date.fromisoformat(made_on[:10])
    paper = ReportPaper(report_table(report, words, courses), centre, day)
    save_pdf(paper, target)
    return paper
