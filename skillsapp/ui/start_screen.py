"""The start screen of the shared PC: a tile per learner, and the trainer's way in."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.languages import LANGUAGES
from skillsapp.core.people import Learner
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import FlowLayout, LearnerTile, hint_label, title_label


class StartScreen(QWidget):
    """Residents tap their own tile; trainers use the button at the bottom."""

    learner_chosen = Signal(object)  # Learner
    trainer_requested = Signal()
    language_chosen = Signal(str)  # language code

    def __init__(
        self,
        centre_name: str,
        learners: list[Learner],
        language: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language.currentData())
        )
        self.tiles: list[LearnerTile] = []
        holder = QWidget()
        self.flow = FlowLayout(holder)
        self.flow.setContentsMargins(8, 8, 8, 8)
        self.tiles_area = QScrollArea(self)
        self.tiles_area.setWidgetResizable(True)
        self.tiles_area.setWidget(holder)
        self.tiles_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.trainer_button = QPushButton(self.tr("Trainer sign-in"), self)
        self.trainer_button.setAccessibleName(self.tr("Trainer sign-in"))
        self.trainer_button.clicked.connect(self.trainer_requested)
        self.empty_hint = hint_label(
            self.tr("No learners yet. A trainer can add them after signing in."), self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        top = QHBoxLayout()
        top.addWidget(title_label(fill(self.tr("Welcome to %1"), centre_name), self), 1)
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.language)
        layout.addLayout(top)
        layout.addWidget(hint_label(self.tr("Choose your name to start."), self))
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.tiles_area, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.trainer_button)
        layout.addLayout(bottom)
        self.set_learners(learners)

    def set_learners(self, learners: list[Learner]) -> None:
        """Show one tile per learner, in name order."""
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        for learner in learners:
            tile = LearnerTile(learner)
            self.flow.addWidget(tile)
            tile.clicked.connect(lambda _=False, chosen=learner: self.learner_chosen.emit(chosen))
            self.tiles.append(tile)
        self.empty_hint.setVisible(not learners)
        # Tab moves through the tiles in reading order, then to the trainer button.
        chain: list[QWidget] = [*self.tiles, self.trainer_button, self.language]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        """Put the keyboard focus on the first tile (or the trainer button)."""
        (self.tiles[0] if self.tiles else self.trainer_button).setFocus()
