"""A certificate on one designed A4 page, in the learner's language.

The learner's full name as registered, the course, the day in words, the competences the
course trained (their names in the learner's language, as the screens show them), the
trainer, the centre and the code the centre can check. Long names and titles get smaller
type instead of running off the page.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from skillsapp.core.certificates import Certificate
from skillsapp.core.reports.words import word
from skillsapp.ui.paper_layout import ACCENT, INK, MONO, MUTED, SANS, SERIF, Canvas, Region, font
from skillsapp.ui.paper_words import PaperWords
from skillsapp.ui.text import fill

CENTRE = Qt.AlignmentFlag.AlignHCenter


class CertificatePaper:
    """A certificate as a ``Paper``, in ``certificate.language`` unless ``words`` say
    otherwise."""

    def __init__(self, certificate: Certificate, words: PaperWords | None = None) -> None:
        self.certificate = certificate
        self.words = words or PaperWords(certificate.language)
        self.regions: list[Region] = []

    @property
    def title(self) -> str:
        """The print job's and the PDF's title: "Certificate – Maria Popescu – E-mail…"."""
        return fill(
            self.words.translate("CertificatePaper", "Certificate – %1 – %2"),
            self.certificate.learner_name,
            self.certificate.course_title,
        )

    def competence_lines(self) -> list[str]:
        """Each competence the course trained, with its level and band, in words."""
        from skillsapp.core.framework.model import framework

        try:
            digcomp = framework(self.certificate.framework_version, self.words.language)
        except KeyError:
            digcomp = framework(language=self.words.language)
        lines = []
        for trained in self.certificate.competences:
            try:
                name = digcomp.competence(trained.code).heading
            except KeyError:
                name = trained.title
            band = word("band", trained.band)
            lines.append(
                fill(
                    self.words.translate("CertificatePaper", "%1 %2: level %3 (%4)"),
                    trained.code,
                    name,
                    self.words.number(trained.level),
                    self.words.term(band) if band else trained.band,
                )
            )
        return lines

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
        mm = canvas.mm
        page = canvas.area
        painter = canvas.painter
        painter.setPen(QPen(ACCENT, mm(1.6)))
        painter.drawRect(page.adjusted(mm(0.8), mm(0.8), -mm(0.8), -mm(0.8)))
        painter.setPen(QPen(ACCENT, mm(0.35)))
        painter.drawRect(page.adjusted(mm(3.5), mm(3.5), -mm(3.5), -mm(3.5)))
        inner = page.adjusted(mm(16), mm(14), -mm(16), -mm(12))
        signatures_top = self._signatures(canvas, inner)
        # The main block, centred in the room above the signatures; smaller when it is long.
        room = signatures_top - mm(12) - inner.top()
        for scale in (1.0, 0.9, 0.8, 0.7, 0.6):
            lines = self._lines(canvas, inner.width(), scale)
            height = sum(
                canvas.height_of(t, inner.width(), f, spacing=1.1) + mm(g) for t, f, _, g in lines
            )
            if height <= room:
                break
        y = inner.top() + max(0.0, (room - height) / 3)
        for text, used, colour, gap in lines:
            box = QRectF(inner.left(), y, inner.width(), page.height())
            y += canvas.text(text, box, used, colour, CENTRE, spacing=1.1) + mm(gap)
            if text == self.certificate.learner_name:
                painter.setPen(QPen(ACCENT, mm(0.4)))
                middle = inner.center().x()
                rule = y - mm(gap) + mm(2)
                painter.drawLine(QPointF(middle - mm(45), rule), QPointF(middle + mm(45), rule))

    def _lines(self, canvas: Canvas, width: float, scale: float) -> list[tuple]:
        """The main block: each line's text, font, colour and the gap after it (mm)."""
        c, words = self.certificate, self.words
        title = words.translate("CertificatePaper", "Certificate")
        quoted = words.locale.quoteString(c.course_title)
        lines: list[tuple] = [
            (c.centre, font(SANS, 13 * scale), MUTED, 10 * scale),
            (
                title,
                canvas.fitting_font(title, width, SERIF, 36 * scale, 1, 18),
                ACCENT,
                12 * scale,
            ),
            (
                words.translate("CertificatePaper", "This certificate is awarded to"),
                font(SANS, 13 * scale),
                INK,
                4 * scale,
            ),
            (
                c.learner_name,
                canvas.fitting_font(c.learner_name, width, SERIF, 30 * scale, 2, 14),
                INK,
                8 * scale,
            ),
            (
                words.translate("CertificatePaper", "for completing the course"),
                font(SANS, 13 * scale),
                INK,
                4 * scale,
            ),
            (quoted, canvas.fitting_font(quoted, width, SERIF, 21 * scale, 3, 11), INK, 5 * scale),
            (
                fill(
                    words.translate("CertificatePaper", "Completed on %1"),
                    words.date(c.completed_on),
                ),
                font(SANS, 13 * scale),
                INK,
                11 * scale,
            ),
        ]
        competences = self.competence_lines()
        if competences:
            lines.append(
                (
                    fill(
                        words.translate("CertificatePaper", "Digital competences trained (%1)"),
                        c.framework,
                    ),
                    font(SANS, 11 * scale, bold=True),
                    INK,
                    2 * scale,
                )
            )
            size = (10.5 if len(competences) <= 6 else 9.0) * scale
            lines += [(text, font(SANS, size), INK, 1.2 * scale) for text in competences]
        return lines

    def _signatures(self, canvas: Canvas, inner: QRectF) -> float:
        """The day and the trainer over their lines, then the check code, at the bottom;
        returns where this part begins."""
        c, words, mm = self.certificate, self.words, canvas.mm
        painter = canvas.painter
        small, label = font(SANS, 11), font(SANS, 9)
        code_font, note_font = font(MONO, 12, bold=True), font(SANS, 8.5)
        note = words.translate(
            "CertificatePaper",
            "The centre can check this code in SkillsApp: Reports, “Check a certificate”.",
        )
        note_height = canvas.height_of(note, inner.width(), note_font)
        bottom = inner.bottom() - note_height
        code_top = bottom - mm(2) - canvas.metrics(code_font).height()
        canvas.text(
            fill(words.translate("CertificatePaper", "Check code: %1"), c.code),
            QRectF(inner.left(), code_top, inner.width(), mm(10)),
            code_font,
            INK,
            CENTRE,
        )
        canvas.text(
            note, QRectF(inner.left(), bottom, inner.width(), note_height), note_font, MUTED, CENTRE
        )
        column = (inner.width() - mm(20)) / 2
        rule_y = code_top - mm(14)
        top = rule_y
        for left, above, below in (
            (inner.left(), words.date(c.completed_on), words.translate("CertificatePaper", "Date")),
            (
                inner.left() + column + mm(20),
                c.trainer,
                words.translate("CertificatePaper", "Trainer"),
            ),
        ):
            height = canvas.height_of(above, column, small)
            top = min(top, rule_y - mm(1.5) - height)
            canvas.text(
                above, QRectF(left, rule_y - mm(1.5) - height, column, height), small, INK, CENTRE
            )
            painter.setPen(QPen(MUTED, mm(0.3)))
            painter.drawLine(QPointF(left, rule_y), QPointF(left + column, rule_y))
            canvas.text(below, QRectF(left, rule_y + mm(1.2), column, mm(8)), label, MUTED, CENTRE)
        return top
