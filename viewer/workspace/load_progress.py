"""One progress bar over the two phases of a load: reading the files, then extracting."""

from __future__ import annotations

from collections.abc import Callable


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
