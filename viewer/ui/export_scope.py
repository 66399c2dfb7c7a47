"""The question Export asks while the search and filters hide events: which events to write,
with buttons that say so and count them (a Yes/No question's "No" exported them all)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.core.annotations import Status
from viewer.core.model import Event
from viewer.ui.titles import APP_TITLE
from viewer.workspace import Workspace, agreeing


class ExportScope(Enum):
    """The events an export writes: those the list shows, or every one."""

    SHOWN = "shown"
    ALL = "all"


def ask_export_scope(
    parent: QWidget | None, workspace: Workspace, shown: Sequence[Event]
) -> ExportScope | None:
    """Ask which events to export; None once the user cancels."""
    total = len(workspace.events)
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_TITLE, _question(len(shown), total), parent=parent
    )
    box.setObjectName("exportScope")
    box.setInformativeText(f"Export All adds {_left_out(workspace, shown)}.")
    shown_button = box.addButton(f"Export &Shown ({len(shown)})", QMessageBox.ButtonRole.AcceptRole)
    all_button = box.addButton(f"Export &All ({total})", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(shown_button)
    box.exec()
    chosen = box.clickedButton()
    if chosen is shown_button:
        return ExportScope.SHOWN
    return ExportScope.ALL if chosen is all_button else None


def _question(shown: int, total: int) -> str:
    events = agreeing(total, "event", "events")
    return f"The list shows {shown} of the {total} {events}. Which do you want to export?"


def _left_out(workspace: Workspace, shown: Sequence[Event]) -> str:
    """The events an export of those shown leaves out, and why: the rejected ones are hidden
    without a filter to see, and a project handed on may have many."""
    ids = {event.id for event in shown}
    hidden = [event.id for event in workspace.events if event.id not in ids]
    rejected = sum(workspace.annotation(i).status is Status.REJECTED for i in hidden)
    others = len(hidden) - rejected
    parts = [f"the {rejected} rejected"] if rejected else []
    if others:
        parts.append(f"the {others} hidden by the search and filters")
    return " and ".join(parts)
