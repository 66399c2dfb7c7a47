"""Room in the status bar for a line that says what an edit did: the counts at its right
give way to a line too long to share the bar with them, and come back when it goes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from viewer.ui.plain import as_written

# What the bar takes round its message and between it and the counts, as Qt draws them.
BAR_MARGINS = 24


class MessageRoom(QObject):
    """Hides `counts` while the status bar's message needs its room: at 150 % on a laptop
    ("… is hidden: rejected events are hidden (View › Show Rejected Events). Ctrl+Z undoes.")
    the message was cut at "Show Rejected Event" and its Ctrl+Z never read. Widgets that
    stay beside the message while shown (a load's progress bar and Cancel) take their room
    too: they cut "Showing the timeline as last kept; checking the articles…" short."""

    def __init__(self, bar: QStatusBar, counts: QWidget, staying: Sequence[QWidget] = ()) -> None:
        super().__init__(bar)
        self._bar, self._counts, self._staying = bar, counts, tuple(staying)
        bar.messageChanged.connect(lambda _text: self.fit())
        bar.installEventFilter(self)  # a narrower window may leave it no room either
        for widget in self._staying:
            widget.installEventFilter(self)  # shown or hidden as a load starts and ends

    def needs_room(self, message: str) -> bool:
        """Whether `message` is longer than the bar leaves it beside the counts."""
        if not message:
            return False
        counts = self._counts.sizeHint().width()
        layout = self._bar.layout()
        spacing = layout.spacing() if layout is not None else 0
        shown = [w for w in self._staying if w.isVisibleTo(self._bar)]
        staying = sum(min(w.sizeHint().width(), w.maximumWidth()) + spacing for w in shown)
        room = self._bar.width() - counts - staying - BAR_MARGINS
        return self._bar.fontMetrics().horizontalAdvance(message) > room

    def fit(self) -> None:
        message = self._bar.currentMessage()
        crowded = self.needs_room(message)
        self._counts.setVisible(not crowded)
        self._bar.setToolTip(as_written(message) if crowded else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self._bar and event.type() == QEvent.Type.Resize
        shown = event.type() in (QEvent.Type.Show, QEvent.Type.Hide)
        if resized or (shown and watched in self._staying):
            self.fit()
        return False
