"""A− / A+ on a screen, and Ctrl+plus, Ctrl+minus and Ctrl+0: the resident's text size.

It is the same setting as the home screen's A− / A+ (100 % to 200 % in the steps of
``TEXT_SCALES``): the screen says which size was chosen, and the main window saves it for
the resident and applies it to every screen at once (``ResidentScreens.text_size_chosen``).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from skillsapp.ui.text import fill
from skillsapp.ui.theme import TEXT_SCALES


def stepped_scale(scale: int, step: int) -> int:
    """The next text size up (step > 0) or down (step < 0) from ``scale``; 100 % for 0."""
    if step > 0:
        return next((s for s in TEXT_SCALES if s > scale), TEXT_SCALES[-1])
    if step < 0:
        return next((s for s in reversed(TEXT_SCALES) if s < scale), TEXT_SCALES[0])
    return TEXT_SCALES[0]


class TextSizeButtons(QWidget):
    """A−, the size in per cent, A+; ``chosen`` says the new size."""

    chosen = Signal(int)

    def __init__(self, scale: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.smaller = QPushButton("A−", self)
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl and minus)"))
        self.smaller.clicked.connect(lambda: self.step(-1))
        self.size_label = QLabel(self)
        self.bigger = QPushButton("A+", self)
        self.bigger.setAccessibleName(self.tr("Bigger text"))
        self.bigger.setToolTip(self.tr("Bigger text (Ctrl and plus)"))
        self.bigger.clicked.connect(lambda: self.step(+1))
        for button in (self.smaller, self.bigger):
            button.setAutoDefault(True)  # Enter presses it, as Space does
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.smaller)
        layout.addWidget(self.size_label)
        layout.addWidget(self.bigger)
        self._show_scale()

    def add_keys(self, screen: QWidget) -> None:
        """Ctrl+plus (also Ctrl+=, the same key without Shift), Ctrl+minus and Ctrl+0
        anywhere on ``screen``."""
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            ("Ctrl+=", 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
            ("Ctrl+0", 0),
        ):
            shortcut = QShortcut(QKeySequence(keys), screen)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))

    def step(self, step: int) -> None:
        """One size up or down, or back to 100 % (step 0)."""
        scale = stepped_scale(self.scale, step)
        if scale == self.scale:
            return
        self.scale = scale
        self._show_scale()
        self.chosen.emit(scale)

    def _show_scale(self) -> None:
        shown = fill(self.tr("%1%"), QLocale().toString(self.scale))
        self.size_label.setText(shown)
        self.size_label.setAccessibleName(fill(self.tr("Text size %1"), shown))
        self.smaller.setEnabled(self.scale > TEXT_SCALES[0])
        self.bigger.setEnabled(self.scale < TEXT_SCALES[-1])
