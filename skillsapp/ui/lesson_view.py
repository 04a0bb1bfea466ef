"""A lesson: sanitised Markdown in a text browser, then the quiz or "I have finished".

Nothing remote is ever fetched: only image files inside the course pack are loaded, and a
link to a web site opens (in the system browser) only after the resident confirms it.
A lesson can open at one of its parts (its ``## `` headings), which the quiz's result screen
uses, and has its own A− / A+ (and Ctrl+plus / Ctrl+minus / Ctrl+0) for the text size.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QShowEvent, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.courses import CoursePack, Lesson
from skillsapp.core.courses.render import LESSON_STYLE_SHEET, render_lesson_html
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.read_aloud import ReadAloud
from skillsapp.ui.text import fill
from skillsapp.ui.text_size import TextSizeButtons
from skillsapp.ui.theme import Palette
from skillsapp.ui.widgets import hint_label, primary_button, title_label


class PackBrowser(QTextBrowser):
    """A text browser that loads resources only from inside one folder."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root.resolve()
        self.setOpenLinks(False)  # every click goes through the lesson's own rules

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        url = QUrl(url)
        if not url.isLocalFile():
            return None  # never the network
        path = Path(url.toLocalFile()).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return _image(path)
        return super().loadResource(kind, url)


@lru_cache(maxsize=64)
def _decoded(path: Path, mtime: float) -> QImage:
    return QImage(str(path))


def _image(path: Path) -> QImage:
    # Residents go back and forth between a lesson and its quiz: decode each picture once.
    return _decoded(path, path.stat().st_mtime)


def lesson_style(palette: Palette) -> str:
    """The lesson style sheet with colours that follow the theme (high contrast too)."""
    return LESSON_STYLE_SHEET + (
        f"table.callout {{ background-color: {palette.field}; color: {palette.text};"
        f" border: 2px solid {palette.accent}; }}"
        f" a {{ color: {palette.accent}; }}"
        if palette.window == "#000000"
        else ""
    )


class LessonView(QWidget):
    """Shows one lesson and leads on to its quiz."""

    quiz_requested = Signal()
    finished = Signal()  # a lesson without a quiz was read to the end
    back = Signal()
    open_external = Signal(QUrl)
    text_size_chosen = Signal(int)

    def __init__(
        self,
        pack: CoursePack,
        lesson: Lesson,
        language: str,
        palette: Palette,
        links_allowed: bool = True,
        voice: ReadAloud | None = None,
        parent: QWidget | None = None,
        text_scale: int = 100,
        part: int | None = None,
    ) -> None:
        """``part``: open at the lesson's ``part``-th ``## `` heading (from 1)."""
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.pack, self.lesson, self.links_allowed = pack, lesson, links_allowed
        self.voice, self.language = voice, language
        number = pack.lessons.index(lesson) + 1
        self.browser = PackBrowser(pack.path, self)
        self.browser.setAccessibleName(self.tr("Lesson text"))
        document = QTextDocument(self.browser)
        document.setDefaultStyleSheet(lesson_style(palette))
        document.setDocumentMargin(16)
        self.browser.setDocument(document)
        self.browser.setHtml(render_lesson_html(pack, lesson, language))
        self.browser.anchorClicked.connect(self.follow_link)
        has_quiz = lesson.quiz(language) is not None
        self.next_button = primary_button(
            self.tr("Check what I learned") if has_quiz else self.tr("I have finished this lesson"),
            self,
        )
        self.next_button.clicked.connect(self.quiz_requested if has_quiz else self.finished)
        self.back_button = QPushButton(self.tr("Back to the course"), self)
        self.back_button.clicked.connect(self.back)
        self.read_button = QPushButton(self.tr("Read aloud"), self)
        self.read_button.clicked.connect(self.read_aloud)
        self.read_button.setVisible(voice is not None and voice.available)
        for button in (self.next_button, self.back_button, self.read_button):
            button.setAutoDefault(True)  # Enter presses the button that has the keyboard
        self.part = part
        self._part_shown = False
        self._place: int | None = None  # where the reading was when the text size changed
        self.text_size = TextSizeButtons(text_scale, self)
        self.text_size.chosen.connect(self._text_size_chosen)
        self.text_size.add_keys(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        top = QHBoxLayout()
        top.addWidget(
            hint_label(
                fill(
                    self.tr("%1 · Lesson %2 of %3"),
                    pack.title_in(language),
                    str(number),
                    str(len(pack.lessons)),
                ),
                self,
            ),
            1,
        )
        top.addWidget(self.text_size)
        layout.addLayout(top)
        self.heading = title_label(lesson.text(language).title, self)
        layout.addWidget(self.heading)
        self._fit_line_length()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.browser, 20)
        row.addStretch(1)
        layout.addLayout(row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)

    def _fit_line_length(self) -> None:
        # Lines of about 80 characters are easier to read than the full screen width.
        self.browser.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.browser.setFocus()
        if self.part is not None and not self._part_shown:
            # Once the window has laid the lesson out at its real width.
            self._part_shown = True
            QTimer.singleShot(0, self.show_part)

    def part_block(self, part: int) -> QTextBlock | None:
        """The text block of the lesson's ``part``-th ``## `` heading, if it has one."""
        found = 0
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                found += 1
                if found == part:
                    return block
            block = block.next()
        return None

    def show_part(self) -> None:
        """Scroll so that the part the lesson was opened at starts at the top."""
        block = self.part_block(self.part) if self.part is not None else None
        if block is not None:
            self._scroll_to(block.position())

    def _scroll_to(self, position: int) -> None:
        document = self.browser.document()
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)  # keyboard reading goes on from there too
        top = document.documentLayout().blockBoundingRect(cursor.block()).top()
        line = cursor.block().layout().lineForTextPosition(position - cursor.block().position())
        if line.isValid():
            top += line.y()
        self.browser.verticalScrollBar().setValue(int(top))

    def _text_size_chosen(self, scale: int) -> None:
        # Keep the reader's place: the words at the top stay at the top in the new size.
        self._place = self.browser.cursorForPosition(QPoint(4, 4)).position()
        self.text_size_chosen.emit(scale)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_line_length()
            if self._place is not None:
                place, self._place = self._place, None
                QTimer.singleShot(0, lambda: self._scroll_to(place))

    def read_aloud(self) -> None:
        """Read the lesson aloud, or stop reading."""
        if self.voice is None:
            return
        if self.voice.speaking:
            self.voice.stop()
            self.read_button.setText(self.tr("Read aloud"))
            return
        text = f"{self.heading.text()}. {self.browser.toPlainText()}"
        if self.voice.say(text, self.language):
            self.read_button.setText(self.tr("Stop reading"))

    def hideEvent(self, event) -> None:
        # Leaving the lesson (or signing out) stops the voice.
        if self.voice is not None:
            self.voice.stop()
        super().hideEvent(event)

    def follow_link(self, url: QUrl) -> None:
        """Open a web link only after a clear confirmation (and only if the centre allows it)."""
        if url.scheme() not in ("http", "https", "mailto"):
            return
        if not self.links_allowed:
            QMessageBox.information(
                self,
                self.tr("Links are switched off"),
                self.tr("Opening web pages from lessons is switched off on this PC."),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open a web page?"),
            fill(
                self.tr(
                    "This link opens a web page outside SkillsApp, in your web browser:\n\n%1\n\n"
                    "Do you want to open it?"
                ),
                url.toString(),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_external.emit(url)
