"""First run: the centre's name, its default language and the first trainer account."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.languages import LANGUAGES
from skillsapp.core.people import CENTRE_NAME, TRAINER_NAME, Trainer, check_password, clean_name
from skillsapp.ui.join_centre import JoinCentre
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.messages import explain
from skillsapp.ui.paper import PaperActions
from skillsapp.ui.paper_words import PaperWords, current_language
from skillsapp.ui.recovery_sheet_paper import RecoverySheetPaper, SheetWords
from skillsapp.ui.trainer_screen import content_and_buttons, style_trainer_screen
from skillsapp.ui.widgets import error_label, hint_label, primary_button, show_error, title_label


class SetupWizard(QWidget):
    """New centre: two short steps, then its key; or join a centre another PC set up."""

    finished = Signal(object)  # the first Trainer
    joined = Signal()  # this PC now belongs to an existing centre

    def __init__(
        self,
        centre: Centre,
        runner: object,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        """``language`` is the one the wizard speaks (the PC's): the centre's default to begin
        with."""
        super().__init__(parent)
        go_back_on_escape(self, self.back)
        self.centre, self.runner = centre, runner
        self._proposed_language = language
        self.trainer: Trainer | None = None
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._choice_step())
        self.steps.addWidget(self._centre_step())
        self.steps.addWidget(self._trainer_step())
        self.steps.addWidget(self._key_step())
        self.join = JoinCentre(centre, runner)
        self.join.back.connect(lambda: self._go(0))
        self.join.joined.connect(self.joined)
        self.steps.addWidget(self.join)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.steps)
        style_trainer_screen(self)

    def _choice_step(self) -> QWidget:
        page = QWidget()
        self.new_button = primary_button(self.tr("Set up a new centre"), page)
        self.new_button.clicked.connect(lambda: self._go(1))
        self.join_button = QPushButton(self.tr("Join an existing centre"), page)
        self.join_button.setAccessibleDescription(
            self.tr("For another PC of a centre that already uses SkillsApp")
        )
        self.join_button.clicked.connect(lambda: self._go(4))
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(self.tr("Welcome to SkillsApp"), page))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Is this the first PC of your centre, or does your centre already use "
                    "SkillsApp on another PC?"
                ),
                page,
            )
        )
        layout.addWidget(self.new_button)
        layout.addWidget(self.join_button)
        layout.addStretch(1)
        return page

    def _key_step(self) -> QWidget:
        page = QWidget()
        self.key_text = QLabel(page)
        self.key_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_text.setWordWrap(True)
        self.key_text.setAccessibleName(self.tr("Recovery sheet"))
        self.print_sheet = QPushButton(self.tr("Print the recovery sheet…"), page)
        self.print_sheet.clicked.connect(self.print_recovery_sheet)
        self.save_sheet = QPushButton(self.tr("Save as PDF…"), page)
        self.save_sheet.setAccessibleName(self.tr("Save the recovery sheet as PDF"))
        self.save_sheet.clicked.connect(self._ask_save_sheet)
        self.sheet_saved = QLabel(page)
        self.sheet_saved.setWordWrap(True)
        self.sheet_problem = error_label(page)
        self.paper = PaperActions(self)
        self.paper.done.connect(self._sheet_said)
        self.paper.failed.connect(self._sheet_failed)
        self.done_button = primary_button(self.tr("Done"), page)
        self.done_button.clicked.connect(lambda: self.finished.emit(self.trainer))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_sheet)
        buttons.addWidget(self.save_sheet)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(self.tr("Your centre key"), page))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Print or save this sheet and keep it locked away. You need the centre key "
                    "to set up another PC of the centre."
                ),
                page,
            )
        )
        layout.addWidget(self.key_text, 1)
        layout.addWidget(self.sheet_problem)
        layout.addWidget(self.sheet_saved)
        layout.addLayout(buttons)
        return page

    def _go(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        first = {1: "centre_name", 2: "trainer_name", 4: "join"}.get(index)
        if first == "join":
            self.join.centre_key.setFocus()
        elif first:
            getattr(self, first).setFocus()

    def recovery_sheet_paper(self) -> RecoverySheetPaper:
        """The recovery sheet of the new centre, in the centre's language."""
        from skillsapp.sync.centre_key import recovery_sheet

        return RecoverySheetPaper(recovery_sheet(self.centre), self.centre.now().date())

    def print_recovery_sheet(self) -> bool:
        """Print the recovery sheet, one press (the PC's print dialog first)."""
        return self.paper.send_to_printer(self.recovery_sheet_paper())

    def _ask_save_sheet(self) -> None:
        self.paper.ask_pdf(self.recovery_sheet_paper())

    def save_recovery_sheet(self, path: Path) -> bool:
        """Save the recovery sheet as a PDF at ``path`` (to print later, or keep on a USB
        stick in a safe place); says where, or why not."""
        return self.paper.save(self.recovery_sheet_paper(), path)

    def _sheet_said(self, text: str) -> None:
        show_error(self.sheet_problem, "")
        self.sheet_saved.setText(text)

    def _sheet_failed(self, text: str) -> None:
        self.sheet_saved.setText("")
        show_error(self.sheet_problem, text)

    def _centre_step(self) -> QWidget:
        page = QWidget()
        self.centre_name = QLineEdit(page)
        self.centre_name.setAccessibleName(self.tr("Name of the centre"))
        self.centre_name.setPlaceholderText(self.tr("for example: Village hall of Lindenau"))
        self.centre_name.setMaxLength(200)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Default language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._proposed_language)))
        self.centre_error = error_label(page)
        self.next_button = primary_button(self.tr("Next"), page)
        self.next_button.clicked.connect(self.next)
        self.centre_name.returnPressed.connect(self.next)
        form = QFormLayout()
        form.addRow(self.tr("Name of the centre"), self.centre_name)
        form.addRow(self.tr("Default language"), self.language)
        # The step scrolls at large text sizes; its buttons stay in view below it.
        content = QWidget(page)
        layout = QVBoxLayout(content)
        layout.addWidget(title_label(self.tr("Welcome to SkillsApp"), page))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Let's set up this PC for your centre. Step 1 of 2: the centre. "
                    "You can change these later."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.centre_error)
        layout.addStretch(1)
        bottom = QWidget(page)
        buttons = QHBoxLayout(bottom)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        content_and_buttons(page, content, bottom).setContentsMargins(0, 0, 0, 0)
        return page

    def _trainer_step(self) -> QWidget:
        page = QWidget()
        self.trainer_name = QLineEdit(page)
        self.trainer_name.setAccessibleName(self.tr("Your name"))
        self.trainer_name.setMaxLength(200)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(self.tr("At least 8 characters"))
        self.password_again = QLineEdit(page)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.trainer_error = error_label(page)
        self.back_button = QPushButton(self.tr("Back"), page)
        self.back_button.clicked.connect(self.back)
        self.create_button = primary_button(self.tr("Create the centre"), page)
        self.create_button.clicked.connect(self.create_centre)
        self.password_again.returnPressed.connect(self.create_centre)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Your name"), self.trainer_name)
        form.addRow(self.tr("Password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        content = QWidget(page)
        layout = QVBoxLayout(content)
        layout.addWidget(title_label(self.tr("The first trainer account"), page))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Step 2 of 2: you. Trainers sign in with this password to add learners "
                    "and follow their progress."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.trainer_error)
        layout.addStretch(1)
        bottom = QWidget(page)
        buttons = QHBoxLayout(bottom)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        content_and_buttons(page, content, bottom).setContentsMargins(0, 0, 0, 0)
        return page

    def next(self) -> None:
        """Check the centre step and go on to the trainer step."""
        try:
            clean_name(self.centre_name.text(), CENTRE_NAME)
        except Refused as refusal:
            show_error(self.centre_error, explain(refusal))
            self.centre_name.setFocus()
            return
        show_error(self.centre_error, "")
        self._go(2)

    def back(self) -> None:
        """Return one step."""
        current = self.steps.currentIndex()
        if current in (1, 4):
            self._go(0)
        elif current == 2:
            self._go(1)

    def create_centre(self) -> None:
        """Save the centre and its first trainer."""
        if self.password.text() != self.password_again.text():
            show_error(self.trainer_error, self.tr("The two passwords are not the same."))
            self.password_again.setFocus()
            return
        try:
            clean_name(self.trainer_name.text(), TRAINER_NAME)
            check_password(self.password.text())
            trainer: Trainer = self.centre.set_up(
                self.centre_name.text(),
                self.language.currentData(),
                self.trainer_name.text(),
                self.password.text(),
            )
        except Refused as refusal:
            show_error(self.trainer_error, explain(refusal))
            return
        self.password.clear()
        self.password_again.clear()
        self.trainer = trainer
        # The centre key protects residents' details on the way to other PCs of the centre.
        from skillsapp.sync.centre_key import new_centre_key, recovery_sheet, set_centre_key

        set_centre_key(self.centre, new_centre_key())
        # On screen in the wizard's language; on paper in the centre's.
        sheet = recovery_sheet(self.centre)
        self.key_text.setText(SheetWords(sheet, PaperWords(current_language())).as_text())
        self._go(3)
