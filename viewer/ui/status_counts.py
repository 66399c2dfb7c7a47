"""The status line's counts: articles, events, those shown and those starred."""

from __future__ import annotations

from viewer.ui.event_model import EventTableModel
from viewer.workspace import SessionState, Workspace, counted


def counts_line(workspace: Workspace, model: EventTableModel) -> str:
    """ "11 documents · 42 events · 42 shown · 6 starred", the starred a filter hides said
    too (★ Starred listing 11 of "12 starred" left one to look for)."""
    events = len(workspace.timeline_columns())
    if workspace.state is SessionState.COLUMNS:  # only the kept timeline's columns, so far
        return f"{counted(events, 'event')} as kept · reading the articles"
    annotations = workspace.annotations().items()
    starred = {i for i, a in annotations if a.starred and workspace.has_event(i)}
    hidden = len(starred - {e.id for e in model.events()})
    return (
        f"{counted(len(workspace.documents), 'document')} · {counted(events, 'event')} · "
        f"{model.rowCount()} shown · {len(starred)} starred"
        + (f" ({hidden} hidden)" if hidden else "")
    )
