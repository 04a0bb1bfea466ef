"""Paper: certificates, sheets and reports saved as PDF or printed, from one drawing.

A paper is drawn page by page onto a paged device, which is a PDF file or a printer alike,
so what is printed is exactly what is saved. Saving never leaves half a file; printing says
in plain words when there is no printer or it failed, and nothing is lost either way.

Saving suggests a "SkillsApp" folder in the PC's Documents folder (not the shared account's
home folder), then the folder used last; ``PaperActions`` gives a screen its "Save as PDF…"
and "Print…" with one press each and says where the file went.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QStandardPaths, Signal
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from skillsapp.core.errors import Refused

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

MARGIN_MM = 15
RESOLUTION = 300
FOLDER_NAME = "SkillsApp"
# Characters no file name may hold on Windows, Linux or a USB stick (FAT).
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class _Folders:
    """The folder a file was last saved in, during this run of the app."""

    last: Path | None = None


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
    """Set A4 portrait with the usual margins on a PDF writer or a printer (a paper may turn
    it to landscape before it starts painting)."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
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


def documents_folder() -> Path:
    """The "SkillsApp" folder in this PC account's Documents folder (made when first used)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


def safe_file_name(name: str, suffix: str) -> str:
    """``name`` as a file name (characters that file systems refuse become "-")."""
    base = UNSAFE_IN_FILE_NAMES.sub("-", name).strip(" .-")[:120].rstrip(" .-") or "SkillsApp"
    return base + suffix


def suggested_path(file_name: str) -> Path:
    """Where a save dialog starts: the folder used last, else SkillsApp in Documents."""
    return (_Folders.last or documents_folder()) / file_name


def remember_folder(path: Path) -> None:
    """Note the folder of a file just saved, to suggest it next time."""
    _Folders.last = path.parent


def ask_save_path(
    parent: QWidget | None, caption: str, file_name: str, filters: str
) -> tuple[Path | None, str]:
    """Ask where to save ``file_name``; the chosen path (None when cancelled) and filter."""
    from PySide6.QtWidgets import QFileDialog

    start = suggested_path(file_name)
    if _Folders.last is None:
        try:  # the dialog opens inside it, so it must exist; failing that, it opens elsewhere
            start.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            start = Path.home() / file_name
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), filters)
    return (Path(path) if path else None), chosen


class PaperActions(QObject):
    """ "Save as PDF…" and "Print…" for a screen, each one press.

    ``done`` carries what happened ("Saved as …"), ``failed`` what went wrong, both in the
    screens' language. Tests set ``printer`` (a PDF printer standing in for a real one) and
    ``ask_printer`` to False.
    """

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.printer: QPrinter | None = None
        self.ask_printer = True

    def ask_pdf(self, paper: Paper) -> Path | None:
        """Ask where to save ``paper`` as PDF (its title as the name), then save it."""
        path, _ = ask_save_path(
            self.widget,
            self.tr("Save as PDF"),
            safe_file_name(paper.title, ".pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path if self.save(paper, path) else None

    def save(self, paper: Paper, path: Path) -> bool:
        """Save ``paper`` at ``path``; say where, or why not."""
        from skillsapp.ui.messages import explain
        from skillsapp.ui.text import fill

        try:
            save_pdf(paper, path)
        except Refused as refusal:
            self.failed.emit(explain(refusal))
            return False
        remember_folder(path)
        self.done.emit(fill(self.tr("Saved as %1"), str(path)))
        return True

    def send_to_printer(self, paper: Paper) -> bool:
        """Print ``paper`` (the PC's print dialog first); say so, or why not."""
        from skillsapp.ui.messages import explain
        from skillsapp.ui.text import fill

        try:
            printed = print_paper(paper, self.widget, self.printer, self.ask_printer)
        except Refused as refusal:
            self.failed.emit(explain(refusal))
            return False
        if printed:
            self.done.emit(fill(self.tr("Sent to the printer: %1"), paper.title))
        return printed
