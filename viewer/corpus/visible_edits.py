"""Source spans that show otherwise than the format alone says, whatever a format reader makes
of them: a word hyphenated across a line end, as text copied from a PDF breaks one, shows
whole ("govern-" / "ment" is "government"); a mail's quoted-printable escapes show the
characters they make. Every offset still points into the source: only what shows changes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from viewer.core.visible import VisibleBuilder, VisibleText

# (start, end, shown): the source span `start`-`end` shows as `shown` ("" for nothing), which
# is no longer than the span.
Edit = tuple[int, int, str]

# A line ending in a hyphen, the next line going on with a word: with a word before the
# hyphen (_glued), a word broken at the line's end ("govern-" / "ment"), or a compound at its
# own hyphen ("US-" / "Mexico"). The pattern starts at the hyphen, not at a look behind it, so
# that it is looked for as one character: a look behind would be tried at every character.
_BROKEN = re.compile(r"-[ \t]*(?:\r\n|\n|\r)[ \t]*(?=[^\W_])")
# A soft hyphen at a line's end, after a word, is a break and nothing else.
_SOFT = re.compile(r"\u00ad[ \t]*(?:\r\n|\n|\r)[ \t]*(?=\w)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# First parts of compounds kept with their hyphen when a line breaks after it: "well-" /
# "known", "self-" / "defence", "long-" / "term".
_COMPOUND_FIRSTS = frozenset(
    "all anti cross ex far full half high long low non self semi short so well wide".split()
)
# Second parts of compounds: "Russian-" / "backed", "state-" / "owned", "Paris-" / "based".
_COMPOUND_SECONDS = frozenset(
    "aligned allied backed based born bound built controlled era funded held led like linked "
    "made minded occupied old owned related run speaking style wide".split()
)


def hyphen_joins(text: str) -> list[Edit]:
    """The line breaks of `text` after a hyphen inside a word, to show as nothing, each with
    the hyphen when it breaks a word ("govern-" / "ment" is "government"); a compound broken
    at its own hyphen keeps it ("well-" / "known", "Russian-" / "backed", "US-" / "Mexico",
    "20-" / "year-old", "bullet-" / "proof" when the text writes "bullet-proof" elsewhere).
    A soft hyphen ending a line shows nothing, with its break."""
    if "-" not in text and "\u00ad" not in text:
        return []
    edits = [(m.start(), m.end(), "") for m in _SOFT.finditer(text) if _glued(text, m, True)]
    breaks = [m for m in _BROKEN.finditer(text) if _glued(text, m, False)]
    if breaks:
        words = set(_WORD.findall(text.lower()))
        for found in breaks:
            before = _word_before(text, found.start())
            after = _word_after(text, found.end())
            broken = len(before) >= 2 and after[:1].islower()  # as typesetting breaks words
            keep = not broken or _compound(before, after, words)
            edits.append((found.start() + keep, found.end(), ""))
    edits.sort()
    return edits


def _glued(text: str, found: re.Match[str], underscore: bool) -> bool:
    """Whether a letter or digit (or with `underscore`, "_": a word character) comes right
    before what was found."""
    before = text[found.start() - 1 : found.start()]
    return before.isalnum() or (underscore and before == "_")


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _word_after(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _compound(before: str, after: str, words: set[str]) -> bool:
    """Whether the hyphen between `before` and `after` is a compound's own: the text writes
    them so elsewhere, or not as one word and the first part is one of a compound's usual
    first parts ("well-known") or the second one of its usual second parts ("Russian-backed",
    "state-owned")."""
    if f"{before}-{after}".lower() in words:
        return True
    if (before + after).lower() in words:
        return False
    return before.lower() in _COMPOUND_FIRSTS or after.lower() in _COMPOUND_SECONDS


class EditedBuilder:
    """A VisibleBuilder that shows the source spans of its edits as they say, whatever it is
    told of them; the rest as it is told."""

    def __init__(self, source: str, edits: Sequence[Edit]) -> None:
        self.out = VisibleBuilder(source)
        self.edits = sorted(edits)
        self._ends = [end for _, end, _ in self.edits]

    @property
    def at(self) -> int:
        return self.out.at

    @property
    def length(self) -> int:
        return self.out.length

    @property
    def last(self) -> str:
        return self.out.last

    def copy(self, end: int) -> None:
        self._apply("copy", end, "")

    def hide(self, end: int) -> None:
        self._apply("hide", end, "")

    def replace(self, end: int, shown: str) -> None:
        self._apply("put", end, shown)

    def finish(self) -> VisibleText:
        return self.out.finish()

    def _apply(self, kind: str, end: int, shown: str) -> None:
        """Make the source up to `end`: an edit met on the way is made whole, and what the
        step said of the rest after it shows as said (a character put, only before it)."""
        out = self.out
        while end > out.at:
            index = bisect_right(self._ends, out.at)
            if index == len(self.edits) or self.edits[index][0] >= end:
                _make(out, kind, end, shown)
                return
            start, stop, edited = self.edits[index]
            if start > out.at:
                _make(out, kind, start, shown[: start - out.at])
                kind = "hide" if kind == "put" else kind
            if edited:
                out.replace(stop, edited)
            else:
                out.hide(stop)


def _make(out: VisibleBuilder, kind: str, end: int, shown: str) -> None:
    if kind == "copy":
        out.copy(end)
    elif kind == "hide":
        out.hide(end)
    else:
        out.replace(end, shown)
