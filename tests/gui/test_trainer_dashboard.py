"""The trainer's dashboard, groups, reports and learner page, driven through their widgets."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt

from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.ui.learner_page import LearnerPage
from tests.core.test_learning import take_course


def _home(window, trainer, tab):
    window.begin_trainer(trainer)
    home = window.current_screen
    home.show_tab(tab)
    return home


def test_the_dashboard_shows_words_not_only_colours(
    centre, trainer, make_learner, open_window, qtbot
):
    ana, ben = make_learner("Ana"), make_learner("Ben")
    group = centre.groups.create("Tuesday", by=trainer)
    centre.groups.save(
        Group(group.id, "Tuesday", (ana.id, ben.id), (CourseAssignment("email-basics"),)),
        by=trainer,
    )
    take_course(centre, ana.id, "email-basics")
    window = open_window(centre)
    board = _home(window, trainer, "dashboard").dashboard_tab
    grid = board.grid
    cells = {grid.item(r, 0).text(): grid.item(r, 2).text() for r in range(grid.rowCount())}
    assert cells == {"Ana": "✓ done", "Ben": "–"}
    assert board.summary.text() == "2 learners; 0 may need help."
    grid.sortItems(2, Qt.SortOrder.DescendingOrder)
    assert grid.item(0, 0).text() == "Ana"
    # Enter on a learner's row opens their page.
    opened: list[str] = []
    board.learner_opened.connect(opened.append)
    board._open_learner(grid.item(0, 2))
    assert opened == [ana.id]


def test_a_trainer_makes_a_group_and_it_appears_on_the_dashboard(
    centre, trainer, make_learner, open_window, qtbot, monkeypatch
):
    ana = make_learner("Ana")
    window = open_window(centre)
    home = _home(window, trainer, "groups")
    tab = home.groups_tab
    group = centre.groups.create("Farm shop owners", by=trainer)
    tab.refresh(select=group.id)
    tab.members.item(0).setCheckState(Qt.CheckState.Checked)
    row = next(
        i
        for i in range(tab.courses.count())
        if tab.courses.item(i).data(Qt.ItemDataRole.UserRole) == "selling-local-products"
    )
    tab.courses.item(row).setCheckState(Qt.CheckState.Checked)
    tab.has_due.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = centre.groups.get(group.id)
    assert saved.members == (ana.id,)
    assert [c.course_id for c in saved.courses] == ["selling-local-products"]
    assert saved.courses[0].due is not None
    home.show_tab("dashboard")
    assert home.dashboard_tab.group.currentText() == "Farm shop owners"
    assert home.dashboard_tab.grid.rowCount() == 1


def test_reports_on_screen_and_in_csv_hold_the_same_numbers(
    centre, trainer, make_learner, open_window, qtbot, tmp_path
):
    take_course(centre, make_learner("Ana").id, "email-basics")
    window = open_window(centre)
    tab = _home(window, trainer, "reports").reports_tab
    tab.start.setDate(tab.start.date().fromString("2026-01-01", "yyyy-MM-dd"))
    tab.end.setDate(tab.end.date().fromString("2026-12-31", "yyyy-MM-dd"))
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    view = tab.view
    on_screen = [
        [view.table.item(r, c).text() for c in range(view.table.columnCount())]
        for r in range(view.table.rowCount())
    ]
    target = tmp_path / "indicators.csv"
    view.save_csv(target)
    # The CSV for people is the screen's table, headings and all.
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    headings = [view.table.horizontalHeaderItem(c).text() for c in range(len(on_screen[0]))]
    assert lines == [headings, *on_screen]
    assert ["Courses completed", "All", "All", "1", "1"] in on_screen
    view.save_pdf(tmp_path / "indicators.pdf")
    assert (tmp_path / "indicators.pdf").read_bytes().startswith(b"%PDF")


def test_the_learner_page_shows_answers_and_exports_the_data(
    centre, trainer, make_learner, open_window, tmp_path
):
    ana = make_learner("Ana")
    take_course(centre, ana.id, "email-basics")
    window = open_window(centre)
    window.begin_trainer(trainer)
    window.show_learner_page(ana.id)
    page = window.current_screen
    assert isinstance(page, LearnerPage)
    headings = [
        page.answers.item(row, 0).text()
        for row in range(page.answers.rowCount())
        if page.answers.columnSpan(row, 0) > 1
    ]
    assert len(headings) == 5  # one quiz attempt per lesson
    assert page.courses.item(0, 0).text() == "E-mail for everyday life"
    written = page.export_to(tmp_path)
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert all(p.stat().st_size > 0 for p in written)


def test_a_trainer_checks_a_certificate_code(centre, trainer, make_learner, open_window):
    ana = make_learner("Ana")
    take_course(centre, ana.id, "email-basics")
    code = centre.certificates.of_learner(ana.id)[0].code
    window = open_window(centre)
    tab = _home(window, trainer, "reports").reports_tab
    tab.code.setText(code.lower())
    tab.check_certificate()
    assert tab.verdict.text().startswith("Genuine: Ana finished")
    tab.code.setText("ZZZZ-9999")
    tab.check_certificate()
    assert "No certificate" in tab.verdict.text()
