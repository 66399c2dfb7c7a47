"""The panel's fields when another window saved the same event's annotation meanwhile: a note
shown merged without moving the user's cursor off their text, and the lines that tell the user
what their save met (said like an undo that met another window's change)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from viewer.core.annotations import Annotation, Status
from viewer.core.model import DateValue
from viewer.core.typed_merge import MergedText
from viewer.ui.tag_text import tags_text
from viewer.ui.text_positions import TextPositions

FIELD_WORDS = {"status": "Status", "starred": "Star", "title": "Title", "date": "Corrected date"}
UNDO_WORDS = "Undo puts theirs back"


def note_cursor(edit: QPlainTextEdit) -> int:
    """Where the cursor is in the note, as an offset in its text."""
    return TextPositions(edit.toPlainText()).offset(edit.textCursor().position())


def show_note(edit: QPlainTextEdit, merged: MergedText, *, scrolled: bool = True) -> None:
    """Put a note in the field, the cursor where the user's text put it; the same event's
    note stays scrolled as it was."""
    if edit.toPlainText() == merged.text:
        return
    scroll = edit.verticalScrollBar().value()
    edit.setPlainText(merged.text)
    if not scrolled:
        return  # another event's note: from its start
    cursor = edit.textCursor()
    cursor.setPosition(TextPositions(merged.text).position(merged.cursor))
    edit.setTextCursor(cursor)
    edit.verticalScrollBar().setValue(scroll)


def note_merged_words(both_kept: bool) -> str:
    if both_kept:
        return (
            "Note: another window saved this note as you typed; both texts are kept, "
            "a blank line between them"
        )
    return "Note: another window changed this note as you typed; its changes are kept with yours"


def tags_merged_words(saved: tuple[str, ...]) -> str:
    return (
        "Tags: another window changed them as you typed; its changes are kept with yours: "
        + tags_text(saved)
    )


def replaced_words(field: str, theirs: Annotation | None, mine: Annotation | None) -> str:
    """A field this window saved over a value another window had saved a moment before,
    which this window had not shown yet."""
    return (
        f"{FIELD_WORDS.get(field, field)}: another window had saved {_said(field, theirs)} "
        f"a moment before; yours ({_said(field, mine)}) is saved over it. {UNDO_WORDS}."
    )


def _said(field: str, annotation: Annotation | None) -> str:
    value = getattr(annotation, field) if annotation is not None else None
    if field == "status":
        return (value if isinstance(value, Status) else Status.UNREVIEWED).value
    if field == "starred":
        return "starred" if value else "not starred"
    if field == "date":
        return value.label() if isinstance(value, DateValue) else "no corrected date"
    if field == "title":
        return f"“{value}”" if value else "the title found in the text"
    return str(value)
