"""Where the pieces of one Markdown paragraph are in its source, and what each shows.

markdown-it-py gives a paragraph's inline tokens in order (text, entities, emphasis marks,
links, line breaks) with their content but no offsets. Each is looked for in the source from
where the previous one ended: text shows as written, an escape as the character it escapes,
an entity as its character, a line break inside the paragraph as a space, and the rest
(emphasis marks, link brackets and destinations, images, raw HTML) as nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it.common.utils import MD_TRIM_CHARS, mdTrim
from markdown_it.token import Token

# (what the source up to an offset becomes: "copy", "hide" or "put"; the offset; what a "put"
# shows), in order.
Step = tuple[str, int, str]
_MARKS = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"})


class MisalignedError(Exception):
    """A piece could not be found where it should be in the source."""


def inline_steps(source: str, children: Sequence[Token], start: int, end: int) -> list[Step]:
    """What `source[start:end]`, a paragraph's lines, shows: the steps that say so."""
    place = _Placer(source, start, end)
    skipping = False  # inside an autolink: its text is copied as written, not token by token
    for token in children:
        kind = token.type
        if skipping:
            skipping = kind != "link_close"
        elif kind == "text":
            place.text(token.content)
        elif kind == "text_special":
            place.special(token)
        elif kind in ("softbreak", "hardbreak"):
            place.line_break(" " if kind == "softbreak" else "\n")
        elif kind == "code_inline":
            place.code(token.markup, token.content)
        elif kind in _MARKS:
            place.hidden(token.markup)
        elif kind == "link_open":
            skipping = token.markup == "autolink" and place.autolink()
            if not skipping:
                place.hidden("[")
        elif kind == "link_close":
            place.link_end()
        elif kind == "image":
            place.image()
        elif kind == "html_inline":
            place.hidden(token.content)
    return place.steps


def plain_steps(source: str, content: str, start: int, end: int) -> list[Step] | None:
    """The steps of a paragraph with no inline syntax, `content` as markdown-it read it from
    `source[start:end]`: its lines as written, each line break read as markdown-it reads it (a
    space; a hard break after two spaces). None when its lines are not the source's as they
    stand (a paragraph inside a quote or a list item), to be parsed instead."""
    region = source[start:end].rstrip("\n")
    opened = start + len(region) - len(region.lstrip(MD_TRIM_CHARS))
    if mdTrim(region) != content or "\n" in source[start:opened]:
        return None  # not the lines as they stand, or a first line that is only white space
    steps: list[Step] = [("copy", opened, "")]  # an indented first line shows as written
    stop = opened + len(content)
    newline = source.find("\n", opened, stop)
    while newline >= 0:
        spaces = 0  # markdown-it drops one space before a line break; two or more make it hard
        while newline - spaces > opened and source[newline - spaces - 1] == " ":
            spaces += 1
        steps.append(("copy", newline - spaces, ""))
        steps.append(("hide", newline, ""))
        steps.append(("put", newline + 1, "\n" if spaces >= 2 else " "))
        after = newline + 1
        while after < stop and source[after] in " \t":
            after += 1
        steps.append(("hide", after, ""))
        newline = source.find("\n", after, stop)
    steps.append(("copy", stop, ""))
    return steps


class _Placer:
    """Finds each piece after the last, recording the steps up to it."""

    def __init__(self, source: str, start: int, end: int) -> None:
        self.source = source
        self.at = start
        self.end = end
        self.steps: list[Step] = []

    def find(self, piece: str) -> int:
        found = self.source.find(piece, self.at, self.end) if piece else -1
        if found < 0:
            raise MisalignedError(piece)
        return found

    def step(self, kind: str, to: int, shown: str = "") -> None:
        if to > self.at:
            self.steps.append((kind, to, shown))
            self.at = to

    def text(self, content: str) -> None:
        if content:
            found = self.find(content)
            self.step("hide", found)
            self.step("copy", found + len(content))

    def special(self, token: Token) -> None:
        """An escape shows the character after its backslash; an entity, its character."""
        found = self.find(token.markup)
        self.step("hide", found)
        if token.info == "escape":
            self.step("hide", found + 1)
            self.step("copy", found + len(token.markup))
        else:
            self.step("put", found + len(token.markup), token.content)

    def line_break(self, shown: str) -> None:
        """Marks and spaces before the line break show nothing; the break shows as `shown`."""
        found = self.find("\n")
        self.step("hide", found)
        self.step("put", found + 1, shown)

    def hidden(self, mark: str) -> None:
        found = self.find(mark)
        self.step("hide", found + len(mark))

    def code(self, fence: str, content: str) -> None:
        """Code shows its text; markdown-it reads its line breaks as spaces and drops one
        space at each end when there is one at both."""
        opened = self.find(fence) + len(fence)
        self.step("hide", opened)
        closed = self.find(fence)
        raw = self.source[opened:closed].replace("\n", " ")
        trim = int(len(raw) > 2 and raw[0] == raw[-1] == " " and not raw.isspace())
        if raw[trim : len(raw) - trim] != content:
            raise MisalignedError(content)
        self.step("hide", opened + trim)
        newline = self.source.find("\n", self.at, closed - trim)
        while newline >= 0:
            self.step("copy", newline)
            self.step("put", newline + 1, " ")
            newline = self.source.find("\n", self.at, closed - trim)
        self.step("copy", closed - trim)
        self.step("hide", closed + len(fence))

    def autolink(self) -> bool:
        """ "<https://…>": the address shows as written, the brackets do not."""
        opened = self.find("<")
        closed = self.source.find(">", opened, self.end)
        if closed < 0:
            raise MisalignedError("<")
        self.step("hide", opened + 1)
        self.step("copy", closed)
        self.step("hide", closed + 1)
        return True

    def link_end(self) -> None:
        """ "](destination "title")", "][label]" or "]": none of it shows."""
        closed = self.find("]") + 1
        self.step("hide", _link_tail(self.source, closed, self.end))

    def image(self) -> None:
        """A picture shows no text: "![alt](source)" is left out whole."""
        opened = self.find("![")
        closed = _closing_bracket(self.source, opened + 1, self.end)
        self.step("hide", _link_tail(self.source, closed, self.end))


def _closing_bracket(source: str, opened: int, end: int) -> int:
    """One past the "]" that closes the "[" at `opened`, brackets inside counted."""
    depth = 0
    at = opened
    while at < end:
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    raise MisalignedError("]")


def _link_tail(source: str, at: int, end: int) -> int:
    """One past a link's destination and title after its "]" at `at - 1` (`at` if none)."""
    if at < end and source[at] == "[":
        closed = source.find("]", at, end)
        return at if closed < 0 else closed + 1
    if at >= end or source[at] != "(":
        return at
    depth, quote, index = 0, "", at
    while index < end:
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and source[index - 1] in " \t\n":
            quote = char
        elif char == "<":
            closed = source.find(">", index, end)
            index = index if closed < 0 else closed
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return at
