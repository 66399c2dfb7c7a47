"""What a workspace has on screen, stage by stage of a load, and the articles of a kept
timeline that are read only when the user opens them."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from viewer.core.model import Document
from viewer.corpus import CorpusError, read_document


class SessionState(Enum):
    """Where a workspace stands; only a READY one can be edited or exported."""

    OPENED = "opened"  # the project is open; nothing has been read or shown yet
    COLUMNS = "columns"  # the kept timeline's columns alone, painted before its events
    KEPT = "kept"  # the kept timeline's events, its articles known by their metadata
    PARTIAL = "partial"  # the events a load under way found so far, not merged yet
    READY = "ready"  # the articles read and checked and the timeline made from them

    @property
    def checked(self) -> bool:
        """Whether what is shown was made from the articles as they are now."""
        return self is SessionState.READY


class UnreadArticles:
    """Articles a kept timeline knows by their metadata only, each read when it is opened."""

    def __init__(self, document_ids: Iterable[str] = ()) -> None:
        self._unread = set(document_ids)

    def read(self, doc: Document) -> Document:
        """The document with its text, read now if it was not. (Its kept passages stay
        without their text until the load under way replaces them.)"""
        if doc.id not in self._unread:
            return doc
        self._unread.discard(doc.id)
        try:
            fresh = read_document(Path(doc.path))
        except (OSError, ValueError, CorpusError):  # gone, say, with a folder not handed on
            return doc  # shown without its text; the load under way will say what is wrong
        if fresh.content_hash != doc.content_hash:
            return doc  # changed since: its events will be found again by the load
        # What the file says of itself was kept (with the corpus's inferred years and the
        # user's corrections): take only the text and its layout from the new reading.
        doc.text, doc.date_span, doc.visible = fresh.text, fresh.date_span, fresh.visible
        doc.body, doc.boilerplate, doc.header = fresh.body, fresh.boilerplate, fresh.header
        return doc
