"""Small widgets shared by several screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QLabel, QLayout, QLayoutItem, QPushButton, QWidget

from skillsapp.core.people import AVATARS, Learner
from skillsapp.ui.text import fill

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

# Qt.AlignCenter as a number: the start screen paints without touching the Qt namespace,
# whose enum tables take longer to build than painting the screen does.
ALIGN_CENTER = 0x0084


def local_date(iso_day: str) -> str:
    """An ISO day ("2026-03-31") in the words of the interface language."""
    from PySide6.QtCore import Qt

    day = QDate.fromString(iso_day[:10], Qt.DateFormat.ISODate)
    # Day, month name and year: clear in every language, without the long weekday.
    return QLocale().toString(day, "d MMMM yyyy") if day.isValid() else iso_day


def name_table_headings(screen: QWidget) -> None:
    """Give every table's heading row a name for screen readers (Qt leaves them unnamed)."""
    from PySide6.QtCore import Qt

    for header in screen.findChildren(QHeaderView):
        if not header.accessibleName():
            horizontal = header.orientation() == Qt.Orientation.Horizontal
            header.setAccessibleName(
                QCoreApplication.translate("Widgets", "Column headings")
                if horizontal
                else QCoreApplication.translate("Widgets", "Row headings")
            )


def enter_presses_buttons(screen: QWidget) -> None:
    """Enter presses the button that has the keyboard, as Space does, on every button of
    ``screen`` (tiles, course cards, lessons): outside a dialog Qt leaves Enter unused."""
    for button in screen.findChildren(QPushButton):
        button.setAutoDefault(True)


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A screen's heading."""
    label = QLabel(text, parent)
    label.setObjectName("title")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A short line of help under a heading."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """Where a screen says, in plain words, what went wrong (hidden when empty)."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setAccessibleName("Message")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show (or with "" hide) a message in an error label."""
    label.setText(text)
    label.setVisible(bool(text))


def primary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """The one obvious next step on a screen."""
    button = QPushButton(text, parent)
    button.setObjectName("primary")
    button.setAutoDefault(True)
    return button


class WrappingButton(QPushButton):
    """A button whose words wrap onto more lines when it is narrow (long course titles at
    200 % text), instead of being cut off at both ends; ``text()`` is its words."""

    MARGIN = 12

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSizePolicy, QVBoxLayout

        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The whole button takes the click; its words let it through.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.MARGIN, self.MARGIN // 2, self.MARGIN, self.MARGIN // 2)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show ``text`` (wrapped); it is also the button's name for screen readers."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        """The button's words."""
        return self.label.text()

    def sizeHint(self) -> QSize:
        words = self.label.sizeHint()
        return QSize(words.width() + 2 * self.MARGIN + 8, self.heightForWidth(words.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(44 * 3, 44)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        words = self.label.heightForWidth(max(1, width - 2 * self.MARGIN - 8))
        return max(44, words + self.MARGIN + 8)


class LearnerTile(QPushButton):
    """A large tile with the learner's colour, picture and first name."""

    def __init__(self, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setAutoDefault(True)  # Enter signs in, as Space does
        self.setAccessibleName(learner.first_name)
        self.setAccessibleDescription(fill(self.tr("Sign in as %1"), learner.first_name))
        self.setToolTip(learner.first_name)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = max(150, metrics.horizontalAdvance(self.learner.first_name) + 32)
        return QSize(width, 150 + metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        circle = min(96, rect.height() - self.fontMetrics().height() - 40)
        x = (rect.width() - circle) / 2
        painter.setPen(QPen(QColor(0, 0, 0, 0)))
        painter.setBrush(QColor(self.learner.colour))
        painter.drawEllipse(QRectF(x, 14, circle, circle))
        symbol = AVATARS.get(self.learner.avatar, "") or self.learner.first_name[:1].upper()
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, circle / 2.6))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(x, 14, circle, circle), ALIGN_CENTER, symbol)
        painter.setFont(self.font())
        painter.setPen(self.palette().buttonText().color())
        name_rect = QRectF(4, 14 + circle + 8, rect.width() - 8, self.fontMetrics().height() + 6)
        painter.drawText(name_rect, ALIGN_CENTER, self.learner.first_name)
        painter.end()


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to a new row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def _live(self) -> list[QLayoutItem]:
        """The items whose Qt side still exists. Qt can delete an item behind the layout's
        back (its widget destroyed with the page it was on, before the layout asks again);
        a call to such an item crashes the binding, so the layout forgets it first."""
        self._items = [item for item in self._items if shiboken6.isValid(item)]
        return self._items

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._live():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._live():
            hint = item.sizeHint()
            if hint.width() > area.width() > 0:
                # Wider than the whole row (long words at 200 % text): as wide as the row,
                # and as tall as its words then need, rather than cut off at the side.
                width = max(area.width(), item.minimumSize().width())
                height = item.heightForWidth(width) if item.hasHeightForWidth() else -1
                hint = QSize(width, max(height, hint.height()))
            if x + hint.width() > area.right() + 1 and row_height > 0:
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()
