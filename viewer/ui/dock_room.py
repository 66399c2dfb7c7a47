"""Room for a dock at the window's foot taken from the timeline, not from the article: the
timeline gives way to a dock that opens and takes its height back when the dock closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QSplitter

TIMELINE_FLOOR = 220  # the axis, a row of cards and the overview still show


class RoomFromTimeline(QObject):
    """Keeps the panes under the timeline (list, article, panel) as tall as they were when
    `dock` opens or closes: at 1366 x 768 the Documents dock left the article two lines, the
    splitter having given the panes below the timeline every pixel the dock took."""

    def __init__(self, dock: QDockWidget, vertical: QSplitter) -> None:
        super().__init__(dock)
        self._dock = dock
        self._vertical = vertical
        self._dock_shown = not dock.isHidden()
        self._laid_out = False  # no room to keep before the window's first layout
        self._below_before: int | None = None  # the panes' height before the dock opened
        vertical.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize of the splitter as the dock opens or closes: its panes' heights are still
        the old ones here, before the splitter shares the change out."""
        if watched is self._vertical and event.type() == QEvent.Type.Resize:
            shown = not self._dock.isHidden()
            if shown != self._dock_shown and self._laid_out:
                below = self._vertical.sizes()[1]
                if shown:
                    self._below_before = below
                else:  # as tall as they were before it opened
                    below = self._below_before or below
                QTimer.singleShot(0, lambda: self._settle(below, opened=shown))
            self._dock_shown = shown
            self._laid_out = self._laid_out or self._vertical.isVisible()
        return False

    def _settle(self, below: int, *, opened: bool) -> None:
        sizes = self._vertical.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        timeline = self._vertical.widget(0)
        least = timeline.minimumSizeHint().height() if timeline is not None else 0
        floor = max(TIMELINE_FLOOR, least)
        # opened: the timeline gives way, down to its floor; closed: it takes its height back
        kept = max(sizes[1], min(below, total - floor)) if opened else min(below, sizes[1])
        self._vertical.setSizes([total - kept, kept])
