"""Room for a dock at the window's foot (or a strip over the window) taken from the timeline,
not from the article: the timeline gives way to a dock or strip that opens, down to a row of
cards, and takes its height back when it closes; height the window gains goes to it first
while it is below that."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

STRIP_FLOOR = 200  # its controls, axis, a lane's name, a whole row of cards, the overview


class RoomFromTimeline(QObject):
    """Keeps the panes under the timeline (list, article, panel) as tall as they were when
    `dock` opens or closes: at 1366 x 768 the Documents dock left the article two lines, the
    splitter having given the panes below the timeline every pixel the dock took; with the
    articles-changed strip and the Orphans dock open, the article showed three lines."""

    def __init__(self, dock: QWidget, vertical: QSplitter, strip: QWidget) -> None:
        """`dock`: a dock, or a strip over the window; `vertical` holds the timeline over the
        panes; `strip` is the timeline's strip, under its search and filters (which take more
        height when a filter is on)."""
        super().__init__(dock)
        self._dock = dock
        self._vertical = vertical
        self._strip = strip
        self._dock_shown = not dock.isHidden()
        self._laid_out = False  # no room to keep before the window's first layout
        self._below_before: int | None = None  # the panes' height before the dock opened
        self._dock_height = dock.height()  # a dock shown folded or unfolded: another height
        vertical.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize of the splitter as the dock opens or closes, or as the window gains
        height: its panes' heights are still the old ones here, before the splitter shares
        the change out."""
        if watched is self._vertical and isinstance(event, QResizeEvent):
            shown = not self._dock.isHidden()
            # Shown is laid out: a window shown and not resized since had its dock's first
            # opening left to the splitter, which took it all from the panes.
            self._laid_out = self._laid_out or self._vertical.isVisible()
            resized = shown and self._dock_shown and self._dock.height() != self._dock_height
            if shown != self._dock_shown and self._laid_out:
                below = self._vertical.sizes()[1]
                if shown:
                    self._below_before = below
                else:  # as tall as they were before it opened
                    below = self._below_before or below
                QTimer.singleShot(0, self, lambda: self._settle(below, opened=shown))
            elif resized and self._laid_out:
                # Folded, the Orphans panel's height went to the panes, the timeline left
                # with its one row of cards: what a dock gives up or takes is the timeline's.
                freed = self._dock_height - self._dock.height()
                QTimer.singleShot(0, self, lambda: self._shift(freed))
            elif self._laid_out and event.size().height() > event.oldSize().height() > 0:
                grown = event.size().height() - event.oldSize().height()
                QTimer.singleShot(0, self, lambda: self._regrow(grown))
            self._dock_shown = shown
            self._dock_height = self._dock.height()
        return False

    def _settle(self, below: int, *, opened: bool) -> None:
        sizes = self._vertical.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        timeline = self._vertical.widget(0)
        above = timeline.height() - self._strip.height() if timeline is not None else 0
        floor = above + STRIP_FLOOR
        # opened: the timeline gives way, down to its floor; closed: it takes its height back
        kept = max(sizes[1], min(below, total - floor)) if opened else min(below, sizes[1])
        self._vertical.setSizes([total - kept, kept])
        if opened and total - kept < floor:
            self._shorten_dock(floor - (total - kept))

    def _shift(self, freed: int) -> None:
        """Height a dock shown gave up (or took, negative) to the timeline (or from it, down
        to its floor), not to the panes: the splitter shares a change out to them alone."""
        sizes = self._vertical.sizes()
        if len(sizes) != 2:
            return
        timeline = self._vertical.widget(0)
        above = timeline.height() - self._strip.height() if timeline is not None else 0
        if freed > 0:
            panes = self._vertical.widget(1)
            least = panes.minimumSizeHint().height() if panes is not None else sizes[1]
            give = min(freed, sizes[1] - least)
        else:
            give = -min(-freed, max(sizes[0] - above - STRIP_FLOOR, 0))
        if give:
            self._vertical.setSizes([sizes[0] + give, sizes[1] - give])

    def _shorten_dock(self, lacking: int) -> None:
        """The dock as short as it may be, for the timeline to keep its row of cards: at 150 %
        on a laptop it took 150 of 512 pixels and the timeline showed no card at all. The
        height it gives up goes to the timeline (_regrow)."""
        window = self._dock.parentWidget()
        if isinstance(window, QMainWindow) and isinstance(self._dock, QDockWidget):
            least = self._dock.minimumSizeHint().height()
            height = max(least, self._dock.height() - lacking)
            if height < self._dock.height():
                window.resizeDocks([self._dock], [height], Qt.Orientation.Vertical)
                QTimer.singleShot(0, self, lambda: self._to_timeline(lacking))

    def _to_timeline(self, lacking: int) -> None:
        """Up to `lacking` pixels from the panes to the timeline, the panes kept whole."""
        sizes = self._vertical.sizes()
        panes = self._vertical.widget(1)
        least = panes.minimumSizeHint().height() if panes is not None else sizes[-1]
        give = min(lacking, sizes[-1] - least)
        if len(sizes) == 2 and give > 0:
            self._vertical.setSizes([sizes[0] + give, sizes[1] - give])

    def _regrow(self, grown: int) -> None:
        """Height the window gained (a strip dismissed, the window made taller) goes to the
        timeline first while its strip is below its floor: it went to the panes, the
        timeline's one row of cards left cut in half."""
        sizes = self._vertical.sizes()
        give = min(grown, STRIP_FLOOR - self._strip.height(), sizes[1] - STRIP_FLOOR)
        if len(sizes) == 2 and give > 0:
            self._vertical.setSizes([sizes[0] + give, sizes[1] - give])
