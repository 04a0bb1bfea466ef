"""The trainer's groups: who is in each group and which courses it should take, by when."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.core.history import Titles
from skillsapp.core.people import Trainer
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import scrolling, style_trainer_screen, wrapped_check
from skillsapp.ui.trainer_words import current_language, day_format, day_text, sorted_by_words
from skillsapp.ui.widgets import error_label, hint_label, primary_button, show_error


class GroupsTab(QWidget):
    """Pick a group on the left; edit its name, members and courses on the right."""

    def __init__(self, centre: Centre, trainer: Trainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.trainer = centre, trainer
        self.groups = QListWidget(self)
        self.groups.setAccessibleName(self.tr("Groups"))
        self.groups.currentRowChanged.connect(self._show_group)
        self.new_button = QPushButton(self.tr("New group"), self)
        self.new_button.clicked.connect(self.new_group)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the group"))
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members"))
        self.courses = QListWidget(self)
        self.courses.setAccessibleName(self.tr("Courses for this group"))
        for box in (self.members, self.courses):
            box.setMinimumHeight(5 * self.fontMetrics().height())
        self.has_due = QCheckBox(self.tr("Finish the courses by"), self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setLocale(QLocale())  # the trainer's language, not the PC's
        self.due.setDisplayFormat(day_format())
        self.due.setAccessibleName(self.tr("Day to finish by"))
        self.due.setDate(self._today().addMonths(1))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(False)
        self.archive = QCheckBox(self.tr("Archive this group"), self)
        self.save_button = primary_button(self.tr("Save the group"), self)
        self.save_button.clicked.connect(self.save)
        self.message = error_label(self)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName(self.tr("What was done"))

        left = QVBoxLayout()
        left.addWidget(self.groups, 1)
        left.addWidget(self.new_button)
        # Members beside courses; one above the other when large text leaves too little room.
        lists = self.lists = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for label, widget in (
            (self.tr("Members"), self.members),
            (self.tr("Courses"), self.courses),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        due = QVBoxLayout()
        due.addWidget(wrapped_check(self.has_due, self))
        due.addWidget(self.due)
        fields = QWidget(self)
        right = QVBoxLayout(fields)
        right.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("Name of the group"), self)
        name_label.setBuddy(self.name)
        right.addWidget(name_label)
        right.addWidget(self.name)
        right.addLayout(lists, 1)
        right.addLayout(due)
        right.addWidget(wrapped_check(self.archive, self))
        # The group's details scroll at large text sizes; Save stays in view below them.
        self.editor = QWidget(self)
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(scrolling(fields, self.editor), 1)
        editor.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save_button)
        editor.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.editor, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr("A group's courses are assigned to every member; they see them first."),
                self,
            )
        )
        layout.addLayout(body, 1)
        self.titles = Titles(centre.catalogue, current_language())
        style_trainer_screen(self)
        self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # The theme lets buttons shrink to 44 pixels; this one keeps its words whole (its
        # size is known once the theme and the text size are applied).
        self.new_button.setMinimumWidth(self.new_button.sizeHint().width())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        narrow = self.editor.width() < 45 * self.fontMetrics().averageCharWidth()
        self.lists.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def _today(self) -> QDate:
        today = self.centre.now().astimezone().date()
        return QDate(today.year, today.month, today.day)

    def refresh(self, select: str | None = None) -> None:
        """Reload the groups; keep or set the selection."""
        self.all_groups = sorted_by_words(self.centre.groups.list(), lambda g: g.name)
        self.groups.clear()
        for group in self.all_groups:
            self.groups.addItem(group.name)
        ids = [g.id for g in self.all_groups]
        self.groups.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        self.editor.setEnabled(bool(ids))

    def current(self) -> Group | None:
        """The group being edited."""
        row = self.groups.currentRow()
        return self.all_groups[row] if 0 <= row < len(self.all_groups) else None

    def _show_group(self, _row: int) -> None:
        group = self.current()
        self.members.clear()
        self.courses.clear()
        show_error(self.message, "")
        if group is None:
            self.name.clear()
            return
        self.name.setText(group.name)
        learners = sorted_by_words(self.centre.learners.list(), lambda x: x.first_name)
        for learner in learners:
            item = QListWidgetItem(learner.first_name)
            item.setData(Qt.ItemDataRole.UserRole, learner.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = learner.id in group.members
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        chosen = {c.course_id: c for c in group.courses}
        packs = sorted_by_words(self.centre.catalogue.packs(), lambda p: self.titles.course(p.id))
        for pack in packs:
            item = QListWidgetItem(self.titles.course(pack.id))
            item.setData(Qt.ItemDataRole.UserRole, pack.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if pack.id in chosen else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.courses.addItem(item)
        due = next((c.due for c in group.courses if c.due), None)
        self.has_due.setChecked(due is not None)
        day = QDate.fromString(due, "yyyy-MM-dd") if due else self._today().addMonths(1)
        # A day already set that has passed stays as it was; a new one cannot be earlier.
        self.due.setMinimumDate(min(day, self._today()))
        self.due.setDate(day)
        self.archive.setChecked(group.archived)

    def new_group(self) -> None:
        """Ask for a name and make a new, empty group."""
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group"))
        if not ok:
            return
        try:
            group = self.centre.groups.create(name, by=self.trainer)
        except Refused as refusal:
            self.saved.setText("")
            show_error(self.message, explain(refusal))
            return
        self.refresh(select=group.id)
        self.saved.setText(
            fill(self.tr("Made the group “%1”. Now choose its members and courses."), group.name)
        )

    def save(self) -> None:
        """Save name, members, courses and due date."""
        group = self.current()
        if group is None:
            return
        due = self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else None
        members = tuple(_checked(self.members))
        courses = tuple(CourseAssignment(c, due) for c in _checked(self.courses))
        try:
            saved = self.centre.groups.save(
                Group(group.id, self.name.text(), members, courses, self.archive.isChecked()),
                by=self.trainer,
            )
        except Refused as refusal:
            self.saved.setText("")
            show_error(self.message, explain(refusal))
            return
        self.refresh(select=saved.id)
        self.saved.setText(self.saved_text(saved, group))

    def saved_text(self, saved: Group, before: Group) -> str:
        """What saving the group did, in words."""
        if saved.archived and not before.archived:
            return fill(self.tr("Archived the group “%1”."), saved.name)
        members = self.tr("%n member(s)", "", len(saved.members))
        courses = self.tr("%n course(s)", "", len(saved.courses))
        due = next((c.due for c in saved.courses if c.due), None)
        if due:
            return fill(
                self.tr("Saved the group “%1”: %2, %3, to finish by %4."),
                saved.name,
                members,
                courses,
                day_text(due),
            )
        return fill(self.tr("Saved the group “%1”: %2, %3."), saved.name, members, courses)


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]
