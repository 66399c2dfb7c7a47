"""What the window does when the search and filters hide the selected event: the first
event left is shown in its place, the status bar says which was hidden and why, and the
hidden one is selected again once the filters show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.core.annotations import Status
from viewer.core.source_names import shortened

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from viewer.core.model import Passage
    from viewer.ui.event_list import EventList
    from viewer.ui.event_model import EventTableModel
    from viewer.ui.timeline_pane import TimelinePane
    from viewer.workspace import Workspace

NOTHING_SELECTED = ": nothing is selected"  # said while true only
TOLD_MS = 20_000  # how long a line about an edit that met another window's stays


class HiddenSelection:
    """The main window's handling of a selection the filters hide (mixed into it)."""

    model: EventTableModel
    event_list: EventList
    timeline_pane: TimelinePane
    _told: str
    _told_hidden: str
    _hidden_selection: str  # the selected event while a filter hides it
    _stand_in: str  # the event shown in its place, until the user chooses another
    _editing: bool  # an edit's own refresh is under way

    if TYPE_CHECKING:

        @property
        def workspace(self) -> Workspace: ...
        def statusBar(self) -> QStatusBar: ...
        def current_event_id(self) -> str: ...
        def select_event(self, event_id: str, passage: Passage | None = None) -> None: ...
        def _update_counts(self) -> None: ...

    def _say_hidden(self, event_id: str) -> None:
        """An edit hid its event: say why and how to get it back, not let it vanish."""
        title = self._short_title(event_id)
        if self.workspace.annotation(event_id).status is Status.REJECTED:
            why = "rejected events are hidden (View › Show Rejected Events, Ctrl+Shift+R)"
        else:
            why = "it no longer matches the search and filters"
        self._tell(f"“{title}” is hidden: {why}. Ctrl+Z undoes.", event_id)

    def _filters_applied(self) -> None:
        """The filters changed what is shown: the list follows, keeping the selection if shown.
        An event the filters hide hands over to the first event left in the list, so that
        the article and the panel stay filled; it is selected again once the filters show it
        again, unless the user has chosen another event meanwhile."""
        self.model.set_shown(*self.timeline_pane.shown())
        if self._editing:
            return  # an edit hid its own event: _annotations_changed moves on from it
        current = self.current_event_id()
        gone = bool(current) and not self.workspace.has_event(current)  # _events_changed follows
        hidden = self._hidden_selection if current == self._stand_in else ""
        if hidden and self.model.row_of(hidden) is not None:
            self.select_event(hidden)  # shown again, and nothing else chosen meanwhile
        elif current and not gone and self.model.row_of(current) is None:
            self._hand_over(hidden or current)
        elif hidden and not current and self.model.rowCount():
            self._hand_over(hidden)  # a filter that left nothing now leaves some: one shown
        if self._still_told() and self.model.row_of(self._told_hidden) is not None:
            self.statusBar().clearMessage()  # shown again: "is hidden" no longer true
        self._update_counts()

    def _hand_over(self, hidden: str) -> None:
        """The selected event is hidden: the first event left is shown in its place (and the
        one first hidden is remembered, if the one in its place is hidden in turn)."""
        title = self._short_title(hidden)
        if self.model.rowCount():
            # Selected by its id, not by the list's row: a row the list had selected
            # already changed nothing, and a panel just emptied stayed empty.
            self.select_event(self.model.event_at(0).id)
            shown = f"; showing “{self._short_title(self.current_event_id())}”, the first left"
        else:
            self.select_event("")
            shown = NOTHING_SELECTED
        self._hidden_selection, self._stand_in = hidden, self.current_event_id()
        self._tell(f"“{title}” is hidden by the search and filters{shown}", hidden)

    def _short_title(self, event_id: str) -> str:
        """An event's title as shown, short enough for a line of the status bar."""
        return shortened(self.workspace.effective(self.workspace.event(event_id)).title, 40)

    def _tell(self, line: str, hidden: str = "") -> None:
        """A line on what an edit or a filter met; `hidden`, the event it says is hidden."""
        self._told, self._told_hidden = line, hidden
        self.statusBar().showMessage(line, TOLD_MS)

    def _still_told(self) -> bool:
        """Whether the status bar still shows the last line told."""
        return bool(self._told) and self.statusBar().currentMessage() == self._told
