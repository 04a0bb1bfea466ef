"""Automatic sign-out on a shared PC: a warning after the idle time, then sign-out.

Any key press, click, scroll or touch counts as activity and restarts the wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


def _activity_events() -> frozenset[QEvent.Type]:
    # Built on first sign-in, not at import: QEvent's enums are costly to load at start-up.
    from PySide6.QtCore import QEvent

    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )


class IdleWatcher(QObject):
    """Emits ``warn`` after ``idle_ms`` without input, ``expired`` ``warning_ms`` later."""

    warn = Signal()
    tick = Signal(int)  # seconds left while warning
    expired = Signal()

    def __init__(self, idle_ms: int, warning_ms: int = 60_000, parent: QObject | None = None):
        super().__init__(parent)
        self.idle_ms, self.warning_ms = idle_ms, warning_ms
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._count)
        self._left_ms = 0
        self._activity: frozenset[QEvent.Type] = frozenset()
        self.active = False

    def start(self) -> None:
        """Begin watching (when a resident signs in)."""
        self.active = True
        if not self._activity:
            self._activity = _activity_events()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.poke()

    def stop(self) -> None:
        """Stop watching (when the resident signs out)."""
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self._countdown.stop()

    @property
    def warning(self) -> bool:
        """True while the countdown to sign-out runs."""
        return self._countdown.isActive()

    def poke(self) -> None:
        """Activity: restart the idle wait and cancel a running warning."""
        if not self.active:
            return
        self._countdown.stop()
        self._idle.start(self.idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While warning, only the warning's own button cancels it (a stray mouse move must
        # not keep a forgotten session open).
        if event.type() in self._activity and not self.warning:
            self.poke()
        return False

    def _start_warning(self) -> None:
        self._left_ms = self.warning_ms
        self.warn.emit()
        self.tick.emit(max(1, self._left_ms // 1000))
        self._countdown.start(min(1000, self.warning_ms))

    def _count(self) -> None:
        self._left_ms -= self._countdown.interval()
        if self._left_ms <= 0:
            self.stop()
            self.expired.emit()
        else:
            self.tick.emit(max(1, self._left_ms // 1000))
