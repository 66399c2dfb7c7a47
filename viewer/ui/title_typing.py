"""The event's title typed in the panel, saved at every key as the note and the tags are: a
title being typed when the program was killed was lost. Enter or leaving the field ends one
undo step; Escape undoes it, putting back the title as it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit

from viewer.core.annotations import Annotation
from viewer.core.model import Event
from viewer.ui.commands import TypingCommand
from viewer.ui.session_controller import SessionController
from viewer.ui.typed_elsewhere import replaced_words
from viewer.workspace import Workspace
from viewer.workspace.annotation_service import AnnotationChange


class TitleTyping:
    """The title field's typing, for the annotation panel (mixed into it)."""

    title_edit: QLineEdit
    _session: SessionController
    _workspace: Workspace
    _event: Event | None
    _loading: bool
    _typing_session: int
    _title_was: str | None  # the title the field showed or saved last

    def _annotation(self) -> Annotation:
        raise NotImplementedError

    def _typed(self, field: str, was: object, now: object) -> AnnotationChange | None:
        raise NotImplementedError

    def _tell_once(self, field: str, words: str) -> None:
        raise NotImplementedError

    def _typing_ended(self) -> None:
        """The views catch up with what was typed."""
        raise NotImplementedError

    def _title_typed(self) -> None:
        """Save the title as typed; said once when it was saved over another window's."""
        if self._event is None or self._loading:
            return
        text = " ".join(self.title_edit.text().split())
        title = None if not text or text == self._event.title else text
        if title == self._title_was:
            return
        change = self._typed("title", self._title_was, title)
        if change is None:
            return  # not saved: the next key tries again from the same title
        before = change.before.title if change.before is not None else None
        if before != self._title_was:  # another window's title, not shown here yet
            self._tell_once("title", replaced_words("title", change.before, change.after))
        self._title_was = title

    def _title_edited(self) -> None:
        """Done with the title (Enter, or the field left): the next keys are another undo
        step; a field only passed through shows the title as stored (another window's)."""
        if self._event is None or self._loading:
            return
        if self.title_edit.isModified():
            self._title_typed()  # every key is saved already: this catches a failed save
            self.title_edit.setModified(False)
        else:
            self.title_edit.setText(self._workspace.effective(self._event).title)
        self._typing_session += 1
        self._title_was = self._annotation().title
        self._typing_ended()

    def _title_escaped(self) -> None:
        """Escape puts the title back as it was before this typing (redo brings it again)."""
        if self._event is None:
            return
        stack = self._session.undo_stack
        last = stack.command(stack.index() - 1)
        if (
            isinstance(last, TypingCommand)
            and last.event_id == self._event.id
            and last.typing_session == self._typing_session
            and last.text() == "Edit title"
        ):
            stack.undo()
        self._typing_session += 1
        self.title_edit.setText(self._workspace.effective(self._event).title)
        self._title_was = self._annotation().title
        self._typing_ended()

    def _title_left(self, event: QFocusEvent) -> None:
        """A long title left by Tab or a click reads from its start again, not from its tail
        where selecting it all had scrolled it; left for a menu or another window, it stays."""
        passing = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.type() == QEvent.Type.FocusOut and event.reason() not in passing:
            QTimer.singleShot(0, self.title_edit, self._title_from_start)  # once it is saved

    def _title_from_start(self) -> None:
        if not self.title_edit.hasFocus():
            self.title_edit.setCursorPosition(0)
