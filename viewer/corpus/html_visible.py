"""What a reader sees of an HTML page, laid out as a browser lays out text.

The HTML scanner reports the page in order (words of text, character references, the edges
of elements); this turns that into the visible text with its map to the source: tags, comments,
scripts and styles show nothing, references show their characters, runs of white space show
as one space, and block elements (paragraphs, headings, list items…) as line breaks.
"""

from __future__ import annotations

import html
import re

from viewer.core.visible import VisibleBuilder, VisibleText
from viewer.corpus.layout import UNSEEN_MARKS

# How many line breaks an element's edge makes: a paragraph stands apart, a list item or a
# table row starts a line. Other elements (a, b, span…) run on in the line.
BREAKS = {
    **dict.fromkeys(
        """address article aside blockquote details dialog div dl fieldset figcaption figure
        footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary
        table ul caption""".split(),
        2,
    ),
    **dict.fromkeys("li dt dd tr td th option legend".split(), 1),
}
# Characters HTML folds into one space; a no-break space is not one of them.
_FOLDED = " \t\n\r\f"
# White space to fold: a run of two or more, or one that is not a plain space.
_TO_FOLD = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


class HtmlFlow:
    """The visible text of a page, made as its scanner goes through it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.out = VisibleBuilder(source)
        self.space_at = -1  # a white space character after the last word, if any
        self.breaks = 0  # line breaks due before the next word
        self.pre = 0  # how many <pre> elements are open: white space shows as written

    def edge(self, tag: str) -> None:
        """An element of `tag` opens or closes here."""
        breaks = BREAKS.get(tag, 0)
        if breaks and self.out.length:
            self.breaks = max(self.breaks, breaks)

    def line_break(self) -> None:
        """A <br>: the next word starts a line (two in a row leave a blank one)."""
        if self.out.length:
            self.breaks = min(2, self.breaks + 1)

    def data(self, start: int, end: int) -> None:
        """Text between tags, `source[start:end]`: its words, with white space folded."""
        source = self.source
        if self.pre:
            self._preformatted(start, end)
            return
        if end <= start:
            return
        if source[start] in UNSEEN_MARKS or source[end - 1] in UNSEEN_MARKS:
            start, end = _without_marks(source, start, end)  # "\u200fBy Layla Haddad\u200f"
            if end <= start:
                return
        edges_shown = source[start] not in _FOLDED and source[end - 1] not in _FOLDED
        if edges_shown and _TO_FOLD.search(source, start, end) is None:
            self.word(start, end)  # most runs of text: one word or words one space apart
            return
        first, last = start, end
        while first < last and source[first] in _FOLDED:
            first += 1
        while last > first and source[last - 1] in _FOLDED:
            last -= 1
        if first > start:
            self.space(start)
        at = first
        for run in _TO_FOLD.finditer(source, first, last):
            self.word(at, run.start())
            self.space(run.start())
            at = run.end()
        self.word(at, last)
        if last < end:
            self.space(last)

    def _preformatted(self, start: int, end: int) -> None:
        """Text in <pre>: shown as written, but for carriage returns (a line break is "\n")."""
        at = start
        carriage = self.source.find("\r", at, end)
        while carriage >= 0:
            self.word(at, carriage)
            if not self.source.startswith("\n", carriage + 1):
                self.word(carriage, carriage + 1, "\n")
            at = carriage + 1
            carriage = self.source.find("\r", at, end)
        self.word(at, end)

    def reference(self, start: int, end: int) -> None:
        """A character reference, "&amp;" or "&#8217;": it shows the character it stands for.
        What follows a name read without its ";" ("&notit;" is "¬" then "it;") is text."""
        written = self.source[start:end]
        shown = html.unescape(written)
        if len(shown) == 1 and shown in UNSEEN_MARKS:
            return  # "&rlm;", "&#8207;": a mark of writing direction shows nothing
        kept = 0
        while kept < len(shown) - 1 and shown[-1 - kept] == written[-1 - kept]:
            kept += 1
        self.word(start, end - kept, shown[: len(shown) - kept])
        self.word(end - kept, end)

    def space(self, at: int) -> None:
        if self.space_at < 0:
            self.space_at = at

    def word(self, start: int, end: int, shown: str | None = None) -> None:
        """Text that shows (as written, or as `shown`), after what is due before it."""
        if end <= start:
            return
        out = self.out
        if out.length and self.breaks and start > out.at:
            out.replace(start, "\n" * min(self.breaks, start - out.at))
        elif out.length and self.space_at >= 0:
            out.hide(self.space_at)
            out.replace(self.space_at + 1, " ")
        out.hide(start)
        if shown is None:
            out.copy(end)
        else:
            out.replace(end, shown)
        self.breaks = 0
        self.space_at = -1

    def finish(self) -> VisibleText:
        return self.out.finish()


def _without_marks(source: str, start: int, end: int) -> tuple[int, int]:
    """A run of text without the marks of writing direction at its edges, which show nothing."""
    while start < end and source[start] in UNSEEN_MARKS:
        start += 1
    while end > start and source[end - 1] in UNSEEN_MARKS:
        end -= 1
    return start, end
