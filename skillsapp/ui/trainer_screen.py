"""What every trainer screen shares: buttons that stay in view, Enter on every button, and
drop-down and number-box arrows a trainer can see in the normal and the high-contrast theme.

The theme (``theme.py``) styles fields with a border, which leaves Qt's own arrows of combo
boxes, spin boxes and date fields tiny or invisible. The rules below are for trainer screens
only and are set on each screen, on top of the theme: a clear button with a large arrow in
the text colour of the theme in force.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.ui.widgets import enter_presses_buttons

BASE_POINT_SIZE = 12.0  # the theme's text size at 100 %
DIALOG_CHOICE = 50  # characters a dialog's drop-down shows at most without opening


def arrows_folder() -> Path:
    """Where the arrow pictures are (beside this file, or in the bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "skillsapp" / "ui" / "arrows"
    return Path(__file__).resolve().parent / "arrows"


def _is_dark(widget: QWidget) -> bool:
    widget.ensurePolished()
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _scale() -> float:
    app = QApplication.instance()
    font = app.font() if isinstance(app, QApplication) else QFont()
    return max(1.0, font.pointSizeF() / BASE_POINT_SIZE)


def trainer_style(widget: QWidget) -> str:
    """Style rules for the arrows of drop-downs, number boxes and date fields, sized to the
    text and coloured for the theme the widget has."""
    dark = _is_dark(widget)
    ink = "light" if dark else "dark"
    border = "#ffffff" if dark else "#1b1b1b"
    button = "#000000" if dark else "#e8e4da"
    scale = _scale()
    width, arrow_w, arrow_h = round(34 * scale), round(16 * scale), round(12 * scale)
    folder = arrows_folder().as_posix()
    down, up = f"{folder}/down-{ink}.svg", f"{folder}/up-{ink}.svg"
    return f"""
/* Trainer screens: arrows a trainer can see (added to the theme, not replacing it). */
QComboBox {{ padding-right: {width + 4}px; }}
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: border; subcontrol-position: center right; width: {width}px;
    border-left: 2px solid {border}; background: {button};
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QSpinBox::down-arrow {{
    image: url({down}); width: {arrow_w}px; height: {arrow_h}px;
}}
QSpinBox::up-arrow {{ image: url({up}); width: {arrow_w}px; height: {arrow_h}px; }}
QSpinBox {{ padding-right: {width + 4}px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: {width}px; background: {button};
    border-left: 2px solid {border};
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-bottom: 1px solid {border}; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QDateEdit {{ padding-right: {width + 4}px; }}
"""


def style_trainer_screen(screen: QWidget) -> None:
    """Give a trainer screen (or dialog) its arrows, Enter on every button, and drop-downs
    that do not widen the screen to their longest choice (they show it when opened)."""
    screen.setStyleSheet(trainer_style(screen))
    enter_presses_buttons(screen)
    # In a dialog a drop-down is wide enough for its choices (a course title is read whole)
    # up to DIALOG_CHOICE characters, so that the dialog still fits a 1366 px window at 200 %; on
    # a screen it takes 12 and shows its longest choice when opened.
    dialog = isinstance(screen, QDialog)
    for box in screen.findChildren(QComboBox):
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        longest = max((len(box.itemText(i)) for i in range(box.count())), default=0)
        box.setMinimumContentsLength(min(max(longest, 12), DIALOG_CHOICE) if dialog else 12)
    if dialog:
        screen.installEventFilter(_WideEnoughOnShow(screen))


class _WideEnoughOnShow(QObject):
    """A dialog's scrolling part scrolls down only: when the dialog opens (its words are
    measured in the text size in force only then), it is made as wide as its content needs,
    within the window it belongs to."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            grew = False
            for area in watched.findChildren(QScrollArea):
                content = area.widget()
                if content is None:
                    continue
                bar = area.verticalScrollBar().sizeHint().width()
                needed = content.minimumSizeHint().width() + bar + 4
                if area.width() < needed:
                    area.setMinimumWidth(needed)
                    grew = True
            if grew:
                owner = watched.parentWidget()
                room = owner.window().width() if owner is not None else needed * 2
                watched.resize(min(watched.sizeHint().width(), room), watched.height())
            _narrow_choices_to_fit(watched)
        return False


def _narrow_choices_to_fit(dialog: QDialog) -> None:
    """On a small window (1024 px at 200 % text) a dialog's widest drop-downs give up width,
    showing fewer characters of their choice, until the dialog fits the window; opened, they
    still show every choice whole. (A set minimum width stands in for the drop-down's own
    measure, which Qt does not renew when fewer characters are asked for.)"""
    owner = dialog.parentWidget()
    if owner is None:
        return
    room = owner.window().width()
    layout = dialog.layout()
    for box in sorted(dialog.findChildren(QComboBox), key=lambda b: -b.minimumSizeHint().width()):
        excess = dialog.minimumSizeHint().width() - room
        if excess <= 0:
            break
        width = max(120, box.minimumSizeHint().width() - excess)
        box.setMinimumWidth(width)
        box.setMaximumWidth(width)
        if layout is not None:
            layout.activate()
    if dialog.width() > room:
        dialog.resize(max(room, dialog.minimumSizeHint().width()), dialog.height())


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area, so that the buttons beside it stay in view
    when large text makes it taller than the window."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


def content_and_buttons(
    screen: QWidget, content: QWidget, buttons: QWidget | None = None
) -> QVBoxLayout:
    """Lay ``screen`` out as its scrolling ``content`` above its ``buttons``, which never
    scroll out of view."""
    layout = QVBoxLayout(screen)
    layout.addWidget(scrolling(content, screen), 1)
    if buttons is not None:
        layout.addWidget(buttons)
    return layout


def focus_chain(root: QWidget, start: QWidget | None = None, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits under ``root``, from ``start`` (for tests and checks)."""
    first = start or root.nextInFocusChain()
    seen: list[QWidget] = []
    widget: QWidget | None = first
    while widget is not None and len(seen) < limit:
        if (
            widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and root.isAncestorOf(widget)
        ):
            if widget in seen:
                break
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    return seen


class _TogglingLabel(QLabel):
    """The words of a check box that wrap; a click on them ticks the box, as on the box."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(box.text(), parent)
        self.box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.box.isEnabled():
            self.box.toggle()
        event.accept()


def wrapped_check(box: QCheckBox, parent: QWidget | None = None) -> QWidget:
    """A check box whose long words wrap onto more lines instead of being cut off at large
    text sizes. The box keeps its words as its accessible name."""
    row = QWidget(parent)
    words = _TogglingLabel(box, row)
    box.setAccessibleName(box.text())
    box.setText("")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return row


class FittingTabs(QTabWidget):
    """Tabs that ask only for the room their smallest layout needs: each page scrolls its
    own content, so the screen around them never grows past the window (and never gets a
    second scroll bar that would carry the buttons out of view)."""

    def sizeHint(self):  # type: ignore[no-untyped-def]
        return self.minimumSizeHint()


class _ByMinimum(QWidget):
    """Holds a page so that a scroll area sizes it by its minimum, not by the preferred
    height its wrapping words would like: the page's own parts scroll, its buttons stay.

    It has no layout on purpose: a scroll area asks a layout for its height-for-width."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        page.setParent(self)

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = self.page.minimumSizeHint().expandedTo(self.page.minimumSize())
        # Choices that flow onto more rows and words that wrap need more height at this
        # width than the page's least size says (large text): ask its layout for it.
        layout = self.page.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(self.width())))
        return hint

    def sizeHint(self):  # type: ignore[no-untyped-def]
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.page.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        # The page's least size grew or shrank (a report with long notes was shown): pass it
        # on, so the scroll area gives the page that room and scrolls, instead of squeezing
        # its parts on top of each other.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


class _Holder(QScrollArea):
    """A scroll area that asks for little room: it takes what its screen leaves over."""

    def sizeHint(self):  # type: ignore[no-untyped-def]
        return self.minimumSizeHint()


def page_holder(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """A scroll area for a whole page (or the part of a page above its buttons): it scrolls
    only when the window is smaller than the page's least size, and never pushes the
    buttons beside it out of view."""
    area = _Holder(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(_ByMinimum(page))
    return area
