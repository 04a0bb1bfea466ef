"""The trainer's home: learner profiles and trainer accounts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
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
from skillsapp.ui.widgets import error_label, show_error, title_label


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
        self.tabs = QTabWidget(self)
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
        for widget, title in self.named_tabs.values():
            self.tabs.addTab(widget, title)
        self.dashboard_tab.learner_opened.connect(self.learner_opened)
        self.learners_tab.learner_opened.connect(self.learner_opened)
        # A group saved on its tab shows up on the dashboard at once.
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title_label(fill(self.tr("Hello, %1"), trainer.name), self))
        layout.addWidget(self.tabs, 1)

    def show_tab(self, name: str) -> None:
        """Bring a tab forward by its name ("dashboard", "learners", ...)."""
        self.tabs.setCurrentWidget(self.named_tabs[name][0])

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
        if self.tabs.currentWidget() is self.dashboard_tab:
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
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.edit_button,
            self.archive_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reload the table from the database."""
        self.learners = self.centre.learners.list(include_archived=self.show_archived.isChecked())
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
        self.refresh()
        if saved is not None:
            self.select(saved.id)
        show_error(self.message, "")

    def archive_or_restore(self) -> None:
        """Archive the selected learner (records kept), or restore an archived one."""
        learner = self.selected()
        if learner is None:
            return
        if learner.archived:
            self.centre.learners.restore(learner.id)
        else:
            self.centre.learners.archive(learner.id)
        self.refresh()

    def unlock(self) -> None:
        """Lift the PIN lockout of the selected learner."""
        learner = self.selected()
        if learner is not None:
            self.centre.learners.unlock(learner.id)
            self.refresh()
            self.select(learner.id)


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
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list."""
        self.trainers = self.centre.trainers.list()
        self.list.clear()
        self.list.addItems([t.name for t in self.trainers])

    def new_trainer(self) -> None:
        """Open the form for a new trainer."""
        self.form = TrainerForm(self.centre, self)
        self.form.accepted.connect(self.refresh)
        self.form.open()

    def archive(self) -> None:
        """Close the selected trainer's account (never the last one)."""
        row = self.list.currentRow()
        if row < 0:
            return
        try:
            self.centre.trainers.archive(self.trainers[row].id)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        show_error(self.message, "")
        self.refresh()
