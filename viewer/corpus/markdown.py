"""Markdown syntax to hide (headings, emphasis, escapes, links) and front matter to read.

Plain-text news files often carry Markdown (a "# " title, "*Bloomberg*", "\\$"), so these
conservative rules run on every non-HTML file: each needs a paired or line-anchored form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.core.model import Span

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
    for match in _HEADING.finditer(text, start):
        spans.append(Span(match.start(), match.end()))
    for match in _HEADING_CLOSE.finditer(text, start):
        if _line_is_heading(text, match.start()):
            spans.append(Span(match.start(), match.end()))
    for pattern in (_RULE, _QUOTE, _BULLET):
        spans.extend(Span(m.start(), m.end()) for m in pattern.finditer(text, start))
    for match in _LINK.finditer(text, start):
        spans.append(Span(*match.span(1)))
        spans.append(Span(*match.span(3)))
    for match in _CODE.finditer(text, start):
        spans.append(Span(match.start(), match.start(2)))
        spans.append(Span(match.end(2), match.end()))
    # Most articles have no asterisk or underscore: skip the costliest scans for them.
    emphasis = (_STRONG, _EMPHASIS) if "*" in text or "_" in text else ()
    for pattern in emphasis:
        for match in pattern.finditer(text, start):
            spans.append(Span(match.start(), match.start(2)))
            spans.append(Span(match.end(2), match.end()))
    if "\\" in text:
        spans.extend(Span(m.start(), m.end()) for m in _ESCAPE.finditer(text, start))
    return _disjoint(spans)


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
    """`text[start:end]` as a reader sees it: markup characters left out."""
    pieces: list[str] = []
    at = start
    for span in markup:
        if span.end <= at or span.start >= end:
            continue
        if span.start > at:
            pieces.append(text[at : span.start])
        at = max(at, span.end)
    if at < end:
        pieces.append(text[at:end])
    return "".join(pieces)
