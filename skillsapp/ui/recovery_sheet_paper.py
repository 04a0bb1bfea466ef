"""The recovery sheet on one designed A4 page, in the centre's language.

The centre's name, the centre key in large type (exactly as it was set: the text is never
changed, a long key only breaks after one of its dashes), what the key is for in plain
words, and where to keep the sheet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from skillsapp.sync.centre_key import RecoverySheet
from skillsapp.ui.paper_layout import ACCENT, INK, MONO, MUTED, SANS, Canvas, Region, font
from skillsapp.ui.paper_words import PaperWords
from skillsapp.ui.text import fill

KEY_FILL = QColor("#eef3f8")


class SheetWords:
    """The sheet's sentences in one language (the same on paper and on the wizard's screen)."""

    def __init__(self, sheet: RecoverySheet, words: PaperWords) -> None:
        self.sheet, self.words = sheet, words
        self.title = words.translate("RecoverySheet", "Recovery sheet")
        self.key_label = words.translate("RecoverySheet", "Centre key")
        self.no_key = words.translate("RecoverySheet", "No centre key is set on this PC.")
        self.centre_id = fill(
            words.translate("RecoverySheet", "Centre number: %1"), sheet.centre_id
        )
        self.purpose_heading = words.translate("RecoverySheet", "What the centre key is for")
        self.purpose = (
            words.translate(
                "RecoverySheet",
                "You need it to set up another PC of this centre (choose “Join an existing "
                "centre”).",
            ),
            words.translate(
                "RecoverySheet", "You need it to read a USB stick with results from this centre."
            ),
            words.translate(
                "RecoverySheet",
                "It protects the residents’ names, PINs and consent. Anyone who has the key "
                "and the centre’s LRS password can read them. The LRS never sees the key.",
            ),
            words.translate(
                "RecoverySheet",
                "If the key is lost, the results stay safe, but new PCs cannot read the "
                "residents’ details.",
            ),
        )
        self.keep_heading = words.translate("RecoverySheet", "Where to keep this sheet")
        self.keep = (
            words.translate(
                "RecoverySheet",
                "Lock it away, for example in the centre’s safe or a locked drawer.",
            ),
            words.translate(
                "RecoverySheet",
                "Do not keep it next to the PC. Do not send it by e-mail and do not take a "
                "photo of it.",
            ),
            words.translate("RecoverySheet", "Tell one other person you trust where it is."),
        )

    def printed_on(self, day: date) -> str:
        """The line that says when the sheet was printed."""
        return fill(self.words.translate("RecoverySheet", "Printed on %1"), self.words.date(day))

    def as_text(self) -> str:
        """The sheet as plain text, for the screen that shows it before printing."""
        key = self.sheet.key or self.no_key
        return "\n".join(
            [
                f"{self.title}: {self.sheet.centre_name}",
                "",
                f"{self.key_label}: {key}",
                self.centre_id,
                "",
                self.purpose_heading,
                *(f"• {line}" for line in self.purpose),
                "",
                self.keep_heading,
                *(f"• {line}" for line in self.keep),
            ]
        )


class RecoverySheetPaper:
    """The recovery sheet as a ``Paper``, in the centre's language unless ``words`` say
    otherwise; ``today`` is the day printed on it."""

    def __init__(self, sheet: RecoverySheet, today: date, words: PaperWords | None = None) -> None:
        self.sheet = sheet
        self.today = today
        self.words = words or PaperWords(sheet.language)
        self.text = SheetWords(sheet, self.words)
        self.regions: list[Region] = []

    @property
    def title(self) -> str:
        """The print job's and the PDF's title."""
        return f"{self.text.title} – {self.sheet.centre_name}"

    def paint(self, device: QPagedPaintDevice) -> None:
        """Draw the one page."""
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas = Canvas(painter, device)
        try:
            self._draw(canvas)
        finally:
            painter.end()
        self.regions = canvas.regions

    def _draw(self, canvas: Canvas) -> None:
        mm, text, page = canvas.mm, self.text, canvas.area
        width = page.width()
        y = 0.0

        def block(words: str, used, colour=INK, gap: float = 2.0, indent: float = 0.0) -> None:
            nonlocal y
            box = QRectF(indent, y, width - indent, page.height())
            y += canvas.text(words, box, used, colour, spacing=1.15) + mm(gap)

        block("SkillsApp", font(SANS, 10), MUTED, gap=1)
        block(text.title, font(SANS, 24, bold=True), ACCENT, gap=2)
        block(self.sheet.centre_name, font(SANS, 16, bold=True), gap=8)
        block(text.key_label, font(SANS, 12, bold=True), gap=2)
        y = self._key(canvas, y) + mm(3)
        block(text.centre_id, font(SANS, 9), MUTED, gap=9)
        for heading, lines in (
            (text.purpose_heading, text.purpose),
            (text.keep_heading, text.keep),
        ):
            block(heading, font(SANS, 13, bold=True), ACCENT, gap=3)
            for line in lines:
                bullet_top = y
                block(line, font(SANS, 11.5), gap=2.5, indent=mm(7))
                canvas.text("•", QRectF(mm(1.5), bullet_top, mm(5), mm(8)), font(SANS, 11.5))
            y += mm(6)
        block(text.printed_on(self.today), font(SANS, 9), MUTED)

    def _key(self, canvas: Canvas, top: float) -> float:
        """The key in large type in a shaded box; returns the box's bottom."""
        mm, page = canvas.mm, canvas.area
        key = self.sheet.key
        if not key:
            return top + canvas.text(
                self.text.no_key,
                QRectF(0, top, page.width(), mm(20)),
                font(SANS, 14, bold=True),
                INK,
            )
        room = page.width() - mm(12)
        lines = [key]
        size = 30.0
        while canvas.metrics(font(MONO, size, bold=True)).horizontalAdvance(key) > room:
            if size > 20:
                size -= 1
                continue
            lines = _break_after_dashes(key, canvas.metrics(font(MONO, size, bold=True)), room)
            break
        used = font(MONO, size, bold=True)
        height = canvas.metrics(used).height() * 1.25 * len(lines) + mm(8)
        box = QRectF(0, top, page.width(), height)
        canvas.painter.fillRect(box, KEY_FILL)
        canvas.painter.setPen(QPen(ACCENT, mm(0.5)))
        canvas.painter.drawRect(box)
        step = canvas.metrics(used).height() * 1.25
        inside = box.adjusted(mm(6), mm(4), -mm(6), -mm(4))
        for number, line in enumerate(lines):
            row = QRectF(inside.left(), inside.top() + number * step, inside.width(), step)
            canvas.text(line, row, used, INK, Qt.AlignmentFlag.AlignHCenter, whole=True)
        return box.bottom()


def _break_after_dashes(key: str, metrics, room: float) -> list[str]:
    """A key too long for one line, broken only after its dashes (the dash stays at the end
    of the line, so the key reads exactly as set); a key without dashes stays whole."""
    pieces = [p + "-" for p in key.split("-")]
    pieces[-1] = pieces[-1][:-1]
    lines, line = [], ""
    for piece in pieces:
        if line and metrics.horizontalAdvance(line + piece) > room:
            lines.append(line)
            line = piece
        else:
            line += piece
    return [*lines, line]
