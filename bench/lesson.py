"""Opening a lesson and checking the catalogue (docs/quality-bars.md).

1. A generated 2,000-word lesson with 5 images: Markdown + sanitising + layout in the lesson
   view's text browser, median of 30 openings. Target: under 30 ms.
2. Validating the whole bundled catalogue (every pack, every language). Target: under 1 s.

    QT_QPA_PLATFORM=offscreen python bench/lesson.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from skillsapp.core.courses import check_paths, load_pack, render_lesson_html  # noqa: E402
from skillsapp.ui.lesson_view import PackBrowser  # noqa: E402

WORDS = [
    "your",
    "bank",
    "never",
    "asks",
    "for",
    "your",
    "code",
    "by",
    "phone",
    "so",
    "hang",
    "up",
    "and",
    "call",
    "the",
    "number",
    "on",
    "your",
    "card",
    "before",
    "you",
    "do",
    "anything",
    "else",
]


def make_pack(folder: Path) -> Path:
    """A one-lesson pack: 2,000 words in paragraphs, lists, a table, callouts, 5 images."""
    pack = folder / "bench-pack"
    (pack / "lessons").mkdir(parents=True)
    (pack / "media").mkdir()
    picture = next((ROOT / "courses" / "email-basics" / "media").glob("*.svg"))
    parts, count = [], 0
    for n in range(5):
        shutil.copy(picture, pack / "media" / f"picture-{n}.svg")
    section = 0
    while count < 2000:
        words = [WORDS[(count + i) % len(WORDS)] for i in range(60)]
        count += len(words)
        parts.append(" ".join(words).capitalize() + ".")
        if count // 400 > section and section < 5:
            parts.append(
                f"## Part {section + 1}\n\n![A drawing for part {section + 1}]"
                f"(media/picture-{section}.svg)"
            )
            parts.append("- first step\n- second step\n- third step")
            parts.append('!!! tip "Tip"\n    Take your time and ask your trainer.')
            parts.append("| Word | Meaning |\n|---|---|\n| code | a secret number |")
            section += 1
    (pack / "lessons" / "long.md").write_text(
        "---\ntitle: A long lesson\nminutes: 20\n---\n\n" + "\n\n".join(parts), encoding="utf-8"
    )
    (pack / "course.yaml").write_text(
        "id: bench-pack\nversion: 1.0.0\nlanguage: en\nlanguages: [en]\ntitle: Bench\n"
        "summary: A pack for measuring.\nestimated_minutes: 20\naudience: everyone\n"
        "digcomp:\n  version: '2.2'\n  competences:\n    - {code: '4.2', entry_level: 1, "
        "target_level: 2}\nlessons:\n  - long\n",
        encoding="utf-8",
    )
    return pack


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        pack = load_pack(make_pack(Path(folder)))
        lesson = pack.lessons[0]
        words = len(lesson.text("en").markdown.split())
        browser = PackBrowser(pack.path)
        browser.resize(1000, 700)
        browser.show()
        times = []
        for _ in range(31):
            start = time.perf_counter()
            browser.setHtml(render_lesson_html(pack, lesson, "en"))
            browser.document().documentLayout().documentSize()  # force the layout
            app.processEvents()
            times.append(time.perf_counter() - start)
        first_ms = times.pop(0) * 1000  # pictures decoded for the first time
        lesson_ms = statistics.median(times) * 1000
    start = time.perf_counter()
    problems = check_paths([ROOT / "courses"])
    catalogue_s = time.perf_counter() - start
    print(
        f"opening a {words}-word lesson with 5 images: {lesson_ms:.1f} ms median of 30 "
        f"(first opening {first_ms:.1f} ms; target < 30)"
    )
    print(
        f"checking the bundled catalogue: {catalogue_s:.2f} s, {len(problems)} problems "
        "(target < 1 s)"
    )
    return 0 if lesson_ms < 30 and catalogue_s < 1 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
