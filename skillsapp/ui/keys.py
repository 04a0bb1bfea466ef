"""Keys that mean the same on every screen: Escape goes back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _EscapeGoesBack(QObject):
    """Watches a screen for an Escape that none of its fields used."""

    def __init__(
        self, screen: QWidget, back: Callable[[], object], when: Callable[[], bool] | None
    ) -> None:
        super().__init__(screen)
        self.target, self.back, self.when = screen, back, when

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A key a field does not use travels up to the screen, where it arrives here.
        if (
            watched is self.target
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == _escape()
            and (self.when is None or self.when())
        ):
            self.back()
            return True
        return False


def go_back_on_escape(
    screen: QWidget, back: Callable[[], object], when: Callable[[], bool] | None = None
) -> None:
    """Escape anywhere on ``screen`` calls ``back`` (while ``when()`` holds, if given)."""
    screen.installEventFilter(_EscapeGoesBack(screen, back, when))


def _escape() -> int:
    from PySide6.QtCore import Qt  # not on the start path (see docs/architecture.md)

    return Qt.Key.Key_Escape
