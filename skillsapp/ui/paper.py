"""Paper: certificates, sheets and reports saved as PDF or printed, from one drawing.

A paper is drawn page by page onto a paged device, which is a PDF file or a printer alike,
so what is printed is exactly what is saved. Saving never leaves half a file; printing says
in plain words when there is no printer or it failed, and nothing is lost either way.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from skillsapp.core.errors import Refused

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

MARGIN_MM = 15
RESOLUTION = 300


class Paper(Protocol):
    """Something to print: its name (the print job's and the file's) and its pages."""

    @property
    def title(self) -> str:
        """The document's name, e.g. "Certificate – Maria – Safe passwords"."""
        ...

    def paint(self, device: QPagedPaintDevice) -> None:
        """Draw every page onto ``device`` (A4, margins set), ``device.newPage()`` between."""
        ...


def a4(device: QPagedPaintDevice) -> None:
    """Set A4 with the usual margins on a PDF writer or a printer."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def save_pdf(paper: Paper, target: Path) -> None:
    """Write ``paper`` as a PDF at ``target``: drawn into a file beside it, then renamed, so
    a full disk or a pulled-out USB stick never leaves half a PDF. Refused in plain words."""
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
        writer = QPdfWriter(temp)
        writer.setResolution(RESOLUTION)
        writer.setTitle(paper.title)
        writer.setCreator("SkillsApp")
        a4(writer)
        paper.paint(writer)
        del writer  # the file is complete once the writer is gone
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


def print_paper(
    paper: Paper, parent: QWidget | None, printer: QPrinter | None = None, ask: bool = True
) -> bool:
    """Print ``paper``: the PC's print dialog first (unless ``ask`` is False), then the pages.

    Returns False when the person cancelled. Raises :class:`Refused` in plain words when the
    PC has no printer or printing failed; ``printer`` may be given (a PDF printer in tests).
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    if printer is None:
        if not QPrinterInfo.availablePrinters():
            raise Refused(
                "No printer is set up on this PC. Save the PDF instead and print it elsewhere, "
                "or ask whoever looks after this PC to add a printer."
            )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(paper.title)
    a4(printer)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Paper", "Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    paper.paint(printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise Refused(
            "The printer reported a problem and the pages may not have come out. Check that it "
            "is switched on and has paper, then try again."
        )
    return True
