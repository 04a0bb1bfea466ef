"""Reports and certificates as PDF files on A4 (QPdfWriter; no other PDF library needed)."""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from skillsapp.core.certificates import Certificate
from skillsapp.core.errors import Refused
from skillsapp.core.reports import Report, display_value


def report_html(report: Report, centre: str, made_on: str) -> str:
    """The report as simple HTML: the same rows as the screen and the CSV."""
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in report.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(display_value(v))}</td>" for v in row) + "</tr>"
        for row in report.rows
    )
    notes = "".join(f"<p>{html.escape(n)}</p>" for n in report.notes)
    return (
        f"<h2>{html.escape(report.title)}</h2><p>{html.escape(centre)} · {made_on}</p>"
        f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>{notes}"
    )


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    return writer


def _atomic(target: Path, draw: Callable[[Path], None]) -> None:
    """Draw into a temporary file next to the target, then rename: never half a PDF."""
    try:
        handle, temp = tempfile.mkstemp(prefix=".skillsapp-", suffix=".pdf", dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise Refused(
            "The PDF could not be saved as {file}: {reason}. "
            "Check that the USB stick is plugged in and has free space. Nothing was saved.",
            file=str(target),
            reason=error.strerror or str(error),
        ) from error
    try:
        draw(Path(temp))
        if Path(temp).stat().st_size == 0:
            raise OSError("the PDF came out empty")
        os.replace(temp, target)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise Refused(
            "The PDF could not be saved as {file}: {reason}. Nothing was saved.",
            file=str(target),
            reason=str(error),
        ) from error


def write_report_pdf(report: Report, target: Path, centre: str, made_on: str) -> None:
    """Print the report on A4 pages."""

    def draw(path: Path) -> None:
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 9))
        document.setHtml(report_html(report, centre, made_on))
        document.print_(_writer(path))

    _atomic(target, draw)


def write_certificate_pdf(certificate: Certificate, target: Path) -> None:
    """One A4 page: name, course, competences and level, date, centre, trainer, code."""

    def draw(path: Path) -> None:
        writer = _writer(path)
        painter = QPainter(writer)
        page = QRectF(painter.viewport())
        width = page.width()
        y = page.height() * 0.08
        painter.setPen(QPen(QColor("#1f5f8b"), 18))
        painter.drawRect(page.adjusted(20, 20, -20, -20))

        def line(text: str, size: float, bold: bool = False, gap: float = 1.8) -> None:
            nonlocal y
            font = QFont("DejaVu Sans")
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor("#1b1b1b"))
            box = QRectF(page.left() + 120, y, width - 240, page.height())
            used = painter.boundingRect(
                box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text)
            y += used.height() * gap

        line("Certificate", 30, bold=True)
        line(certificate.centre, 14)
        line("This is to certify that", 13, gap=1.4)
        line(certificate.learner_name, 28, bold=True)
        line("has completed the course", 13, gap=1.4)
        line(f"“{certificate.course_title}”", 20, bold=True)
        line(f"on {certificate.completed_on}.", 13)
        if certificate.competences:
            line(f"Digital competences ({certificate.framework}):", 12, bold=True, gap=1.3)
            for c in certificate.competences:
                line(f"{c.code} {c.title}: level {c.level} ({c.band})", 11, gap=1.3)
        y = page.height() * 0.80
        line(f"Trainer: {certificate.trainer}", 12, gap=1.5)
        line(f"Verification code: {certificate.code}", 12, bold=True, gap=1.3)
        line("The centre can check this code against its own records in SkillsApp.", 9, gap=1.2)
        painter.end()

    _atomic(target, draw)
