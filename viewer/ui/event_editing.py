"""What the Event menu does to the events themselves, each an undoable command: a new event
from selected article text, a merge with another event, a passage split out, and an article's
publication date corrected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from viewer.core.filters import Filter
from viewer.ui.commands import AddEventCommand, DocumentDateCommand, MergeCommand, SplitCommand
from viewer.ui.dialogs import DocumentDateDialog, EventPickerDialog
from viewer.ui.event_model import EventTableModel
from viewer.ui.filter_bar import FilterBar
from viewer.ui.publication_offer import offered_day
from viewer.ui.session_controller import SessionController
from viewer.ui.source_view import SourceView


class EventEditing(QObject):
    """The Event menu's commands on events, pushed on the session's undo stack."""

    def __init__(
        self,
        window: QWidget,
        session: SessionController,
        views: tuple[SourceView, EventTableModel, FilterBar, QStatusBar],
        tell: Callable[[str], None],
        short_title: Callable[[str], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._source, self._model, self._filter_bar, self._status = views
        self._tell = tell
        self._short_title = short_title
        self._source.new_event_requested.connect(self.new_event)
        self._source.document_date_requested.connect(self.document_date)

    def new_event_from_selection(self) -> None:
        if self._source.selection_range() is None:
            self._status.showMessage("Select some article text first", 5000)
            return
        self._source.request_new_event()

    def new_event(self, document_id: str, start: int, end: int) -> None:
        command = AddEventCommand(self._session, document_id, start, end)
        self._session.undo_stack.push(command)
        if command.event_id and self._model.row_of(command.event_id) is None:
            self._show_new_event(command.event_id)

    def _show_new_event(self, event_id: str) -> None:
        """A new event the search hides would be made out of sight: the search (then, if
        need be, the other filters) is cleared so that it shows, selected, and that is said."""
        bar = self._filter_bar
        was = bar.filter()
        bar.set_filter(replace(was, text=""))
        cleared = f"the search “{was.text}”" if was.text else ""
        if self._model.row_of(event_id) is None:
            bar.set_filter(Filter(show_rejected=was.show_rejected))
            cleared = "the search and filters"
        self._session.select(event_id)
        title = self._short_title(event_id)
        self._tell(f"New event “{title}”: {cleared} hid it, so it was cleared")

    def merge_with(self) -> None:
        event = self._session.current_event()
        if event is None:
            return
        dialog = EventPickerDialog(self._session.workspace, event, self._window)
        if dialog.exec() and dialog.chosen():
            target, other = dialog.order()
            self._session.undo_stack.push(MergeCommand(self._session, target, other))

    def split_passage(self) -> None:
        passage = self._source.current_passage()
        current = self._session.current_event_id()
        if current and passage is not None:
            self._session.undo_stack.push(SplitCommand(self._session, current, passage))

    def correct_document_date(self) -> None:
        doc = self._source.document()
        if doc is not None:
            self.document_date(doc.id)

    def document_date(self, document_id: str) -> None:
        workspace = self._session.workspace
        doc = workspace.documents_by_id.get(document_id)
        if doc is None:
            return
        offer = None if doc.date else offered_day(workspace, doc)
        dialog = DocumentDateDialog(doc, self._window, offer)
        # OK on the date as shown changes nothing: it said "corrected by you" of the date
        # found, and kept it when the article's own date changed.
        if dialog.exec() and dialog.value() != doc.date:
            command = DocumentDateCommand(
                self._session, document_id, dialog.value(), self._session.current_event_id()
            )
            self._session.undo_stack.push(command)
