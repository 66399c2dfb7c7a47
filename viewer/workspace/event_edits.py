"""Editing the events themselves through the workspace: the user's own events, merges and
splits, and corrected publication dates. Each is saved at once and rebuilds the events."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from viewer.core.annotations import GroupAction, Grouping, UserEvent, anchor_for
from viewer.core.grouping import user_event
from viewer.core.model import Document, Event, Passage, passage_id
from viewer.store import Project
from viewer.workspace.errors import WorkspaceError, project_errors_told


class EventEdits:
    """The event editing of a Workspace (mixed into it): what the window's undo stack calls.
    Each returns what its undo needs."""

    project: Project
    documents: list[Document]
    documents_by_id: dict[str, Document]

    def event(self, event_id: str) -> Event:
        raise NotImplementedError

    def _check_editable(self) -> None:
        raise NotImplementedError

    def _rebuild(self) -> None:
        raise NotImplementedError

    @project_errors_told
    def set_document_date(self, document_id: str, value: date | None) -> date | None:
        """Correct a document's publication date; every relative date in it follows."""
        self._check_editable()
        previous = self.project.document_dates().get(document_id)
        self.project.set_document_date(document_id, value)
        self._rebuild()  # the article dated anew, every relative date in it too
        return previous

    @project_errors_told
    def redo_document_date(
        self, document_id: str, value: date | None, expected: date | None
    ) -> None:
        """Undo or redo a correction: put `value` back only if the date still holds what
        this window left there (`expected`); else another window's newer date is kept."""
        self._check_editable()
        self.project.replace_document_date(document_id, value, expected)
        self._rebuild()  # the article dated anew, every relative date in it too

    @project_errors_told
    def add_event(self, document_id: str, start: int, end: int) -> Event:
        """A new event from a passage the user selected, dated by its own words if it has any."""
        self._check_editable()
        doc = self.documents_by_id[document_id]
        if not 0 <= start < end <= len(doc.text):
            raise WorkspaceError("select some article text first")
        draft = user_event(doc, start, end, made_on=date.today())
        where = anchor_for(doc.id, doc.text, start, end)
        made = draft.dating_of(0)
        record = UserEvent(draft.id, where, made.value, draft.title, made.basis, made.text)
        self.project.save_user_event(record)
        self._rebuild()
        return self.event(draft.id)

    @project_errors_told
    def remove_user_event(self, event_id: str) -> None:
        self._check_editable()
        self.project.delete_user_event(event_id)
        self._rebuild()

    def merge(self, target_id: str, other_id: str) -> list[Grouping]:
        """Join every passage of one event to another; returns what it replaced, for undo."""
        self._check_editable()
        target = self.event(target_id).primary
        moved = self.event(other_id).passages
        return self._regroup(
            [Grouping(_pid(p), GroupAction.JOIN, _pid(target)) for p in moved], moved
        )

    def split(self, event_id: str, passage: Passage) -> list[Grouping]:
        """Take one passage out of its event into an event of its own."""
        self._check_editable()
        del event_id  # the passage says where it is
        return self._regroup([Grouping(_pid(passage), GroupAction.SPLIT)], [passage])

    def groupings_of(self, passage_ids: Sequence[str]) -> list[Grouping]:
        """The merges and splits stored for these passages."""
        ids = set(passage_ids)
        return [g for g in self.project.groupings() if g.passage_id in ids]

    @project_errors_told
    def restore_groupings(
        self, passage_ids: Sequence[str], previous: Sequence[Grouping], expected: Sequence[Grouping]
    ) -> None:
        """Undo (or redo) a merge or split: the passages' groupings go back to `previous`,
        only if they still are what this window left (`expected`); else another window's
        newer ones are kept."""
        self._check_editable()
        self.project.replace_groupings(passage_ids, previous, expected)
        self._rebuild()

    @project_errors_told
    def _regroup(self, groupings: list[Grouping], passages: Sequence[Passage]) -> list[Grouping]:
        existing = {g.passage_id: g for g in self.project.groupings()}
        previous = [existing[_pid(p)] for p in passages if _pid(p) in existing]
        with self.project.batch():
            for grouping in groupings:
                self.project.save_grouping(grouping)
        self._rebuild()
        return previous


def _pid(passage: Passage) -> str:
    return passage_id(passage.document_id, passage.source_text)
