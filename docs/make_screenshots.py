"""Screenshots of the main screens, made from the offscreen app on the demo centre.

Each screen in English and Romanian at 100 %, in Hungarian at 200 % in high contrast and in
Latvian at 200 %, on the 1366x768 screen most centres' PCs have:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from skillsapp.core.centre import Centre  # noqa: E402
from skillsapp.core.demo import ensure_demo_centre  # noqa: E402
from skillsapp.core.opening import open_centre  # noqa: E402
from skillsapp.core.signin import SignOutReason  # noqa: E402
from skillsapp.storage.settings import Settings  # noqa: E402
from skillsapp.ui.i18n import compile_translations  # noqa: E402
from skillsapp.ui.main_window import MainWindow  # noqa: E402
from skillsapp.ui.tasks import ImmediateRunner  # noqa: E402

VARIANTS = (  # name, language, text size, high contrast, screen
    ("en", "en", 100, False, (1366, 768)),
    ("ro", "ro", 100, False, (1366, 768)),
    ("hu-contrast-200", "hu", 200, True, (1366, 768)),
    ("lv-200", "lv", 200, False, (1366, 768)),
)


def screens(window: MainWindow, centre: Centre, language: str):
    """(name, show) for each main screen, in the order a session reaches them."""
    maria = next(x for x in centre.learners.list() if x.first_name == "Maria")
    trainer = centre.trainers.list()[0]
    yield "1-start", window.show_start
    yield "2-pin", lambda: window.learner_chosen(maria)
    yield "3-home", lambda: window.begin_resident(centre.learners.get(maria.id))
    yield "4-course", lambda: window.show_course("passwords-and-scams")
    yield "5-lesson", lambda: window.show_lesson("passwords-and-scams", "fake-messages")
    yield "6-quiz", lambda: window.show_quiz("passwords-and-scams", "fake-messages")
    yield "7-skills", window.show_skills

    def dashboard() -> None:
        window.sign_out(SignOutReason.FINISHED)
        window.begin_trainer(trainer)

    yield "8-dashboard", dashboard
    yield "9-reports", lambda: window.show_trainer_home("reports")
    yield "10-learner", lambda: window.show_learner_page(maria.id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    compile_translations()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        centre = open_centre(Path(folder))
        ensure_demo_centre(centre)
        for variant, language, scale, contrast, size in VARIANTS:
            for learner in centre.learners.list():
                centre.learners.set_display(learner.id, scale, contrast)
                centre.learners.set_language(learner.id, language)
            settings = Settings(text_scale=scale, high_contrast=contrast, language=language)
            window = MainWindow(centre, settings, ImmediateRunner(), Path(folder))
            window.resize(*size)
            window.show()
            for name, show in screens(window, centre, language):
                show()
                app.processEvents()
                target = args.out / f"{variant}-{name}.png"
                window.grab().save(str(target))
                print(target)
            window.sign_out(SignOutReason.FINISHED)
            window.close()
            window.deleteLater()
            app.processEvents()
        centre.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
