"""One progress bar over the two phases of a load: reading the files, then extracting;
and the events found so far, for the timeline to fill in as they arrive."""

from __future__ import annotations

import time
from collections.abc import Callable

from viewer.core.model import Document, Event


class LoadProgress:
    """Maps file and document counts onto one bar that only ever moves forward.

    While reading, the bar assumes every file will need extracting (so reading fills half of
    it); once the number to extract is known, extraction fills the rest.
    """

    def __init__(self, report: Callable[[int, int], None] | None) -> None:
        self._report = report
        self._files = 0

    def reading(self, done: int, total: int) -> None:
        self._files = total
        if self._report is not None:
            self._report(done, 2 * total)

    def extracting(self, done: int, total: int) -> None:
        if self._report is not None:
            self._report(self._files + done, self._files + total)


# What a load has found so far: the documents read and the events extracted from them.
Partial = Callable[[list[Document], list[Event]], None]


class PartialResults:
    """Hands the events found so far to the window while extraction goes on, so the timeline
    fills in; ever less often, since each showing costs the window a rebuild."""

    FIRST_AFTER = 1.0  # seconds

    def __init__(self, show: Partial, documents: list[Document]) -> None:
        self._show = show
        self._documents = documents
        self._events: list[Event] = []
        self._wait = self.FIRST_AFTER
        self._since = time.monotonic()

    def arrived(self, events: list[Event]) -> None:
        self._events.extend(events)
        now = time.monotonic()
        if now - self._since >= self._wait and self._events:
            self._show(list(self._documents), list(self._events))
            self._since, self._wait = now, 2 * self._wait
