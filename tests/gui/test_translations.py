"""Every shipped language is complete: no message untranslated, unfinished or missing a
placeholder; plural forms are all filled; and the translations really load and apply."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from skillsapp.core.languages import LANGUAGE_CODES
from skillsapp.ui.i18n import FOLDER

SHIPPED = [code for code in LANGUAGE_CODES if code != "en"]
# Qt's %1/%n, and the {name} places of the messages from core and sync.
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}")


def _messages(code: str):
    tree = ElementTree.parse(FOLDER / f"skillsapp_{code}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_is_translated_and_finished(code):
    problems = []
    for context, message in _messages(code):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:5]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_no_translation_drops_a_placeholder(code):
    problems = []
    for context, message in _messages(code):
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source"))))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if form and sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{context}: {form!r} should keep {wanted}")
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:5]}"


def test_the_translations_cover_every_string_of_the_interface(tmp_path):
    # A fresh extraction finds no source text that the shipped files lack.
    import subprocess
    import sys

    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (FOLDER.parent).glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ElementTree.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    have = {(context, m.findtext("source")) for context, m in _messages("de")}
    assert sorted(wanted - have) == []


def test_switching_language_applies_at_once_without_restart(
    centre, make_learner, open_window, qtbot
):
    make_learner("Maria")
    window = open_window(centre)
    start = window.current_screen
    english = start.trainer_button.text()
    start.language.setCurrentIndex(start.language.findData("de"))
    german = window.current_screen.trainer_button.text()
    assert german != english and german
    window.current_screen.language.setCurrentIndex(window.current_screen.language.findData("en"))
    assert window.current_screen.trainer_button.text() == english


def test_every_context_is_a_class_or_an_explicit_name(tmp_path):
    # `something.tr(...)` outside a class gives lupdate a context like "widget", which never
    # matches at run time: such strings would silently stay English.
    import subprocess
    import sys

    tool = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in FOLDER.parent.glob("*.py"))
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    names = {c.findtext("name") for c in ElementTree.parse(fresh).getroot().iter("context")}
    assert sorted(n for n in names if not n[:1].isupper()) == []


# The words of Qt's own dialogs and menus that residents meet: the buttons of message boxes
# and forms, and the right-click menu of text fields.
QT_WORDS = {
    # ("&No" is left out: in Spanish and Italian it is the same word.)
    "QPlatformTheme": ["Save", "Cancel", "&Yes", "Close", "Open", "Apply", "Discard"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
}


@pytest.mark.parametrize("code", SHIPPED)
def test_qt_standard_words_speak_every_shipped_language(code, qapp):
    # From Qt's file where it ships one, else from the project's qt_words_<code>.ts.
    from PySide6.QtCore import QCoreApplication

    from skillsapp.ui.i18n import Languages, compile_translations

    compile_translations()
    languages = Languages(qapp)
    try:
        assert languages.use(code)
        untranslated = [
            f"{context}: {word}"
            for context, words in QT_WORDS.items()
            for word in words
            if QCoreApplication.translate(context, word) == word
        ]
        assert untranslated == []
    finally:
        languages.use("en")


def test_the_projects_qt_words_are_finished():
    problems = []
    for source in sorted(FOLDER.glob("qt_words_*.ts")):
        for message in ElementTree.parse(source).getroot().iter("message"):
            translation = message.find("translation")
            if translation.get("type") or not (translation.text or "").strip():
                problems.append(f"{source.name}: {message.findtext('source')!r}")
    assert sorted(FOLDER.glob("qt_words_*.ts")) and problems == []
