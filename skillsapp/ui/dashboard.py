"""The trainer's dashboard for a group: learners × courses (or × competence areas) as a
colour grid with words, attendance, and the latest sessions. Built off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.dashboard import Cell, CourseState, GroupDashboard, HelpReason, group_dashboard
from skillsapp.core.history import Titles
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import style_trainer_screen
from skillsapp.ui.trainer_words import current_language, sorted_by_words, when_text
from skillsapp.ui.widgets import FlowLayout, hint_label

# A column heading wraps onto more lines rather than being cut ("Passwords, scams and f").
HEADING_LINE = 22  # characters

STATE_LOOK = {  # colour and sort rank; the words come from Dashboard.state_text
    CourseState.NOT_STARTED: ("#eeeeee", 0),
    CourseState.IN_PROGRESS: ("#fff1b8", 2),
    CourseState.COMPLETED: ("#c8e6c9", 3),
    CourseState.NEEDS_HELP: ("#ffcdd2", 1),
}
AREAS = ("1", "2", "3", "4", "5")


class SortableItem(QTableWidgetItem):
    """A cell that sorts by a number kept behind its words."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.key < getattr(other, "key", 0)


class Dashboard(QWidget):
    """Pick a group; see where everyone stands."""

    learner_opened = Signal(str)  # learner id

    def __init__(self, centre: Centre, runner: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.runner = centre, runner
        self.board: GroupDashboard | None = None
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        self.view = QComboBox(self)
        self.view.setAccessibleName(self.tr("Show"))
        self.view.addItem(self.tr("Courses"), "courses")
        self.view.addItem(self.tr("Competence areas"), "areas")
        self.loading = QLabel(self.tr("Loading…"), self)
        self.loading.hide()
        self.grid = QTableWidget(self)
        self.grid.setAccessibleName(self.tr("Learners and their progress"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.verticalHeader().hide()
        self.grid.setSortingEnabled(True)
        self.grid.itemActivated.connect(self._open_learner)
        self.feed = QListWidget(self)
        self.feed.setAccessibleName(self.tr("Latest sessions"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(300)
        self._slow.timeout.connect(self.loading.show)
        # The choices wrap onto two rows when large text leaves no room for one.
        top_row = QWidget(self)
        top = FlowLayout(top_row, spacing=8)
        group_label = QLabel(self.tr("Group"), top_row)
        group_label.setBuddy(self.group)
        view_label = QLabel(self.tr("Show"), top_row)
        view_label.setBuddy(self.view)
        for widget in (group_label, self.group, view_label, self.view, self.loading):
            top.addWidget(widget)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Latest sessions")))
        side.addWidget(self.feed, 1)
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(top_row)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "“!”: may need help (did not pass the same quiz 3 times, or no progress "
                    "for 2 weeks). Press Enter or double-click a learner to open their page."
                ),
                self,
            )
        )
        self.groups: list = []
        self.titles = Titles(centre.catalogue, current_language())
        self.group.currentIndexChanged.connect(self.load)
        self.view.currentIndexChanged.connect(self._fill)
        style_trainer_screen(self)
        self.reload_groups()

    def reload_groups(self) -> None:
        """Offer the current groups (after one was made or renamed) and show the chosen one."""
        chosen = self.group.currentData()
        self.groups = sorted_by_words(self.centre.groups.list(), lambda g: g.name)
        self.group.blockSignals(True)
        self.group.clear()
        for group in self.groups:
            self.group.addItem(group.name, group.id)
        index = max(0, self.group.findData(chosen))
        self.group.setCurrentIndex(index if self.groups else -1)
        self.group.blockSignals(False)
        if not self.groups:
            self.summary.setText(self.tr("No groups yet. Make one in the Groups tab."))
            return
        self.load()

    def load(self) -> None:
        """Compute the chosen group's dashboard in the background."""
        if not self.groups:
            return
        group = self.groups[self.group.currentIndex()]
        now = self.centre.now()
        self._slow.start()
        self.runner.run(  # type: ignore[attr-defined]
            lambda: group_dashboard(self.centre, group, now), done=self._loaded
        )

    def _loaded(self, board: GroupDashboard) -> None:
        self._slow.stop()
        self.loading.hide()
        self.board = board
        self._fill()

    def _fill(self) -> None:
        board = self.board
        if board is None:
            return
        by_areas = self.view.currentData() == "areas"
        columns = list(AREAS) if by_areas else board.courses
        titles = [self._area_title(a) if by_areas else self._course_title(a) for a in columns]
        self.grid.setSortingEnabled(False)
        self.grid.clear()
        self.grid.setColumnCount(2 + len(columns))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Learner"), self.tr("Days here (30 days)"), *map(_wrapped, titles)]
        )
        for column, title in enumerate(titles, start=2):
            heading = self.grid.horizontalHeaderItem(column)
            if heading is not None:
                heading.setToolTip(title)
        rows = sorted_by_words(board.rows, lambda r: r.first_name)
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = SortableItem(("! " if row.needs_help else "") + row.first_name, r)
            if row.needs_help:
                name.setToolTip(self.tr("may need help"))
            name.setData(Qt.ItemDataRole.UserRole, row.learner_id)
            self.grid.setItem(r, 0, name)
            self.grid.setItem(r, 1, SortableItem(str(row.days_present), row.days_present))
            for c, key in enumerate(columns, start=2):
                if by_areas:
                    level = board.areas.get(row.learner_id, {}).get(key)
                    if level is None:
                        text = "–"
                    elif level == 0:  # below Foundation, in words
                        text = self.tr("not yet")
                    else:
                        text = fill(self.tr("level %1"), level)
                    item = SortableItem(text, level or 0)
                else:
                    cell = row.cells[key]
                    colour, rank = STATE_LOOK[cell.state]
                    item = SortableItem(self.state_text(cell), rank * 1000 + cell.lessons_done)
                    item.setBackground(QBrush(QColor(colour)))
                    item.setForeground(QBrush(QColor("#1b1b1b")))
                    item.setToolTip(self.reason_text(cell) or self.state_text(cell))
                self.grid.setItem(r, c, item)
        self.grid.setSortingEnabled(True)
        self.grid.resizeColumnsToContents()
        self.grid.resizeRowsToContents()
        helped = sum(1 for row in board.rows if row.needs_help)
        self.summary.setText(
            fill(self.tr("%1 learners; %2 may need help."), len(board.rows), helped)
        )
        self.feed.clear()
        for session in board.feed:
            minutes = (
                fill(self.tr("%1 min"), session.minutes)
                if session.minutes is not None
                else self.tr("did not sign out")
            )
            self.feed.addItem(f"{session.first_name} · {when_text(session.started)} · {minutes}")

    def state_text(self, cell: Cell) -> str:
        """Words first, colour second: the grid reads without colour too."""
        done = fill(self.tr("%1 of %2"), cell.lessons_done, cell.lessons)
        if cell.state is CourseState.COMPLETED:
            return self.tr("✓ done")
        if cell.state is CourseState.NEEDS_HELP:
            return fill(self.tr("! %1\n%2"), done, self.reason_text(cell))
        if cell.state is CourseState.IN_PROGRESS:
            return done
        return "–"

    def reason_text(self, cell: Cell) -> str:
        """Why the learner may need help in this course, in words."""
        if cell.help_reason is HelpReason.FAILED_QUIZ:
            return self.tr("did not pass a quiz %n time(s)", "", cell.failed_tries)
        if cell.help_reason is HelpReason.NO_PROGRESS:
            return self.tr("no progress for 2 weeks")
        return ""

    def _course_title(self, course_id: str) -> str:
        return self.titles.course(course_id)

    def _area_title(self, code: str) -> str:
        from skillsapp.core.framework.model import framework

        try:
            heading = framework(language=self.titles.language).area(code).heading
        except KeyError:
            heading = ""
        return fill(self.tr("%1. %2"), code, heading) if heading else code

    def _open_learner(self, item: QTableWidgetItem) -> None:
        first = self.grid.item(item.row(), 0)
        if first is not None:
            self.learner_opened.emit(first.data(Qt.ItemDataRole.UserRole))


def _wrapped(title: str) -> str:
    """A heading broken between words onto lines of about HEADING_LINE characters."""
    import textwrap

    return "\n".join(textwrap.wrap(title, HEADING_LINE, break_long_words=False)) or title
