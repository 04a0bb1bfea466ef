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
from skillsapp.core.dashboard import Cell, CourseState, GroupDashboard, group_dashboard
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import hint_label

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
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group")))
        top.addWidget(self.group, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.view)
        top.addWidget(self.loading)
        top.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Latest sessions")))
        side.addWidget(self.feed, 1)
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "“! help”: failed the same quiz 3 times, or no progress for 2 weeks. "
                    "Press Enter or double-click a learner to open their page."
                ),
                self,
            )
        )
        self.groups: list = []
        self.group.currentIndexChanged.connect(self.load)
        self.view.currentIndexChanged.connect(self._fill)
        self.reload_groups()

    def reload_groups(self) -> None:
        """Offer the current groups (after one was made or renamed) and show the chosen one."""
        chosen = self.group.currentData()
        self.groups = self.centre.groups.list()
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
            lambda: (group_dashboard(self.centre, group, now), _area_levels(self.centre, group)),
            done=self._loaded,
        )

    def _loaded(self, result: tuple[GroupDashboard, dict[str, dict[str, float]]]) -> None:
        self._slow.stop()
        self.loading.hide()
        self.board, self.areas = result
        self._fill()

    def _fill(self) -> None:
        board = self.board
        if board is None:
            return
        by_areas = self.view.currentData() == "areas"
        columns = list(AREAS) if by_areas else board.courses
        titles = [
            fill(self.tr("Area %1"), a) if by_areas else self._course_title(a) for a in columns
        ]
        self.grid.setSortingEnabled(False)
        self.grid.clear()
        self.grid.setColumnCount(2 + len(columns))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Learner"), self.tr("Days here (30 days)"), *titles]
        )
        self.grid.setRowCount(len(board.rows))
        for r, row in enumerate(board.rows):
            name = SortableItem(("! " if row.needs_help else "") + row.first_name, 0)
            if row.needs_help:
                name.setToolTip(self.tr("may need help"))
            name.key = row.first_name.casefold()  # type: ignore[assignment]
            name.setData(Qt.ItemDataRole.UserRole, row.learner_id)
            self.grid.setItem(r, 0, name)
            self.grid.setItem(r, 1, SortableItem(str(row.days_present), row.days_present))
            for c, key in enumerate(columns, start=2):
                if by_areas:
                    level = self.areas.get(row.learner_id, {}).get(key)
                    text = "–" if level is None else fill(self.tr("level %1"), f"{level:g}")
                    item = SortableItem(text, level or 0)
                else:
                    cell = row.cells[key]
                    colour, rank = STATE_LOOK[cell.state]
                    item = SortableItem(self.state_text(cell), rank * 1000 + cell.lessons_done)
                    item.setBackground(QBrush(QColor(colour)))
                    item.setForeground(QBrush(QColor("#1b1b1b")))
                    item.setToolTip(cell.reason or cell.state.value)
                self.grid.setItem(r, c, item)
        self.grid.setSortingEnabled(True)
        self.grid.resizeColumnsToContents()
        helped = sum(1 for row in board.rows if row.needs_help)
        self.summary.setText(
            fill(self.tr("%1 learners; %2 may need help."), str(len(board.rows)), str(helped))
        )
        self.feed.clear()
        for session in board.feed:
            minutes = (
                fill(self.tr("%1 min"), str(session.minutes))
                if session.minutes is not None
                else self.tr("did not sign out")
            )
            self.feed.addItem(
                f"{session.first_name} · {session.started[:16].replace('T', ' ')} · {minutes}"
            )

    def state_text(self, cell: Cell) -> str:
        """Words first, colour second: the grid reads without colour too."""
        done = f"{cell.lessons_done}/{cell.lessons}"
        if cell.state is CourseState.COMPLETED:
            return self.tr("✓ done")
        if cell.state is CourseState.NEEDS_HELP:
            return fill(self.tr("! help %1"), done)
        if cell.state is CourseState.IN_PROGRESS:
            return done
        return "–"

    def _course_title(self, course_id: str) -> str:
        pack = self.centre.catalogue.get(course_id)
        return pack.title if pack else course_id

    def _open_learner(self, item: QTableWidgetItem) -> None:
        first = self.grid.item(item.row(), 0)
        if first is not None:
            self.learner_opened.emit(first.data(Qt.ItemDataRole.UserRole))


def _area_levels(centre: Centre, group) -> dict[str, dict[str, float]]:
    """Each member's level per DigComp area: trainer-validated where there is one, else self."""
    if not group.members:
        return {}
    marks = ",".join("?" * len(group.members))
    rows = centre.db.query(
        "SELECT learner_id, code, coalesce(trainer_level, self_level) FROM competence_levels "
        f"WHERE learner_id IN ({marks}) AND coalesce(trainer_level, self_level) IS NOT NULL",
        list(group.members),
    )
    found: dict[str, dict[str, list[int]]] = {}
    for learner_id, code, level in rows:
        found.setdefault(learner_id, {}).setdefault(code.split(".")[0], []).append(level)
    return {
        learner: {area: round(sum(v) / len(v), 1) for area, v in areas.items()}
        for learner, areas in found.items()
    }
