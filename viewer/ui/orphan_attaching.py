"""Attach to Selected Event: the Orphans panel's button, right-click entry and key (one
action), the line saying beforehand what it will do, and the status bar saying what it did."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTableView, QToolButton, QWidget

from viewer.core.orphan_merge import Attaching
from viewer.core.source_names import shortened
from viewer.ui.commands import AttachOrphanCommand
from viewer.ui.plain import as_written
from viewer.ui.session_controller import SessionController
from viewer.workspace import WorkspaceError
from viewer.workspace.orphan_attach import not_applied_text

ATTACH_KEYS = "Ctrl+Shift+V"  # pastes the orphan's work onto the event, as Ctrl+C copies it
NO_ORPHAN = "select an orphan in the Orphans panel first"


class AttachControls(QObject):
    """The attach action over an orphans table, kept saying what it would do now."""

    def __init__(
        self,
        session: SessionController,
        table: QTableView,
        orphan_at: Callable[[int], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._table = table
        self._orphan_at = orphan_at  # the event id of the orphan in a row
        self.action = QAction("&Attach Orphan to Selected Event", parent)
        self.action.setShortcut(QKeySequence(ATTACH_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _checked=False: self.attach())
        self.action.changed.connect(self._follow_action)
        self.button = QToolButton(parent)
        self.button.setObjectName("attachButton")
        self.button.setText("Attach to Selected Event")
        self.button.clicked.connect(self.action.trigger)
        self.line = QLabel(parent)
        self.line.setObjectName("attachLine")
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setWordWrap(True)
        table.addAction(self.action)
        session.selection_changed.connect(lambda *_: self.say_beforehand())
        session.annotations_changed.connect(lambda *_: self.say_beforehand())

    def orphan_id(self) -> str:
        row = self._table.currentIndex().row()
        return self._orphan_at(row) if 0 <= row < self._table.model().rowCount() else ""

    def say_beforehand(self) -> None:
        """The line and the button's tooltip: onto which event, and what it will do."""
        line = self._plan_line()
        self.line.setText(line)
        self.action.setToolTip(as_written(line))  # a title is shown as written, never as HTML
        self.button.setToolTip(as_written(f"{line} ({ATTACH_KEYS})"))

    def _plan_line(self) -> str:
        ws, event = self._session.workspace, self._session.current_event()
        orphan = self.orphan_id()
        if ws.read_only:
            return "This project is read-only: an orphan cannot be attached in it."
        if not orphan:
            return "Select an orphan, then an event in the list or timeline, to attach it there."
        if event is None:
            return "Select an event in the list or timeline to attach the orphan's work to it."
        try:
            plan = ws.attach_plan(orphan, event.id)
        except WorkspaceError as error:
            return str(error)
        return f"Attach to “{self._title(event.id)}”: {_what_it_does(plan)}."

    def attach(self) -> None:
        """Attach the selected orphan to the selected event, undoably; or say why not."""
        ws, event = self._session.workspace, self._session.current_event()
        orphan = self.orphan_id()
        why = (
            "this project is read-only"
            if ws.read_only
            else "select an event first"
            if event is None
            else self._no_orphan_shown()
            if not orphan or not self._table.isVisible()
            else ""
        )
        if why or event is None:
            self._session.tell(f"Attach Orphan to Selected Event: {why}")
            return
        command = AttachOrphanCommand(self._session, orphan, event.id)
        self._session.undo_stack.push(command)
        if command.done is not None:
            plan = command.done.plan
            done = "whole annotation" if plan.whole else "work (notes and tags joined)"
            skipped = f"; {not_applied_text(plan)}" if plan.not_applied else ""
            title = self._title(event.id)
            self._session.tell(
                f"Attached the orphan's {done} to “{title}”{skipped}. Ctrl+Z undoes."
            )

    def _no_orphan_shown(self) -> str:
        """Why no orphan is attached: none, or none the user can see selected (the panel
        closed: the orphan selected in it is not attached unseen)."""
        if not self._table.model().rowCount():
            return "there are no orphans"
        if not self._table.isVisible():
            return "open View › Orphans and select an orphan first"
        return NO_ORPHAN

    def _title(self, event_id: str) -> str:
        ws = self._session.workspace
        return shortened(ws.effective(ws.event(event_id)).title, 40)

    def _follow_action(self) -> None:
        self.button.setEnabled(self.action.isEnabled())


def _what_it_does(plan: Attaching) -> str:
    if plan.whole:
        return "it has no annotation, so it takes the orphan's whole annotation"
    said = "its note and tags are joined with the orphan's, a star kept if either has one"
    return f"{said}; {not_applied_text(plan)}" if plan.not_applied else said
