"""First run on another PC of a centre: join it through the LRS or from a bundle file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import content_and_buttons, style_trainer_screen
from skillsapp.ui.widgets import (
    FlowLayout,
    error_label,
    hint_label,
    primary_button,
    show_error,
    title_label,
)
from skillsapp.ui.work_progress import WorkProgress


class JoinCentre(QWidget):
    """The LRS address, key and secret, or a bundle file; and the centre key in both cases."""

    joined = Signal()
    back = Signal()

    def __init__(self, centre: Centre, runner: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.runner = centre, runner
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("LRS address"))
        self.url.setPlaceholderText("https://lrs.example.org/xAPI/")
        self.key = QLineEdit(self)
        self.key.setAccessibleName(self.tr("LRS key"))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("LRS secret"))
        self.centre_key = QLineEdit(self)
        self.centre_key.setAccessibleName(self.tr("Centre key"))
        self.centre_key.setPlaceholderText(self.tr("from the centre's recovery sheet"))
        self.message = error_label(self)
        self.working = QLabel(self)
        self.progress = WorkProgress(self)
        self.lrs_button = primary_button(self.tr("Join through the LRS"), self)
        self.lrs_button.clicked.connect(self.join_lrs)
        self.bundle_button = QPushButton(self.tr("Join from a bundle file…"), self)
        self.bundle_button.clicked.connect(self.choose_bundle)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        form = QFormLayout()
        form.addRow(self.tr("Centre key"), self.centre_key)
        form.addRow(self.tr("LRS address"), self.url)
        form.addRow(self.tr("LRS key"), self.key)
        form.addRow(self.tr("LRS secret"), self.secret)
        # The fields scroll at large text sizes; the buttons stay in view below them.
        button_row = QWidget(self)
        buttons = FlowLayout(button_row, spacing=8)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.bundle_button)
        buttons.addWidget(self.lrs_button)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(title_label(self.tr("Join an existing centre"), content))
        layout.addWidget(
            hint_label(
                self.tr(
                    "This PC gets the centre's learners and all their results. Type the centre "
                    "key from the recovery sheet, then the centre's LRS details, or use a bundle "
                    "file another PC of the centre saved on a USB stick."
                ),
                content,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.working)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        content_and_buttons(self, content, button_row).setContentsMargins(0, 0, 0, 0)
        self.working.setWordWrap(True)
        style_trainer_screen(self)

    def join_lrs(self) -> None:
        """Fetch the centre from the LRS (in the background)."""
        from skillsapp.sync.join import join_and_keep
        from skillsapp.sync.settings import LrsSettings

        url, key, secret = self.url.text().strip(), self.key.text().strip(), self.secret.text()
        key_text = self.centre_key.text().strip()
        if not (url and key and secret and key_text):
            show_error(self.message, self.tr("Please fill in the centre key and all LRS details."))
            return

        report = self.progress.report
        settings = LrsSettings(url, key, secret)
        self._run(lambda: join_and_keep(self.centre, settings, key_text, report))

    def choose_bundle(self) -> None:
        """Pick the bundle file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the bundle file"), str(Path.home()), self.tr("Bundles (*.zip)")
        )
        if path:
            self.join_bundle(Path(path))

    def join_bundle(self, path: Path) -> None:
        """Set up the centre from a bundle (in the background)."""
        from skillsapp.sync.bundle import import_bundle

        key_text = self.centre_key.text().strip()
        if not key_text:
            show_error(self.message, self.tr("Please type the centre key first."))
            return
        report = self.progress.report
        self._run(lambda: import_bundle(self.centre, path, key_text, progress=report))

    def _run(self, work) -> None:
        show_error(self.message, "")
        self.working.setText(self.tr("Joining the centre… this can take a few minutes."))
        # Going back or starting a second join while this one runs would mix two centres.
        for button in (self.lrs_button, self.bundle_button, self.back_button):
            button.setEnabled(False)
        self.runner.run(work, done=lambda _: self._done(), failed=self._failed)  # type: ignore[attr-defined]

    def _done(self) -> None:
        self.progress.finish()
        self.working.setText("")
        self.joined.emit()

    def _failed(self, error: BaseException) -> None:
        from skillsapp.sync.lrs import LrsProblem

        self.progress.finish()
        self.working.setText("")
        for button in (self.lrs_button, self.bundle_button, self.back_button):
            button.setEnabled(True)
        if isinstance(error, Refused | LrsProblem):
            show_error(self.message, explain(error))
        else:
            show_error(self.message, fill(self.tr("Joining failed: %1"), str(error)))
