"""A learner's data put into words, for the "My data" screen and the export's PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from skillsapp.core.languages import LANGUAGES
from skillsapp.core.my_data import MyDataFacts
from skillsapp.ui.text import fill


class MyData(QObject):
    """The counted sentences of the summary. They are methods of a class named after their
    translation context so that lupdate, which does not read the four-argument
    ``QCoreApplication.translate``, collects them with their plural forms."""

    def days(self, count: int) -> str:
        """How many days the learner came."""
        return self.tr("You came on %n day(s).", "", count)

    def records(self, count: int) -> str:
        """How many learning records there are."""
        return self.tr(
            "%n records of what you did (lessons opened, answers given, courses finished, "
            "self-checks).",
            "",
            count,
        )


def lrs_note() -> str:
    """What erasing means for the learning record store, in plain words."""
    return QCoreApplication.translate(
        "MyData",
        "What happens in the learning record store (LRS): it only ever received results under "
        "a number, never a name. Results it already received are marked as withdrawn (voided), "
        "so reports no longer count them, but the store keeps a record that they existed.",
    )


def my_data_text(f: MyDataFacts) -> list[tuple[str, str]]:
    """The facts as (heading, sentence) pairs in the interface language."""
    consent = QCoreApplication.translate("MyData", "The centre keeps your learning records.")
    consent += " " + (
        QCoreApplication.translate(
            "MyData", "Your results are counted, without your name, by the programme."
        )
        if f.share_statistics
        else QCoreApplication.translate("MyData", "Your results are not shared with the programme.")
    )
    if f.consent_given_on:
        consent += " " + fill(
            QCoreApplication.translate("MyData", "You agreed on %1."), f.consent_given_on
        )
    return [
        (
            QCoreApplication.translate("MyData", "Your profile"),
            fill(
                QCoreApplication.translate(
                    "MyData", "First name %1; language %2; %3; tile colour and picture."
                ),
                f.first_name,
                LANGUAGES.get(f.language, f.language),
                QCoreApplication.translate("MyData", "a PIN is set")
                if f.has_pin
                else QCoreApplication.translate("MyData", "no PIN"),
            ),
        ),
        (
            QCoreApplication.translate("MyData", "About you (optional)"),
            fill(
                QCoreApplication.translate("MyData", "Gender: %1. Age: %2."),
                _stated(f.gender),
                _stated(f.age_band),
            ),
        ),
        (QCoreApplication.translate("MyData", "What you agreed to"), consent),
        (
            QCoreApplication.translate("MyData", "Your courses"),
            fill(
                QCoreApplication.translate("MyData", "%1 started, %2 finished."),
                str(f.courses_started),
                str(f.courses_finished),
            ),
        ),
        (
            QCoreApplication.translate("MyData", "Your visits"),
            MyData().days(f.days_present),
        ),
        (
            QCoreApplication.translate("MyData", "Your groups"),
            ", ".join(f.groups) if f.groups else QCoreApplication.translate("MyData", "None."),
        ),
        (
            QCoreApplication.translate("MyData", "Your learning records"),
            MyData().records(f.records),
        ),
    ]


def _stated(value: str) -> str:
    genders = {
        "female": QCoreApplication.translate("MyData", "woman"),
        "male": QCoreApplication.translate("MyData", "man"),
        "other": QCoreApplication.translate("MyData", "another gender"),
        "not-stated": QCoreApplication.translate("MyData", "not stated"),
    }
    return genders.get(value, value)
