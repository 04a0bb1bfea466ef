"""A learner's data put into words, for the "My data" screen and the export's PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from skillsapp.core.languages import LANGUAGES
from skillsapp.core.my_data import MyDataFacts


def lrs_note(widget: QWidget) -> str:
    """What erasing means for the learning record store, in plain words."""
    return widget.tr(
        "What happens in the learning record store (LRS): it only ever received results under "
        "a number, never a name. Results it already received are marked as withdrawn (voided), "
        "so reports no longer count them, but the store keeps a record that they existed."
    )


def my_data_text(widget: QWidget, f: MyDataFacts) -> list[tuple[str, str]]:
    """The facts as (heading, sentence) pairs in the interface language."""
    tr = widget.tr
    consent = tr("The centre keeps your learning records.")
    consent += " " + (
        tr("Your results are counted, without your name, by the programme.")
        if f.share_statistics
        else tr("Your results are not shared with the programme.")
    )
    if f.consent_given_on:
        consent += " " + tr("You agreed on %1.").replace("%1", f.consent_given_on)
    return [
        (
            tr("Your profile"),
            tr("First name %1; language %2; %3; tile colour and picture.")
            .replace("%1", f.first_name)
            .replace("%2", LANGUAGES.get(f.language, f.language))
            .replace("%3", tr("a PIN is set") if f.has_pin else tr("no PIN")),
        ),
        (
            tr("About you (optional)"),
            tr("Gender: %1. Age: %2.")
            .replace("%1", _stated(tr, f.gender))
            .replace("%2", _stated(tr, f.age_band)),
        ),
        (tr("What you agreed to"), consent),
        (
            tr("Your courses"),
            tr("%1 started, %2 finished.")
            .replace("%1", str(f.courses_started))
            .replace("%2", str(f.courses_finished)),
        ),
        (tr("Your visits"), tr("You came on %n day(s).", "", f.days_present)),
        (tr("Your groups"), ", ".join(f.groups) if f.groups else tr("None.")),
        (
            tr("Your learning records"),
            tr(
                "%n records of what you did (lessons opened, answers given, courses finished, "
                "self-checks).",
                "",
                f.records,
            ),
        ),
    ]


def _stated(tr, value: str) -> str:
    genders = {
        "female": tr("woman"),
        "male": tr("man"),
        "other": tr("another gender"),
        "not-stated": tr("not stated"),
    }
    return genders.get(value, value)
