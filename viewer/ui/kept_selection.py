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
