"""The first-run wizard creates the centre and its first trainer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skillsapp.core.centre import Centre
from skillsapp.ui.setup_wizard import SetupWizard
from skillsapp.ui.trainer_home import TrainerHome


def test_the_wizard_creates_the_centre_and_signs_the_trainer_in(db, open_window, qtbot, tmp_path):
    centre = Centre(db)
    window = open_window(centre)
    wizard = window.current_screen
    assert isinstance(wizard, SetupWizard)
    qtbot.mouseClick(wizard.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.centre_name, "Casa do Povo")
    wizard.language.setCurrentIndex(wizard.language.findData("pt"))
    qtbot.keyClick(wizard.centre_name, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.trainer_name, "Joana")
    qtbot.keyClicks(wizard.password, "secret-pass")
    qtbot.keyClicks(wizard.password_again, "secret-pass")
    qtbot.keyClick(wizard.password_again, Qt.Key.Key_Return)
    # The centre key comes next, with its recovery sheet to keep.
    assert "Centre key:" in wizard.key_text.text()
    assert wizard.save_recovery_sheet(tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "sheet.pdf") in wizard.sheet_saved.text()
    qtbot.mouseClick(wizard.done_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, TrainerHome)
    assert centre.profile.name == "Casa do Povo" and centre.profile.language == "pt"
    assert [t.name for t in centre.trainers.list()] == ["Joana"]


def test_the_wizard_refuses_a_short_password_and_saves_nothing(db, open_window, qtbot):
    centre = Centre(db)
    window = open_window(centre)
    wizard = window.current_screen
    qtbot.mouseClick(wizard.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.centre_name, "Casa do Povo")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.trainer_name, "Joana")
    qtbot.keyClicks(wizard.password, "short")
    qtbot.keyClicks(wizard.password_again, "short")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in wizard.trainer_error.text()
    assert not centre.is_set_up


def test_the_wizard_refuses_an_empty_centre_name(db, open_window, qtbot):
    centre = Centre(db)
    wizard = open_window(centre).current_screen
    qtbot.mouseClick(wizard.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 1
    assert "Please type a centre name" in wizard.centre_error.text()


def test_a_second_pc_joins_the_centre_from_a_bundle(centre, make_learner, open_window, tmp_path):
    from skillsapp.storage.database import Database
    from skillsapp.sync.bundle import export_bundle
    from skillsapp.sync.centre_key import set_centre_key
    from skillsapp.ui.start_screen import StartScreen

    make_learner("Maria", pin="4815")
    set_centre_key(centre, "river-stone-apple-lamp")
    export_bundle(centre, tmp_path / "centre.zip")
    other = Centre(Database.open(tmp_path / "second.db"))
    window = open_window(other)
    wizard = window.current_screen
    wizard.join_button.click()
    wizard.join.centre_key.setText("wrong key")
    wizard.join.join_bundle(tmp_path / "centre.zip")
    assert wizard.join.message.isVisible() and not other.is_set_up
    assert wizard.join.back_button.isEnabled() and not wizard.join.progress.isVisible()
    shown: list[str] = []
    words = wizard.join.progress.words
    wizard.join.progress._reported.connect(lambda _: shown.append(words.text()))
    wizard.join.centre_key.setText("river-stone-apple-lamp")
    wizard.join.join_bundle(tmp_path / "centre.zip")
    assert shown[0].startswith("Step 1 of 2: reading the bundle (0 of ")
    assert shown[-1].startswith("Step 2 of 2: saving the results")
    assert isinstance(window.current_screen, StartScreen)
    assert [t.learner.first_name for t in window.current_screen.tiles] == ["Maria"]
    assert other.profile.name == centre.profile.name
    assert other.signin.learner_with_pin(other.learners.list()[0].id, "4815").signed_in


def test_on_a_new_pc_the_wizard_speaks_the_pcs_language_and_proposes_it(db, qapp, qtbot, tmp_path):
    # The start installed the PC's language (German) for its own messages; the window takes
    # that over instead of loading it again, and the first run is in German too.
    from PySide6.QtCore import QLocale

    from skillsapp.storage.settings import Settings
    from skillsapp.ui.main_window import MainWindow
    from skillsapp.ui.start_problems import speak_the_pcs_language
    from skillsapp.ui.tasks import ImmediateRunner

    languages = speak_the_pcs_language(qapp, QLocale("de_AT"))
    try:
        (tmp_path / "courses").mkdir()
        centre = Centre(db)
        window = MainWindow(centre, Settings(), ImmediateRunner(), tmp_path, languages=languages)
        qtbot.addWidget(window)
        wizard = window.current_screen
        assert isinstance(wizard, SetupWizard)
        assert window.languages is languages and languages.current == "de"
        assert wizard.new_button.text() == "Neue Einrichtung anlegen"
        assert wizard.language.currentData() == "de"
    finally:
        languages.use("en")
