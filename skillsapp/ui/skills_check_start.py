"""Choosing a self-check: continue a paused one, a quick check of one area, or the full check."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from skillsapp.core.framework.model import framework
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.widgets import WrappingButton, hint_label, primary_button, title_label


class SkillsCheckStart(QWidget):
    """Emits ``chosen(kind, area)``: ("resume", ""), ("quick", "1".."5") or ("full", "")."""

    chosen = Signal(str, str)
    back = Signal()

    def __init__(
        self, has_paused: bool, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        # The topics are named in the resident's language (English where not translated).
        digcomp = framework(language=language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(self.tr("Check my digital skills"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "You read short sentences like “I can send a photo by e-mail” and say how "
                    "well they fit you. There are no wrong answers. It is not a test."
                ),
                self,
            )
        )
        self.resume_button = primary_button(self.tr("Continue where I stopped"), self)
        self.resume_button.clicked.connect(lambda: self.chosen.emit("resume", ""))
        self.resume_button.setVisible(has_paused)
        layout.addWidget(self.resume_button)
        layout.addWidget(
            hint_label(self.tr("A quick check of one topic (about 10 minutes):"), self)
        )
        self.area_buttons: list[QPushButton] = []
        for area in digcomp.areas:
            button = WrappingButton(area.heading, self)
            button.setAccessibleDescription(area.description)
            button.clicked.connect(lambda _=False, code=area.code: self.chosen.emit("quick", code))
            self.area_buttons.append(button)
            layout.addWidget(button)
        self.full_button = WrappingButton(
            self.tr("The full check of all topics (about 30 minutes)"), self
        )
        self.full_button.clicked.connect(lambda: self.chosen.emit("full", ""))
        layout.addWidget(self.full_button)
        layout.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
