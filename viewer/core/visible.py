"""The text of a document as a reader sees it, and where each of its characters is in the source.

A document's source text is its file as decoded: every offset kept in a project or exported
points into it. Its visible text is what a reader of the article sees: tags, scripts and
Markdown syntax left out, entities and escapes decoded, the lines of a paragraph joined.
Extraction reads the visible text; what it finds there maps back to source offsets.

The map is a list of segments, in order over both texts. A segment copies source characters
one for one, hides them (markup), or shows one character in their place ("&amp;" as "&", a run
of white space as one space, a line break inside a paragraph as a space). So every visible
character comes from a run of source characters of its own, and these runs keep their order.

The visible text itself is not kept: it is made from the source and the segments when asked.
Most documents differ from their source by a few characters, and a large corpus would
otherwise hold most of its text twice.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence

_COPY = "\x00"  # the `_put` of a segment that copies or hides: it shows no character of its own


def _clamped(start: int, end: int, length: int) -> tuple[int, int]:
    """A span of a text shown as written, within the text, its end not before its start."""
    first = min(max(start, 0), length)
    return first, max(first, min(max(end, 0), length))


# The last text `one_line` gave, and the last few hundred: a passage made one line is asked
# again by each cue that reads it, by its headline and for its id, and the answer is the text
# itself (a string never changes; an equal one is on one line as well).
_last_line = ""
_lines: set[str] = set()
_LINES_KEPT = 512


def one_line(text: str) -> str:
    """`text` on one line: its runs of white space as single spaces, none at the ends."""
    global _last_line
    if text is _last_line or text in _lines:
        return text
    # A text with no double space, no space at an end and no character but the space that
    # is unprintable (every other white space is) is on one line already: the checks spare
    # splitting and joining it, three times their cost.
    if "  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " ":
        line = text
    else:
        line = " ".join(text.split())
    if len(_lines) >= _LINES_KEPT:
        _lines.clear()
    _lines.add(line)
    _last_line = line
    return line


# The last few hundred spans read (`VisibleText.reading`), by text and span: an event's passage
# is read again by each step after reading that looks at it (a happening or a decision told
# again, a court report's line, the lede's words), two to six times an article's span. A text
# never changes, so an answer kept is the one reading would give.
_readings: dict[tuple[VisibleText, int, int], str] = {}
_READINGS_KEPT = 512


class VisibleText:
    """A source text, and the map from it to the text a reader sees."""

    __slots__ = ("_put", "_src", "_vis", "is_verbatim", "source")

    source: str
    is_verbatim: bool  # whether the visible text is the source itself
    _vis: Sequence[int]  # where each segment starts in the visible text, then its length
    _src: Sequence[int]  # where each segment starts in the source, then its length
    _put: str  # per segment: the one character it shows in place of its source, or _COPY

    def __init__(self, source: str, vis: Sequence[int], src: Sequence[int], put: str) -> None:
        self.source = source
        self._vis = vis
        self._src = src
        self._put = put
        # No segment (an empty text), or one that copies it all.
        self.is_verbatim = not put or (put == _COPY and vis[1] == len(source))

    @classmethod
    def verbatim(cls, source: str) -> VisibleText:
        """A text shown exactly as written: every offset is the same in both."""
        if not source:
            return cls(source, _offsets([0]), _offsets([0]), "")
        return cls(source, _offsets([0, len(source)]), _offsets([0, len(source)]), _COPY)

    def __len__(self) -> int:
        """The length of the visible text."""
        return self._vis[-1]

    # --- the visible text

    def render(self) -> str:
        """The whole visible text, made anew on each call: keep it while you need it."""
        return self._part(0, len(self))

    def shown(self, start: int, end: int) -> str:
        """What a reader sees of the source span `start`-`end`."""
        if self.as_written(start, end):
            return self.source[max(start, 0) : max(start, end, 0)]
        return self._part(*self.to_visible(start, end))

    def as_written(self, start: int, end: int) -> bool:
        """Whether the source span `start`-`end` shows as written: inside one segment that
        copies its source (a line of a paragraph between its line breaks, most often)."""
        if self.is_verbatim:
            return True
        src, vis = self._src, self._vis
        i = bisect_right(src, start) - 1
        return (
            0 <= i < len(self._put)
            and end <= src[i + 1]
            and self._put[i] == _COPY
            and vis[i + 1] - vis[i] == src[i + 1] - src[i]
        )

    def shown_at(self, start: int, end: int) -> tuple[int, str]:
        """What a reader sees of a source span, and where that starts in the visible text."""
        first, last = self.to_visible(start, end)
        return first, self._part(first, last)

    def reading(self, start: int, end: int) -> str:
        """What a reader sees of a source span, on one line: a passage as exported and listed."""
        key = (self, start, end)
        line = _readings.get(key)
        if line is not None:
            return line
        # As `shown` reads it: a span inside one line is sliced, with no segment walked.
        line = one_line(self.shown(start, end))
        if len(_readings) >= _READINGS_KEPT:
            _readings.clear()
        _readings[key] = line
        return line

    def hidden(self) -> list[tuple[int, int]]:
        """The source spans of which a reader sees nothing (markup), in order."""
        vis, src = self._vis, self._src
        return [(src[i], src[i + 1]) for i in range(len(self._put)) if vis[i] == vis[i + 1]]

    # --- offsets one way and the other

    def source_start(self, at: int) -> int:
        """Where visible character `at` begins in the source (the source's end for the end)."""
        if at >= len(self):
            return len(self.source)
        i = bisect_right(self._vis, max(at, 0)) - 1
        if self._put[i] == _COPY:
            return self._src[i] + max(at, 0) - self._vis[i]
        return self._src[i]

    def source_end(self, at: int) -> int:
        """Where visible character `at - 1` ends in the source: `at` as the end of a span."""
        if at <= 0:
            return 0
        at = min(at, len(self))
        i = bisect_right(self._vis, at - 1) - 1
        if self._put[i] == _COPY:
            return self._src[i] + at - self._vis[i]
        return self._src[i + 1]

    def visible_start(self, offset: int) -> int:
        """The first visible character that comes from `offset` of the source or after it."""
        if offset <= 0:
            return 0
        if offset >= len(self.source):
            return len(self)
        i = bisect_right(self._src, offset) - 1
        start = self._vis[i]
        if self._vis[i + 1] == start:
            return start  # hidden: the next visible character
        if self._put[i] == _COPY:
            return start + offset - self._src[i]
        return start if offset == self._src[i] else start + 1

    def visible_end(self, offset: int) -> int:
        """One past the last visible character that comes from before `offset` of the source."""
        if offset <= 0:
            return 0
        if offset >= len(self.source):
            return len(self)
        i = bisect_right(self._src, offset - 1) - 1
        start = self._vis[i]
        if self._vis[i + 1] == start:
            return start
        if self._put[i] == _COPY:
            return start + offset - self._src[i]
        return start + 1 if offset == self._src[i + 1] else start

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """A visible span as the source span its characters come from."""
        if self.is_verbatim:  # the same offsets, within the text: no segment to look up
            return _clamped(start, end, len(self.source))
        first = self.source_start(start)
        return (first, first) if end <= start else (first, self.source_end(end))

    def to_visible(self, start: int, end: int) -> tuple[int, int]:
        """A source span as the span of the visible characters that come from inside it."""
        if self.is_verbatim:
            return _clamped(start, end, len(self.source))
        first = self.visible_start(start)
        return first, max(first, self.visible_end(end))

    # --- helpers

    def _part(self, start: int, end: int) -> str:
        if self.is_verbatim:
            return self.source[start:end]
        if end <= start:
            return ""
        vis, src, put, source = self._vis, self._src, self._put, self.source
        pieces: list[str] = []
        i = bisect_right(vis, start) - 1
        at = start
        while at < end:
            first, last = vis[i], vis[i + 1]
            if last > first:
                stop = min(last, end)
                if put[i] == _COPY:
                    pieces.append(source[src[i] + at - first : src[i] + stop - first])
                else:
                    pieces.append(put[i])
                at = stop
            i += 1
        return "".join(pieces)


class VisibleBuilder:
    """Makes a VisibleText left to right over its source: each call says what the source
    characters from where the last call stopped (`at`) up to `end` become."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0  # source characters accounted for
        self.length = 0  # visible characters made
        self._vis: list[int] = []
        self._src: list[int] = []
        self._put: list[str] = []
        self._kind = ""  # of the open segment: "copy", "hide" or "" (none, or one put)
        self._last = ""  # the last visible character made

    @property
    def last(self) -> str:
        """The last visible character made so far ("" before any)."""
        return self._last

    def copy(self, end: int) -> None:
        """Show the source up to `end` as written."""
        if end > self.at:
            self._open("copy")
            self.length += end - self.at
            self._last = self.source[end - 1]
            self.at = end

    def hide(self, end: int) -> None:
        """Show nothing of the source up to `end`."""
        if end > self.at:
            self._open("hide")
            self.at = end

    def replace(self, end: int, shown: str) -> None:
        """Show the source up to `end` as `shown`, which may not be longer: each of its
        characters stands for one source character, and its last for all the rest."""
        size = end - self.at
        if not shown:
            self.hide(end)
            return
        if len(shown) > size:
            raise ValueError(f"{shown!r} is longer than the {size} characters it stands for")
        for char in shown[:-1]:
            self._put_one(self.at + 1, char)
        self._put_one(end, shown[-1])

    def finish(self) -> VisibleText:
        """The visible text of the whole source; what no call covered is hidden."""
        self.hide(len(self.source))
        if self._kind == "copy" and len(self._put) == 1:
            return VisibleText.verbatim(self.source)
        vis = _offsets([*self._vis, self.length])
        src = _offsets([*self._src, len(self.source)])
        return VisibleText(self.source, vis, src, "".join(self._put))

    def _put_one(self, end: int, char: str) -> None:
        if end - self.at == 1 and self.source[self.at] == char:
            self.copy(end)  # the same character: a copy, so plain text stays verbatim
            return
        self._open("")
        self._put[-1] = char
        self.length += 1
        self._last = char
        self.at = end

    def _open(self, kind: str) -> None:
        """Continue the open segment when it is of this kind, else start one here."""
        if kind and kind == self._kind:
            return
        self._vis.append(self.length)
        self._src.append(self.at)
        self._put.append(_COPY)
        self._kind = kind


def _offsets(values: Sequence[int]) -> Sequence[int]:
    """Offsets in a compact array: four bytes each for any text shorter than 2 GB."""
    return array("i" if not values or values[-1] < 2**31 else "q", values)
