"""What two windows typed into one field at once, put together so that neither's typing is lost.

Each window saves a field as a change from the value its typing started from (`was`) to the
value on its screen (`now`); another window may have saved the field since (`stored`).
A note is merged as three texts, word by word: a change only one side made is taken as it
is; where both changed one place, both are kept, this window's first and a blank line
between. Tags are a set: what this window added and removed is applied to the tags stored.
Any other field is one value: the one saved last is the user's, and the window says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

TOKENS = re.compile(r"\s+|\S+")
APART = "\n\n"  # between two texts typed at one place

Region = tuple[int, int, int, int, int, int]  # base, ours and theirs: start and end of each


@dataclass(frozen=True)
class MergedText:
    """A merged note, where a position in this window's text is in it, and whether both
    windows' texts of one place were kept side by side."""

    text: str
    cursor: int
    both_kept: bool


def merge_text(base: str, ours: str, theirs: str, cursor: int = 0) -> MergedText:
    """Ours and theirs, both typed from `base`, as one text; `cursor` is a position in ours."""
    if theirs in (base, ours):
        return MergedText(ours, cursor, False)
    tokens = [TOKENS.findall(text) for text in (base, ours, theirs)]
    merging = _Merging(cursor)
    start = (0, 0, 0)
    for region in _sync_regions(*tokens):
        chunks = ["".join(t[s:e]) for t, s, e in zip(tokens, start, region[0::2], strict=True)]
        merging.chunk(*chunks)
        merging.kept("".join(tokens[0][region[0] : region[1]]))
        start = (region[1], region[3], region[5])
    return MergedText(merging.text(), merging.mapped(), merging.both_kept)


def merge_tags(was: Sequence[str], now: Sequence[str], stored: Sequence[str]) -> tuple[str, ...]:
    """The stored tags with this window's changes from `was` to `now`: what it took out is
    out, what it added is in, and what another window added or took out stays so."""
    if tuple(stored) == tuple(was):
        return tuple(now)  # no one else changed them: the order typed too
    removed = set(was) - set(now)
    added = [tag for tag in now if tag not in was]
    return tuple(dict.fromkeys([*(t for t in stored if t not in removed), *added]))


def merge_typed(field: str, was: object, now: object, stored: object) -> tuple[object, bool]:
    """The value to save for a field typed from `was` to `now` over `stored`, and whether
    two texts typed at one place were kept side by side."""
    if stored == was:
        return now, False
    if field == "note" and isinstance(now, str):
        merged = merge_text(str(was or ""), now, str(stored or ""))
        return merged.text, merged.both_kept
    if field == "tags" and isinstance(now, tuple):
        return merge_tags(_tags(was), now, _tags(stored)), False
    return now, False


def _tags(value: object) -> tuple[str, ...]:
    return tuple(str(t) for t in value) if isinstance(value, tuple) else ()


class _Merging:
    """The merged text as it is put together, and where the cursor in ours went."""

    def __init__(self, cursor: int) -> None:
        self._parts: list[str] = []
        self._length = 0  # of the merged text so far
        self._ours = 0  # characters of ours met so far
        self._cursor = cursor
        self._mapped: int | None = None
        self.both_kept = False

    def chunk(self, base: str, ours: str, theirs: str) -> None:
        """Where one side or both changed the base: one's change, or both side by side."""
        if theirs in (base, ours):
            self._place(len(ours), self._cursor - self._ours)
            self._add(ours, len(ours))
            return
        if ours == base:  # a cursor inside what they changed goes after their text
            self._place(len(ours), len(theirs) if self._cursor > self._ours else 0)
            self._add(theirs, len(ours))
            return
        apart = APART if ours.strip() and theirs.strip() else ""
        self.both_kept = self.both_kept or bool(apart)
        self._place(len(ours), self._cursor - self._ours)
        self._add(ours + apart + theirs, len(ours))

    def kept(self, text: str) -> None:
        """Base text both sides kept as it was."""
        self._place(len(text), self._cursor - self._ours)
        self._add(text, len(text))

    def _place(self, ours_length: int, offset: int) -> None:
        if self._mapped is None and self._cursor <= self._ours + ours_length:
            self._mapped = self._length + max(offset, 0)

    def _add(self, text: str, ours_length: int) -> None:
        self._parts.append(text)
        self._length += len(text)
        self._ours += ours_length

    def text(self) -> str:
        return "".join(self._parts)

    def mapped(self) -> int:
        return self._length if self._mapped is None else self._mapped


def _sync_regions(base: list[str], ours: list[str], theirs: list[str]) -> list[Region]:
    """The runs of base tokens both sides kept, in each of the three, ending with the three
    ends (the three-way merge of diff3)."""
    mine = SequenceMatcher(None, base, ours, autojunk=False).get_matching_blocks()
    yours = SequenceMatcher(None, base, theirs, autojunk=False).get_matching_blocks()
    regions: list[Region] = []
    i = j = 0
    while i < len(mine) and j < len(yours):
        a, o, n = mine[i]
        c, t, m = yours[j]
        low, high = max(a, c), min(a + n, c + m)
        if low < high:
            regions.append((low, high, o + low - a, o + high - a, t + low - c, t + high - c))
        if a + n < c + m:
            i += 1
        else:
            j += 1
    regions.append((len(base), len(base), len(ours), len(ours), len(theirs), len(theirs)))
    return regions
