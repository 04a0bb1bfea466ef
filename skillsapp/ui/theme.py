"""The look of the app: text size (100%-200%) and the normal or high-contrast colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12.0
TEXT_SCALES = (100, 125, 150, 175, 200)


@dataclass(frozen=True)
class Palette:
    """The colours of one theme."""

    window: str
    text: str
    muted: str
    accent: str
    accent_text: str
    field: str
    border: str
    focus: str
    danger: str


NORMAL = Palette(
    window="#f7f5f0",
    text="#1b1b1b",
    muted="#4a4a4a",
    accent="#1f5f8b",
    accent_text="#ffffff",
    field="#ffffff",
    border="#6b6b6b",
    focus="#c25e00",
    danger="#a4161a",
)

HIGH_CONTRAST = Palette(
    window="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    field="#000000",
    border="#ffffff",
    focus="#00ffff",
    danger="#ff8080",
)


def palette_for(high_contrast: bool) -> Palette:
    """The palette of the chosen theme."""
    return HIGH_CONTRAST if high_contrast else NORMAL


def apply_theme(app: QApplication, scale: int = 100, high_contrast: bool = False) -> None:
    """Apply text size and colours to the whole application at once."""
    scale = min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])
    sheet = stylesheet(palette_for(high_contrast), scale)
    size = BASE_POINT_SIZE * scale / 100
    if app.styleSheet() == sheet and app.font().pointSizeF() == size:
        # Nothing changes (a resident with the start screen's display signs in): restyling
        # every widget of the window would only stall it.
        return
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    app.setStyleSheet(sheet)


def stylesheet(p: Palette, scale: int) -> str:
    """A Qt style sheet for the palette; sizes grow with the text."""
    pad = round(8 * scale / 100)
    mark = round(22 * scale / 100)  # a radio button's or tick box's indicator
    # Qt draws a box with square corners when the radius is more than half its outer size
    # (the mark and its two 2 px borders), so radio buttons would turn square at some sizes.
    round_mark = (mark + 4) // 2
    return f"""
QWidget {{ background: {p.window}; color: {p.text}; }}
QLabel#title {{ font-size: {round(22 * scale / 100)}pt; font-weight: bold; }}
QLabel#hint {{ color: {p.muted}; }}
QLabel#error {{ color: {p.danger}; font-weight: bold; }}
QPushButton, QToolButton {{
    background: {p.field}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 6px; padding: {pad}px {2 * pad}px; min-height: 44px; min-width: 44px;
}}
QPushButton#primary {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
QPushButton#primary:focus {{ border: 3px solid {p.focus}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus, QCheckBox:focus, QRadioButton:focus, QListView:focus, QTableView:focus,
QTabBar::tab:focus {{
    border: 3px solid {p.focus};
}}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextBrowser, QListView, QTableView {{
    background: {p.field}; color: {p.text}; border: 2px solid {p.border}; border-radius: 4px;
    padding: {pad // 2}px; min-height: 36px;
}}
QCheckBox, QRadioButton {{ spacing: 10px; min-height: 44px; }}
QRadioButton::indicator {{ width: {mark}px; height: {mark}px;
    border: 2px solid {p.border}; border-radius: {round_mark}px;
    background: {p.field}; }}
QRadioButton::indicator:checked {{ background: {p.accent}; }}
QPushButton QLabel {{ background: transparent; }}
QPushButton#primary QLabel {{ color: {p.accent_text}; }}
QCheckBox::indicator {{ width: {mark}px; height: {mark}px;
    border: 2px solid {p.border}; background: {p.field}; }}
QCheckBox::indicator:checked {{ background: {p.accent}; }}
QHeaderView::section {{ background: {p.window}; color: {p.text}; border: 1px solid {p.border};
    padding: 4px; }}
QTabBar::tab {{ background: {p.field}; color: {p.text}; border: 2px solid {p.border};
    padding: {pad}px {2 * pad}px; min-height: 36px; }}
QTabBar QToolButton {{ min-width: 0px; min-height: 0px; padding: 0px; }}
QTabBar::scroller {{ width: {round(64 * scale / 100)}px; }}
QTabBar::tab:selected {{ background: {p.accent}; color: {p.accent_text}; }}
QFrame#banner {{ background: {p.accent}; }}
QFrame#banner QLabel {{ background: {p.accent}; color: {p.accent_text}; }}
QFrame#banner QPushButton {{ background: {p.field}; color: {p.text}; }}
QFrame#warning {{ background: {p.field}; border: 3px solid {p.danger}; border-radius: 8px; }}
QFrame#warning QLabel, QFrame#right QLabel {{ background: {p.field}; }}
QFrame#right {{ background: {p.field}; border: 3px solid {p.accent}; border-radius: 8px; }}
"""
