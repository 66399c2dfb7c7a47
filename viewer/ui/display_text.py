"""A document's text as shown (markup removed), with a map between original and shown offsets."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.model import Span


@dataclass(frozen=True, slots=True)
class _Segment:
    """A run of original text that is shown unchanged."""

    start: int  # original offset
    end: int  # original offset, exclusive
    shown: int  # where it starts in the shown text


class DisplayText:
    """The shown text of a document and the offset maps both ways."""

    def __init__(self, original: str, hidden: Sequence[Span] = ()) -> None:
        self.original = original
        self._segments: list[_Segment] = []
        parts: list[str] = []
        pos = 0
        shown = 0
        for span in _merged(hidden, len(original)):
            if span.start > pos:
                self._segments.append(_Segment(pos, span.start, shown))
                parts.append(original[pos : span.start])
                shown += span.start - pos
            pos = max(pos, span.end)
        if pos < len(original) or not self._segments:
            self._segments.append(_Segment(pos, len(original), shown))
            parts.append(original[pos:])
        self.text = "".join(parts)
        self._starts = [s.start for s in self._segments]
        self._shown_starts = [s.shown for s in self._segments]

    def to_shown(self, offset: int) -> int:
        """Where an original offset lands in the shown text; hidden characters snap forward."""
        offset = max(0, min(offset, len(self.original)))
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return 0
        seg = self._segments[i]
        if offset <= seg.end:
            return seg.shown + (offset - seg.start)
        # inside a hidden run: the next shown character, or the end of the text
        if i + 1 < len(self._segments):
            return self._segments[i + 1].shown
        return len(self.text)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """The original offset of a shown offset; `end` maps an exclusive end past hidden runs."""
        offset = max(0, min(offset, len(self.text)))
        if end and offset > 0:
            return self.to_original(offset - 1) + 1
        i = bisect_right(self._shown_starts, offset) - 1
        seg = self._segments[max(i, 0)]
        return min(seg.start + (offset - seg.shown), seg.end)

    def shown_range(self, start: int, end: int) -> tuple[int, int]:
        """An original half-open range as a shown half-open range."""
        return self.to_shown(start), max(self.to_shown(start), self.to_shown(end))

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """A shown half-open range as an original half-open range."""
        lo = self.to_original(start)
        return lo, max(lo, self.to_original(end, end=True))


def _merged(spans: Sequence[Span], length: int) -> list[Span]:
    """Sorted, clipped and non-overlapping spans."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(0, span.start), min(length, span.end)
        if end <= start:
            continue
        if out and start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, end))
        else:
            out.append(Span(start, end))
    return out
