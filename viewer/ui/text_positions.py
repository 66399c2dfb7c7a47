"""Offsets in a Python string and positions in a Qt text widget, which count UTF-16 units.

A character beyond the Basic Multilingual Plane (an emoji, a rare ideograph) is one character
in Python and two positions in Qt: without this, every highlight after one would fall a
character early.
"""

from __future__ import annotations

from bisect import bisect_left


class TextPositions:
    """The two ways of counting through one text."""

    def __init__(self, text: str) -> None:
        # Offsets of the characters that take two positions; almost always none.
        self._wide: list[int] = []
        if _has_wide(text):
            self._wide = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]

    def position(self, offset: int) -> int:
        """The widget position of a string offset."""
        return offset + bisect_left(self._wide, offset)

    def offset(self, position: int) -> int:
        """The string offset of a widget position (the middle of a wide character: before it)."""
        if not self._wide:
            return position
        low, high = max(0, position - len(self._wide)), position
        while low < high:  # the largest offset whose position is not past `position`
            middle = (low + high + 1) // 2
            if self.position(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low


def _has_wide(text: str) -> bool:
    """Whether any character takes two UTF-16 units: a cheap test on the encoded size first."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
