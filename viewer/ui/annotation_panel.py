"""The selected event's details and the user's annotation of it, every edit undoable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.core.annotations import Annotation, Status
from viewer.core.model import Event
from viewer.core.source_names import shortened
from viewer.core.typed_merge import MergedText, merge_text
from viewer.ui.annotation_inputs import (
    WHOLE_UNITS,
    DateCorrection,
    NoteEdit,
    WarningLabel,
    check_none,
    panel_label,
    status_buttons,
    unit_kept_words,
)
from viewer.ui.commands import AnnotationCommand, TypingCommand
from viewer.ui.date_basis_words import date_basis_text
from viewer.ui.date_disagreement import disagreement_line, disagreement_tip
from viewer.ui.panel_fields import PanelFields
from viewer.ui.panel_keys import PanelKeys
from viewer.ui.plain import as_written
from viewer.ui.session_controller import SessionController
from viewer.ui.tag_text import TAGS_PLACEHOLDER, TAGS_TIP, parse_tags, tags_text
from viewer.ui.title_typing import TitleTyping
from viewer.ui.typed_elsewhere import (
    note_cursor,
    note_merged_words,
    replaced_words,
    show_note,
    tags_merged_words,
)
from viewer.ui.unsaved_typing import UnsavedTyping
from viewer.workspace import Workspace
from viewer.workspace.annotation_service import AnnotationChange

SENTENCE_CHARS = 180  # the sentence under the title: its start, whole in its tooltip


class AnnotationPanel(TitleTyping, UnsavedTyping, PanelKeys, PanelFields, QWidget):
    """Title, date, status, star, tags, note and history of the selected event."""

    done = Signal()  # the user finished typing (Escape): the window focuses the event list
    typing_left = Signal()  # a note or the tags, saved key by key, were left: views catch up

    def __init__(self, session: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event details")  # the pane a screen reader says it is entering
        self._session = session
        self._workspace = session.workspace
        self._event: Event | None = None
        self._loading = False
        self._typing_session = 0  # one more each time a typed field is left: one undo step
        # The note as last shown or saved: only text typed since is the user's to save. An
        # annotation that moved onto the shown event (a merge) is not overwritten with it.
        self._note_shown = ""
        # What the other typed fields showed or saved last: a save is a change from it, and
        # what another window saved there meanwhile is merged with it, or the user is told.
        self._tags_was: tuple[str, ...] = ()
        self._title_was: str | None = None
        self._filled = ""  # the event whose annotation the fields show
        self._told: set[tuple[int, str]] = set()  # a merge is told once a field is typed in
        self._unsaved: dict[str, dict[str, str]] = {}
        session.unsaved = self.unsaved_lines
        # Made in the order they are laid out, which is the order Tab visits them.
        self._make_title_fields()
        self._make_date_correction()
        self._make_status_buttons()
        self._make_tags_and_note()
        self._lay_out()
        session.workspace_changed.connect(lambda *_: self.set_workspace(session.workspace))
        session.leaving.connect(self.flush)
        session.selection_changed.connect(lambda _id, _p: self.show_event(session.current_event()))
        session.annotations_changed.connect(self._annotations_changed)
        self.show_event(None)

    def _make_title_fields(self) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName("Event title")
        self.title_edit.textEdited.connect(self._title_typed)  # saved at every key
        self.title_edit.editingFinished.connect(self._title_edited)
        self.title_edit.installEventFilter(self)  # Enter and Escape go back to the list
        self.sentence_label = panel_label(self)
        self.sentence_label.setObjectName("sentence")
        self.sentence_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.date_label = panel_label(self, bold=True)
        self.basis_label = panel_label(self)
        self.merge_label = panel_label(self)
        self.conflict_label = WarningLabel(self)
        self.history = panel_label(self)
        self.history.setObjectName("history")

    def _make_status_buttons(self) -> None:
        self.status_group, self.status_row, self.status_buttons = status_buttons(self)
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
        self.star_box = QCheckBox("★ Starred", self)
        self.star_box.setToolTip("Star (S)")
        self.star_box.clicked.connect(lambda checked: self._set_starred(bool(checked)))

    def _make_tags_and_note(self) -> None:
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setAccessibleName("Tags")
        self.tags_edit.setPlaceholderText(TAGS_PLACEHOLDER)
        self.tags_edit.setToolTip(TAGS_TIP)
        self.tags_edit.textEdited.connect(self._tags_typed)  # saved at every key
        self.tags_edit.editingFinished.connect(self._tags_edited)
        self.tags_edit.installEventFilter(self)
        self.note_edit = NoteEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("Your note on this event (saved as you type)")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(90)
        self.note_edit.textChanged.connect(self._note_typed)  # saved at every key
        self.note_edit.focus_left.connect(self._note_left)
        self.note_edit.escaped.connect(self._escaped)

    def _make_date_correction(self) -> None:
        row = self.date_correction = DateCorrection(self)
        self.date_row = row.layout
        self.date_edit, self.precision_combo = row.date_edit, row.precision_combo
        self.end_edit = row.end_edit
        self.apply_date_button, self.clear_date_button = row.apply_button, row.clear_button
        self.apply_date_button.clicked.connect(self.apply_corrected_date)
        self.clear_date_button.clicked.connect(self.clear_corrected_date)
        # Enter there applies the date; the wheel over them scrolls the panel (below).
        for field in (self.date_edit, self.precision_combo, self.end_edit):
            field.installEventFilter(self)
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel

    def _lay_out(self) -> None:
        # The date and its correction come first: on a laptop screen they show without scrolling.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Title", self.title_edit)
        form.addRow("", self.sentence_label)
        form.addRow("Date", self.date_label)
        form.addRow("", self.basis_label)
        form.addRow("", self.conflict_label)  # by the date it is about, in sight on a laptop
        form.addRow("Correct", self.date_row)
        form.addRow("Status", self.status_row)
        form.addRow("", self.star_box)
        form.addRow("Tags", self.tags_edit)
        form.addRow("Note", self.note_edit)
        form.addRow("", self.merge_label)
        form.addRow("History", self.history)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        # Never narrower than its fields and buttons: with no horizontal scroll bar, a narrow
        # window cut off Clear, Confirm and Reject and the end of the title.
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll_area.frameWidth()
        self.setMinimumWidth(inner.minimumSizeHint().width() + bar + frame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # --- what the window calls

    def set_workspace(self, workspace: Workspace) -> None:
        self.flush()
        self._unsaved_for(workspace)
        self._event = None
        self._workspace = workspace
        self.show_event(None)

    def event_id(self) -> str:
        return self._event.id if self._event else ""

    def show_event(self, event: Event | None) -> None:
        """Show an event (saving any note typed for the previous one first)."""
        self.flush()
        self._typing_session += 1
        if event is not None and self._event is not None:
            self.show_from_top(event.id != self._event.id)
        self._event = event
        # Nothing to edit, or not yet (articles shown from a kept timeline are being read),
        # or never (a read-only project).
        self.setEnabled(event is not None and self._workspace.editable)
        self.refresh()
        self._show_unsaved()

    def _annotations_changed(self, event_ids: list[str], _follow: bool) -> None:
        if self._event is not None and self._event.id in event_ids:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the shown event's annotation (after an edit, an undo or a redo)."""
        event = self._event
        if event is not None:
            try:
                event = self._event = self._workspace.event(event.id)
            except KeyError:
                event = self._event = None
        self._loading = True
        try:
            self._populate(event)
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save the note and tags as they are on screen, if not saved yet (every key already
        is: this catches what a failed save left behind)."""
        if self._event is None or self._loading:
            return
        try:
            current = self._annotation()
        except KeyError:
            return  # the event itself was undone away
        text = self.note_edit.toPlainText()
        if text != self._note_shown and text != current.note:
            self._typed("note", self._note_shown, text)
        # Only tags the user typed: a field left as shown is not saved over what is stored.
        typed = parse_tags(self.tags_edit.text())
        if self.tags_edit.isModified() and typed != self._tags_was:
            self._typed("tags", self._tags_was, typed)
        self._keep_unsaved()  # what could not be saved waits for its event

    def toggle_star(self) -> None:
        if self._event is not None:
            self._set_starred(not self._annotation().starred)

    def set_status(self, status: Status) -> None:
        if self._event is None:
            return
        current = self._annotation()
        if current.status is not status:
            self._push(AnnotationCommand, {"status": status}, f"Mark {status.value}")
        else:
            self.status_buttons[status].setChecked(True)

    def apply_corrected_date(self) -> None:
        if self._event is None:
            return
        value = self.date_correction.value()
        if value != self._workspace.effective(self._event).date:  # Enter on the date shown: no edit
            self._push(AnnotationCommand, {"date": value}, "Correct date")
            typed = self.date_correction.typed_day()
            if value.precision in WHOLE_UNITS and typed != value.first:
                # The day went into its week, month or year, as documented, unsaid till now.
                self._session.tell(unit_kept_words(value, typed))

    def clear_corrected_date(self) -> None:
        current = self._annotation() if self._event else None
        if current is not None and current.date is not None:
            self._push(AnnotationCommand, {"date": None}, "Clear date")

    # --- edits

    def _annotation(self) -> Annotation:
        assert self._event is not None
        return self._workspace.annotation(self._event.id)

    def _push(
        self,
        kind: type[AnnotationCommand],
        changes: dict[str, object],
        text: str,
        seen: Annotation | None = None,
    ) -> None:
        """Save a change; said when it was saved over a value another window had saved a
        moment before, not shown here yet (`seen`: what the user saw, if not the stored)."""
        assert self._event is not None
        seen = seen or self._annotation()
        command = kind(self._session, self._event.id, changes, text)
        self._session.undo_stack.push(command)
        change = command.first
        if change is None:
            return
        stored = change.before or Annotation(seen.event_id, seen.anchor)
        for field in sorted(change.fields):
            if getattr(stored, field) != getattr(seen, field):
                self._session.tell(replaced_words(field, change.before, change.after))

    def _typed(self, field: str, was: object, now: object) -> AnnotationChange | None:
        """Save a key typed in the note or the tags, merged with what another window saved
        there since the field showed `was`; None when it could not be saved."""
        assert self._event is not None
        command = TypingCommand(self._session, self._event.id, field, was, now)
        command.typing_session = self._typing_session
        self._session.undo_stack.push(command)
        return command.first

    def _tell_once(self, field: str, words: str) -> None:
        if (self._typing_session, field) not in self._told:
            self._told.add((self._typing_session, field))
            self._session.tell(words)

    def _set_starred(self, starred: bool) -> None:
        if self._event is None or self._loading:
            return
        current = self._annotation()
        if current.starred != starred:
            text = "Star" if starred else "Unstar"
            self._push(AnnotationCommand, {"starred": starred}, text)

    def _typing_ended(self) -> None:
        self.typing_left.emit()

    def _tags_typed(self) -> None:
        """Every key typed in the tags is saved, so a tag is never lost for want of Enter."""
        if self._event is None or self._loading:
            return
        tags = parse_tags(self.tags_edit.text())
        if tags == self._tags_was:
            return
        change = self._typed("tags", self._tags_was, tags)
        if change is None:
            return  # not saved: the next key tries again from the same tags
        self._tags_was = tags
        saved = change.after.tags if change.after is not None else ()
        if saved != tags:  # another window's changes are in it too: shown once the field is left
            self._tell_once("tags", tags_merged_words(saved))

    def _tags_edited(self) -> None:
        """Done with the tags (Enter, or focus left): saved, and shown as they were read."""
        if self._event is None or self._loading:
            return
        if self.tags_edit.isModified():
            self._tags_typed()
        self._typing_session += 1
        self._tags_was = self._annotation().tags
        self.tags_edit.setText(tags_text(self._tags_was))  # also clears isModified
        self.typing_left.emit()

    def _note_typed(self) -> None:
        """Every key typed in the note is saved at once: a crash keeps what is on screen."""
        if self._event is None or self._loading:
            return
        text = self.note_edit.toPlainText()
        if text == self._note_shown:
            return
        change = self._typed("note", self._note_shown, text)
        if change is None:
            return  # not saved: the next key tries again from the same note
        before = change.before.note if change.before is not None else ""
        merged = merge_text(self._note_shown, text, before, note_cursor(self.note_edit))
        saved = self._note_shown = self._annotation().note
        if saved == text:
            return
        if merged.text != saved:  # not as merged here: the user's cursor goes to its end
            merged = MergedText(saved, len(saved), merged.both_kept)
        self._loading = True  # the field shows what was saved: nothing more to save
        try:
            show_note(self.note_edit, merged)
        finally:
            self._loading = False
        self._tell_once("note", note_merged_words(merged.both_kept))

    def _note_left(self) -> None:
        self.flush()
        self._typing_session += 1
        self.typing_left.emit()

    def _escaped(self) -> None:
        self.flush()
        self.done.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            # Scrolling the panel past a date field scrolls on; it never changes the date.
            QApplication.sendEvent(self.scroll_area.verticalScrollBar(), event)
            return True
        if isinstance(event, QFocusEvent) and watched is self.title_edit:
            self._title_left(event)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self._key_pressed(watched, event) or super().eventFilter(watched, event)
        return super().eventFilter(watched, event)

    # --- display

    def _populate(self, event: Event | None) -> None:
        if event is None:
            self._filled = ""
            for label in (self.date_label, self.basis_label, self.merge_label, self.history):
                label.setText("")
            self.conflict_label.setText("")
            self.sentence_label.setText("")
            self.title_edit.setText("")
            self.tags_edit.setText("")
            self.note_edit.setPlainText("")
            self.star_box.setChecked(False)
            self.date_label.setText("Select an event")
            self.date_correction.blank()
            check_none(self.status_group)
            return
        note = self._workspace.annotation(event.id)
        effective = self._workspace.effective(event).date
        # The same event shown again (a save, another window's): a field being typed in keeps
        # what is typed; the note shows what is stored merged with what is not saved yet.
        same, self._filled = event.id == self._filled, event.id
        if not (same and self.title_edit.hasFocus()):
            self.title_edit.setText(self._workspace.effective(event).title)
            self.title_edit.setCursorPosition(0)  # a long title reads from its start
            self._title_was = note.title
        self.title_edit.setToolTip(as_written(self._workspace.effective(event).title))
        sentence = " ".join(event.primary.text.split())
        self.sentence_label.setText(shortened(sentence, SENTENCE_CHARS))
        self.sentence_label.setToolTip(as_written(sentence))
        if note.date is not None:
            self.date_label.setText(f"{effective.label()}  (corrected; found {event.date.label()})")
        else:
            self.date_label.setText(effective.label())
        self.basis_label.setText(
            f"{date_basis_text(self._workspace, event)}; "
            f"a reported happening: confidence {event.event_confidence:.0%}"
        )
        self.merge_label.setText(f"Merged: {event.merge_reason}" if event.merge_reason else "")
        self.merge_label.setVisible(bool(event.merge_reason))
        shown = self._workspace.effective(event)
        self.conflict_label.setText(disagreement_line(event, shown))
        self.conflict_label.setToolTip(as_written(disagreement_tip(event, shown)))
        self.conflict_label.setVisible(bool(shown.date_conflict))
        self.status_buttons[note.status].setChecked(True)
        self.star_box.setChecked(note.starred)
        if not (same and self.tags_edit.hasFocus()):
            self.tags_edit.setText(tags_text(note.tags))
            self._tags_was = note.tags
        if same:  # what the user typed and could not save yet stays where it was typed
            typed, cursor = self.note_edit.toPlainText(), note_cursor(self.note_edit)
            show_note(self.note_edit, merge_text(self._note_shown, typed, note.note, cursor))
        else:
            show_note(self.note_edit, MergedText(note.note, 0, False), scrolled=False)
        self._note_shown = note.note
        if not (same and self.date_correction.has_focus()):
            self.date_correction.show(effective)
        self.clear_date_button.setEnabled(note.date is not None)
        lines = [*note.history, *self._workspace.history(event.id)]
        if note.orphaned:
            lines.insert(0, "Orphaned: its passage can no longer be found in the source.")
        self.history.setText("\n".join(lines) or "No changes yet")
