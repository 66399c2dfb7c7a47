"""Attaching an orphan's work to the event its passage became, its undo and its redo, through
the one annotation service; the merge of the two annotations is orphan_merge's rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from viewer.core.annotations import Annotation
from viewer.core.orphan_merge import Attaching, attaching
from viewer.core.source_names import shortened
from viewer.store import ProjectError
from viewer.workspace.annotation_service import AnnotationChange, AnnotationService, Origin
from viewer.workspace.errors import WorkspaceError


@dataclass(frozen=True)
class Attachment:
    """One orphan attached: the orphan as it was stored, its row in the Orphans panel, what
    was written on the event, and what of the orphan's was not applied."""

    orphan: Annotation
    place: int
    change: AnnotationChange
    plan: Attaching

    @property
    def event_id(self) -> str:
        return self.change.event_id


def not_applied_text(plan: Attaching) -> str:
    """The orphan's values the event kept its own instead of, in one phrase ("" if none)."""
    if not plan.not_applied:
        return ""
    return f"not applied, the event's own kept: {', '.join(plan.not_applied)}"


def _history(orphan: Annotation, plan: Attaching) -> str:
    quote = shortened(" ".join(orphan.anchor.quote.split()), 60)
    line = f"Attached the orphaned annotation of “{quote}”"
    return f"{line} ({not_applied_text(plan)})" if plan.not_applied else line


class OrphanAttaching:
    """The attaching of orphans of a Workspace (mixed into it)."""

    annotation_service: AnnotationService
    _orphans: list[Annotation]

    def annotation(self, event_id: str) -> Annotation:
        raise NotImplementedError

    def _check_editable(self) -> None:
        raise NotImplementedError

    def attach_plan(self, orphan_id: str, event_id: str) -> Attaching:
        """What attaching this orphan to this event would do, to say it beforehand."""
        return attaching(self.annotation_service.get(event_id), self._stored_orphan(orphan_id))

    def attach_orphan(self, orphan_id: str, event_id: str) -> Attachment:
        """The orphan's work onto the event (joined with its own), the orphan no longer one."""
        self._check_editable()
        orphan = self._stored_orphan(orphan_id)
        plan = attaching(self.annotation_service.get(event_id), orphan)
        anchor = self.annotation(event_id).anchor
        change = _saving(
            lambda: self.annotation_service.attach(
                orphan_id, event_id, anchor, plan.fields, _history(orphan, plan)
            )
        )
        place = self._take_orphan(orphan_id)
        return Attachment(orphan, place, change, plan)

    def undo_attach(self, done: Attachment) -> None:
        """The event's annotation as it was before, and the orphan back in its place."""
        self._check_editable()
        anchor = self.annotation(done.event_id).anchor
        history = "Attaching of the orphaned annotation undone"
        _saving(lambda: self.annotation_service.detach(done.change, done.orphan, anchor, history))
        place = min(done.place, len(self._orphans))
        self._orphans.insert(place, done.orphan.with_(orphaned=True))

    def redo_attach(self, done: Attachment) -> None:
        """Attach again, over what the undo left on the event only."""
        self._check_editable()
        change = done.change
        anchor = self.annotation(done.event_id).anchor
        _saving(
            lambda: self.annotation_service.attach(
                done.orphan.event_id,
                done.event_id,
                anchor,
                change.values(change.after),
                _history(done.orphan, done.plan),
                expected=change.values(change.before),
                origin=Origin.UNDO,
            )
        )
        self._take_orphan(done.orphan.event_id)

    def _stored_orphan(self, orphan_id: str) -> Annotation:
        stored = self.annotation_service.get(orphan_id)
        if stored is None or all(o.event_id != orphan_id for o in self._orphans):
            raise WorkspaceError("that orphan is no longer in the project")
        return stored

    def _take_orphan(self, orphan_id: str) -> int:
        """Take an orphan off the list; its place there."""
        place = next(k for k, o in enumerate(self._orphans) if o.event_id == orphan_id)
        del self._orphans[place]
        return place


def _saving(write: Callable[[], AnnotationChange]) -> AnnotationChange:
    try:
        return write()
    except ProjectError as error:
        raise WorkspaceError(str(error)) from None
