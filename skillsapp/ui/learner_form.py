"""The form a trainer fills in to create or edit a learner's profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.languages import LANGUAGES
from skillsapp.core.people import (
    AVATARS,
    TILE_COLOURS,
    AgeBand,
    Consent,
    Gender,
    Learner,
    LearnerDetails,
    Trainer,
)
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import scrolling, style_trainer_screen, wrapped_check
from skillsapp.ui.widgets import error_label, show_error, title_label


class LearnerForm(QDialog):
    """Create (``learner`` None) or edit a learner; saves only when everything is valid."""

    def __init__(
        self,
        centre: Centre,
        trainer: Trainer,
        learner: Learner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre, self.trainer, self.learner = centre, trainer, learner
        self.saved: Learner | None = None
        self.setWindowTitle(self.tr("New learner") if learner is None else self.tr("Edit learner"))
        self.first_name = QLineEdit(self)
        self.first_name.setMaxLength(200)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(
            self.tr("4 to 6 numbers, or leave empty for no PIN")
            if learner is None
            else self.tr("Leave empty to keep the current PIN")
        )
        self.remove_pin = QCheckBox(self.tr("Remove the PIN"), self)
        self.remove_pin.setVisible(learner is not None and learner.has_pin)
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(self.tr("Colour of the tile"))
        for index, colour in enumerate(TILE_COLOURS):
            swatch = QPixmap(24, 24)
            swatch.fill(QColor(colour))
            self.colour.addItem(QIcon(swatch), fill(self.tr("Colour %1"), str(index + 1)))
            self.colour.setItemData(index, colour)
        self.avatar = QComboBox(self)
        self.avatar.setAccessibleName(self.tr("Picture on the tile"))
        for name, symbol in AVATARS.items():
            self.avatar.addItem(f"{symbol}  {self._avatar_name(name)}".strip(), name)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.gender = QComboBox(self)
        self.gender.setAccessibleName(self.tr("Gender (optional)"))
        for value, text in (
            (Gender.NOT_STATED, self.tr("Prefer not to say")),
            (Gender.FEMALE, self.tr("Woman")),
            (Gender.MALE, self.tr("Man")),
            (Gender.OTHER, self.tr("Another gender")),
        ):
            self.gender.addItem(text, value)
        self.age_band = QComboBox(self)
        self.age_band.setAccessibleName(self.tr("Age (optional)"))
        bands = [AgeBand.NOT_STATED, *(b for b in AgeBand if b is not AgeBand.NOT_STATED)]
        for band in bands:
            text = self.tr("Prefer not to say") if band is AgeBand.NOT_STATED else band.value
            self.age_band.addItem(text, band)
        self.keep_records = QCheckBox(
            self.tr("Agrees that the centre keeps their learning records (needed)"), self
        )
        self.share = QCheckBox(
            self.tr("Agrees that their results are counted, without their name, by the programme"),
            self,
        )
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # The fields scroll at large text sizes; Save and Cancel stay in view below them.
        content = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow("", self.remove_pin)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Picture"), self.avatar)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Age"), self.age_band)
        fields = QVBoxLayout(content)
        fields.addWidget(title_label(self.windowTitle(), content))
        fields.addLayout(form)
        fields.addWidget(wrapped_check(self.keep_records, content))
        fields.addWidget(wrapped_check(self.share, content))
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content, self), 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        style_trainer_screen(self)
        self._fill(learner)
        self.first_name.setFocus()

    def _avatar_name(self, name: str) -> str:
        names = {
            "none": self.tr("First letter"),
            "sun": self.tr("Sun"),
            "star": self.tr("Star"),
            "heart": self.tr("Heart"),
            "flower": self.tr("Flower"),
            "house": self.tr("House"),
            "music": self.tr("Music note"),
            "snowflake": self.tr("Snowflake"),
            "umbrella": self.tr("Umbrella"),
        }
        return names[name]

    def _fill(self, learner: Learner | None) -> None:
        if learner is None:
            used = {item.colour for item in self.centre.learners.list()}
            free = next((i for i, c in enumerate(TILE_COLOURS) if c not in used), 0)
            self.colour.setCurrentIndex(free)
            self.language.setCurrentIndex(self.language.findData(self.centre.profile.language))
            return
        self.first_name.setText(learner.first_name)
        self.colour.setCurrentIndex(max(0, TILE_COLOURS.index(learner.colour)))
        self.avatar.setCurrentIndex(self.avatar.findData(learner.avatar))
        self.language.setCurrentIndex(self.language.findData(learner.language))
        self.gender.setCurrentIndex(self.gender.findData(learner.gender))
        self.age_band.setCurrentIndex(self.age_band.findData(learner.age_band))
        self.keep_records.setChecked(learner.consent.keep_records)
        self.share.setChecked(learner.consent.share_statistics)

    def details(self) -> LearnerDetails:
        """What the form holds, before validation."""
        if self.remove_pin.isChecked():
            pin: str | None = ""
        elif self.pin.text():
            pin = self.pin.text()
        else:
            pin = None if self.learner is not None else ""
        consent = Consent(
            self.keep_records.isChecked(), self.share.isChecked(), date.today().isoformat()
        )
        if self.learner is not None and (
            self.learner.consent.keep_records,
            self.learner.consent.share_statistics,
        ) == (consent.keep_records, consent.share_statistics):
            consent = self.learner.consent  # unchanged choices keep the day they were given
        keep = self.learner.text_scale if self.learner else 100
        contrast = self.learner.high_contrast if self.learner else False
        return LearnerDetails(
            first_name=self.first_name.text(),
            language=self.language.currentData(),
            colour=self.colour.currentData(),
            avatar=self.avatar.currentData(),
            gender=Gender(self.gender.currentData()),
            age_band=AgeBand(self.age_band.currentData()),
            consent=consent,
            pin=pin,
            text_scale=keep,
            high_contrast=contrast,
        )

    def save(self) -> None:
        """Validate and save; a refusal is shown and nothing is written."""
        try:
            if self.learner is None:
                self.saved = self.centre.learners.create(self.details(), by=self.trainer)
            else:
                self.saved = self.centre.learners.update(self.learner.id, self.details())
        except Refused as refusal:
            show_error(self.error, explain(refusal))
            return
        self.accept()
