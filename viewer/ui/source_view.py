"""The source article of the selected event as a reader sees it (its visible text, shown as
plain text), with its passages highlighted."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QResizeEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Document, Event, Passage, Span
from viewer.core.source_names import document_label
from viewer.core.visible import VisibleText
from viewer.ui.article_header_room import hold_header
from viewer.ui.article_text import (
    PASSAGE_COLOUR,
    SELECTED_COLOUR,
    ArticleText,
    boilerplate_format,
    header_format,
)
from viewer.ui.date_basis_words import document_date_text
from viewer.ui.fitted_label import FittedLabel
from viewer.ui.session_controller import SessionController
from viewer.ui.source_buttons import SourceButtons
from viewer.ui.text_positions import TextPositions
from viewer.workspace import Workspace

LONGEST_DATE = "Published 30 Sep 2022"  # the metadata's first line: never narrower
DATE_BUTTON = ("Correct date…", "Date…")  # as room allows


class SourceView(QWidget):
    """One document at a time, its markup hidden and every event passage highlighted."""

    passage_clicked = Signal(str)  # event id
    new_event_requested = Signal(str, int, int)  # document id, original start, end
    document_date_requested = Signal(str)  # document id

    def __init__(self, session: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article")  # the pane a screen reader says it is entering
        self._session = session
        self._workspace = session.workspace
        self._doc: Document | None = None
        self._visible = VisibleText.verbatim("")
        self._positions = TextPositions("")
        self._event: Event | None = None
        self._passage: Passage | None = None
        # The passage is kept centred, through new sizes and re-reads, until the reader scrolls.
        self._following = False
        self._recentre = QTimer(self)
        self._recentre.setSingleShot(True)
        self._recentre.timeout.connect(self._follow_passage)
        self.last_clicked: Passage | None = None  # the passage the last click landed in
        self._source_label: Callable[[str], str] | None = None

        self._make_header()
        self._buttons = SourceButtons(self, self.show_passage)
        self._buttons.height_changed.connect(self._hold_header)
        self._buttons.room = lambda: self.height() // 3  # the article keeps the most of it
        self.sources_label = self._buttons.label
        self._make_text()

        # The date's button ends the row of sources (on a row of its own it made the text
        # and the timeline shorter; beside the metadata it held the pane wide).
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self._buttons.scroll, 1)
        buttons_row.addWidget(self.date_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.sources_label)
        layout.addLayout(buttons_row)
        layout.addWidget(self.text, 1)
        session.workspace_changed.connect(lambda *_: self.set_workspace(session.workspace))
        session.events_changed.connect(lambda _follow: self.refresh())
        session.selection_changed.connect(
            lambda _id, passage: self.show_event(session.current_event(), passage)
        )
        self.show_event(None)

    def _make_header(self) -> None:
        """The article's title and a line of its metadata, the publication date first: both
        wrap, so that at large text the pane leaves the list room for its titles (the file's
        name beside "Correct date…" held it 426 pixels wide)."""
        self.title = FittedLabel(self)
        self.title.setObjectName("documentTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = FittedLabel(self, shortest=LONGEST_DATE)
        self.date_button = QPushButton(DATE_BUTTON[0], self)
        self.date_button.setAccessibleName("Correct date")
        self.date_button.setToolTip("Correct the publication date; its relative dates follow")
        self.date_button.clicked.connect(self._date_clicked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow pane (large text on a small screen) writes the date's button short."""
        super().resizeEvent(event)
        button = self.date_button
        widths = []
        for text in DATE_BUTTON:
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setMinimumWidth(widths[1])  # the pane may be as narrow as the short one needs
        room = event.size().width() - 2 * widths[0]  # the sources keep as much again
        button.setText(DATE_BUTTON[0] if widths[0] <= room else DATE_BUTTON[1])
        self._buttons.fit_height()
        self._hold_header()

    def _hold_header(self) -> None:
        """The title and the metadata on one line each in a pane too short for them and
        the text (the height left once the sources' row and the spacing are counted)."""
        layout = self.layout()
        spacing = 4 * layout.spacing() if layout is not None else 0
        rest = self._buttons.scroll.height() + self.sources_label.sizeHint().height() + spacing
        hold_header((self.title, self.meta), self.text, self.height() - rest)

    def _make_text(self) -> None:
        """The article's text, read-only but selectable, with New Event from Selection."""
        self.text = ArticleText(self)
        self.text.setObjectName("articleText")
        self.text.setAccessibleName("Article text")
        self.text.setPlaceholderText("Select an event to read the article that reports it.")
        # two lines at least, not a text box's four: a short screen keeps the window's foot
        lines = 2 * self.text.fontMetrics().lineSpacing() + 2 * self.text.frameWidth() + 8
        self.text.setMinimumHeight(lines)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.clicked.connect(self._text_clicked)
        self.text.resized.connect(lambda: self._recentre.start(0))
        self.text.moved_by_reader.connect(self._stop_following)
        self.new_event_action = QAction("New Event from Selection\tCtrl+E", self)
        self.new_event_action.triggered.connect(self.request_new_event)
        self.text.extra_actions.append(self.new_event_action)
        self.text.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # --- what the window calls

    def set_workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._doc = None
        self.show_event(None)

    def document(self) -> Document | None:
        return self._doc

    def current_passage(self) -> Passage | None:
        return self._passage

    def show_event(self, event: Event | None, passage: Passage | None = None) -> None:
        """Show an event's passage (the primary unless given), strongly highlighted and centred."""
        self._event = event
        self._rebuild_source_buttons()
        if event is None:  # the article of an event no longer selected is not left showing
            self._passage = None
            self._show_document(None)
            self._highlight()
            return
        self.show_passage(passage if passage in event.passages else event.primary)

    def show_passage(self, passage: Passage) -> None:
        """Show one passage of the selected event in its document."""
        self._passage = passage
        doc = self._workspace.document(passage.document_id)
        if doc is not self._doc:
            self._show_document(doc)
        for button, p in zip(self.source_buttons, self._event_passages(), strict=False):
            button.setChecked(p == passage)
            if p == passage:  # its button in sight, once the row of buttons is laid out
                QTimer.singleShot(0, button, lambda b=button: self._buttons.show_button(b))
        self._highlight()
        self._scroll_to(passage)

    @property
    def source_buttons(self) -> list[QToolButton]:
        """A button for each passage of the selected event, in its order."""
        return self._buttons.buttons

    def refresh(self) -> None:
        """Re-read the document and its passages (after events or dates changed)."""
        doc_id = self._doc.id if self._doc else ""
        self._doc = None
        doc = self._workspace.document(doc_id)
        scrolled = self.text.verticalScrollBar().value()
        self._show_document(doc)
        self._update_meta()
        self._highlight()
        if self._following:
            self._follow_passage()
        else:
            self.text.verticalScrollBar().setValue(scrolled)

    def highlighted_range(self) -> tuple[int, int]:
        """The strongly highlighted passage, in original document offsets; (0, 0) if none."""
        if self._passage is None or self._doc is None:
            return (0, 0)
        return (self._passage.start, self._passage.end)

    def highlighted_text(self) -> str:
        """The strongly highlighted text, as the article text shows it."""
        selections = self.text.extraSelections()
        passage, doc = self._passage, self._doc
        if passage is None or doc is None or passage.document_id != doc.id or not selections:
            return ""
        # The strong highlight is the last; Qt ends each paragraph of a selection with U+2029.
        return selections[-1].cursor.selectedText().replace("\u2029", "\n")

    def point_of(self, offset: int) -> QPoint:
        """The viewport point over a source offset's character (for clicks and tests)."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._shown(offset, offset)[0])
        rect = self.text.cursorRect(cursor)
        return QPoint(rect.right() + 3, rect.center().y())

    def ensure_visible(self, offset: int) -> None:
        """Scroll so that a source offset is on screen."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._shown(offset, offset)[0])
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def select_text(self, start: int, end: int) -> None:
        """Select a source range, as a user dragging over it would."""
        lo, hi = self._shown(start, end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def selection_range(self) -> tuple[int, int] | None:
        """The user's text selection in source offsets, or None."""
        cursor = self.text.textCursor()
        if self._doc is None or not cursor.hasSelection():
            return None
        start = self._positions.offset(cursor.selectionStart())
        end = self._positions.offset(cursor.selectionEnd())
        start, end = self._visible.to_source(start, end)
        return (start, end) if end > start else None

    def _shown(self, start: int, end: int) -> tuple[int, int]:
        """A source range as the range of the article text widget that shows it."""
        first, last = self._visible.to_visible(start, end)
        return self._positions.position(first), self._positions.position(last)

    def request_new_event(self) -> None:
        selected = self.selection_range()
        if selected is not None and self._doc is not None:
            self.new_event_requested.emit(self._doc.id, *selected)

    # --- rendering

    def set_source_label(self, label: Callable[[str], str]) -> None:
        """How the list names a source: two syndicated copies with one headline and day are
        told apart by their files there ("… · 5 Jan 2011 (16_2ecb)"), and so on the buttons."""
        self._source_label = label

    def _label(self, document_id: str) -> str:
        if self._source_label is not None:
            return self._source_label(document_id)
        doc = self._workspace.documents_by_id.get(document_id)
        return document_label(doc) if doc is not None else document_id

    def _event_passages(self) -> list[Passage]:
        return list(self._event.passages) if self._event else []

    def _rebuild_source_buttons(self) -> None:
        self._buttons.rebuild(self._event_passages(), self._label)
        # Tab visits them where they are, before the date's button that ends their row and
        # the article, not after every control made before them.
        if self.source_buttons:  # the first in the date's button's place, the button next
            QWidget.setTabOrder(self.date_button, self.source_buttons[0])
            QWidget.setTabOrder(self.source_buttons[0], self.date_button)
        order = [*self.source_buttons, self.date_button, self.text]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def _show_document(self, doc: Document | None) -> None:
        self._doc = doc
        self._visible = doc.visible if doc else VisibleText.verbatim("")
        shown = self._visible.render()
        self._positions = TextPositions(shown)
        # Plain, not in the format of where the cursor was: left in a bold header line
        # (Ctrl+Home, a click on the title), it made every article shown after it bold.
        self.text.setCurrentCharFormat(QTextCharFormat())
        self.text.setPlainText(shown)
        if doc is not None:
            self._format_spans(doc.boilerplate, boilerplate_format())
            self._format_spans(doc.header, header_format())
        self._update_meta()

    def _update_meta(self) -> None:
        doc = self._doc
        self.title.setText(doc.title or doc.id if doc else "No article selected")
        self.date_button.setEnabled(doc is not None)
        if doc is None:
            self.meta.setText("")
            return
        # the date first: squeezed to its first line, the line still says when
        parts = [document_date_text(doc), f"by {doc.author}" if doc.author else "", doc.id]
        self.meta.setText(" · ".join(filter(None, parts)))
        self._hold_header()

    def _format_spans(self, spans: list[Span], fmt: QTextCharFormat) -> None:
        for span in spans:
            self.text.format_range(*self._shown(span.start, span.end), fmt)

    def _highlight(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._doc is not None:
            for passage, _event_id in self._workspace.passages_in(self._doc.id):
                selections.append(self._selection(passage.start, passage.end, PASSAGE_COLOUR))
            if self._passage is not None and self._passage.document_id == self._doc.id:
                strong = self._selection(self._passage.start, self._passage.end, SELECTED_COLOUR)
                strong.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
                selections.append(strong)
        self.text.setExtraSelections(selections)
        # Told by its colour on screen; a screen reader says it (the cursor is at its start).
        said = " ".join(self.highlighted_text().split())
        self.text.setAccessibleDescription(f"Highlighted passage: {said}" if said else "")

    def _selection(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        return self.text.highlight(*self._shown(start, end), colour)

    def _scroll_to(self, passage: Passage) -> None:
        lo, hi = self._shown(passage.start, passage.end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(hi)
        self.text.setTextCursor(cursor)  # make sure the end is on screen first
        cursor.setPosition(lo)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self._following = True

    def _follow_passage(self) -> None:
        """Centre the selected passage again, unless the reader has scrolled away from it."""
        passage, doc = self._passage, self._doc
        if self._following and passage and doc and passage.document_id == doc.id:
            self._scroll_to(passage)

    def _stop_following(self) -> None:
        self._following = False

    # --- user input

    def _text_clicked(self, shown: int) -> None:
        if self._doc is None:
            return
        offset = self._visible.source_start(self._positions.offset(shown))
        candidates = self._workspace.events_at(self._doc.id, offset)
        if not candidates:
            return
        ids = [e.id for e in candidates]
        current = self._event.id if self._event else ""
        # clicking again where passages overlap steps to the next event there
        step = ids.index(current) + 1 if current in ids else 0
        chosen = candidates[step % len(ids)]
        doc_id = self._doc.id
        self.last_clicked = next(
            (p for p in chosen.passages if p.document_id == doc_id and p.start <= offset < p.end),
            None,
        )
        self.passage_clicked.emit(chosen.id)

    def _selection_changed(self) -> None:
        self.new_event_action.setEnabled(self.text.textCursor().hasSelection())

    def _date_clicked(self) -> None:
        if self._doc is not None:
            self.document_date_requested.emit(self._doc.id)
