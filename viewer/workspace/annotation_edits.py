"""Editing annotations through the workspace: field changes, their undo and redo, and an
import's many at once, each refused with one line when the project cannot take it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from viewer.core.annotations import Annotation
from viewer.store import ProjectError
from viewer.workspace.annotation_service import AnnotationChange, AnnotationService, Origin
from viewer.workspace.errors import WorkspaceError


class AnnotationEdits:
    """The annotation editing of a Workspace (mixed into it): what the window, its undo
    stack and the CSV import call, all through the one annotation service."""

    annotation_service: AnnotationService

    def annotation(self, event_id: str) -> Annotation:
        raise NotImplementedError

    def _check_editable(self) -> None:
        raise NotImplementedError

    def edit_annotation(
        self, event_id: str, *, origin: Origin = Origin.EDIT, **changes: object
    ) -> AnnotationChange:
        """Change these fields of an event's annotation (note, tags, status, starred, title,
        date), and only these: saved at once, never over what another window changed.
        Origin.TYPED for a key typed in a note or the tags."""
        self._check_editable()
        anchor = self.annotation(event_id).anchor
        return self._saving(
            lambda: self.annotation_service.edit(event_id, anchor, changes, origin=origin)
        )

    def edit_typed(self, event_id: str, field: str, was: object, now: object) -> AnnotationChange:
        """A key typed in a note or the tags, saved at once: the field's change from `was`
        (what this window showed or saved last) to `now`, merged with what another window
        saved there since (never written over it unseen)."""
        self._check_editable()
        anchor = self.annotation(event_id).anchor
        return self._saving(
            lambda: self.annotation_service.edit_typed(event_id, anchor, field, was, now)
        )

    def undo_annotation(self, change: AnnotationChange) -> AnnotationChange:
        """Undo: put the fields a change wrote back, unless another window changed them since."""
        self._check_editable()
        anchor = self.annotation(change.event_id).anchor
        return self._saving(lambda: self.annotation_service.undo(change, anchor))

    def redo_annotation(self, change: AnnotationChange) -> AnnotationChange:
        self._check_editable()
        anchor = self.annotation(change.event_id).anchor
        return self._saving(lambda: self.annotation_service.redo(change, anchor))

    def edit_annotations(
        self, edits: Sequence[tuple[str, Mapping[str, object]]], history: str
    ) -> list[AnnotationChange]:
        """Several events' fields changed in one transaction (an import): all, or none."""
        self._check_editable()
        anchored = [(e, self.annotation(e).anchor, changes) for e, changes in edits]
        try:
            return self.annotation_service.edit_many(anchored, history)
        except ProjectError as error:
            raise WorkspaceError(str(error)) from None

    def revert_annotations(
        self, changes: Sequence[AnnotationChange], *, undo: bool
    ) -> tuple[list[AnnotationChange], list[str]]:
        """Undo (or redo) an import's changes as one step, in one transaction: the events
        another window changed since keep that window's values and are returned by id."""
        self._check_editable()
        anchors = {c.event_id: self.annotation(c.event_id).anchor for c in changes}
        try:
            return self.annotation_service.revert_many(changes, anchors, undo=undo)
        except ProjectError as error:
            raise WorkspaceError(str(error)) from None

    def _saving(self, write: Callable[[], AnnotationChange]) -> AnnotationChange:
        try:
            return write()
        except ProjectError as error:
            raise WorkspaceError(str(error)) from None
