"""Paper is drawn once, for a PDF file and a printer alike; failures are said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter

from skillsapp.core.errors import Refused
from skillsapp.ui.paper import print_paper, save_pdf


class TwoPages:
    """A paper of two pages with a word on each."""

    title = "Two pages"

    def paint(self, device: QPagedPaintDevice) -> None:
        painter = QPainter(device)
        painter.drawText(QPointF(100, 100), "first")
        device.newPage()
        painter.drawText(QPointF(100, 100), "second")
        painter.end()


def test_saving_writes_a_whole_pdf_with_every_page(qapp, tmp_path):
    target = tmp_path / "two.pdf"
    save_pdf(TwoPages(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert b"/Title" in target.read_bytes()
    assert not list(tmp_path.glob(".skillsapp-*"))


def test_saving_where_nothing_can_be_written_is_refused_and_leaves_nothing(qapp, tmp_path):
    with pytest.raises(Refused) as refused:
        save_pdf(TwoPages(), tmp_path / "no-such-folder" / "two.pdf")
    assert "Nothing was saved" in str(refused.value)


def test_printing_draws_the_same_pages_on_a_printer(qapp, tmp_path):
    # A PDF printer stands in for a real one: what it receives is what a printer would get.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_paper(TwoPages(), None, printer=printer, ask=False)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_a_pc_without_a_printer_is_told_so_plainly(qapp, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    with pytest.raises(Refused) as refused:
        print_paper(TwoPages(), None)
    assert "No printer is set up on this PC" in str(refused.value)
