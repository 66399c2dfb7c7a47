"""The lines of a plain-text or Markdown article that show words: their bounds without white
space or unseen marks at the edges, what a reader sees of each, and their paragraphs."""

from __future__ import annotations

import re

from viewer.core.model import Span
from viewer.core.visible import VisibleText
from viewer.corpus.header_lines import Line
from viewer.corpus.layout import UNSEEN_MARKS, shown_words, trimmed

# A line is read for its words: one showing no letter or digit ("." / "—" / "|") has no title,
# byline, date or sentence to give, and is read as a line showing nothing. The next line with a
# word on it is found at once, past any run of lines without one (a file of 500,000 lines of
# "." took 7 s a MB to read, each line classified in turn).
_WORD = re.compile(r"[^\W_]")
# A line ends at a line feed, or at a carriage return alone, as old Mac files end lines.
_LINE_END = re.compile(r"\n|\r(?!\n)")


def _trimmed_line(text: str, start: int, end: int) -> Span | None:
    """A line without white space or unseen marks at its edges ("\u200f3 June 2024\u200f")."""
    span = trimmed(text, start, end)
    marks = UNSEEN_MARKS
    if span is None or (text[span.start] not in marks and text[span.end - 1] not in marks):
        return span
    start, end = span.start, span.end
    while start < end and (text[start] in marks or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in marks or text[end - 1].isspace()):
        end -= 1
    return Span(start, end) if start < end else None


def _line_start(text: str, start: int, end: int, plain: bool) -> int:
    """Where the line holding `text[end]` starts, at `start` or after; in a text with no
    carriage return (`plain`), after its last line feed before, found by one search."""
    if plain:
        return text.rfind("\n", start, end) + 1
    return max(text.rfind("\n", start, end), text.rfind("\r", start, end)) + 1


def _line_end(text: str, at: int, plain: bool) -> int:
    """Where the line from `at` ends (its line end, or the text's end). In a text with no
    carriage return (`plain`) that is its next line feed, found at once: the pattern is
    tried at every character of the line."""
    if plain:
        stop = text.find("\n", at)
        return len(text) if stop < 0 else stop
    newline = _LINE_END.search(text, at)
    return len(text) if newline is None else newline.start()


def text_lines(
    text: str, begin: int, visible: VisibleText, markers: dict[int, int], set_aside: list[Span]
) -> list[Line]:
    """The lines of `text` from `begin` that show a word, each with its paragraph; lines of
    marks that show anything are put in `set_aside`."""
    lines: list[Line] = []
    block, previous_blank = -1, True
    plain = "\r" not in text  # most files: every line ends at a line feed
    at = begin
    while at < len(text):
        word = _WORD.search(text, at)
        wordless = len(text) if word is None else _line_start(text, at, word.start(), plain)
        if wordless > at:  # lines with no word before the next word's
            _set_apart_marks(text, visible, Span(at, wordless), set_aside)
            at, previous_blank = wordless, True
            continue
        stop = _line_end(text, at, plain)
        span = _trimmed_line(text, at, stop)
        read = _read_line(visible, markers, span) if span is not None else None
        if span is None or read is None:
            previous_blank = True
        else:
            content, shown, body, item = read
            if previous_blank or item:
                block += 1  # a list item is a paragraph of its own
            previous_blank = False
            lines.append(Line(span.start, span.end, content.start, content.end, shown, block, body))
        at = stop + 1
    return lines


def _set_apart_marks(text: str, visible: VisibleText, lines: Span, set_aside: list[Span]) -> None:
    """Lines with no word ("·" / "--" / "."), furniture when they show anything: more
    visible characters than their line breaks, which show as one each or none."""
    span = trimmed(text, lines.start, lines.end)
    if span is None:
        return
    first, last = visible.to_visible(span.start, span.end)
    if last - first > text.count("\n", span.start, span.end):
        set_aside.append(span)


def _read_line(
    visible: VisibleText, markers: dict[int, int], span: Span
) -> tuple[Span, str, int, bool] | None:
    """A line without markup at its edges ("# ", "**"), what a reader sees of it, where its
    text starts (after a list item's marker) and whether it opens a list item; None for
    a line that shows nothing."""
    found = shown_words(visible, span.start, span.end)
    if found is None or _WORD.search(found[1]) is None:
        return None
    content, shown = found
    marker_end = markers.get(content.start)
    if marker_end is None:
        return content, shown, content.start, False
    item = shown_words(visible, marker_end, content.end)
    return None if item is None else (content, item[1], item[0].start, True)
