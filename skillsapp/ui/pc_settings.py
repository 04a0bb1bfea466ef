"""The trainer's settings for this PC: start-screen text size and contrast, idle time, links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skillsapp.storage.settings import Settings, save_settings
from skillsapp.ui.text import fill
from skillsapp.ui.theme import TEXT_SCALES
from skillsapp.ui.trainer_screen import content_and_buttons, style_trainer_screen, wrapped_check
from skillsapp.ui.widgets import hint_label, primary_button


class PcSettings(QWidget):
    """Edits the PC's settings file; ``saved`` tells the window to apply them."""

    saved = Signal()

    def __init__(self, settings: Settings, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.path = settings, path
        self.text_scale = QComboBox(self)
        self.text_scale.setAccessibleName(self.tr("Text size on the start screen"))
        for scale in TEXT_SCALES:
            self.text_scale.addItem(fill(self.tr("%1%"), QLocale().toString(scale)), scale)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(settings.text_scale)))
        self.high_contrast = QCheckBox(self.tr("Strong contrast on the start screen"), self)
        self.high_contrast.setChecked(settings.high_contrast)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(settings.idle_minutes)
        self.idle_minutes.setAccessibleName(self.tr("Sign out after no activity for"))
        self.links = QCheckBox(self.tr("Lessons may open web pages (after asking)"), self)
        self.links.setChecked(settings.allow_external_links)
        self.save_button = primary_button(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.confirmation = QLabel(self)
        self.confirmation.setWordWrap(True)
        self.confirmation.setAccessibleName(self.tr("What was done"))
        # The settings scroll at large text sizes; Save stays in view below them.
        content = QWidget(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Text size on the start screen"), self.text_scale)
        form.addRow("", wrapped_check(self.high_contrast, content))
        form.addRow(self.tr("Sign out after no activity for"), self.idle_minutes)
        form.addRow("", wrapped_check(self.links, content))
        fields = QVBoxLayout(content)
        fields.addWidget(hint_label(self.tr("These settings are for this PC only."), content))
        fields.addLayout(form)
        fields.addStretch(1)
        bottom = QWidget(self)
        buttons = QHBoxLayout(bottom)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.confirmation, 1)
        content_and_buttons(self, content, bottom)
        style_trainer_screen(self)

    def save(self) -> None:
        """Write the settings file and apply the new values."""
        self.settings.text_scale = int(self.text_scale.currentData())
        self.settings.high_contrast = self.high_contrast.isChecked()
        self.settings.idle_minutes = self.idle_minutes.value()
        self.settings.allow_external_links = self.links.isChecked()
        try:
            save_settings(self.path, self.settings)
        except OSError as error:
            self.confirmation.setText(
                fill(self.tr("The settings could not be saved: %1"), str(error))
            )
            return
        self.confirmation.setText(
            self.tr("Saved. The start screen of this PC uses these settings from now on.")
        )
        self.saved.emit()
