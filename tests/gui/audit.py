"""A screen audit: what a person would notice on a screen at 200 % text in their language.

Each check takes the top-level window (or dialog) on show and returns one plain line per
problem, so a test can list every problem of every screen at once:

- ``clipped``: a label or button whose text needs more room than it got (or a tab that Qt
  elided);
- ``english_left``: a visible text that is the English source of a string the language
  translates (names, numbers and codes are never flagged: they are not source strings, and a
  string a language keeps as it is in English, such as "OK", is not flagged either);
- ``out_of_window``: a control a person can focus that lies (partly) outside the window and
  is not inside something that scrolls to it;
- ``without_visible_focus``: a control that looks the same with and without the keyboard;
- ``missed_by_tab``: a control that Tab never reaches.
"""

from __future__ import annotations

import functools
import re
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from skillsapp.ui.i18n import FOLDER

FOCUSABLE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)
# A placeholder (%1, %n, %L1) stands for a name or a number: it matches any text.
PLACEHOLDER = re.compile(r"%L?(\d+|n)")
# A source string needs this many letters of its own to count as English words on screen
# ("%1%" or "%1 – %2" are punctuation around names, never flagged).
MIN_LETTERS = 3


def visible(root: QWidget, kinds: type | tuple[type, ...] = QWidget) -> list[QWidget]:
    """The widgets of ``kinds`` a person can see in ``root``'s window (each once)."""
    top = root.window()
    found = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(top)
        and w.window() is top
        # The text field inside a spin box or a drop-down is part of it.
        and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))
    ]
    return list(dict.fromkeys(found))


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) for each visible text in ``root``: labels, buttons, tabs, headings,
    group titles, placeholders and the chosen item of drop-downs."""
    texts: list[tuple[str, str]] = []
    for widget in visible(root):
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((kind, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts.append((kind, widget.currentText()))
        elif isinstance(widget, QTabBar):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, horizontal = widget.model(), widget.orientation() == Qt.Orientation.Horizontal
            count = model.columnCount() if horizontal else model.rowCount()
            texts += [
                (kind, str(model.headerData(i, widget.orientation()) or ""))
                for i in range(count)
                if not widget.isSectionHidden(i)
            ]
    return [(kind, _plain(text)) for kind, text in texts if text and _plain(text)]


@functools.cache
def english_sources(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns of the English source strings that ``language`` translates differently."""
    if language == "en":
        return ()
    tree = ElementTree.parse(FOLDER / f"skillsapp_{language}.ts")
    patterns = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            continue
        forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
        if all(_plain(form) == _plain(source) for form in forms):
            continue  # the language keeps it as in English ("OK", "E-mail")
        literal = PLACEHOLDER.sub("", source)
        if sum(ch.isalpha() for ch in literal) < MIN_LETTERS:
            continue
        parts = PLACEHOLDER.split(_plain(source))
        # split() keeps the placeholders' captures at odd places: they become "anything".
        regex = "".join(".+?" if i % 2 else re.escape(part) for i, part in enumerate(parts))
        patterns.append((re.compile(rf"^{regex}$", re.DOTALL), _plain(source)))
    return tuple(patterns)


def english_left(root: QWidget, language: str) -> list[str]:
    """Visible texts that are still the English source of a translated string."""
    sources = english_sources(language)
    problems = []
    for kind, text in shown_texts(root):
        for pattern, source in sources:
            if pattern.match(text):
                problems.append(f"{kind} {text[:60]!r} is English ({source[:40]!r})")
                break
    return problems


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit the room they got; elided tabs."""
    problems = []
    for label in visible(root, QLabel):
        text = label.text()
        if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        room = label.contentsRect()
        if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            needed = label.heightForWidth(room.width()) if label.wordWrap() else -1
            if needed > room.height() + 2:
                problems.append(
                    f"label {_plain(text)[:40]!r} needs {needed}px, has {room.height()}"
                )
            if label.minimumSizeHint().width() > label.width() + 2:
                problems.append(f"label {_plain(text)[:40]!r} is narrower than its words")
            continue
        width = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if width > room.width() + 2:
            problems.append(f"label {text[:40]!r} needs {width}px, has {room.width()}")
    for button in visible(root, QAbstractButton):
        text = button.text().replace("&&", "&").replace("&", "") if button.text() else ""
        if not text or button.layout() is not None:  # words in labels of its own: see above
            continue
        needed = button.fontMetrics().horizontalAdvance(text)
        # The style's own padding and indicator are in sizeHint; a button never gets less.
        hint = button.sizeHint().width()
        if hint > button.width() + 2 or needed > button.width() - 8:
            problems.append(f"button {text[:40]!r} needs {hint}px, has {button.width()}")
    for box in visible(root, QComboBox):
        text = box.currentText()
        if not text or box.isEditable():
            continue
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        room = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        needed = box.fontMetrics().horizontalAdvance(text)
        if needed > room.width() + 2:
            problems.append(f"drop-down {text[:40]!r} needs {needed}px, has {room.width()}")
    for bar in visible(root, QTabBar):
        for i in range(bar.count()):
            if bar.tabRect(i).width() + 2 < bar.tabSizeHint(i).width():
                problems.append(f"tab {bar.tabText(i)[:40]!r} is cut off")
    return problems


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in visible(root, FOCUSABLE)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {(widget.accessibleName() or text)[:40]!r}"


def out_of_window(root: QWidget) -> list[str]:
    """Focusable controls outside the window: across its right edge (a scroll area scrolls
    down, never sideways on purpose), or below it outside anything that scrolls."""
    top = root.window()
    problems = []
    owner = top.parentWidget()
    if owner is not None and (top.width() > owner.width() or top.height() > owner.height()):
        problems.append(
            f"{type(top).__name__} is {top.width()}x{top.height()}, larger than the window "
            f"{owner.width()}x{owner.height()}"
        )
    for widget in _focusable(root):
        place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        across = place.right() > top.width() + 1 or place.left() < -1
        below = not _scrolls(widget) and (place.bottom() > top.height() + 1 or place.top() < -1)
        if across or below:
            problems.append(f"{_name(widget)} at {place.x()},{place.y()} is outside the window")
        elif widget.objectName() == "primary" and place.bottom() > top.height() + 1:
            # The one obvious next step is in view without scrolling.
            problems.append(f"{_name(widget)} at {place.x()},{place.y()} is below the fold")
    return problems


def _picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def without_visible_focus(root: QWidget) -> list[str]:
    """Controls that look the same with and without the keyboard focus."""
    top = root.window()
    top.activateWindow()
    for _ in range(100):  # the offscreen platform activates a window a moment later
        if top.isActiveWindow():
            break
        QApplication.processEvents()
        time.sleep(0.005)
    if not top.isActiveWindow():
        return ["the window never became active: the focus could not be checked"]
    problems = []
    for widget in _focusable(root):
        if isinstance(widget, QAbstractItemView):
            continue  # a list shows its focus on the current item, drawn by the view
        parking = QApplication.focusWidget()
        if parking is widget:
            widget.clearFocus()
        without = _picture(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        with_focus = _picture(widget)
        if widget.hasFocus() and with_focus == without:
            problems.append(f"{_name(widget)} shows no focus")
        widget.clearFocus()
    return problems


def missed_by_tab(root: QWidget) -> list[str]:
    """Focusable controls that pressing Tab again and again never reaches."""
    top = root.window()
    targets = set(_focusable(root))
    if not targets:
        return []
    start = QApplication.focusWidget() or next(iter(targets))
    seen, current = set(), start
    for _ in range(1000):
        current = current.nextInFocusChain()
        if current is start:
            break
        if current.isVisibleTo(top) and current.isEnabled():
            seen.add(current)
    return [f"{_name(w)} is never reached by Tab" for w in targets - seen - {start}]


def audit(root: QWidget, language: str, focus: bool = True) -> list[str]:
    """Every problem of the screen on show, each line starting with its kind ("clipped:",
    "english:", "outside:", "tab:", "focus:"); ``focus=False`` leaves the slower focus check."""
    checks = [
        ("clipped", clipped),
        ("english", lambda w: english_left(w, language)),
        ("outside", out_of_window),
        ("tab", missed_by_tab),
    ]
    if focus:
        checks.append(("focus", without_visible_focus))
    return [f"{kind}: {line}" for kind, check in checks for line in check(root)]


def tab_order(root: QWidget, count: int) -> list[QWidget]:
    """The first ``count`` controls Tab reaches from the focus on show."""
    top = root.window()
    order: list[QWidget] = []
    current = top.focusWidget() or top
    if current is not top and current.isVisibleTo(top):
        order.append(current)
    for _ in range(1000):
        if len(order) >= count:
            break
        current = current.nextInFocusChain()
        if (
            current.isVisibleTo(top)
            and current.isEnabled()
            and current.focusPolicy() & Qt.FocusPolicy.TabFocus
            and current not in order
        ):
            order.append(current)
    return order


def names(widgets: Iterable[QWidget]) -> list[str]:
    """Short descriptions of widgets, for messages."""
    return [_name(w) for w in widgets]
