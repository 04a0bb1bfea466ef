"""Printing and saving from the screens, as a trainer or resident does it: one press, the
paper in the right language, a message that says where it went or, in plain words, why not.

A PDF printer stands in for a real one: what it receives is what a printer would get.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QFileDialog

from skillsapp.core.people import Gender
from skillsapp.ui import paper
from skillsapp.ui.certificates_screen import LearnerCertificates
from skillsapp.ui.learner_page import LearnerPage
from skillsapp.ui.reports_tab import ReportsTab
from skillsapp.ui.tasks import ImmediateRunner
from tests.core.test_learning import take_course
from tests.gui.pdf_reading import text_of


@pytest.fixture
def printed(monkeypatch, tmp_path) -> Path:
    """Every print goes to a PDF printer (no dialog); returns the file it writes."""
    target = tmp_path / "printed.pdf"
    real = paper.print_paper

    def to_pdf(what, parent, printer=None, ask=True):
        stand_in = QPrinter(QPrinter.PrinterMode.HighResolution)
        stand_in.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        stand_in.setOutputFileName(str(target))
        return real(what, parent, stand_in, ask=False)

    monkeypatch.setattr(paper, "print_paper", to_pdf)
    return target


@pytest.fixture
def no_printer(monkeypatch):
    """A PC with no printer set up."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))


@pytest.fixture
def ioana(centre, make_learner):
    """A Romanian resident who finished a course."""
    learner = make_learner("Ioana Popescu", language="ro", gender=Gender.FEMALE)
    take_course(centre, learner.id, "email-basics")
    return learner


def _press(qtbot, window, key: Qt.Key) -> None:
    """Press ``key`` where the keyboard is in ``window`` (a window or a dialog)."""
    focused = window.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key)


def test_a_trainer_prints_a_learners_certificate_with_the_keyboard_alone(
    centre, trainer, ioana, open_window, qtbot, printed
):
    window = open_window(centre)
    window.begin_trainer(trainer)
    window.show_learner_page(ioana.id)
    page = window.current_screen
    assert isinstance(page, LearnerPage)
    window.activateWindow()
    page.back_button.setFocus()
    for _ in range(60):  # Tab along the page to "Certificates…"
        if window.focusWidget() is page.certificates_button:
            break
        _press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.certificates_button
    _press(qtbot, window, Qt.Key.Key_Space)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LearnerCertificates)
    # The newest certificate's "Print…" has the focus: Enter prints it.
    assert dialog.focusWidget() is dialog.list.print_buttons[0]
    _press(qtbot, dialog, Qt.Key.Key_Return)
    assert printed.exists()
    text = text_of(printed)
    assert "Ioana Popescu" in text and "Prezentul certificat se acordă" in text
    assert "E-mailul de zi cu zi" in text  # the course in the learner's language
    assert "Sent to the printer" in dialog.list.done.text()
    _press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_missing_printer_is_said_in_the_screens_language_and_nothing_is_lost(
    centre, trainer, ioana, open_window, no_printer, tmp_path
):
    window = open_window(centre)
    window.languages.use("hu")
    window.begin_trainer(trainer)
    window.show_learner_page(ioana.id)
    dialog = window.current_screen.show_certificates()
    dialog.list.print_buttons[0].click()
    message = dialog.list.message
    assert not message.isHidden() and "nyomtató" in message.text()  # Hungarian, plainly
    # Saving still works right after.
    assert dialog.list.save(dialog.list.certificates[0], tmp_path / "c.pdf")
    assert message.isHidden()
    assert str(tmp_path / "c.pdf") in dialog.list.done.text()


def test_saving_suggests_a_skillsapp_folder_in_documents_then_the_last_one_used(
    qtbot, tmp_path, monkeypatch, centre, ioana
):
    from skillsapp.ui.certificates_screen import CertificatesScreen

    documents = tmp_path / "Documents" / "SkillsApp"
    monkeypatch.setattr(paper, "documents_folder", lambda: documents)
    monkeypatch.setattr(paper._Folders, "last", None)
    asked: list[str] = []
    chosen = tmp_path / "stick" / "mine.pdf"
    chosen.parent.mkdir()

    def dialog(parent, caption, start, filters):
        asked.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    screen = CertificatesScreen(centre.certificates.of_learner(ioana.id))
    qtbot.addWidget(screen)
    screen.list.save_buttons[0].click()
    assert Path(asked[0]).parent == documents and documents.is_dir()
    assert Path(asked[0]).name == "Certificat – Ioana Popescu – E-mailul de zi cu zi.pdf"
    assert chosen.exists()
    assert screen.done.text().endswith(str(chosen))
    screen.list.save_buttons[0].click()
    assert Path(asked[1]).parent == chosen.parent  # the folder used last


def test_a_folder_that_cannot_be_written_is_said_plainly_and_leaves_no_file(
    qtbot, centre, ioana, tmp_path
):
    from skillsapp.ui.certificates_screen import CertificatesScreen

    screen = CertificatesScreen(centre.certificates.of_learner(ioana.id))
    qtbot.addWidget(screen)
    target = tmp_path / "unplugged-stick" / "certificate.pdf"
    assert not screen.save(screen.certificates[0], target)
    assert not screen.message.isHidden()
    assert "Nothing was saved" in screen.message.text()
    assert not target.parent.exists() and screen.done.text() == ""


@pytest.fixture
def reports(qtbot, centre, ioana):
    """The reports tab on its own, at the size a 1366x768 window leaves it."""
    tab = ReportsTab(centre, ImmediateRunner())
    qtbot.addWidget(tab)
    tab.resize(1318, 540)
    tab.show()
    qtbot.waitExposed(tab)
    tab.start.setDate(QDate(2026, 1, 1))
    tab.end.setDate(QDate(2026, 12, 31))
    return tab


def test_the_reports_buttons_stay_in_view_and_the_table_scrolls(reports, qtbot):
    reports.make()
    qtbot.wait(50)  # let the layout settle
    view = reports.view
    assert view.table.rowCount() > 20
    area = QRect(QPoint(0, 0), reports.size())
    for button in (view.csv_button, view.pdf_button, view.print_button):
        top_left = button.mapTo(reports, QPoint(0, 0))
        assert area.contains(QRect(top_left, button.size())), button.text()
    assert view.table.verticalScrollBar().maximum() > 0


def test_a_report_in_another_language_than_the_screens_and_its_csv_for_people(reports, tmp_path):
    reports.language.setCurrentIndex(reports.language.findData("ro"))
    reports.make()
    view = reports.view
    assert view.title.text().startswith("Indicatorii programului de la 1 ianuarie 2026")
    assert reports.show_button.text() == "Show the report"  # the screen stays English
    on_screen = [
        [view.table.item(r, c).text() for c in range(view.table.columnCount())]
        for r in range(view.table.rowCount())
    ]
    view.save_csv(tmp_path / "people.csv")
    rows = list(
        csv.reader(io.StringIO((tmp_path / "people.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert rows[1:] == on_screen  # the CSV for people is the screen's table
    assert rows[0][0] == "Indicator" and rows[0][4] == "Cursanți"
    view.save_csv(tmp_path / "codes.csv", codes=True)
    codes = (tmp_path / "codes.csv").read_text("utf-8").splitlines()
    assert codes[0] == "indicator,breakdown,category,value,learners"
    assert str(tmp_path / "codes.csv") in view.saved.text()


def test_the_reports_print_button_prints_the_table_and_says_so(reports, printed):
    reports.make()
    reports.view.print_button.click()
    text = text_of(printed)
    assert "Programme indicators from 1 January 2026 to 31 December 2026" in text
    assert "Sent to the printer" in reports.view.saved.text()


def test_a_report_that_cannot_be_printed_says_why_in_the_message_line(reports, no_printer):
    reports.make()
    reports.view.print_button.click()
    assert not reports.view.message.isHidden()
    assert "No printer is set up on this PC" in reports.view.message.text()


def test_the_recovery_sheet_prints_from_the_sync_page_in_the_centres_language(
    centre, trainer, open_window, printed, monkeypatch
):
    from skillsapp.sync.centre_key import set_centre_key

    centre.db.execute("UPDATE centre SET language = 'ro'")
    centre.reload_profile()
    set_centre_key(centre, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
    window = open_window(centre)
    window.begin_trainer(trainer)
    window.show_trainer_home("sync")
    page = window.current_screen.sync_tab
    assert page.print_sheet()
    text = text_of(printed)
    assert "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ" in text
    assert "Fișa de recuperare" in text and "Lindenau Village Hall" in text
    assert "Trimis la imprimantă" in page.answer.text()  # the screens speak Romanian too


def test_the_first_run_wizard_prints_the_recovery_sheet(db, open_window, qtbot, printed):
    from skillsapp.core.centre import Centre

    centre = Centre(db)
    window = open_window(centre)
    wizard = window.current_screen
    qtbot.mouseClick(wizard.new_button, Qt.MouseButton.LeftButton)
    wizard.centre_name.setText("Casa Poporului Sânmartin")
    wizard.language.setCurrentIndex(wizard.language.findData("hu"))
    qtbot.keyClick(wizard.centre_name, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.trainer_name, "Ana")
    qtbot.keyClicks(wizard.password, "secret-pass")
    qtbot.keyClicks(wizard.password_again, "secret-pass")
    qtbot.keyClick(wizard.password_again, Qt.Key.Key_Return)
    qtbot.mouseClick(wizard.print_sheet, Qt.MouseButton.LeftButton)
    text = text_of(printed)
    assert "Helyreállítási lap" in text and "Casa Poporului Sânmartin" in text
    from skillsapp.sync.centre_key import stored_key_text

    assert stored_key_text(centre.db) in text


def test_the_funders_levels_report_says_too_few_on_screen_and_in_both_csvs(reports, tmp_path):
    reports.kind.setCurrentIndex(reports.kind.findData("digcomp-levels"))
    assert reports.detail.currentWidget() is reports.period  # it asks for the period
    reports.language.setCurrentIndex(reports.language.findData("hu"))
    reports.make()
    view = reports.view
    assert view.table.rowCount() == 1
    row = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert row[:3] == ["Minden tanuló", "", "Túl kevés a közléshez"]
    assert not any(row[3:])
    view.save_csv(tmp_path / "people.csv")
    people = (tmp_path / "people.csv").read_text("utf-8-sig")
    assert "Túl kevés a közléshez" in people
    view.save_csv(tmp_path / "codes.csv", codes=True)
    assert "all,,too-few," in (tmp_path / "codes.csv").read_text("utf-8")
