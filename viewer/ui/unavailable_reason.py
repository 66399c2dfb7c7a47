"""Why an event's action does nothing now, in the words the status bar says it in when its
key is pressed (a key that did nothing, silently, looked broken)."""

from __future__ import annotations

from viewer.workspace import Workspace


def why_unavailable(workspace: Workspace) -> str:
    """ "this project is read-only", "the articles are still being read; …", or that no event
    is selected."""
    if workspace.read_only:
        return "this project is read-only"
    if not workspace.editable:
        return "the articles are still being read; it opens when they are"
    return "select an event first"
