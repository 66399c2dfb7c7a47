"""Typing the project could not take (its disk full, the file held by another program), kept
for its event until a save takes it: looking at another event meanwhile does not drop it, the
event shown again shows it again and saves it if it can, and leaving it behind asks first.
Before, the next event selected or the window closed threw it away with no question."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from viewer.core.annotations import Annotation
from viewer.core.model import Event
from viewer.core.source_names import shortened
from viewer.ui.session_controller import SessionController
from viewer.ui.tag_text import parse_tags
from viewer.ui.titles import APP_TITLE
from viewer.workspace import Workspace


class UnsavedTyping:
    """The typed fields' text not saved, by event, for the annotation panel (mixed into it)."""

    note_edit: QPlainTextEdit
    tags_edit: QLineEdit
    title_edit: QLineEdit
    _session: SessionController
    _workspace: Workspace
    _event: Event | None
    _loading: bool
    _note_shown: str  # what the fields showed or saved last
    _tags_was: tuple[str, ...]
    _title_was: str | None
    _unsaved: dict[str, dict[str, str]]  # by event id: each typed field's text not saved

    def _annotation(self) -> Annotation:
        raise NotImplementedError

    def _tags_typed(self) -> None:
        raise NotImplementedError

    def _title_typed(self) -> None:
        raise NotImplementedError

    def _keep_unsaved(self) -> None:
        """After the fields were saved: what they show that the project does not hold, kept
        for the event shown."""
        if self._event is None or self._loading:
            return
        try:
            left = self._not_stored(self._event, self._annotation())
        except KeyError:
            return  # the event itself is gone
        if left:
            self._unsaved[self._event.id] = left
        else:
            self._unsaved.pop(self._event.id, None)

    def _not_stored(self, event: Event, stored: Annotation) -> dict[str, str]:
        """The fields typed in since they were shown or saved, that the project does not hold
        (not a field showing an older value: another window's, or a merge's, is kept)."""
        left: dict[str, str] = {}
        typed_title = " ".join(self.title_edit.text().split())
        title = None if typed_title in ("", event.title) else typed_title
        if title not in (self._title_was, stored.title):
            left["title"] = self.title_edit.text()
        tags = parse_tags(self.tags_edit.text())
        if self.tags_edit.isModified() and tags not in (self._tags_was, stored.tags):
            left["tags"] = self.tags_edit.text()
        note = self.note_edit.toPlainText()
        if note not in (self._note_shown, stored.note):
            left["note"] = note
        return left

    def _show_unsaved(self) -> None:
        """The shown event's typing not saved yet, back where it was typed, and saved now
        if the project takes it."""
        if self._event is None or not self._workspace.editable:
            return  # articles still being read: shown once they are, when it can be saved
        left = self._unsaved.pop(self._event.id, {})
        if "title" in left:
            self.title_edit.setText(left["title"])
            self._title_typed()
        if "tags" in left:
            self.tags_edit.setText(left["tags"])
            self.tags_edit.setModified(True)
            self._tags_typed()
        if "note" in left:
            self.note_edit.setPlainText(left["note"])  # saved as a key typed would be
        self._keep_unsaved()

    def _unsaved_for(self, workspace: Workspace) -> None:
        """Another workspace on screen: the typing not saved goes on in it when it is this
        project again (articles added, read anew) or its copy (Save Project As); else it was
        given up when the user was asked (SessionController.may_leave)."""
        same = workspace.project_path in (self._workspace.project_path, self._session.carried_to)
        self._session.carried_to = None
        if not same:
            self._unsaved.clear()

    def unsaved_lines(self) -> list[str]:
        """What is on screen and not saved, one line per event ("the note of “…”")."""
        self._keep_unsaved()
        return [
            f"the {' and '.join(left)} of “{self._title_of(event_id)}”"
            for event_id, left in self._unsaved.items()
        ]

    def _title_of(self, event_id: str) -> str:
        if not self._workspace.has_event(event_id):
            return event_id
        return shortened(self._workspace.effective(self._workspace.event(event_id)).title, 60)


def lose_unsaved(parent: QWidget, lost: list[str], why: str) -> bool:
    """Whether the user gives up what could not be saved, told what it is and why; Cancel
    (the default) keeps it on screen."""
    listed = "\n".join(f"• {line}" for line in lost)
    text = (
        f"Not saved, and lost if you go on:\n{listed}\n\n{why}\n\n"
        "Cancel keeps it on screen: it is saved once the project can be written again "
        "(make room on its disk), or copy it elsewhere first."
    )
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(
        parent, APP_TITLE, text, buttons, QMessageBox.StandardButton.Cancel
    )
    return answer == QMessageBox.StandardButton.Discard
