"""Markdown syntax to hide (headings, emphasis, escapes, links) and front matter to read.

Plain-text news files often carry Markdown (a "# " title, "*Bloomberg*", "\\$"), so these
conservative rules run on every non-HTML file: each needs a paired or line-anchored form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from viewer.core.model import Span
from viewer.corpus.layout import first_reaching

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+", re.MULTILINE)
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
_BULLET = re.compile(r"^ {0,3}[*+][ \t]+", re.MULTILINE)
_STRONG = re.compile(r"(?<![\\*\w])(\*\*|__)(?=\S)([^\n]*?\S)\1(?![*\w])")
_EMPHASIS = re.compile(r"(?<![\\*\w])([*_])(?=[^\s*_])([^\n*]*?[^\s\\*_])\1(?![*\w])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_LINK = re.compile(r"(!?\[)([^\]\n]+)(\]\(\s*[^\s)]+(?:\s+\"[^\"\n]*\")?\s*\))")
_CODE = re.compile(r"(`+)([^`\n]+?)\1")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$\r?\n?", re.S | re.M)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)
# The mark opening a line (heading, rule, quote, bullet): where a line-anchored rule may match.
_LINE_MARK = re.compile(r"\n {0,3}([-*_>+#])")


@dataclass(slots=True)
class FrontMatter:
    """A leading `---` block of `key: value` lines; values keep their offsets in the text."""

    end: int  # first offset after the block
    fields: dict[str, Span] = field(default_factory=dict)  # lower-case key -> value span


def front_matter(text: str) -> FrontMatter | None:
    """The YAML-style block at the very start of a Markdown file, when there is one."""
    block = _FRONT_MATTER.match(text)
    if block is None:
        return None
    found = FrontMatter(end=block.end())
    for line in _FIELD.finditer(text, block.start(1), block.end(1)):
        start, end = line.span("value")
        # Quoted values: the quotes are YAML syntax, not part of the title or date.
        if end - start >= 2 and text[start] in "\"'" and text[end - 1] == text[start]:
            start, end = start + 1, end - 1
        if start < end:
            found.fields.setdefault(line.group("key").lower(), Span(start, end))
    return found


def markdown_markup(text: str, start: int = 0) -> list[Span]:
    """Spans of Markdown syntax in `text[start:]`, sorted, never overlapping."""
    spans: list[Span] = []
    lines = _lines_by_mark(text)
    for match in _matches_at(_HEADING, text, start, lines.get("#", [])):
        spans.append(Span(match.start(), match.end()))
    # A closing "##" needs a heading line and a blank before its "#": rare, so checked first.
    if "#" in lines and (" #" in text or "\t#" in text):
        for match in _HEADING_CLOSE.finditer(text, start):
            if _line_is_heading(text, match.start()):
                spans.append(Span(match.start(), match.end()))
    for pattern, marks in ((_RULE, "-*_"), (_QUOTE, ">"), (_BULLET, "*+")):
        line_starts = sorted(at for mark in marks for at in lines.get(mark, []))
        spans.extend(
            Span(m.start(), m.end()) for m in _matches_at(pattern, text, start, line_starts)
        )
    for match in _matches_at(_LINK, text, start, _offsets_of("![", text, start)):
        spans.append(Span(*match.span(1)))
        spans.append(Span(*match.span(3)))
    for match in _matches_at(_CODE, text, start, _offsets_of("`", text, start)):
        spans.append(Span(match.start(), match.start(2)))
        spans.append(Span(match.end(2), match.end()))
    emphasis_marks = _offsets_of("*_", text, start)
    for pattern in (_STRONG, _EMPHASIS):
        for match in _matches_at(pattern, text, start, emphasis_marks):
            spans.append(Span(match.start(), match.start(2)))
            spans.append(Span(match.end(2), match.end()))
    if "\\" in text:
        spans.extend(Span(m.start(), m.end()) for m in _ESCAPE.finditer(text, start))
    return _disjoint(spans)


def _lines_by_mark(text: str) -> dict[str, list[int]]:
    """Where lines open with a mark that a line-anchored rule needs (after up to three spaces),
    by mark, in text order."""
    found: dict[str, list[int]] = {}
    # The "\n" put in front lets the first line match too, and shifts each match so that its
    # start is the offset in `text` where the line begins.
    for match in _LINE_MARK.finditer("\n" + text):
        found.setdefault(match.group(1), []).append(match.start())
    return found


def _offsets_of(chars: str, text: str, start: int) -> list[int]:
    """Every offset from `start` on that holds one of `chars`, ascending."""
    found: list[int] = []
    for char in chars:
        at = text.find(char, start)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def _matches_at(
    pattern: re.Pattern[str], text: str, start: int, candidates: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, start)` finds, tried only at `candidates` (ascending).

    The rules open with a lookbehind, a line anchor or an optional character, so the regex
    engine would try them at every offset; every match of them starts at one of few offsets
    (a line opening with its mark, an opening bracket or asterisk), and no match is empty.
    """
    free = start
    for at in candidates:
        if at < free:
            continue
        match = pattern.match(text, at)
        if match is not None:
            free = match.end()
            yield match


def _line_is_heading(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return _HEADING.match(text, line_start) is not None


def _disjoint(spans: list[Span]) -> list[Span]:
    """Sorted spans with any span that overlaps an earlier kept one dropped."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= span.end:
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def visible(text: str, start: int, end: int, markup: list[Span]) -> str:
    """`text[start:end]` as a reader sees it: markup characters (sorted, disjoint) left out."""
    pieces: list[str] = []
    at = start
    for index in range(first_reaching(markup, start), len(markup)):
        span = markup[index]
        if span.start >= end:
            break  # so does every later span
        if span.start > at:
            pieces.append(text[at : span.start])
        at = max(at, span.end)
    if at < end:
        pieces.append(text[at:end])
    return "".join(pieces)
