"""The trainer's home: learner profiles and trainer accounts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.languages import LANGUAGES
from skillsapp.core.people import Learner, Trainer
from skillsapp.storage.location import SETTINGS_NAME
from skillsapp.storage.settings import Settings
from skillsapp.ui.dashboard import Dashboard
from skillsapp.ui.groups_tab import GroupsTab
from skillsapp.ui.learner_form import LearnerForm
from skillsapp.ui.messages import explain
from skillsapp.ui.pc_settings import PcSettings
from skillsapp.ui.reports_tab import ReportsTab
from skillsapp.ui.sync_page import SyncPage
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_courses import TrainerCourses
from skillsapp.ui.trainer_form import TrainerForm
from skillsapp.ui.trainer_screen import FittingTabs, page_holder, style_trainer_screen
from skillsapp.ui.trainer_words import sorted_by_words
from skillsapp.ui.widgets import FlowLayout, error_label, show_error


class TrainerHome(QWidget):
    """Tabs of the trainer's tools."""

    learner_opened = Signal(str)  # learner id

    def __init__(
        self,
        centre: Centre,
        trainer: Trainer,
        data_folder: Path,
        settings: Settings,
        runner: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre, self.trainer = centre, trainer
        self.tabs = FittingTabs(self)
        self.dashboard_tab = Dashboard(centre, runner, self)
        self.learners_tab = LearnersTab(centre, trainer, self)
        self.groups_tab = GroupsTab(centre, trainer, self)
        self.reports_tab = ReportsTab(centre, runner, self)
        self.courses_tab = TrainerCourses(centre, data_folder / "courses", runner, self)
        self.trainers_tab = TrainersTab(centre, self)
        self.settings_tab = PcSettings(settings, data_folder / SETTINGS_NAME, self)
        self.sync_tab = SyncPage(centre, runner, self)
        self.named_tabs = {
            "dashboard": (self.dashboard_tab, self.tr("Dashboard")),
            "learners": (self.learners_tab, self.tr("Learners")),
            "groups": (self.groups_tab, self.tr("Groups")),
            "reports": (self.reports_tab, self.tr("Reports")),
            "courses": (self.courses_tab, self.tr("Courses")),
            "trainers": (self.trainers_tab, self.tr("Trainers")),
            "sync": (self.sync_tab, self.tr("Sync")),
            "pc": (self.settings_tab, self.tr("This PC")),
        }
        # Each tab scrolls by itself when large text makes it taller than the window, so the
        # buttons of the other tabs (and of this one, where it keeps them below its content)
        # are never carried out of view with it.
        self.holders = {}
        for widget, title in self.named_tabs.values():
            self.holders[widget] = page_holder(widget, self.tabs)
            self.tabs.addTab(self.holders[widget], title)
        self.dashboard_tab.learner_opened.connect(self.learner_opened)
        self.learners_tab.learner_opened.connect(self.learner_opened)
        # A group saved on its tab shows up on the dashboard at once.
        self.tabs.currentChanged.connect(self._tab_shown)
        # A long job (import, export, sync, installing a course) holds the database or the
        # course folder: the other tabs wait, and say so, instead of queueing writes behind it.
        self.waiting = QLabel(self)
        self.waiting.setObjectName("hint")
        self.waiting.setWordWrap(True)
        self.waiting.setAccessibleName(self.tr("Work in progress"))
        self.waiting.hide()
        self.sync_tab.busy.connect(lambda text: self.work_started(self.sync_tab, text))
        self.sync_tab.idle.connect(self.work_finished)
        self.courses_tab.busy.connect(lambda text: self.work_started(self.courses_tab, text))
        self.courses_tab.idle.connect(self.work_finished)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        # No heading of its own: the banner above names the trainer, and at large text sizes
        # on a small screen every line counts.
        layout.addWidget(self.waiting)
        layout.addWidget(self.tabs, 1)
        style_trainer_screen(self)

    def work_started(self, working: QWidget, text: str) -> None:
        """A long job began on ``working``'s tab: the other tabs wait until it ends."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index) is not self.holders[working]:
                self.tabs.setTabEnabled(index, False)
        self.waiting.setText(fill(self.tr("%1 The other tabs wait until this is done."), text))
        self.waiting.show()

    def work_finished(self) -> None:
        """The long job ended: every tab can be used again."""
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.waiting.hide()

    def show_tab(self, name: str) -> None:
        """Bring a tab forward by its name ("dashboard", "learners", ...)."""
        self.tabs.setCurrentWidget(self.holders[self.named_tabs[name][0]])

    @property
    def current_tab(self) -> QWidget:
        """The tab on show (not the scroll area holding it)."""
        holder = self.tabs.currentWidget()
        return next(tab for tab, held in self.holders.items() if held is holder)

    def refresh(self) -> None:
        """Records arrived from elsewhere: the tab on show reads again what it shows."""
        self.learners_tab.refresh()
        if self.tabs.currentWidget() is self.dashboard_tab:
            self.dashboard_tab.load()
        else:
            refresh = getattr(self.tabs.currentWidget(), "refresh", None)
            if callable(refresh):
                refresh()

    def _tab_shown(self, _index: int) -> None:
        if self.current_tab is self.dashboard_tab:
            self.dashboard_tab.reload_groups()


class LearnersTab(QWidget):
    """Create, edit, archive and unlock learner profiles."""

    learner_opened = Signal(str)  # learner id

    def __init__(self, centre: Centre, trainer: Trainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.trainer = centre, trainer
        self.form: LearnerForm | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Learners"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("First name"), self.tr("Language"), self.tr("PIN"), self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.show_archived = QCheckBox(self.tr("Show archived learners"), self)
        self.show_archived.toggled.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New learner"), self)
        self.new_button.clicked.connect(self.new_learner)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the learner's page"))
        self.open_button.clicked.connect(self._open)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.unlock_button = QPushButton(self.tr("Unlock PIN"), self)
        self.unlock_button.clicked.connect(self.unlock)
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was done"))
        # The buttons wrap onto more rows at large text sizes; the table scrolls.
        button_row = QWidget(self)
        buttons = FlowLayout(button_row, spacing=8)
        for widget in (
            self.new_button,
            self.open_button,
            self.edit_button,
            self.archive_button,
            self.unlock_button,
            self.show_archived,
        ):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(button_row)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.show_archived, self.table)
        self.refresh()

    def refresh(self) -> None:
        """Reload the table from the database."""
        self.learners = sorted_by_words(
            self.centre.learners.list(include_archived=self.show_archived.isChecked()),
            lambda learner: learner.first_name,
        )
        self.table.setRowCount(len(self.learners))
        for row, learner in enumerate(self.learners):
            values = [
                learner.first_name,
                LANGUAGES.get(learner.language, learner.language),
                self.tr("yes") if learner.has_pin else self.tr("no"),
                self._status(learner),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, learner.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _status(self, learner: Learner) -> str:
        if learner.archived:
            return self.tr("archived")
        if self.centre.signin.locked_until(learner) is not None:
            return self.tr("locked (too many wrong PINs)")
        return self.tr("active")

    def selected(self) -> Learner | None:
        """The learner of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.learners[rows[0].row()] if rows else None

    def select(self, learner_id: str) -> None:
        """Select a learner's row."""
        for row, learner in enumerate(self.learners):
            if learner.id == learner_id:
                self.table.selectRow(row)

    def _open(self) -> None:
        learner = self.selected()
        if learner is not None:
            self.learner_opened.emit(learner.id)

    def _update_buttons(self) -> None:
        learner = self.selected()
        self.open_button.setEnabled(learner is not None)
        self.edit_button.setEnabled(learner is not None)
        self.archive_button.setEnabled(learner is not None)
        self.archive_button.setText(
            self.tr("Restore") if learner and learner.archived else self.tr("Archive")
        )
        self.unlock_button.setEnabled(
            learner is not None and self.centre.signin.locked_until(learner) is not None
        )

    def new_learner(self) -> None:
        """Open the form for a new learner."""
        self._open_form(None)

    def edit(self) -> None:
        """Open the form for the selected learner."""
        learner = self.selected()
        if learner is not None:
            self._open_form(learner)

    def _open_form(self, learner: Learner | None) -> None:
        self.form = LearnerForm(self.centre, self.trainer, learner, self)
        self.form.accepted.connect(self._form_saved)
        self.form.open()

    def _form_saved(self) -> None:
        saved = self.form.saved if self.form else None
        new = self.form is not None and self.form.learner is None
        self.refresh()
        if saved is None:
            return
        self.select(saved.id)
        if new:
            self.say(
                fill(
                    self.tr("Added %1. Their tile is on the start screen of this PC."),
                    saved.first_name,
                )
            )
        else:
            self.say(fill(self.tr("Saved the changes to %1's profile."), saved.first_name))

    def say(self, text: str) -> None:
        """Confirm what was done, in words (and clear an earlier problem)."""
        show_error(self.message, "")
        self.done.setText(text)

    def archive_or_restore(self) -> None:
        """Archive the selected learner (records kept), or restore an archived one."""
        learner = self.selected()
        if learner is None:
            return
        if learner.archived:
            self.centre.learners.restore(learner.id)
            text = self.tr("Restored %1: their tile is back on the start screen.")
        else:
            self.centre.learners.archive(learner.id)
            text = self.tr("Archived %1: their tile is gone and their records are kept.")
        self.refresh()
        self.say(fill(text, learner.first_name))

    def unlock(self) -> None:
        """Lift the PIN lockout of the selected learner."""
        learner = self.selected()
        if learner is not None:
            self.centre.learners.unlock(learner.id)
            self.refresh()
            self.select(learner.id)
            self.say(fill(self.tr("%1 can sign in with their PIN again."), learner.first_name))


class TrainersTab(QWidget):
    """Other trainer accounts of the centre."""

    def __init__(self, centre: Centre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.form: TrainerForm | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Trainers"))
        self.new_button = QPushButton(self.tr("New trainer"), self)
        self.new_button.clicked.connect(self.new_trainer)
        self.archive_button = QPushButton(self.tr("Close account"), self)
        self.archive_button.clicked.connect(self.archive)
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was done"))
        button_row = QWidget(self)
        buttons = FlowLayout(button_row, spacing=8)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(button_row)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list."""
        self.trainers = sorted_by_words(self.centre.trainers.list(), lambda t: t.name)
        self.list.clear()
        self.list.addItems([t.name for t in self.trainers])

    def new_trainer(self) -> None:
        """Open the form for a new trainer."""
        self.form = TrainerForm(self.centre, self)
        self.form.accepted.connect(self._added)
        self.form.open()

    def _added(self) -> None:
        self.refresh()
        if self.form is not None and self.form.saved is not None:
            show_error(self.message, "")
            self.done.setText(
                fill(
                    self.tr("Added the trainer account of %1. They sign in with their password."),
                    self.form.saved.name,
                )
            )

    def archive(self) -> None:
        """Close the selected trainer's account (never the last one)."""
        row = self.list.currentRow()
        if row < 0:
            return
        closing = self.trainers[row]
        try:
            self.centre.trainers.archive(closing.id)
        except Refused as refusal:
            self.done.setText("")
            show_error(self.message, explain(refusal))
            return
        show_error(self.message, "")
        self.refresh()
        self.done.setText(fill(self.tr("Closed the account of %1."), closing.name))
