"""The event selected when the window closed, kept in the project for the next opening to
select: reopened, the window showed the first event of the list, and the user had to find
the one she was working on again."""

from __future__ import annotations

import contextlib

from viewer.store import Project, ProjectError

SETTING = "selected_event"


def keep_selected(project: Project, event_id: str) -> None:
    """Keep the selected event; none selected (closed while loading) keeps the one before,
    and so does a project that cannot be written just then (where the user was is no work
    of hers to lose)."""
    if event_id:
        with contextlib.suppress(ProjectError):
            project.set_setting(SETTING, event_id)


def kept_selected(project: Project) -> str:
    """The event kept as selected, or ""."""
    try:
        return project.setting(SETTING) or ""
    except ProjectError:
        return ""
