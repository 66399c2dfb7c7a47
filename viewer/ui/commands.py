"""Undoable edits: each redo and undo goes through the Workspace, which persists at once.

Commands say nothing of an annotation they changed: the annotation service tells the views,
through the session controller. A rebuild of the events, and a failure, they report there."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtGui import QUndoCommand

from viewer.core.annotations import Grouping
from viewer.core.model import Passage, passage_id
from viewer.ui.session_controller import SessionController
from viewer.workspace import Workspace, WorkspaceError
from viewer.workspace.annotation_service import AnnotationChange, Origin
from viewer.workspace.orphan_attach import Attachment

TYPING_COMMAND_ID = 1001


class WorkspaceCommand(QUndoCommand):
    """An edit whose failure is reported to the user and leaves no step on the stack."""

    def __init__(self, session: SessionController, text: str) -> None:
        super().__init__(text)
        self._session = session

    @property
    def _workspace(self) -> Workspace:
        """The workspace on screen: the stack is cleared when another project is shown, and
        kept when it is this project again (read anew, articles added) or its copy (Save
        Project As), where the edits go on."""
        return self._session.workspace

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (WorkspaceError, KeyError) as error:
            self.setObsolete(True)  # the stack drops a step that did not happen
            message = str(error) if not isinstance(error, KeyError) else "that event is gone"
            self.report(f"{self.text()}: {message}")

    def report(self, message: str) -> None:
        self._session.report_failure(message)


class AnnotationCommand(WorkspaceCommand):
    """Change some fields of one event's annotation. Only those fields are written; undo puts
    them back, unless another window changed them since (then it says so and keeps theirs)."""

    ORIGIN = Origin.EDIT  # how the first doing of it is told to the views

    def __init__(
        self, session: SessionController, event_id: str, changes: Mapping[str, object], text: str
    ) -> None:
        super().__init__(session, text)
        self.event_id = event_id
        self._changes = dict(changes)
        self._change: AnnotationChange | None = None
        # What its first doing found stored and left, for the panel to compare with what the
        # user saw (kept here: a step merged into the one before it is gone from the stack).
        self.first: AnnotationChange | None = None

    def do(self) -> None:
        if self._change is None:
            self._change = self.first = self.first_doing()
            if not self._change.fields:
                self.setObsolete(True)  # nothing changed: no step to undo
        else:
            self._workspace.redo_annotation(self._change)

    def first_doing(self) -> AnnotationChange:
        return self._workspace.edit_annotation(self.event_id, origin=self.ORIGIN, **self._changes)

    def undo_it(self) -> None:
        if self._change is not None:
            self._workspace.undo_annotation(self._change)


class TypingCommand(AnnotationCommand):
    """An edit made key by key (a note, tags): each key is saved at once, and the keys typed
    in one field of one event, until the field is left, make one undo step."""

    ORIGIN = Origin.TYPED  # the views catch up once typing pauses; the panel shows it already
    typing_session = 0  # the panel counts the times a field is left: keys of one merge

    def __init__(
        self, session: SessionController, event_id: str, field: str, was: object, now: object
    ) -> None:
        super().__init__(session, event_id, {field: now}, f"Edit {field}")
        self._typed = (field, was, now)  # from what the field showed or saved last

    def first_doing(self) -> AnnotationChange:
        """Saved as a change from what the field showed: merged with what another window
        saved since, never written over it."""
        change = self._workspace.edit_typed(self.event_id, *self._typed)
        self._session.typing_saved()
        return change

    def report(self, message: str) -> None:
        self._session.report_typing_failure(message)

    def id(self) -> int:
        return TYPING_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, TypingCommand)
            or other.event_id != self.event_id
            or other.typing_session != self.typing_session
            or set(other._changes) != set(self._changes)
            or self._change is None
            or other._change is None
            or other._change.values(other._change.before) != self._change.values(self._change.after)
        ):
            return False  # another window saved between the two: undone one by one
        # What was stored before the first key, and what the latest key left.
        self._change = self._change.then(other._change)
        self._changes = other._changes
        if self._change.values(self._change.before) == self._change.values(self._change.after):
            self.setObsolete(True)  # typed back to what it was: no step to undo
        return True


class DocumentDateCommand(WorkspaceCommand):
    """Correct (or clear the correction of) a document's publication date."""

    def __init__(
        self, session: SessionController, document_id: str, value: date | None, follow: str
    ) -> None:
        super().__init__(session, f"Correct date of {document_id}")
        self._document_id = document_id
        self._value = value
        self._previous: date | None = None
        self._done = False
        self._follow = follow

    def do(self) -> None:
        if not self._done:
            self._previous = self._workspace.set_document_date(self._document_id, self._value)
            self._done = True
        else:  # a redo: only over the date its undo left
            ws = self._workspace
            ws.redo_document_date(self._document_id, self._value, self._previous)
        self._session.events_rebuilt(self._follow)

    def undo_it(self) -> None:
        ws = self._workspace
        ws.redo_document_date(self._document_id, self._previous, self._value)
        self._session.events_rebuilt(self._follow)


class AddEventCommand(WorkspaceCommand):
    """A new user event from a passage the user selected."""

    def __init__(self, session: SessionController, document_id: str, start: int, end: int) -> None:
        super().__init__(session, "New event from selection")
        self._span = (document_id, start, end)
        self.event_id = ""

    def do(self) -> None:
        self.event_id = self._workspace.add_event(*self._span).id
        self._session.events_rebuilt(self.event_id)

    def undo_it(self) -> None:
        self._workspace.remove_user_event(self.event_id)
        self._session.events_rebuilt("")


class GroupingCommand(WorkspaceCommand):
    """Merge two events or split a passage out; undo puts the previous groupings back."""

    def __init__(
        self, session: SessionController, text: str, moved: Sequence[Passage], follow: str
    ) -> None:
        super().__init__(session, text)
        self._passage_ids = [passage_id(p.document_id, p.source_text) for p in moved]
        self._previous: list[Grouping] = []
        self._written: list[Grouping] | None = None  # what the first doing stored
        self._follow = follow

    def regroup(self) -> list[Grouping]:
        raise NotImplementedError

    def do(self) -> None:
        if self._written is None:
            self._previous = self.regroup()
            self._written = self._workspace.groupings_of(self._passage_ids)
        else:  # a redo: the same groupings again, only over what its undo left
            ws = self._workspace
            ws.restore_groupings(self._passage_ids, self._written, self._previous)
        self._session.events_rebuilt(self.followed())

    def followed(self) -> str:
        """The event shown once regrouped."""
        return self._follow

    def undo_it(self) -> None:
        ws = self._workspace
        ws.restore_groupings(self._passage_ids, self._previous, self._written or [])
        self._session.events_rebuilt(self._follow)


class MergeCommand(GroupingCommand):
    """Join another event's passages to the target event."""

    def __init__(self, session: SessionController, target_id: str, other_id: str) -> None:
        other = session.workspace.event(other_id)
        super().__init__(session, "Merge events", other.passages, target_id)
        self._target_id = target_id
        self._other_id = other_id

    def regroup(self) -> list[Grouping]:
        return self._workspace.merge(self._target_id, self._other_id)


class SplitCommand(GroupingCommand):
    """Split one passage out of its event into an event of its own."""

    def __init__(self, session: SessionController, event_id: str, passage: Passage) -> None:
        super().__init__(session, "Split passage out", [passage], event_id)
        self._event_id = event_id
        self._passage = passage

    def regroup(self) -> list[Grouping]:
        return self._workspace.split(self._event_id, self._passage)

    def followed(self) -> str:
        """The event the passage now makes on its own: the one the article shows. (Split
        out as an event's first passage, neither it nor what is left keeps the event's id.)"""
        event = self._workspace.event_reporting(self._passage)
        return event.id if event is not None else self._follow


class AttachOrphanCommand(WorkspaceCommand):
    """An orphan's work onto an event; undo puts the event's annotation and the orphan back."""

    def __init__(self, session: SessionController, orphan_id: str, event_id: str) -> None:
        super().__init__(session, "Attach orphan")
        self._ids = (orphan_id, event_id)
        self.done: Attachment | None = None  # what the first doing wrote

    def do(self) -> None:
        if self.done is None:
            self.done = self._workspace.attach_orphan(*self._ids)
        else:
            self._workspace.redo_attach(self.done)
            self._session.tell("The orphan is attached again: it left the Orphans panel")
        self._session.orphans_moved()

    def undo_it(self) -> None:
        if self.done is not None:
            self._workspace.undo_attach(self.done)
            self._session.orphans_moved()
            self._session.tell(
                "Attaching undone: the event's annotation is as it was, the orphan back"
            )
