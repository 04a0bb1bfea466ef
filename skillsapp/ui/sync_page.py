"""The trainer's sync page: LRS settings, Test connection, state, Sync now, bundles, key sheet.

Network and disk work goes through the runner passed in; nothing here waits on the network.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.errors import Message, Refused
from skillsapp.sync.bundle import export_bundle, import_bundle
from skillsapp.sync.centre_key import recovery_sheet
from skillsapp.sync.engine import SyncResult
from skillsapp.sync.service import sync_now, test_connection
from skillsapp.sync.settings import LrsSettings, save_lrs_settings, saved_settings
from skillsapp.sync.status import SyncStatus, read_status
from skillsapp.ui.messages import explain
from skillsapp.ui.paper import PaperActions
from skillsapp.ui.recovery_sheet_paper import RecoverySheetPaper
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import content_and_buttons, style_trainer_screen, wrapped_check
from skillsapp.ui.trainer_words import when_text
from skillsapp.ui.widgets import FlowLayout, hint_label, primary_button, title_label
from skillsapp.ui.work_progress import WorkProgress

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre


class SyncPage(QWidget):
    """Sync settings and state for the trainer.

    ``synced`` carries the SyncResult after "Sync now" (refresh screens and the indicator);
    ``imported`` carries the BundleSummary after a bundle import. ``busy`` (with what runs,
    in words) and ``idle`` frame a long job, so that other screens wait for it.
    """

    synced = Signal(object)
    imported = Signal(object)
    busy = Signal(str)
    idle = Signal()

    def __init__(self, centre: Centre, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.runner = centre, runner
        settings = saved_settings(centre.db)
        self.url = self._field(self.tr("LRS address"), settings.url)
        self.url.setPlaceholderText("https://lrs.example.org/xAPI/")
        self.key = self._field(self.tr("LRS key"), settings.key)
        self.secret = self._field(self.tr("LRS secret"), settings.secret)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.enabled = self._check(
            self.tr("Send and receive results by themselves when there is a connection"),
            settings.enabled,
        )
        self.metered = self._check(
            self.tr("Also on metered connections (mobile data)"), settings.on_metered
        )
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setAccessibleName(self.tr("Answer of the LRS"))
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Sync state"))
        # Said before anything is pressed: without an LRS, results wait here and nothing is lost.
        self.not_set_up = QLabel(self)
        self.not_set_up.setObjectName("notice")
        self.not_set_up.setWordWrap(True)
        self.not_set_up.setAccessibleName(self.tr("No LRS is set up"))
        self.not_set_up.hide()
        self.quarantine = QListWidget(self)
        self.quarantine.setAccessibleName(self.tr("Results the LRS refused"))
        self.quarantine.setMaximumHeight(120)
        self.test_button = self._button(self.tr("Test connection"), self.test_connection)
        self.save_button = self._button(self.tr("Save"), self.save, primary=True)
        self.sync_button = self._button(self.tr("Sync now"), self.sync_now)
        self.export_button = self._button(self.tr("Export a bundle (USB)…"), self.choose_export)
        self.import_button = self._button(self.tr("Import a bundle…"), self.choose_import)
        self.sheet_button = self._button(self.tr("Print the recovery sheet…"), self.print_sheet)
        self.sheet_pdf_button = self._button(
            self.tr("Save the recovery sheet as PDF…"), self.ask_sheet_pdf
        )
        self.paper = PaperActions(self)
        self.paper.done.connect(self.answer.setText)
        self.paper.failed.connect(self.answer.setText)
        # One job at a time: the buttons that start work wait while one runs.
        self.work_buttons = (
            self.test_button,
            self.sync_button,
            self.export_button,
            self.import_button,
        )
        self.progress = WorkProgress(self)

        form = QFormLayout()
        form.addRow(self.tr("LRS address"), self.url)
        form.addRow(self.tr("LRS key"), self.key)
        form.addRow(self.tr("LRS secret"), self.secret)
        form.addRow("", wrapped_check(self.enabled, self))
        form.addRow("", wrapped_check(self.metered, self))
        # What the page says scrolls at large text sizes; the buttons stay in view below it.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(title_label(self.tr("Sync"), content))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Results are kept on this PC first and sent to the centre's record store "
                    "(LRS) when there is a connection. Without one, use a bundle on a USB stick."
                ),
                content,
            )
        )
        layout.addWidget(self.not_set_up)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        self.refused_label = QLabel(self.tr("Results the LRS refused:"), content)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.quarantine)
        # Moving results without a connection, and the key sheet, come after the LRS.
        more = FlowLayout(spacing=8)
        for button in (
            self.export_button,
            self.import_button,
            self.sheet_button,
            self.sheet_pdf_button,
        ):
            more.addWidget(button)
        layout.addLayout(more)
        layout.addStretch(1)
        # Save, Test and Sync now stay in view below the scrolling part.
        button_row = QWidget(self)
        buttons = FlowLayout(button_row, spacing=8)
        for button in (self.save_button, self.test_button, self.sync_button):
            buttons.addWidget(button)
        content_and_buttons(self, content, button_row)
        for field in (self.url, self.key, self.secret):
            field.textChanged.connect(self._typed)
        self._typed()
        style_trainer_screen(self)
        self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def typed_settings(self) -> LrsSettings:
        """The settings as typed on the page."""
        return LrsSettings(
            self.url.text().strip(),
            self.key.text().strip(),
            self.secret.text(),
            self.enabled.isChecked(),
            self.metered.isChecked(),
        )

    def save(self) -> None:
        """Save the settings in the database."""
        settings = self.typed_settings()
        save_lrs_settings(self.centre.db, settings)
        if not settings.complete:
            self.answer.setText(
                self.tr(
                    "Saved. Results stay on this PC until the LRS address, key and secret "
                    "are all filled in."
                )
            )
        elif settings.enabled:
            self.answer.setText(
                self.tr("Saved. Results are sent to the LRS whenever there is a connection.")
            )
        else:
            self.answer.setText(self.tr("Saved. Results are sent only when you press Sync now."))
        self.refresh()

    def _typed(self) -> None:
        # Sending by itself and "Sync now" mean something only once an LRS is filled in.
        complete = self.typed_settings().complete
        for widget in (self.enabled, self.metered, self.sync_button):
            widget.setEnabled(complete)

    def test_connection(self) -> None:
        """Ask the LRS in the background; show "Connected" or the plain reason."""
        settings = self.typed_settings()
        self._begin(self.tr("Asking the LRS…"))
        self.runner.run(lambda: test_connection(settings), self._answered, self._failed)

    def sync_now(self) -> None:
        """Save, then push and pull once in the background."""
        save_lrs_settings(self.centre.db, self.typed_settings())
        self._begin(self.tr("Sending and receiving…"))
        report = self.progress.report
        self.runner.run(lambda: sync_now(self.centre, report), self._synced, self._failed)

    def export_to(self, path: Path) -> None:
        """Write a bundle of all the centre's statements to ``path`` in the background."""
        self._begin(self.tr("Writing the bundle…"))
        report = self.progress.report
        self.runner.run(
            lambda: export_bundle(self.centre, path, progress=report),
            lambda summary: self._exported(summary, path),
            self._failed,
        )

    def import_from(self, path: Path) -> None:
        """Check and merge a bundle in the background."""
        self._begin(self.tr("Reading the bundle…"))
        report = self.progress.report
        self.runner.run(
            lambda: import_bundle(self.centre, path, progress=report), self._imported, self._failed
        )

    def choose_export(self) -> None:
        """Ask where to write the bundle."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a bundle"), "skillsapp-bundle.zip", "Bundle (*.zip)"
        )
        if name:
            self.export_to(Path(name))

    def choose_import(self) -> None:
        """Ask which bundle to import."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), "", "Bundle (*.zip)"
        )
        if name:
            self.import_from(Path(name))

    def recovery_sheet_paper(self) -> RecoverySheetPaper:
        """The recovery sheet (the centre key and what it is for), in the centre's language."""
        return RecoverySheetPaper(recovery_sheet(self.centre), self.centre.now().date())

    def print_sheet(self) -> bool:
        """Print the recovery sheet, one press (the PC's print dialog first)."""
        return self.paper.send_to_printer(self.recovery_sheet_paper())

    def ask_sheet_pdf(self) -> None:
        """Save the recovery sheet as a PDF, in a place chosen in a dialog."""
        self.paper.ask_pdf(self.recovery_sheet_paper())

    def refresh(self) -> None:
        """Read the sync state in the background and show it."""
        self.runner.run(lambda: read_status(self.centre.db), self.show_status)

    def show_status(self, status: SyncStatus) -> None:
        """Show last push and pull, what waits, the last problem and refused results; or,
        with no LRS set up, what that means and how to set one up."""
        self.not_set_up.setVisible(not status.configured)
        if not status.configured:
            self.not_set_up.setText(
                self.tr(
                    "No LRS is set up on this PC, so results are not sent anywhere yet. "
                    "They are kept safely on this PC: nothing is lost (%n result(s) so far). "
                    "To send them to the centre's record store, type the LRS address, key and "
                    "secret that your coordinator gives you, press Test connection, then Save. "
                    "Without a connection, carry the results to another PC with Export a "
                    "bundle (USB).",
                    "",
                    status.waiting,
                )
            )
            self.state.setText("")
            self.state.hide()
            self._show_refused(status)
            return
        self.state.show()
        never = self.tr("never")
        lines = [
            fill(self.tr("Last sent: %1"), when_text(status.last_push) or never),
            fill(self.tr("Last received: %1"), when_text(status.last_pull) or never),
            fill(self.tr("Waiting to send: %1"), QLocale().toString(status.waiting)),
        ]
        if not status.enabled:
            lines.append(self.tr("Results are sent only when you press Sync now."))
        if status.last_error:
            lines.append(fill(self.tr("Last problem: %1"), explain(status.last_error)))
        self.state.setText("\n".join(lines))
        self._show_refused(status)

    def _show_refused(self, status: SyncStatus) -> None:
        self.quarantine.clear()
        for held in status.quarantined:
            self.quarantine.addItem(f"{when_text(held.quarantined_at)}: {held.reason}")
        self.refused_label.setVisible(bool(status.quarantined))
        self.quarantine.setVisible(bool(status.quarantined))

    # -- callbacks and helpers --------------------------------------------------------------

    def _begin(self, text: str) -> None:
        self.answer.clear()
        self.progress.start(text)
        for button in self.work_buttons:
            button.setEnabled(False)
        self.busy.emit(text)

    def _end(self) -> None:
        self.progress.finish()
        for button in self.work_buttons:
            button.setEnabled(True)
        self._typed()
        self.idle.emit()

    def _answered(self, answer: Message) -> None:
        self._end()
        self.answer.setText(explain(answer))

    def _synced(self, result) -> None:
        self._end()
        self.answer.setText(self.describe(result))
        self.refresh()
        self.synced.emit(result)

    def _exported(self, summary, path: Path) -> None:
        self._end()
        self.answer.setText(
            fill(
                self.tr("Wrote %1 results to %2."),
                QLocale().toString(summary.statements),
                str(path),
            )
        )

    def _imported(self, summary) -> None:
        self._end()
        self.answer.setText(
            fill(
                self.tr("Imported %1 new results of %2."),
                QLocale().toString(summary.added),
                QLocale().toString(summary.statements),
            )
        )
        self.refresh()
        self.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, Refused):
            self.answer.setText(explain(error))
        else:
            self.answer.setText(fill(self.tr("Something went wrong: %1"), str(error)))

    def describe(self, result: SyncResult) -> str:
        """What a sync did, in the interface language."""
        lines = [
            fill(
                self.tr("Sent %1, received %2."),
                QLocale().toString(result.pushed),
                QLocale().toString(result.pulled),
            )
        ]
        if result.quarantined:
            lines.append(
                self.tr("%n result(s) refused by the LRS (listed below).", "", result.quarantined)
            )
        lines += [explain(problem) for problem in result.problems]
        return "\n".join(lines)

    def _field(self, name: str, value: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setAccessibleName(name)
        field.setMinimumHeight(44)
        return field

    def _check(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(checked)
        box.setAccessibleName(text)
        box.setMinimumHeight(44)
        return box

    def _button(self, text: str, slot, primary: bool = False) -> QPushButton:
        button = primary_button(text, self) if primary else QPushButton(text, self)
        button.setAccessibleName(text)
        button.setMinimumSize(44, 44)
        button.clicked.connect(slot)
        return button
