"""What a reader sees of a Markdown or plain-text article, and the front matter it opens with.

Plain-text news files often carry Markdown (a "# " title, "*Bloomberg*", "\\$"), so every
non-HTML file is read as CommonMark (markdown-it-py): headings marks, emphasis, escapes, link
syntax, raw HTML and reference definitions are left out, entities decoded, and the lines of a
paragraph joined. List markers stay, as a reader sees bullets and numbers. Indented code is
not a thing in news: an indented paragraph stays a paragraph.

markdown-it-py says which lines each block spans, not where its words are: each inline piece
(a run of text, an entity, a line break) is found in the source in order, and everything the
pieces do not cover is markup. Most news text has no syntax at all: a file or a paragraph
with none is read without the parse, to the same result.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.token import Token

from viewer.core.model import Span
from viewer.core.visible import VisibleBuilder, VisibleText
from viewer.corpus.markdown_inline import MisalignedError, inline_steps, plain_steps
from viewer.corpus.visible_edits import Edit, EditedBuilder

# YAML between "---" lines, or TOML between "+++" lines as Hugo writes it.
_FRONT_MATTER = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<fields>.*?)^(?:(?P=fence)|\.\.\.)[ \t]*$\r?\n?",
    re.S | re.M,
)
_LIST_ITEM = re.compile(r"[ \t]+-[ \t]+(?P<value>.*?)[ \t]*\r?$", re.M)
# "key: value" in YAML, "key = value" in TOML.
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)
# Inline syntax is parsed paragraph by paragraph, and only where there is some (most news
# paragraphs have none): markdown-it's block parse is left without its "inline" step.
_PARSER = MarkdownIt("commonmark").disable(["code", "text_join", "inline"])
# A link's or an image's label is closed by "]": in a paragraph with none, each "[" would be
# tried as a label running to the paragraph's end (a "[" left open on every line made a
# Markdown file read at 5.7 s a MB). Such a paragraph is parsed with no link or image rule.
_UNLABELLED = MarkdownIt("commonmark").disable(["code", "text_join", "inline", "link", "image"])
# A line that may open a block other than a paragraph (a list item, quote, heading, rule,
# fence, raw HTML, a reference definition, the underline of a heading); any indent, to be
# safe. Searched for after a line break: a pattern that starts on a fixed character is found
# by a fast scan.
_BLOCK_SYNTAX = re.compile(r"\n[ \t]*(?:[-+*>#=~`_<\[]|\d{1,9}[.)])")
_NEWLINE = re.compile("\n")
# The same at a line's start; or any indent, which may carry on a list item.
_LINE_SYNTAX = re.compile(r"[ \t]|[-+*>#=~`_<\[]|\d{1,9}[.)]")
# What may open a block that runs on past a blank line: a fence, raw HTML (a comment, "<pre>").
_RUNS_ON = frozenset("~`<")


@dataclass(slots=True)
class FrontMatter:
    """A leading `---` block of `key: value` lines (or `+++` of `key = value`); values keep
    their offsets in the text."""

    end: int  # first offset after the block
    fields: dict[str, Span] = field(default_factory=dict)  # lower-case key -> value span
    items: dict[str, list[Span]] = field(default_factory=dict)  # a list's items, each key's


def front_matter(text: str) -> FrontMatter | None:
    """The YAML-style block at the very start of a Markdown file, when there is one."""
    block = _FRONT_MATTER.match(text)
    if block is None:
        return None
    found = FrontMatter(end=block.end())
    for line in _FIELD.finditer(text, block.start("fields"), block.end("fields")):
        start, end = line.span("value")
        items = _items(text, line.end() + 1, block.end("fields")) if start == end else []
        if items:  # a list's first item on the next line: "author:" / '  - "[[Jane Doe]]"'
            start, end = items[0]
            found.items.setdefault(line.group("key").lower(), [Span(*item) for item in items])
        # Quoted values: the quotes are YAML syntax, not part of the title or date.
        if end - start >= 2 and text[start] in "\"'" and text[end - 1] == text[start]:
            start, end = start + 1, end - 1
        if start < end:
            found.fields.setdefault(line.group("key").lower(), Span(start, end))
    return found


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The values of the list items from `start` on, one a line ("  - Ben Carter")."""
    items = []
    while (item := _LIST_ITEM.match(text, start, end)) is not None:
        items.append(item.span("value"))
        start = item.end() + 1
    return items


@dataclass(slots=True)
class MarkdownText:
    """What a reader sees of a Markdown text, and where its list items' markers are."""

    visible: VisibleText
    markers: dict[int, int]  # source offset of a list item's marker -> where its text starts


def markdown_visible(
    text: str, begin: int = 0, *, quick: bool = True, edits: Sequence[Edit] = ()
) -> MarkdownText:
    """What a reader sees of `text` read as Markdown from `begin` on (front matter before it
    is not shown). `quick`: a text with no block syntax is not parsed for blocks, nor a
    paragraph with no inline syntax for inlines (the same result, found faster). `edits`:
    source spans that show as they say, whatever the Markdown is (see visible_edits)."""
    if quick and not begin and not edits and _shows_as_written(text):
        return MarkdownText(VisibleText.verbatim(text), {})
    walk = _Walk(text, begin, edits)
    body = walk.parsed[walk.at :]
    if quick and not _BLOCK_SYNTAX.search("\n" + body):
        walk.paragraphs()  # no block syntax, as in most news files: paragraphs, no block parse
        return MarkdownText(walk.finish(), walk.markers)
    parts = syntax_parts(walk.parsed, walk.lines) if quick and not walk.carriage_returns else None
    if parts is None:
        walk.blocks(_PARSER.parse(body, walk.env), 0, quick)
        return MarkdownText(walk.finish(), walk.markers)
    # Only the runs of lines that may hold block syntax are parsed for blocks; the paragraphs
    # between them are read as in a text with none. Every run is parsed first, so that a link
    # may use a reference defined further on, as in the parse of the whole text.
    parsed = [
        _PARSER.parse(walk.parsed[walk.line(first) : walk.line(last)], walk.env) if syntax else []
        for first, last, syntax in parts
    ]
    for (first, last, syntax), tokens in zip(parts, parsed, strict=True):
        if syntax:
            walk.blocks(tokens, first, quick)
            walk.between(walk.line(last))
        else:
            walk.paragraphs(first, last)
    return MarkdownText(walk.finish(), walk.markers)


def syntax_parts(parsed: str, lines: Sequence[int]) -> list[tuple[int, int, bool]] | None:
    """The text's lines (`lines`: where each starts, then its end) as runs of paragraphs:
    (first line, the line after the run, whether its lines may hold block syntax), blank lines
    with the run before them. A run with none is read as markdown-it reads it: a blank line
    closes every block, and a line after one opens none (no list item or quote goes on into it:
    it is neither indented nor marked). None when a line may open a block that runs on past a
    blank line (a fence, raw HTML), or when every paragraph may hold syntax."""
    paragraphs: list[list[int]] = []  # [first line, whether a line of it may hold syntax]
    blank = True
    for number in range(len(lines) - 1):
        line = parsed[lines[number] : lines[number + 1]]
        if not line.strip(" \t\n"):
            blank = True
            continue
        mark = _LINE_SYNTAX.match(line) is not None
        if mark and line.lstrip(" \t")[:1] in _RUNS_ON:
            return None
        if blank:
            paragraphs.append([number, mark])
        elif mark:
            paragraphs[-1][1] = True
        blank = False
    if all(syntax for _, syntax in paragraphs):
        return None
    parts: list[tuple[int, int, bool]] = []
    for first, syntax in paragraphs:
        if not parts or parts[-1][2] != syntax:
            if parts:
                parts[-1] = (parts[-1][0], first, parts[-1][2])
            parts.append((first if parts else 0, len(lines) - 1, bool(syntax)))
    return parts


def _shows_as_written(text: str) -> bool:
    """Whether a text is its own visible text, read without a walk: no block or inline
    syntax, no carriage return or NUL, and every paragraph one line (a line break inside
    one is a space), as in most plain-text news files."""
    if "\r" in text or "\x00" in text or _inline_syntax(text):
        return False
    if _BLOCK_SYNTAX.search("\n" + text):
        return False
    previous_blank = True
    for line in text.split("\n"):
        blank = not line.strip(" \t")  # as paragraphs() reads blank
        if not blank and not previous_blank:
            return False
        previous_blank = blank
    return True


class _Walk:
    """The visible text of the blocks, in order; between blocks, only line breaks show.

    It goes through the text as markdown-it reads it (`parsed`: each "\r\n" or "\r" a "\n",
    NUL as U+FFFD), so its offsets are offsets of that text, turned into source offsets as
    each step is made: a carriage return goes with the line break after it.
    """

    def __init__(self, text: str, begin: int, edits: Sequence[Edit] = ()) -> None:
        parsed = text.replace("\r\n", "\n")
        # Where a "\r" was taken out: the offset, in `parsed`, of the "\n" it stood before.
        self.removed: list[int] = []
        if len(parsed) < len(text):
            found = (m.start() for m in re.finditer("\r\n", text))
            self.removed = [at - k for k, at in enumerate(found)]
        self.carriage_returns = "\r" in parsed or bool(self.removed)
        self.parsed = parsed.replace("\r", "\n").replace("\x00", "\ufffd")
        self.out: VisibleBuilder | EditedBuilder = (
            EditedBuilder(text, edits) if edits else VisibleBuilder(text)
        )
        self.env: dict[str, object] = {}  # what the block parse found: reference definitions
        self.markers: dict[int, int] = {}
        self.at = 0  # offset in `parsed` made so far
        self.step("hide", self.offset(begin))
        self.lines = [self.at] + [m.end() for m in _NEWLINE.finditer(self.parsed, self.at)]
        self.lines.append(len(self.parsed))

    def offset(self, source: int) -> int:
        """The offset in `parsed` of a source offset (`begin`, after a line break)."""
        if not self.removed:
            return source
        return source - bisect_left([at + k for k, at in enumerate(self.removed)], source)

    def step(self, kind: str, to: int, shown: str = "") -> None:
        """The source up to `parsed` offset `to` shown as written, hidden, or as `shown`."""
        if to <= self.at:
            return
        end = to + bisect_left(self.removed, to) if self.removed else to
        if kind == "copy":
            self.out.copy(end)
        elif kind == "hide":
            self.out.hide(end)
        else:
            self.out.replace(end, shown)
        self.at = to

    def line(self, number: int) -> int:
        """Where line `number` of the parsed text starts (its end for the line past the last)."""
        return self.lines[min(number, len(self.lines) - 1)]

    def block(self, token: Token) -> None:
        if token.map is None:
            return
        first, last = token.map
        if token.type == "fence":
            self.between(self.line(first))
            self.fence(token, self.line(first + 1), self.line(last))
        elif token.type == "list_item_open":
            self.between(self.line(first))
            self.list_marker(token, self.line(first + 1))
        # Rules, raw HTML blocks and reference definitions show nothing: between() hides them.

    def blocks(self, tokens: Sequence[Token], first: int, quick: bool) -> None:
        """The blocks markdown-it read from line `first` on, in order."""
        previous = ""
        for token in tokens:
            if token.map is not None and first:
                token.map = [token.map[0] + first, token.map[1] + first]
            if token.type == "inline" and token.map is not None:
                start, end = self.line(token.map[0]), self.line(token.map[1])
                self.text_block(token.content, start, end, quick and previous == "paragraph_open")
            else:
                self.block(token)
            previous = token.type

    def paragraphs(self, begin: int = 0, stop: int = -1) -> None:
        """Lines `begin` to `stop` (the whole text by default) with no block syntax: their
        paragraphs are the runs of lines that are not blank (only spaces and tabs, as
        markdown-it reads blank)."""
        parsed, lines = self.parsed, self.lines
        stop = len(lines) - 1 if stop < 0 else stop
        first = -1  # where the paragraph under way starts
        for number in range(begin, stop):
            start, end = lines[number], lines[number + 1]
            if start >= end:
                continue
            blank = not parsed[start:end].strip(" \t\n")
            if blank and first >= 0:
                self._paragraph(first, start)
                first = -1
            elif not blank and first < 0:
                first = start
        if first >= 0:
            self._paragraph(first, lines[stop])
        if not self.carriage_returns:
            self.step("copy", lines[stop])

    def _paragraph(self, start: int, end: int) -> None:
        """A paragraph of a text with no block syntax. With no carriage return in the text and
        no inline syntax in the paragraph, only its line breaks change: the rest, and the
        blank lines around, show as written."""
        content = mdTrim(self.parsed[start:end])
        if self.carriage_returns or _inline_syntax(content):
            if not self.carriage_returns:
                self.step("copy", start)  # what comes before shows as written
            self.text_block(content, start, end, True)
            return
        parsed, out = self.parsed, self.out
        opened = parsed.find(content[:1], start)
        limit = opened + len(content)
        newline = parsed.find("\n", opened, limit)
        while newline >= 0:
            if parsed[newline - 1] != " " and parsed[newline + 1] not in " \t":
                out.copy(newline)  # the line break of most lines: a space, no more
                out.replace(newline + 1, " ")
                self.at = newline + 1
            else:
                self._line_break(newline)
            newline = parsed.find("\n", self.at, limit)

    def _line_break(self, newline: int) -> None:
        """A line break inside a paragraph, as markdown-it reads it: one space before it goes,
        two or more make it a hard break; the next line's indent shows nothing."""
        parsed = self.parsed
        spaces = 0
        while parsed[newline - spaces - 1] == " ":  # the line has more than spaces
            spaces += 1
        self.step("copy", newline - spaces)
        self.step("hide", newline)
        self.step("put", newline + 1, "\n" if spaces >= 2 else " ")
        after = newline + 1
        while parsed[after] in " \t":  # so has the next
            after += 1
        self.step("hide", after)

    def between(self, to: int) -> None:
        """Source between blocks up to `to`: its line breaks and blank lines show, any line
        with something else on it (a rule, raw HTML, a reference definition) does not."""
        at = self.at
        while at < to:
            newline = self.parsed.find("\n", at, to)
            stop = to if newline < 0 else newline
            self.step("copy" if self.parsed[at:stop].isspace() else "hide", stop)
            if newline < 0:
                return
            self.step("put", newline + 1, "\n")
            at = newline + 1

    def text_block(self, content: str, start: int, end: int, paragraph: bool) -> None:
        """A paragraph's or heading's text, `content` as markdown-it reads it from the lines
        `start`-`end`, each piece found in the source in order. A paragraph with no inline
        syntax needs no inline parse."""
        self.between(start)
        steps = None
        if paragraph and not _inline_syntax(content):
            steps = plain_steps(self.parsed, content, self.at, end)
        if steps is None:
            children: list[Token] = []
            parser = _PARSER if "]" in content else _UNLABELLED
            parser.inline.parse(content, parser, self.env, children)
            try:
                steps = inline_steps(self.parsed, children, self.at, end)
            except MisalignedError:
                steps = _as_written(self.parsed, max(start, self.at), end)
        if steps and steps[0][0] == "hide" and self.parsed[self.at : steps[0][1]].isspace():
            # An indented first line: the indent shows as written (blank space either way),
            # so that a plain text file is its own visible text.
            steps[0] = ("copy", steps[0][1], "")
        for kind, to, shown in steps:
            self.step(kind, to, shown)

    def fence(self, token: Token, start: int, end: int) -> None:
        """A fenced block shows its lines as written, fences left out."""
        content = token.content.rstrip("\n")
        if content and self.parsed.startswith(content, start) and start + len(content) <= end:
            self.step("hide", start)
            for newline in _NEWLINE.finditer(self.parsed, start, start + len(content)):
                self.step("copy", newline.start())
                self.step("put", newline.end(), "\n")
            self.step("copy", start + len(content))

    def list_marker(self, token: Token, line_end: int) -> None:
        """An ordered item shows its number ("1."), as a reader sees it; a bullet its mark."""
        marker = token.info + token.markup if token.info else token.markup
        at = self.parsed.find(marker, self.at, line_end)
        if not marker or at < 0:
            return
        self.step("hide", at)
        opened = self.out.at
        after = at + len(marker)
        self.step("copy", after)
        if after < line_end and self.parsed[after] in " \t":
            self.step("put", after + 1, " ")
        self.markers[opened] = self.out.at

    def finish(self) -> VisibleText:
        self.between(len(self.parsed))
        return self.out.finish()


def _inline_syntax(text: str) -> bool:
    """Whether `text` may hold inline syntax: a few scans for its marks, faster than a search
    for any of them."""
    # What may open inline syntax in CommonMark: an escape, code, emphasis, raw HTML or an
    # autolink; a link or an image, "[" with a "]" after it; and an entity, "&" before a letter
    # or "#". Line breaks are the one syntax a plain paragraph has.
    if "\\" in text or "`" in text or "*" in text or "_" in text or "<" in text:
        return True
    bracket = text.find("[")
    if bracket >= 0 and text.find("]", bracket) >= 0:
        return True
    at = text.find("&")
    while at >= 0:
        after = text[at + 1 : at + 2]
        if after == "#" or (after.isascii() and after.isalpha()):
            return True
        at = text.find("&", at + 1)
    return False


def _as_written(parsed: str, start: int, end: int) -> list[tuple[str, int, str]]:
    """A paragraph whose pieces could not be placed: shown as written, lines joined."""
    steps: list[tuple[str, int, str]] = []
    at = start
    while at < end:
        newline = parsed.find("\n", at, end)
        if newline < 0 or newline == end - 1:
            steps.append(("copy", end if newline < 0 else newline, ""))
            break
        steps.append(("copy", newline, ""))
        steps.append(("put", newline + 1, " "))
        at = newline + 1
    return steps
