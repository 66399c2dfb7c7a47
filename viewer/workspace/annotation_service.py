"""The one place that reads and writes annotations, backed by the project's store.

An edit is a change to the fields the user touched, written as such: two windows on one
project, or a window and an import, each write only what they changed, so neither writes an
old copy of the other's fields over them. Undo and redo write a field back only if it still
holds what this session left there. Changes other sessions commit are picked up from the
database (PRAGMA data_version) and told to the listeners, like this session's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from viewer.core.annotations import Anchor, Annotation
from viewer.core.typed_merge import merge_typed
from viewer.store import EditConflictError, Project
from viewer.store.annotation_fields import FieldWrite, differing, value_of

BOTH_KEPT = "Note typed here and in another window at once: both texts kept"
# An attached orphan's history lines, shown in the event's after this.
ORPHAN_PAST = "On the orphaned annotation: "


class Origin(StrEnum):
    """Who made a change: this session (an edit, or a key typed in a note or the tags), an
    undo or redo of it, or another session."""

    EDIT = "edit"
    TYPED = "typed"  # saved at once; views may wait for a pause in the typing to show it
    UNDO = "undo"
    ELSEWHERE = "elsewhere"


@dataclass(frozen=True)
class AnnotationChange:
    """One event's annotation before and after a change, as stored, and the fields the
    change wrote (note, tags, status, starred, title, date): only those are its to undo."""

    event_id: str
    before: Annotation | None
    after: Annotation | None
    fields: frozenset[str]
    origin: Origin = Origin.EDIT

    def values(self, side: Annotation | None) -> dict[str, object]:
        """The change's fields as they are in `before` or `after`."""
        return {f: value_of(side, f) for f in self.fields}

    def then(self, later: AnnotationChange) -> AnnotationChange:
        """This change followed by a later one of the same event, as one change."""
        return AnnotationChange(
            self.event_id, self.before, later.after, self.fields | later.fields, self.origin
        )


Listener = Callable[[Sequence[AnnotationChange]], None]


class AnnotationService:
    """Annotations by event id, as the project stores them, and every change to them."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._by_event: dict[str, Annotation] = {}
        self._listeners: list[Listener] = []
        self._version = -1

    # reading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read every annotation from the project, telling no one: a fresh start."""
        self._version = self._project.data_version()
        self._by_event = self._project.annotations()

    def current(self) -> Mapping[str, Annotation]:
        """Every annotation by event id, as last read or written (do not change it)."""
        return self._by_event

    def get(self, event_id: str) -> Annotation | None:
        return self._by_event.get(event_id)

    def subscribe(self, listener: Listener) -> None:
        """Hear every change from now on: this session's edits, undos, and other sessions'."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Hear no more changes (a window showing another workspace)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    # writing ---------------------------------------------------------------------------

    def edit(
        self,
        event_id: str,
        anchor: Anchor,
        changes: Mapping[str, object],
        *,
        expected: Mapping[str, object] | None = None,
        origin: Origin = Origin.EDIT,
    ) -> AnnotationChange:
        """Write the fields in `changes` that differ from what is stored; with `expected`,
        only if those fields still hold those values (else EditConflictError)."""
        done = self._project.update_annotation(event_id, anchor, changes, expected)
        return self._done(event_id, done, origin)

    def edit_typed(
        self, event_id: str, anchor: Anchor, field: str, was: object, now: object
    ) -> AnnotationChange:
        """Save a field typed key by key from `was` to `now` (a note, the tags) over what is
        stored now, in one transaction: what another session saved there since `was` is
        merged with it, never written over unseen (typed_merge). Two notes typed at one
        place, both kept, say so in the event's history."""
        with self._project.batch():
            stored = value_of(self._project.annotation(event_id), field)
            value, both_kept = merge_typed(field, was, now, stored)
            done = self._project.update_annotation(event_id, anchor, {field: value})
            if both_kept:
                self._project.add_history(event_id, BOTH_KEPT)
        return self._done(event_id, done, Origin.TYPED)

    def edit_many(
        self, edits: Iterable[tuple[str, Anchor, Mapping[str, object]]], history: str = ""
    ) -> list[AnnotationChange]:
        """Several events' edits in one transaction: all are saved, or none."""
        changes: list[AnnotationChange] = []
        with self._project.batch():
            for event_id, anchor, fields in edits:
                done = self._project.update_annotation(event_id, anchor, fields)
                if not done.written:
                    continue
                if history:
                    self._project.add_history(event_id, history)
                changes.append(AnnotationChange(event_id, done.before, done.after, done.written))
        for change in changes:
            self._store(change)
        self._tell(changes)
        return changes

    def revert_many(
        self, changes: Sequence[AnnotationChange], anchors: Mapping[str, Anchor], *, undo: bool
    ) -> tuple[list[AnnotationChange], list[str]]:
        """Undo (or redo) many changes (an import) in one transaction: each event's fields put
        back if they still hold what the change (or its undo) left there; the events another
        session changed since keep theirs, and are returned by id."""
        done: list[AnnotationChange] = []
        kept: list[str] = []
        with self._project.batch():
            for change in changes:
                to, now = (change.before, change.after) if undo else (change.after, change.before)
                try:
                    write = self._project.update_annotation(
                        change.event_id,
                        anchors[change.event_id],
                        change.values(to),
                        change.values(now),
                    )
                except EditConflictError:  # raised before writing: the others go on
                    kept.append(change.event_id)
                    continue
                if write.written:
                    done.append(
                        AnnotationChange(
                            change.event_id, write.before, write.after, write.written, Origin.UNDO
                        )
                    )
        for change in done:
            self._store(change)
        self._tell(done)
        return done, kept

    def undo(self, change: AnnotationChange, anchor: Anchor) -> AnnotationChange:
        """Put the fields a change touched back, if they still hold what it left there."""
        return self.edit(
            change.event_id,
            anchor,
            change.values(change.before),
            expected=change.values(change.after),
            origin=Origin.UNDO,
        )

    def redo(self, change: AnnotationChange, anchor: Anchor) -> AnnotationChange:
        """Make a change again, if its fields still hold what its undo left there."""
        return self.edit(
            change.event_id,
            anchor,
            change.values(change.after),
            expected=change.values(change.before),
            origin=Origin.UNDO,
        )

    def move(self, event_id: str, to_event: str, anchor: Anchor, reason: str) -> bool:
        """Re-anchor an annotation (its passage moved, or its event's id changed); in a
        read-only project only in memory. False when the target has an annotation already."""
        note = self._by_event.get(event_id)
        if note is None:
            return False
        if not self._project.read_only:
            with self._project.batch():
                if not self._project.move_annotation(event_id, to_event, anchor):
                    return False
                self._project.add_history(to_event, reason)
            stored = self._project.annotation(to_event)
        else:
            stored = note.with_(event_id=to_event, anchor=anchor, orphaned=False)
        if to_event != event_id:
            self._by_event.pop(event_id, None)
        if stored is not None:
            self._by_event[to_event] = stored
        return True

    def attach(
        self,
        orphan_id: str,
        event_id: str,
        anchor: Anchor,
        fields: Mapping[str, object],
        history: str,
        *,
        expected: Mapping[str, object] | None = None,
        origin: Origin = Origin.EDIT,
    ) -> AnnotationChange:
        """An orphan's work onto an event, in one transaction: the event's `fields` written
        (with `expected`, only if they still hold those values), the orphan's row gone.
        EditConflictError if the orphan is no longer stored (another window attached it)."""
        with self._project.batch():
            if self._project.annotation(orphan_id) is None:
                raise EditConflictError("the orphan: another window attached or changed it")
            done = self._project.update_annotation(event_id, anchor, fields, expected)
            self._project.delete_annotation(orphan_id)
            self._project.copy_history(orphan_id, event_id, ORPHAN_PAST)
            self._project.add_history(event_id, history)
        self._by_event.pop(orphan_id, None)
        return self._done(event_id, done, origin)

    def detach(
        self, change: AnnotationChange, orphan: Annotation, anchor: Anchor, history: str
    ) -> AnnotationChange:
        """Undo an attach: the event's fields put back, if they still hold what it left
        there, and the orphan stored again as it was, in one transaction."""
        with self._project.batch():
            if self._project.annotation(orphan.event_id) is not None:
                raise EditConflictError("the orphan: another window stored it again")
            done = self._project.update_annotation(
                change.event_id, anchor, change.values(change.before), change.values(change.after)
            )
            self._project.save_annotation(orphan)
            self._project.drop_copied_history(orphan.event_id, change.event_id, ORPHAN_PAST)
            self._project.add_history(change.event_id, history)
        self._by_event[orphan.event_id] = orphan
        return self._done(change.event_id, done, Origin.UNDO)

    # other sessions --------------------------------------------------------------------

    def pick_up(self) -> list[AnnotationChange] | None:
        """Changes other sessions committed since this one last looked, now in memory and
        told to the listeners; None, cheaply (one pragma), when no other session committed
        anything to the project (not only annotations) since."""
        version = self._project.data_version()
        if version == self._version:
            return None
        self._version = version
        stored = self._project.annotations()
        changes = []
        for event_id in sorted(self._by_event.keys() | stored.keys()):
            before, after = self._by_event.get(event_id), stored.get(event_id)
            if before != after:
                touched = differing(before, after)
                changes.append(AnnotationChange(event_id, before, after, touched, Origin.ELSEWHERE))
        self._by_event = stored
        self._tell(changes)
        return changes

    # internals -------------------------------------------------------------------------

    def _done(self, event_id: str, done: FieldWrite, origin: Origin) -> AnnotationChange:
        change = AnnotationChange(event_id, done.before, done.after, done.written, origin)
        self._store(change)
        if change.fields:
            self._tell([change])
        return change

    def _store(self, change: AnnotationChange) -> None:
        if change.after is None:
            self._by_event.pop(change.event_id, None)
        else:
            self._by_event[change.event_id] = change.after

    def _tell(self, changes: Sequence[AnnotationChange]) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)
