"""Access for everyone: names for screen readers, every action by keyboard, big click targets,
contrast that meets WCAG 2.2 AA, and nothing cut off at 200 % text on a 1366x768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from skillsapp.core.people import TILE_COLOURS
from skillsapp.ui.dashboard import STATE_LOOK
from skillsapp.ui.theme import HIGH_CONTRAST, NORMAL
from skillsapp.ui.widgets import WrappingButton
from tests.gui.screens import prepare, resident_screens, trainer_screens

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _visible(window, kind=INTERACTIVE) -> list[QWidget]:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    found = [
        w
        for parent in (window.current_screen, window.banner)
        for w in parent.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and w.window() is window
        # The text field inside a spin box is part of it: the box carries the name.
        and not isinstance(w.parent(), QAbstractSpinBox)
    ]
    return list(dict.fromkeys(found))


def _all_screens(window, centre, ids):
    yield from resident_screens(window, centre, ids)
    yield "finish", window.show_start
    yield from trainer_screens(window, centre, ids)


@pytest.fixture
def walk(centre, trainer, open_window):
    ids = prepare(centre, trainer)
    window = open_window(centre)
    return window, list(_all_screens(window, centre, ids))


def test_every_interactive_widget_and_picture_has_a_name(walk, qtbot):
    window, screens = walk
    unnamed = []
    for name, show in screens:
        show()
        qtbot.wait(1)
        for widget in _visible(window):
            accessible = QAccessible.queryAccessibleInterface(widget)
            text = accessible.text(QAccessible.Text.Name) if accessible else ""
            if not text.strip():
                unnamed.append(f"{name}: {type(widget).__name__} {widget.objectName()}")
        for label in _visible(window, QLabel):
            picture = label.pixmap() is not None and not label.pixmap().isNull()
            if picture and not label.accessibleName():
                unnamed.append(f"{name}: a picture without a name")
    assert unnamed == []


def test_every_action_is_reachable_with_the_tab_key(walk, qtbot):
    window, screens = walk
    missed = []
    for name, show in screens:
        show()
        window.activateWindow()
        targets = {
            w
            for w in _visible(window)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        }
        seen = set()
        start = QApplication.focusWidget() or window
        current = start
        for _ in range(400):
            current = current.nextInFocusChain()
            while current is not None and not (
                current.isVisibleTo(window)
                and current.isEnabled()
                and current.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                current = current.nextInFocusChain()
            seen.add(current)
            if current is start:
                break
        missed += [f"{name}: {type(w).__name__} {w.accessibleName()!r}" for w in targets - seen]
    assert missed == []


def test_click_targets_on_residents_screens_are_at_least_44_by_44(
    centre, trainer, open_window, qtbot
):
    ids = prepare(centre, trainer)
    window = open_window(centre)
    small = []
    for name, show in resident_screens(window, centre, ids):
        show()
        window.resize(1366, 768)
        qtbot.wait(1)
        for widget in _visible(window, QAbstractButton):
            if widget.width() < 44 or widget.height() < 44:
                small.append(
                    f"{name}: {widget.text() or widget.accessibleName()!r} "
                    f"{widget.width()}x{widget.height()}"
                )
    assert small == []


def _luminance(colour: str) -> float:
    c = QColor(colour)
    parts = []
    for value in (c.redF(), c.greenF(), c.blueF()):
        parts.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]


def contrast(one: str, two: str) -> float:
    """The WCAG 2.2 contrast ratio of two colours."""
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_theme_colours_meet_wcag_aa(palette):
    text_pairs = {
        "text on window": (palette.text, palette.window),
        "text on fields": (palette.text, palette.field),
        "hints on window": (palette.muted, palette.window),
        "button text on accent": (palette.accent_text, palette.accent),
        "errors on window": (palette.danger, palette.window),
        "errors on fields": (palette.danger, palette.field),
    }
    control_pairs = {
        "field borders": (palette.border, palette.window),
        "focus frame": (palette.focus, palette.window),
        "focus frame on fields": (palette.focus, palette.field),
        "accent buttons": (palette.accent, palette.window),
    }
    weak = [f"{k}: {contrast(*v):.2f}" for k, v in text_pairs.items() if contrast(*v) < 4.5]
    weak += [f"{k}: {contrast(*v):.2f}" for k, v in control_pairs.items() if contrast(*v) < 3]
    assert weak == []


def test_tiles_and_dashboard_cells_are_readable():
    assert all(contrast("#ffffff", colour) >= 4.5 for colour in TILE_COLOURS)
    assert all(contrast("#1b1b1b", colour) >= 4.5 for colour, _ in STATE_LOOK.values())


def _cut_off(window) -> list[str]:
    problems = []
    for label in _visible(window, QLabel):
        text = label.text()
        if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        if "<" in text:  # rich text lays itself out
            continue
        room = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            needed = label.heightForWidth(room.width())
            if needed > room.height() + 2:
                problems.append(f"label {text[:40]!r} needs {needed}px, has {room.height()}")
        elif metrics.horizontalAdvance(text) > room.width() + 2:
            problems.append(f"label {text[:40]!r} is cut off")
    for button in _visible(window, QAbstractButton):
        if isinstance(button, WrappingButton):  # its words wrap in a label, checked above
            continue
        text = button.text().replace("&", "")
        if text and button.fontMetrics().horizontalAdvance(text) > button.width() - 8:
            problems.append(f"button {text[:40]!r} is cut off")
    return problems


def test_nothing_is_cut_off_at_200_percent_on_a_1366_by_768_screen(
    centre, trainer, open_window, qtbot
):
    ids = prepare(centre, trainer)
    for learner_id in ids.values():
        centre.learners.set_display(learner_id, 200, False)
    window = open_window(centre)
    window.settings.text_scale = 200
    problems = []
    for name, show in _all_screens(window, centre, ids):
        show()
        window.resize(1366, 768)
        qtbot.wait(5)
        problems += [f"{name}: {p}" for p in _cut_off(window)]
    assert problems == []
