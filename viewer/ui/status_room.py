"""Room in the status bar for a line that says what an edit did: the counts at its right
give way to a line too long to share the bar with them, and come back when it goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from viewer.ui.plain import as_written

# What the bar takes round its message and between it and the counts, as Qt draws them.
BAR_MARGINS = 24


class MessageRoom(QObject):
    """Hides `counts` while the status bar's message needs its room: at 150 % on a laptop
    ("… is hidden: rejected events are hidden (View › Show Rejected Events). Ctrl+Z undoes.")
    the message was cut at "Show Rejected Event" and its Ctrl+Z never read."""

    def __init__(self, bar: QStatusBar, counts: QWidget) -> None:
        super().__init__(bar)
        self._bar, self._counts = bar, counts
        bar.messageChanged.connect(lambda _text: self.fit())
        bar.installEventFilter(self)  # a narrower window may leave it no room either

    def needs_room(self, message: str) -> bool:
        """Whether `message` is longer than the bar leaves it beside the counts."""
        if not message:
            return False
        counts = self._counts.sizeHint().width()
        room = self._bar.width() - counts - BAR_MARGINS
        return self._bar.fontMetrics().horizontalAdvance(message) > room

    def fit(self) -> None:
        message = self._bar.currentMessage()
        crowded = self.needs_room(message)
        self._counts.setVisible(not crowded)
        self._bar.setToolTip(as_written(message) if crowded else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
