"""A resident's home after signing in: a greeting, their display choices, and Finish."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.people import Learner
from skillsapp.ui.theme import TEXT_SCALES
from skillsapp.ui.widgets import hint_label, title_label


class ResidentHome(QWidget):
    """Everything here belongs to the signed-in resident only."""

    display_changed = Signal(int, bool)  # text scale, high contrast

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.learner = centre, learner
        self.scale = learner.text_scale
        self.smaller = QPushButton(self.tr("A−  Smaller text"), self)
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.clicked.connect(lambda: self._step_text(-1))
        self.bigger = QPushButton(self.tr("A+  Bigger text"), self)
        self.bigger.setAccessibleName(self.tr("Bigger text"))
        self.bigger.clicked.connect(lambda: self._step_text(+1))
        self.scale_label = QLabel(self)
        self.contrast = QCheckBox(self.tr("Strong contrast (white on black)"), self)
        self.contrast.setChecked(learner.high_contrast)
        self.contrast.toggled.connect(self._contrast_toggled)

        self.content = QVBoxLayout()  # the courses and progress of later screens go here
        display = QHBoxLayout()
        display.addWidget(self.smaller)
        display.addWidget(self.scale_label)
        display.addWidget(self.bigger)
        display.addSpacing(24)
        display.addWidget(self.contrast)
        display.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title_label(self.tr("Hello, %1!").replace("%1", learner.first_name), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "When you are done, press Finish at the top. Your progress is saved as you go."
                ),
                self,
            )
        )
        layout.addLayout(self.content)
        layout.addStretch(1)
        layout.addLayout(display)
        self._show_scale()

    def _step_text(self, step: int) -> None:
        index = TEXT_SCALES.index(self.scale) if self.scale in TEXT_SCALES else 0
        index = min(max(index + step, 0), len(TEXT_SCALES) - 1)
        self.scale = TEXT_SCALES[index]
        self._save_display()

    def _contrast_toggled(self, _checked: bool) -> None:
        self._save_display()

    def _save_display(self) -> None:
        self.centre.learners.set_display(self.learner.id, self.scale, self.contrast.isChecked())
        self._show_scale()
        self.display_changed.emit(self.scale, self.contrast.isChecked())

    def _show_scale(self) -> None:
        self.scale_label.setText(f"{self.scale}%")
        self.scale_label.setAccessibleName(self.tr("Text size %1").replace("%1", f"{self.scale}%"))
        self.smaller.setEnabled(self.scale > TEXT_SCALES[0])
        self.bigger.setEnabled(self.scale < TEXT_SCALES[-1])
