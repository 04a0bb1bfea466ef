"""Messages raised by core and sync appear in the interface language, numbers written the
language's way; a broken translation never hides a message."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from skillsapp.core.errors import Message, Refused, Term, fill
from skillsapp.core.people import FIRST_NAME
from skillsapp.ui.i18n import FOLDER
from skillsapp.ui.messages import CONTEXT, explain


def _german(source: str) -> str:
    tree = ElementTree.parse(FOLDER / "skillsapp_de.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in the German translations")


def test_a_refusal_from_the_core_is_shown_in_the_chosen_language(
    centre, trainer, open_window, qtbot
):
    window = open_window(centre)
    window.current_screen.language.setCurrentIndex(window.current_screen.language.findData("de"))
    window.begin_trainer(trainer)
    tab = window.current_screen.learners_tab
    tab.new_learner()
    box = tab.form.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()

    wanted = fill(_german("Please type a {field}."), {"field": _german(str(FIRST_NAME))})
    assert tab.form.error.text() == wanted
    assert "Please" not in wanted
    assert centre.learners.list() == []


def test_numbers_in_a_message_follow_the_language(centre, open_window):
    window = open_window(centre)
    message = Message("Please keep the note under {limit} characters.", {"limit": 2000})
    assert explain(message) == "Please keep the note under 2,000 characters."
    window.languages.use("de")
    assert "2.000" in explain(message)


def test_a_translation_that_lost_a_value_falls_back_to_english(tmp_path, qapp):
    # A translator's slip ({limt}) must not turn a refusal into a crash or an empty label.
    source = tmp_path / "broken.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        f"<context><name>{CONTEXT}</name><message>"
        "<source>The password needs at least {limit} characters.</source>"
        "<translation>Mindestens {limt} Zeichen.</translation></message></context></TS>",
        encoding="utf-8",
    )
    compiled = tmp_path / "broken.qm"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        refusal = Refused("The password needs at least {limit} characters.", limit=8)
        assert explain(refusal) == "The password needs at least 8 characters."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_other_errors_and_plain_text_are_shown_as_they_are():
    assert explain(OSError("disk on fire")) == "disk on fire"
    assert explain(Message("Term {x}", {"x": Term("first name")})) == "Term first name"


def test_the_standard_buttons_of_dialogs_speak_the_chosen_language(
    centre, trainer, open_window, qapp
):
    # Save / Cancel come from Qt's own translations, or the project's where Qt has none
    # (Romanian) or uses other words (Qt's Portuguese is Brazilian: "Salvar", not "Guardar").
    window = open_window(centre)
    window.current_screen.language.setCurrentIndex(window.current_screen.language.findData("de"))
    window.begin_trainer(trainer)
    window.current_screen.learners_tab.new_learner()
    box = window.current_screen.learners_tab.form.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    window.languages.use("ro")
    assert window.languages.current == "ro"
    qapp.processEvents()  # the change of language reaches open dialogs as an event
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Salvați"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anulați"
    window.languages.use("pt")
    qapp.processEvents()
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Guardar"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    window.languages.use("en")
    qapp.processEvents()
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Save"
