"""A resident sees only their own data, and can see, keep and erase it with a trainer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTextBrowser,
    QTreeWidget,
)

from skillsapp.ui.certificates_screen import CertificatesScreen
from skillsapp.ui.my_data_screen import MyDataScreen
from skillsapp.ui.start_screen import StartScreen
from skillsapp.ui.trainer_confirm import TrainerConfirm
from tests.conftest import TRAINER_PASSWORD
from tests.core.test_learning import take_course


def _everything_on_screen(window) -> str:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [
        w.text() + w.accessibleName() for w in window.findChildren(QAbstractButton) if w.isVisible()
    ]
    texts += [w.toPlainText() for w in window.findChildren(QTextBrowser) if w.isVisible()]
    for table in window.findChildren(QTableWidget):
        if table.isVisible():
            texts += [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
                if table.item(r, c)
            ]
    for tree in window.findChildren(QTreeWidget):
        texts += [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    return "\n".join(texts)


def test_no_screen_a_resident_reaches_shows_another_resident(
    centre, trainer, make_learner, open_window
):
    maria, jonas = make_learner("Maria"), make_learner("Jonas")
    take_course(centre, jonas.id, "passwords-and-scams")
    take_course(centre, maria.id, "email-basics")
    secret = centre.certificates.of_learner(jonas.id)[0].code
    window = open_window(centre)
    window.begin_resident(centre.learners.get(maria.id))
    screens = [
        window.show_resident_home,
        lambda: window.show_course("passwords-and-scams"),
        lambda: window.show_lesson("passwords-and-scams", "strong-passwords"),
        lambda: window.show_quiz("passwords-and-scams", "strong-passwords"),
        window.show_skills_check_start,
        window.show_certificates,
        window.show_my_data,
    ]
    for show in screens:
        show()
        seen = _everything_on_screen(window)
        assert "Jonas" not in seen and secret not in seen
        assert jonas.id not in seen
    window.show_certificates()
    [line] = window.current_screen.list.rows
    assert line.text().startswith("E-mail for everyday life, finished on ")
    assert "2026" in line.text()


def test_a_resident_saves_their_certificate_as_a_pdf(centre, make_learner, open_window, tmp_path):
    maria = make_learner("Maria")
    take_course(centre, maria.id, "email-basics")
    window = open_window(centre)
    window.begin_resident(centre.learners.get(maria.id))
    window.show_certificates()
    screen = window.current_screen
    assert isinstance(screen, CertificatesScreen)
    screen.save(screen.certificates[0], tmp_path / "certificate.pdf")
    assert (tmp_path / "certificate.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved as" in screen.done.text()


def _answer_dialogs(password: str) -> None:
    """A trainer types the password (giving up if it is refused); then confirms the warning."""

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, TrainerConfirm):
            widget.password.setText(password)
            widget.check()
            if widget.isVisible():  # refused: the trainer gives up
                widget.reject()
            else:
                QTimer.singleShot(20, step)
        elif isinstance(widget, QMessageBox):
            widget.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def test_erasing_needs_a_trainer_then_signs_the_resident_out(
    centre, trainer, make_learner, open_window
):
    maria = make_learner("Maria")
    take_course(centre, maria.id, "email-basics")
    window = open_window(centre)
    window.begin_resident(centre.learners.get(maria.id))
    window.show_my_data()
    screen = window.current_screen
    assert isinstance(screen, MyDataScreen)
    _answer_dialogs("wrong password")
    screen.erase()
    assert [x.id for x in centre.learners.list()] == [maria.id]
    _answer_dialogs(TRAINER_PASSWORD)
    screen.erase()
    assert centre.learners.list() == []
    assert isinstance(window.current_screen, StartScreen)
    assert window.current_screen.tiles == []
