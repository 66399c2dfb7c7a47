"""The window's session: which workspace is on screen, which event is selected, the undo
stack, and what changed, told to the views that subscribe.

Only this object swaps the workspace on screen. Annotation changes come from the workspace's
annotation service, whoever made them (an edit, an undo, another window, an import): views
hear them here, never from the edit that made them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from viewer.core.model import Event, Passage
from viewer.workspace import Workspace
from viewer.workspace.annotation_service import AnnotationChange, Origin
from viewer.workspace.picked_up import PickedUp

TYPED_REFRESH_MS = 150  # views catch up with a note or tags once typing pauses this long
NOT_SAVED_ADVICE = (
    "What you typed stays on screen and is saved with the next key, or when you come back "
    "to the event, once the project can be written again: make room on its disk, or close "
    "the program that holds the file."
)


class SessionController(QObject):
    """The workspace on screen and the selection, and every change to them, as signals."""

    # Another workspace is on screen, or the same one made whole: True to keep the view as
    # it was, and the event that was selected, to select again if it is still there.
    workspace_changed = Signal(bool, str)
    # The events were made again: the id of the event to show next ("" for the selected one).
    events_changed = Signal(str)
    # These events' annotations changed; True when an undo or redo did it (the views follow).
    annotations_changed = Signal(list, bool)
    # The selected event's id ("" for none) and the passage of it to show (None: its first).
    selection_changed = Signal(str, object)
    leaving = Signal()  # the workspace on screen may be replaced or shown afresh: save typing
    failed = Signal(str)  # an edit could not be saved: one line for the user
    told = Signal(str)  # an edit was saved, but met another window's: one line for the user
    orphans_changed = Signal()  # an orphan was attached to an event, or put back by an undo

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._current = ""
        self._picking_up = False  # changes heard while picking up others' are told after
        # Keys typed in a note or the tags are saved one by one; views are told of them once
        # typing pauses, not at every key.
        self._typed: set[str] = set()
        self._typed_timer = QTimer(self)
        self._typed_timer.setSingleShot(True)
        self._typed_timer.setInterval(TYPED_REFRESH_MS)
        self._typed_timer.timeout.connect(self.catch_up_with_typing)
        workspace.annotation_service.subscribe(self._heard)
        self._typing_failure = ""  # why the last key typed was not saved; "" once one is
        self.unsaved: Callable[[], list[str]] = list  # what is on screen and not saved
        self.carried_to: Path | None = None  # a copy the work on screen goes on in

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    def show(self, workspace: Workspace, *, keep_view: bool = False) -> None:
        """Put a workspace on screen; with keep_view, the same timeline made whole or
        checked, so the selection and the part of it on screen stay where the user left them.
        A workspace replaced is not closed here: the loader decides when."""
        self.leaving.emit()  # everything is shown afresh below
        same = workspace is self._workspace
        # Articles added to the project open it again, and Save Project As opens its copy:
        # the event selected stays selected (after Save As the list went back to its top),
        # and so does the undo history (after Save As, Undo no longer took back an edit).
        continued = workspace.project_path in (self._workspace.project_path, self.carried_to)
        again = not same and continued
        kept = self._current if (keep_view and same) or again else ""
        if workspace is not self._workspace:
            self._workspace.annotation_service.unsubscribe(self._heard)
            workspace.annotation_service.subscribe(self._heard)
            self._workspace = workspace
            keep_view = False
        self._typed_timer.stop()
        self._typed.clear()
        if not continued:
            self.undo_stack.clear()
        self._current = ""
        self.workspace_changed.emit(keep_view, kept)

    def prepare_to_leave(self) -> None:
        """Save what is typed in the workspace on screen: another may replace it."""
        self.leaving.emit()

    # --- selection

    def current_event_id(self) -> str:
        return self._current

    def current_event(self) -> Event | None:
        try:
            return self._workspace.event(self._current) if self._current else None
        except KeyError:
            return None

    def select(self, event_id: str, passage: Passage | None = None) -> None:
        """Select an event (or none, with ""): every view shows it, that passage first."""
        try:
            event = self._workspace.event(event_id) if event_id else None
        except KeyError:
            event = None
        self._current = event.id if event else ""
        self.selection_changed.emit(self._current, passage)

    # --- what changed

    def events_rebuilt(self, follow: str = "") -> None:
        """The events were made again (a merge, a split, a new event, a corrected date)."""
        self.events_changed.emit(follow)

    def orphans_moved(self) -> None:
        """An orphan left the Orphans panel for an event, or came back to it."""
        self.orphans_changed.emit()

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

    def report_typing_failure(self, message: str) -> None:
        """A key typed could not be saved: said in a box the first time, then in the status
        bar until a key is saved again (a box at every key would stop the typing)."""
        if self._typing_failure:
            self.told.emit(message)
        else:
            self.failed.emit(f"{message}\n\n{NOT_SAVED_ADVICE}")
        self._typing_failure = message

    def typing_saved(self) -> None:
        self._typing_failure = ""

    def may_leave(self, ask: Callable[[list[str], str], bool]) -> bool:
        """Save what is typed; whether the workspace on screen may go, when some of it could
        not be saved: `ask` is shown what would be lost and why, and answers."""
        self.prepare_to_leave()
        lost = self.unsaved()
        return not lost or ask(lost, self._typing_failure)

    def tell(self, message: str) -> None:
        """Say what a saved edit met, without stopping the typing (no box to close)."""
        self.told.emit(message)

    def catch_up_with_typing(self) -> None:
        """Tell the views what was typed (saved already, key by key)."""
        self._typed_timer.stop()
        typed, self._typed = self._typed, set()
        if not self._workspace.is_open:
            return  # closed meanwhile: nothing left to show
        shown = sorted(e for e in typed if self._workspace.has_event(e))
        if shown:
            self.annotations_changed.emit(shown, False)

    def pick_up_elsewhere(self) -> PickedUp:
        """What other sessions saved in the project since this one last looked, now shown
        (WorkspaceError if the project cannot be read)."""
        self._picking_up = True
        try:
            picked = self._workspace.pick_up_changes()
        finally:
            self._picking_up = False
        dated = any("date" in change.fields for change in picked.annotations)
        if picked.rebuilt or dated:
            self.events_changed.emit("")  # new order, or new events: the selection stays
        elif picked.annotations:
            ids = list(dict.fromkeys(change.event_id for change in picked.annotations))
            self.annotations_changed.emit(ids, False)
        return picked

    def _heard(self, changes: Sequence[AnnotationChange]) -> None:
        """Every annotation change of the workspace on screen, after the workspace itself
        has folded it into its columns and search texts."""
        if not changes or self._picking_up:
            return  # told once the pick-up is over, with the events rebuilt if need be
        ids = list(dict.fromkeys(c.event_id for c in changes))
        if any("date" in c.fields for c in changes):
            # A corrected date moves its event: an own edit follows it; others' keep the
            # view, and so do the many of an import (which of them would it follow?).
            own = [c.origin is not Origin.ELSEWHERE for c in changes]
            self.events_changed.emit(ids[0] if len(ids) == 1 and any(own) else "")
            return
        if all(c.origin is Origin.TYPED for c in changes):
            self._typed.update(ids)
            self._typed_timer.start()
            return
        follow = len(ids) == 1 and any(c.origin is Origin.UNDO for c in changes)
        self.annotations_changed.emit(ids, follow)
