"""The part of the merge dialog that says which event leads the merged one (its passage,
date and title) and lets the user put the other first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from viewer.core.annotations import Annotation
from viewer.core.model import Event
from viewer.core.source_names import document_labels, shortened
from viewer.ui.plain import menu_text
from viewer.workspace import Workspace
from viewer.workspace.merge_lead import merge_lead_of, merged

TITLE_CHARS = 70


class MergeLeadChoice(QWidget):
    """Two choices, the fuller passage's event first by default, and what the merge makes."""

    def __init__(self, workspace: Workspace, current: Event, parent: QWidget) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lead = merge_lead_of(workspace.documents)
        self._sources = document_labels(workspace.documents)
        self._current = current
        self._picked: Event | None = None
        heading = QLabel("&Leads the merged event (its passage, date and title):", self)
        self.current_first = QRadioButton(self)
        self.picked_first = QRadioButton(self)
        heading.setBuddy(self.current_first)
        group = QButtonGroup(self)
        for button in (self.current_first, self.picked_first):
            group.addButton(button)
            button.toggled.connect(self._tell_result)
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, self.current_first, self.picked_first, self.result):
            layout.addWidget(widget)
        self.set_picked(None)

    def set_picked(self, picked: Event | None) -> None:
        """The event picked in the list: the fuller passage's event is put first."""
        self._picked = picked
        self.picked_first.setEnabled(picked is not None)
        self.current_first.setText(menu_text(self._named(self._current)))
        self.picked_first.setText(menu_text(self._named(picked)) if picked else "(none picked)")
        first = self._current if picked is None else self.fuller_first(picked)[0]
        (self.current_first if first is self._current else self.picked_first).setChecked(True)
        self._tell_result()

    def fuller_first(self, picked: Event) -> tuple[Event, Event]:
        """(merged into, merged in) for another picked event, the fuller passage's first."""
        return self._lead.fuller_first(self._current, picked)

    def picked_id(self) -> str:
        return self._picked.id if self._picked is not None else ""

    def order(self) -> tuple[Event, Event] | None:
        """(merged into, merged in) as chosen; None with no event picked."""
        if self._picked is None:
            return None
        if self.picked_first.isChecked():
            return self._picked, self._current
        return self._current, self._picked

    def _named(self, event: Event) -> str:
        title = shortened(self._workspace.effective(event).title, TITLE_CHARS)
        source = self._sources.get(event.primary.document_id, event.primary.document_id)
        return f"“{title}” ({source})"

    def _tell_result(self) -> None:
        order = self.order()
        if order is None:
            self.result.setText("")
            return
        made = merged(*order)
        source = self._sources.get(made.primary.document_id, made.primary.document_id)
        note = self._note_kept(*order)
        title = (note.title if note else None) or made.title
        when = (note.date if note else None) or made.date
        said = f"The merged event: {when.label()} — “{title}”, from {source}"
        if made.primary != order[0].primary:
            said += " (its date is stated better or narrower: its passage leads all the same)"
        self.result.setText(said)

    def _note_kept(self, target: Event, other: Event) -> Annotation | None:
        """The annotation the merged event keeps, with the title and date the user gave:
        the target's, else the one merged in (an event with none takes the other's)."""
        for event in (target, other):
            if (note := self._workspace.annotation_service.get(event.id)) is not None:
                return note
        return None
