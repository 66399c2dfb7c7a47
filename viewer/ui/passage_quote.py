"""Event › Quote Passage in Note (Q): the words selected in the article, or the passage shown,
typed at the end of the selected event's note with the article and its date, as a note that
cites its source reads. Citing a passage took selecting it, Ctrl+C, N, Ctrl+V and typing the
article's name and date after it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from viewer.core.day_words import short_day
from viewer.core.model import Document
from viewer.ui.annotation_panel import AnnotationPanel
from viewer.ui.session_controller import SessionController
from viewer.ui.source_view import SourceView


class PassageQuote(QObject):
    """Quotes what the article pane shows of the selected event into its note."""

    def __init__(
        self, source: SourceView, panel: AnnotationPanel, session: SessionController
    ) -> None:
        super().__init__(panel)
        self._source = source
        self._panel = panel
        self._session = session

    def quote_in_note(self) -> None:
        doc, words = self._source.document(), self._quoted()
        if doc is None or not words or self._session.current_event() is None:
            return
        panel = self._panel
        panel.edit_note()  # the cursor at the note's end, as N puts it
        note = panel.note_edit.toPlainText()
        joint = "\n" if note and not note.endswith("\n") else ""
        panel.note_edit.insertPlainText(f"{joint}“{words}” — {cited(doc)}\n")  # saved as typed

    def _quoted(self) -> str:
        """The words selected in the article, else the passage it shows, on one line."""
        doc, selected = self._source.document(), self._source.selection_range()
        if doc is not None and selected is not None:
            return " ".join(doc.text[selected[0] : selected[1]].split())
        passage = self._source.current_passage()
        return " ".join(passage.text.split()) if passage is not None else ""


def cited(doc: Document) -> str:
    """ "Hosepipe ban lifted after wet autumn (10_river_post_ban_lifted.md, 21 Oct 2025)" """
    place = ", ".join(filter(None, (doc.id, short_day(doc.date) if doc.date else "")))
    return f"{doc.title} ({place})" if doc.title else place
