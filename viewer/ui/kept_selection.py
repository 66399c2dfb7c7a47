"""Reopened, the window selects the event the user was on when it closed (kept in the
project): it showed the first event of the list, and she had to find her place again. The
event may come only with a later step of the load (the kept timeline's columns first, then
its events); it is selected then, unless the user chose another meanwhile."""

from __future__ import annotations

from viewer.workspace import Workspace


class KeptSelection:
    """The event to select once a workspace has it, until the user selects another."""

    def __init__(self) -> None:
        self._workspace: Workspace | None = None
        self._wanted = ""  # the event selected when the project was closed, not yet shown
        self.given = ""  # the event the window selected for want of one (the list's first)
        self._given_at = -1  # the undo stack's place then: an edit since makes it chosen

    def chosen(self, workspace: Workspace, kept: str) -> str:
        """The event to select: `kept` (what the window keeps selected) unless it is only the
        one given for want of the event the user was on, and that event is here now."""
        if workspace is not self._workspace:
            # The same project again, or its copy (Save Project As), goes on from the event
            # the user is on (`kept`), not from the one it was closed on: shown before its
            # events came, the copy opened on the selection of the last closing.
            self._workspace, self.given = workspace, ""
            self._wanted = kept or workspace.kept_selected()
        if self._wanted and workspace.has_event(self._wanted) and kept in ("", self.given):
            kept, self._wanted = self._wanted, ""
        return kept

    def give(self, event_id: str, undo_place: int) -> None:
        """The window selected `event_id` for want of one, the undo stack at `undo_place`."""
        self.given, self._given_at = event_id, undo_place

    def only_given(self, kept: str, undo_place: int | None) -> bool:
        """Whether `kept` is only the event given for want of one, not touched since (no
        edit, no field of its being typed in: `undo_place` None): while a folder is read,
        the first of the articles read first, where an earlier article's event is the
        list's first once read."""
        return bool(kept) and kept == self.given and undo_place == self._given_at
