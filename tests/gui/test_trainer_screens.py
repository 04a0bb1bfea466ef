"""Trainer screens as a trainer uses them: by keyboard, in Romanian, Hungarian and Latvian, at
1366x768 and 1024x600 with large text and high contrast; every action answers in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QScrollArea

from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.storage.settings import Settings
from skillsapp.ui.learner_page import AssignDialog, GroupDialog, LearnerPage
from skillsapp.ui.main_window import MainWindow
from skillsapp.ui.tasks import ImmediateRunner
from skillsapp.ui.trainer_screen import arrows_folder, trainer_style
from tests.conftest import TRAINER_PASSWORD
from tests.core.test_learning import take_course


def _window(qtbot, centre, tmp_path, language="en", size=(1366, 768), scale=100, contrast=False):
    folder = tmp_path / "pc"
    (folder / "courses").mkdir(parents=True, exist_ok=True)
    settings = Settings()
    settings.language, settings.text_scale, settings.high_contrast = language, scale, contrast
    window = MainWindow(centre, settings, ImmediateRunner(), folder)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


@pytest.fixture
def window(qtbot, centre, tmp_path):
    made = []

    def make(**kw):
        made.append(_window(qtbot, centre, tmp_path, **kw))
        return made[-1]

    yield make
    for w in made:
        if w.languages is not None:
            w.languages.use("en")
        w.close()


def _when_dialog(kind, act):
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` that opens."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        act(dialog)

    QTimer.singleShot(20, look)


def _key(widget, key, text=""):
    QTest.keyClick(widget, key)


def test_a_trainer_does_the_whole_round_by_keyboard(centre, trainer, window, qtbot):
    w = window(language="ro")
    w.show_trainer_sign_in()
    signin = w.current_screen
    # The password field has the focus; Enter signs in.
    assert w.focusWidget() is signin.password
    QTest.keyClicks(signin.password, TRAINER_PASSWORD)
    QTest.keyClick(signin.password, Qt.Key.Key_Return)
    home = w.current_screen
    assert w.trainer is not None and home.__class__.__name__ == "TrainerHome"
    home.show_tab("learners")
    tab = home.learners_tab
    # Enter on the focused "New learner" button opens the form.
    tab.new_button.setFocus()
    QTest.keyClick(tab.new_button, Qt.Key.Key_Return)
    form = tab.form
    assert form is not None and form.isVisible()
    assert form.focusWidget() is form.first_name
    QTest.keyClicks(form.first_name, "Jonas")
    form.keep_records.setFocus()
    QTest.keyClick(form.keep_records, Qt.Key.Key_Space)
    assert form.keep_records.isChecked()
    QTest.keyClick(form.first_name, Qt.Key.Key_Return)  # Enter saves the form
    assert not form.isVisible()
    [jonas] = centre.learners.list()
    assert (
        "Jonas" in tab.done.text() and "Adăugat" in tab.done.text()
    ) or "Jonas" in tab.done.text()
    # Open the learner's page with Enter on "Open".
    tab.select(jonas.id)
    tab.open_button.setFocus()
    QTest.keyClick(tab.open_button, Qt.Key.Key_Return)
    page = w.current_screen
    assert isinstance(page, LearnerPage)

    # Assign a course: the day is picked from the calendar with the keyboard.
    def pick(dialog: AssignDialog) -> None:
        dialog.due.setFocus()
        start = dialog.due.date()
        QTest.keyClick(dialog.due, Qt.Key.Key_Up)  # one more day (the cursor is on the day)
        assert dialog.due.date() > start
        QTest.keyClick(dialog.due, Qt.Key.Key_Return)

    page.assign_button.setFocus()
    _when_dialog(AssignDialog, pick)
    QTest.keyClick(page.assign_button, Qt.Key.Key_Return)
    [assigned] = centre.groups.assigned_to(jonas.id)
    assert assigned.due is not None and assigned.due > "2026-03-02"
    # The confirmation names the course in Romanian and the day the Romanian way.
    assert "Atribuit" in page.done.text() or "atribuit" in page.done.text()
    assert "2026" in page.done.text() and "-" not in page.done.text().split("până")[-1]
    # The history reads in Romanian sentences.
    page.tabs.setCurrentWidget(page.history)
    texts = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]
    assert "A fost înscris la centru" in texts
    # Escape goes back to the trainer's tabs.
    QTest.keyClick(page, Qt.Key.Key_Escape)
    assert w.current_screen.__class__.__name__ == "TrainerHome"


@pytest.mark.parametrize("language", ["ro", "hu", "lv"])
def test_the_learner_page_reads_in_the_trainers_language(
    centre, trainer, make_learner, window, language
):
    jonas = make_learner("Jonas")
    centre.signin.learner_with_pin(jonas.id, None)
    take_course(centre, jonas.id, "email-basics")
    w = window(language=language)
    w.begin_trainer(trainer)
    w.show_learner_page(jonas.id)
    page = w.current_screen
    pack = centre.catalogue.get("email-basics")
    assert page.courses.item(0, 0).text() == pack.title_in(language)
    history = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]
    lesson = pack.lessons[0].text(language).title
    assert any(lesson in line for line in history)
    # No raw verbs, no ids, no ISO dates.
    for line in history:
        assert "experienced" not in line and "email-basics" not in line
    whens = [page.history.item(r, 0).text() for r in range(page.history.rowCount())]
    assert all("T" not in when and "2026-03" not in when for when in whens)
    answers = [
        page.answers.item(r, 1).text()
        for r in range(page.answers.rowCount())
        if page.answers.columnSpan(r, 0) == 1
    ]
    assert answers and not any("[,]" in a or "[.]" in a for a in answers)


def test_the_dashboard_titles_courses_in_full_and_takes_area_levels_from_core(
    centre, trainer, make_learner, window, clock
):
    ana = make_learner("Ana")
    group = centre.groups.create("Marți", by=trainer)
    centre.groups.save(
        Group(group.id, "Marți", (ana.id,), (CourseAssignment("passwords-and-scams"),)),
        by=trainer,
    )
    # Two competences of area 2 at levels 2 and 3: the profile rule says area 2 is at 3.
    for code, level in (("2.1", 2), ("2.2", 3)):
        centre.competences.trainer_assessments.record(
            trainer.id, ana.id, code, level, clock.now.date()
        )
    w = window(language="ro")
    w.begin_trainer(trainer)
    home = w.current_screen
    home.show_tab("dashboard")
    board = home.dashboard_tab
    heading = board.grid.horizontalHeaderItem(2)
    title = centre.catalogue.get("passwords-and-scams").title_in("ro")
    assert heading.text().replace("\n", " ") == title
    assert heading.toolTip() == title
    board.view.setCurrentIndex(board.view.findData("areas"))
    area_two = board.grid.item(0, 3).text()
    assert area_two == "nivelul 3" or area_two.endswith("3")
    assert centre.competences.profile(ana.id).area_levels["2"] == 3


def test_needs_help_says_why_in_words(centre, trainer, make_learner, window, clock):
    from skillsapp.core.dashboard import Cell, CourseState, HelpReason

    w = window(language="hu")
    w.begin_trainer(trainer)
    board = w.current_screen.dashboard_tab
    cell = Cell(CourseState.NEEDS_HELP, 1, 5, "failed a quiz 3 times", HelpReason.FAILED_QUIZ, 3)
    assert "3" in board.reason_text(cell) and "kvíz" in board.reason_text(cell)
    stalled = Cell(CourseState.NEEDS_HELP, 1, 5, "", HelpReason.NO_PROGRESS)
    assert board.reason_text(stalled) == "2 hete nincs előrehaladás"


def test_a_due_date_in_the_past_cannot_be_typed_and_a_refusal_keeps_the_dialog_open(
    centre, trainer, make_learner, qtbot
):
    from skillsapp.core.history import Titles

    jonas = make_learner("Jonas")
    dialog = AssignDialog(centre, trainer, jonas, Titles(centre.catalogue, "en"))
    qtbot.addWidget(dialog)
    dialog.show()
    today = QDate(2026, 3, 2)
    assert dialog.due.minimumDate() == today
    dialog.due.setDate(QDate(2026, 2, 1))  # what typing a past day comes to
    assert dialog.due.date() >= today
    # A course that left the PC meanwhile: refused in words, the dialog stays open.
    dialog.course.setItemData(0, "gone-course")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "not on this PC" in dialog.error.text()
    assert centre.groups.assigned_to(jonas.id) == []


def test_a_learner_already_in_the_group_is_told_so_and_nothing_changes(
    centre, trainer, make_learner, qtbot, window
):
    ana = make_learner("Ana")
    group = centre.groups.create("Kedd", by=trainer)
    centre.groups.save(Group(group.id, "Kedd", (ana.id,), ()), by=trainer)
    window(language="hu")
    dialog = GroupDialog(centre, trainer, ana)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Ana már tagja ennek a csoportnak: „Kedd”."
    assert centre.groups.get(group.id).members == (ana.id,)


def test_an_empty_name_is_refused_in_plain_latvian_and_nothing_is_saved(centre, trainer, window):
    w = window(language="lv")
    w.begin_trainer(trainer)
    tab = w.current_screen.learners_tab
    tab.new_learner()
    tab.form.save()
    assert tab.form.isVisible() and tab.form.error.text()
    assert "first name" not in tab.form.error.text()
    groups = w.current_screen.groups_tab
    groups.name.setText("   ")
    assert centre.learners.list() == []


def test_saving_a_group_says_what_was_saved(centre, trainer, make_learner, window):
    ana = make_learner("Ana")
    w = window(language="ro")
    w.begin_trainer(trainer)
    home = w.current_screen
    home.show_tab("groups")
    tab = home.groups_tab
    group = centre.groups.create("Marți", by=trainer)
    tab.refresh(select=group.id)
    tab.members.item(0).setCheckState(Qt.CheckState.Checked)
    tab.courses.item(0).setCheckState(Qt.CheckState.Checked)
    tab.has_due.setChecked(True)
    tab.save()
    assert centre.groups.get(group.id).members == (ana.id,)
    text = tab.saved.text()
    assert "Marți" in text and "1 membru" in text and "1 curs" in text and "2026" in text


def test_the_sync_page_without_an_lrs_says_so_before_anything_is_pressed(
    centre, trainer, make_learner, window
):
    take_course(centre, make_learner("Ana").id, "email-basics")
    w = window(language="ro")
    w.begin_trainer(trainer)
    home = w.current_screen
    home.show_tab("sync")
    page = home.sync_tab
    assert page.not_set_up.isVisible()
    note = page.not_set_up.text()
    assert "Nu este configurat" in note or "nu este configurat" in note
    assert "nu se pierde nimic" in note
    assert not page.state.isVisible()  # no "Waiting to send" without an LRS
    assert not page.enabled.isEnabled() and not page.sync_button.isEnabled()
    page.url.setText("https://lrs.example.org/xAPI/")
    page.key.setText("key")
    page.secret.setText("secret")
    assert page.enabled.isEnabled()
    page.save()
    assert not page.not_set_up.isVisible() and page.state.isVisible()
    assert "Salvat" in page.answer.text()


class HeldRunner(ImmediateRunner):
    """Holds one job until the test lets it run (reads still run at once)."""

    held: tuple | None = None

    def run(self, fn, done=None, failed=None):
        if self.held is None and getattr(self, "hold", False):
            self.held = (fn, done, failed)
            return
        super().run(fn, done, failed)

    def release(self) -> None:
        fn, done, failed = self.held
        self.held, self.hold = None, False
        super().run(fn, done, failed)


def test_other_tabs_wait_while_a_long_job_runs(centre, trainer, qtbot, tmp_path):
    from skillsapp.sync.centre_key import new_centre_key, set_centre_key
    from skillsapp.ui.trainer_home import TrainerHome

    set_centre_key(centre, new_centre_key())
    runner = HeldRunner()
    home = TrainerHome(centre, trainer, tmp_path, Settings(), runner)
    qtbot.addWidget(home)
    home.show()
    home.show_tab("sync")
    runner.hold = True
    home.sync_tab.export_to(tmp_path / "bundle.zip")
    sync_index = home.tabs.indexOf(home.holders[home.sync_tab])
    waiting = [home.tabs.isTabEnabled(i) for i in range(home.tabs.count())]
    assert waiting[sync_index] and sum(waiting) == 1
    assert home.waiting.isVisible() and "wait" in home.waiting.text()
    runner.release()
    assert all(home.tabs.isTabEnabled(i) for i in range(home.tabs.count()))
    assert not home.waiting.isVisible()
    assert "Wrote" in home.sync_tab.answer.text()


def _visible_part(window, widget):
    from PySide6.QtCore import QPoint, QRect

    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            view = parent.viewport()
            rect = rect.intersected(QRect(view.mapTo(window, QPoint(0, 0)), view.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


@pytest.mark.parametrize(
    ("language", "size", "scale", "contrast"),
    [
        ("ro", (1366, 768), 100, False),
        ("hu", (1366, 768), 200, True),
        ("lv", (1024, 600), 200, False),
        ("ro", (1024, 600), 200, True),
    ],
)
def test_trainer_screens_keep_their_buttons_in_view_and_cut_no_words(
    centre, trainer, make_learner, window, language, size, scale, contrast
):
    jonas = make_learner("Jonas")
    take_course(centre, jonas.id, "email-basics")
    w = window(language=language, size=size, scale=scale, contrast=contrast)
    w.begin_trainer(trainer)
    screens = [f"trainer-{t}" for t in ("dashboard", "learners", "groups", "courses")]
    screens += ["trainer-trainers", "trainer-sync", "trainer-pc", "learner-page"]
    for name in screens:
        if name == "learner-page":
            w.show_learner_page(jonas.id)
            wanted = [w.current_screen.back_button, w.current_screen.assign_button]
        else:
            w.show_trainer_home(name.removeprefix("trainer-"))
            home = w.current_screen
            tab = home.current_tab
            wanted = [b for b in tab.findChildren(QAbstractButton) if b.objectName() == "primary"]
        QApplication.processEvents()
        for button in wanted:
            seen = _visible_part(w, button)
            assert seen.height() >= button.height() - 1, f"{name}: {button.text()} out of view"
        shown = [
            *w.current_screen.findChildren(QLabel),
            *w.current_screen.findChildren(QAbstractButton),
        ]
        for widget in shown:
            if not widget.isVisible() or not widget.text() or widget.width() <= 0:
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            hint = widget.sizeHint().width()
            assert hint <= widget.width() + 1, f"{name}: '{widget.text()}' is cut"


def test_drop_down_and_number_arrows_are_drawn_for_each_theme(qtbot):
    from PySide6.QtWidgets import QWidget

    from skillsapp.ui.theme import apply_theme

    app = QApplication.instance()
    for contrast, ink in ((False, "dark"), (True, "light")):
        apply_theme(app, 150, contrast)
        widget = QWidget()
        qtbot.addWidget(widget)
        style = trainer_style(widget)
        assert f"down-{ink}.svg" in style and f"up-{ink}.svg" in style
        assert (arrows_folder() / f"down-{ink}.svg").exists()
    apply_theme(app, 100, False)
