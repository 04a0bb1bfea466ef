"""Every message of core, storage and sync, listed for lupdate (context "Messages"),
and the command line's own sentences (``words(...)`` in ``skillsapp/cli``, context
"CommandLine").

Written by packaging/collect_messages.py (run by ``make update-translations``); do not edit.
Never imported at run time: ``skillsapp/ui/messages.py`` looks the templates up directly.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", "A PIN is {low} to {high} numbers, for example 4 8 1 5."),
    QT_TRANSLATE_NOOP("Messages", "A learner's record"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Connected"),
    QT_TRANSLATE_NOOP("Messages", "DigComp version {version} is not known."),
    QT_TRANSLATE_NOOP("Messages", "Every statement has been answered."),
    QT_TRANSLATE_NOOP("Messages", "Group progress"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No centre in this LRS account opens with this centre key. Please check the key on the centre's recovery sheet, and the LRS key and secret.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No printer is set up on this PC. Save the PDF instead and print it elsewhere, or ask whoever looks after this PC to add a printer.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Only a trainer of this centre can record an assessment."),
    QT_TRANSLATE_NOOP("Messages", "Please answer every statement before finishing."),
    QT_TRANSLATE_NOOP(
        "Messages", "Please choose a period between {earliest} and the end of next year."
    ),
    QT_TRANSLATE_NOOP("Messages", "Please choose one of the five areas for the quick check."),
    QT_TRANSLATE_NOOP("Messages", "Please choose one of the four answers."),
    QT_TRANSLATE_NOOP("Messages", "Please choose one of the offered colours."),
    QT_TRANSLATE_NOOP("Messages", "Please choose one of the offered languages."),
    QT_TRANSLATE_NOOP("Messages", "Please choose one of the offered pictures."),
    QT_TRANSLATE_NOOP("Messages", "Please choose the quick check or the full check."),
    QT_TRANSLATE_NOOP("Messages", "Please choose the task you watched before ticking its steps."),
    QT_TRANSLATE_NOOP("Messages", "Please give dates as year-month-day, for example 2026-03-31."),
    QT_TRANSLATE_NOOP("Messages", "Please give the due date as a day, for example 2026-05-31."),
    QT_TRANSLATE_NOOP("Messages", "Please give the period: its first and its last day."),
    QT_TRANSLATE_NOOP("Messages", "Please keep the note under {limit} characters."),
    QT_TRANSLATE_NOOP(
        "Messages", "Please put the key and secret in their own boxes, not in the address."
    ),
    QT_TRANSLATE_NOOP("Messages", "Please set the LRS address, key and secret first."),
    QT_TRANSLATE_NOOP("Messages", "Please set the centre key first (trainer settings, Sync)."),
    QT_TRANSLATE_NOOP("Messages", "Please type a {field}."),
    QT_TRANSLATE_NOOP("Messages", "Please type the LRS key and secret."),
    QT_TRANSLATE_NOOP("Messages", "Please type the centre key to set up this PC from the bundle."),
    QT_TRANSLATE_NOOP("Messages", "Programme indicators"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "SkillsApp cannot save in its data folder ({folder}) because it is read-only. Please ask whoever looks after this PC to allow writing there, or set SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the folder exists and can be written, or set SKILLSAPP_HOME to another folder. Nothing has been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Some members of this group are not learners of the centre ({count})."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Some results could not be confirmed ({count}); they will be sent again."
    ),
    QT_TRANSLATE_NOOP("Messages", "Text size must be between 100% and 200%."),
    QT_TRANSLATE_NOOP("Messages", "That course is not on this PC."),
    QT_TRANSLATE_NOOP("Messages", "That task is not in the list of tasks."),
    QT_TRANSLATE_NOOP("Messages", "That task shows a different competence."),
    QT_TRANSLATE_NOOP(
        "Messages", "The LRS address must start with https:// so that results travel safely."
    ),
    QT_TRANSLATE_NOOP("Messages", "The LRS address should look like https://lrs.example.org/xAPI/"),
    QT_TRANSLATE_NOOP("Messages", "The LRS answered, but not with a list of statements."),
    QT_TRANSLATE_NOOP("Messages", "The LRS answered, but not with the list of stored statements."),
    QT_TRANSLATE_NOOP(
        "Messages", "The LRS cannot be reached; results are kept here and sent later."
    ),
    QT_TRANSLATE_NOOP("Messages", "The LRS gave an unexpected answer (HTTP {status})."),
    QT_TRANSLATE_NOOP(
        "Messages", "The LRS has a problem of its own (HTTP {status}); trying later."
    ),
    QT_TRANSLATE_NOOP("Messages", "The LRS keeps sending us elsewhere; please check the address."),
    QT_TRANSLATE_NOOP("Messages", "The LRS refused the statement (HTTP {status}): {detail}"),
    QT_TRANSLATE_NOOP("Messages", "The LRS sent a broken link to the next page."),
    QT_TRANSLATE_NOOP("Messages", "The LRS sent an answer far too large to be statements."),
    QT_TRANSLATE_NOOP("Messages", "The LRS sent an answer that cannot be read."),
    QT_TRANSLATE_NOOP(
        "Messages", "The LRS sent us to another address ({host}); nothing was sent there."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The PDF could not be saved as {file}: {reason}. Check that the USB stick is plugged in and has free space. Nothing was saved.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The PDF could not be saved as {file}: {reason}. Nothing was saved."
    ),
    QT_TRANSLATE_NOOP("Messages", "The bundle cannot be read ({reason})."),
    QT_TRANSLATE_NOOP(
        "Messages", "The centre key does not open this bundle. Please check the key."
    ),
    QT_TRANSLATE_NOOP("Messages", "The centre key needs at least {limit} characters."),
    QT_TRANSLATE_NOOP("Messages", "The centre needs at least one trainer account."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The course “{title}” comes with SkillsApp and cannot be replaced from a file. It is updated together with SkillsApp.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The course “{title}” is already installed in version {installed}. This file holds version {version}, which is not newer, so nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The day you watched the task cannot be in the future."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The disk where SkillsApp keeps its records ({folder}) is full. Please make some room on it (for example, empty the recycle bin), then start SkillsApp again. Nothing has been changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The key or secret is wrong."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The learning records in {file} were saved by a newer version of SkillsApp (data version {found}, this version reads up to {known}). Please install the newer version; nothing has been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).",
    ),
    QT_TRANSLATE_NOOP("Messages", "The level must be a whole number from {low} to {high}."),
    QT_TRANSLATE_NOOP("Messages", "The password can have at most {limit} characters."),
    QT_TRANSLATE_NOOP(
        "Messages", "The password contains characters that cannot be typed. Please try again."
    ),
    QT_TRANSLATE_NOOP("Messages", "The password needs at least {limit} characters."),
    QT_TRANSLATE_NOOP("Messages", "The period ends before it starts. Please swap the two dates."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The printer reported a problem and the pages may not have come out. Check that it is switched on and has paper, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The report could not be saved as {file}: {reason}. Check that the USB stick is plugged in, has free space and is not write-protected. Nothing was saved.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The resident needs to agree that the centre keeps their learning records, otherwise their progress cannot be saved.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The steps of this task are numbered 1 to {count}."),
    QT_TRANSLATE_NOOP(
        "Messages", "The {field} contains characters that cannot be shown. Please type it again."
    ),
    QT_TRANSLATE_NOOP("Messages", "The {field} is too long: please use at most {limit} letters."),
    QT_TRANSLATE_NOOP("Messages", "The {field} needs at least one letter."),
    QT_TRANSLATE_NOOP("Messages", "There are no groups yet."),
    QT_TRANSLATE_NOOP("Messages", "There are no learners yet."),
    QT_TRANSLATE_NOOP("Messages", "There is no group called “{name}”. The groups are: {names}."),
    QT_TRANSLATE_NOOP("Messages", "There is no learner called “{name}”."),
    QT_TRANSLATE_NOOP("Messages", "There is no report called “{name}”. The reports are: {names}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "There is no room left on the disk that holds {folder}, or it cannot be written to. Please free some space (or ask whoever looks after this PC) and start SkillsApp again. Your records are safe; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This PC already belongs to a centre."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle belongs to another centre ({centre}), not to this one. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle has been changed since it was made, or it was made with another centre key. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle unpacks to far more data than a centre can hold. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was made by a newer version of SkillsApp ({version}). Please update SkillsApp on this PC first. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "This course pack is protected with a password; make the zip again without one."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This course pack would take {size} MB once unpacked; at most {limit} MB is allowed.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file cannot be read: {reason}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file holds {count} files; a course pack may hold at most {limit}. It is probably not a course pack.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file holds “{name}” twice."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is damaged or was made in a way SkillsApp cannot open; make the zip again with an ordinary zip program.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file is not a SkillsApp bundle. Nothing was imported."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a complete SkillsApp bundle (it may have been cut short while copying). Please copy it again. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file is not a course pack: it has no course.yaml."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a course pack: it is not a zip file, or it is damaged or incomplete (copy it to the USB stick again).",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file is not a safe course pack."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a safe course pack: it would unpack to far more data than it holds (a 'zip bomb').",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a safe course pack: “{name}” is a link or a special file, not a plain file.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a safe course pack: “{name}” would be written outside the course folder.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This learner is not registered at this centre."),
    QT_TRANSLATE_NOOP("Messages", "This learner's profile is archived; restore it first."),
    QT_TRANSLATE_NOOP("Messages", "This trainer account is archived."),
    QT_TRANSLATE_NOOP("Messages", "This trainer could not be saved. Please try again."),
    QT_TRANSLATE_NOOP("Messages", "centre name"),
    QT_TRANSLATE_NOOP("Messages", "first name"),
    QT_TRANSLATE_NOOP("Messages", "group name"),
    QT_TRANSLATE_NOOP("Messages", "it is not a SkillsApp database file"),
    QT_TRANSLATE_NOOP("Messages", "name"),
    QT_TRANSLATE_NOOP("Messages", "trainer's name"),
    QT_TRANSLATE_NOOP("Messages", "“{code}” is not a DigComp competence."),
    QT_TRANSLATE_NOOP("CommandLine", "%1 problem(s) and %2 warning(s) found."),
    QT_TRANSLATE_NOOP(
        "CommandLine", "%1 results were refused by the LRS; a trainer can see why in the app."
    ),
    QT_TRANSLATE_NOOP("CommandLine", "Centre key (from the centre's recovery sheet): "),
    QT_TRANSLATE_NOOP("CommandLine", "Digital-skills training for community centres."),
    QT_TRANSLATE_NOOP("CommandLine", "Everything checked is fine."),
    QT_TRANSLATE_NOOP("CommandLine", "Imported the bundle of %1: %2 new of %3 results."),
    QT_TRANSLATE_NOOP("CommandLine", "Installed “%1” version %2."),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "No LRS is set for this centre: set it in the trainer settings, or set SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.",
    ),
    QT_TRANSLATE_NOOP(
        "CommandLine", "No centre key is set on this PC: learner profiles are not sent."
    ),
    QT_TRANSLATE_NOOP("CommandLine", "No problems; %1 warning(s) worth a look."),
    QT_TRANSLATE_NOOP(
        "CommandLine", "No usable backup was found; SkillsApp will start with empty records."
    ),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "On a PC that has no centre yet, the centre key is asked for (or read from SKILLSAPP_CENTRE_KEY).",
    ),
    QT_TRANSLATE_NOOP("CommandLine", "Reading the bundle: %1 of %2 results"),
    QT_TRANSLATE_NOOP("CommandLine", "Receiving from the LRS: %1 results so far"),
    QT_TRANSLATE_NOOP("CommandLine", "Restored the backup %1."),
    QT_TRANSLATE_NOOP("CommandLine", "Saved the report as PDF: %1"),
    QT_TRANSLATE_NOOP("CommandLine", "Saved the table as CSV: %1"),
    QT_TRANSLATE_NOOP("CommandLine", "Saving the results and updating progress: step %1 of %2"),
    QT_TRANSLATE_NOOP("CommandLine", "Sending to the LRS: %1 of %2 results"),
    QT_TRANSLATE_NOOP("CommandLine", "Sent %1, received %2."),
    QT_TRANSLATE_NOOP("CommandLine", "Sync is switched off in the trainer settings."),
    QT_TRANSLATE_NOOP("CommandLine", "The bundle could not be written to %1: %2."),
    QT_TRANSLATE_NOOP("CommandLine", "The previous database was kept as %1."),
    QT_TRANSLATE_NOOP("CommandLine", "There are no records in %1 yet."),
    QT_TRANSLATE_NOOP("CommandLine", "There is no database in %1; nothing to restore."),
    QT_TRANSLATE_NOOP(
        "CommandLine",
        "This PC has no centre yet. To join one, type the centre key from the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY.",
    ),
    QT_TRANSLATE_NOOP("CommandLine", "This PC has no centre yet; there is nothing to export."),
    QT_TRANSLATE_NOOP("CommandLine", "This PC has not been set up for a centre yet."),
    QT_TRANSLATE_NOOP("CommandLine", "This PC now belongs to %1."),
    QT_TRANSLATE_NOOP("CommandLine", "Writing the bundle: %1 of %2 results"),
    QT_TRANSLATE_NOOP("CommandLine", "Wrote %1 results of %2 to %3."),
    QT_TRANSLATE_NOOP(
        "CommandLine", "check course packs (folders or .zip), item banks and checklists"
    ),
    QT_TRANSLATE_NOOP("CommandLine", "check or import course packs"),
    QT_TRANSLATE_NOOP(
        "CommandLine", "check, offscreen and in a temporary folder, that the app works"
    ),
    QT_TRANSLATE_NOOP("CommandLine", "export or import a sync bundle (USB)"),
    QT_TRANSLATE_NOOP("CommandLine", "first day, e.g. 2026-01-01"),
    QT_TRANSLATE_NOOP("CommandLine", "install a course pack from a .zip"),
    QT_TRANSLATE_NOOP("CommandLine", "last day, e.g. 2026-06-30"),
    QT_TRANSLATE_NOOP("CommandLine", "merge a bundle FILE"),
    QT_TRANSLATE_NOOP("CommandLine", "only results stored since this day (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("CommandLine", "open the demo centre"),
    QT_TRANSLATE_NOOP(
        "CommandLine", "put a damaged database aside and restore the newest automatic backup"
    ),
    QT_TRANSLATE_NOOP("CommandLine", "save the report as PDF here"),
    QT_TRANSLATE_NOOP("CommandLine", "save the table as CSV here"),
    QT_TRANSLATE_NOOP("CommandLine", "send and receive results with the centre's LRS once"),
    QT_TRANSLATE_NOOP("CommandLine", "show a report, or save it as CSV or PDF"),
    QT_TRANSLATE_NOOP(
        "CommandLine", "start, paint the first screen and exit (with --demo: create the demo first)"
    ),
    QT_TRANSLATE_NOOP("CommandLine", "the group's name"),
    QT_TRANSLATE_NOOP("CommandLine", "the learner's first name or id"),
    QT_TRANSLATE_NOOP("CommandLine", "the report's language (default: the centre's)"),
    QT_TRANSLATE_NOOP("CommandLine", "write the centre's results to FILE"),
)
