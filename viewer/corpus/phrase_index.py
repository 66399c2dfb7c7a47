"""A whole-line pattern of many alternative phrases, tried with only the phrases that can
start with a line's first character: the regular expression engine tries every alternative
in turn on every line, and most lines start with a character few of them can start with."""

from __future__ import annotations

import importlib
import re
from typing import Any

_sre: Any = None  # the standard parser of regular expressions: what a phrase can start with
_ops: Any = None
try:
    _sre = importlib.import_module("re._parser")
    _ops = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: every phrase is tried on every line
    _sre = _ops = None

_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")


def top_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level, each as written (verbose comments
    kept, so each ends with its line's end when one does)."""
    parts: list[str] = []
    depth, start, at, in_class = 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += pattern.startswith("^", at + 1)
            at += pattern.startswith("]", at + 1)  # "[]…]": the bracket is one of the class
        elif char == "#":
            end = pattern.find("\n", at)
            at = len(pattern) if end < 0 else end
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    parts.append(pattern[start:])
    return parts


def _first_chars(items: Any) -> tuple[frozenset[str] | None, bool]:
    """The characters a parsed pattern can start with (None: any) and whether it can match
    nothing at all."""
    chars: set[str] = set()
    for op, value in items:
        found, empty = _first_of(op, value)
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _first_of(op: Any, value: Any) -> tuple[frozenset[str] | None, bool]:
    if op is _ops.LITERAL:
        return frozenset({chr(value)}), False
    if op is _ops.IN:
        return _class_chars(value), False
    if op is _ops.SUBPATTERN:
        return _first_chars(value[-1])
    if op is _ops.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in value[1]:
            found, branch_empty = _first_chars(branch)
            if found is None:
                return None, False
            chars |= found
            empty = empty or branch_empty
        return frozenset(chars), empty
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT):
        found, empty = _first_chars(value[2])
        return found, empty or value[0] == 0
    if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
        return frozenset(), True  # takes no character (a lookahead only narrows)
    return None, False  # anything else (".", a back reference…): any character


def _class_chars(items: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is _ops.LITERAL:
            chars.add(chr(value))
        elif op is _ops.RANGE:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif op is _ops.CATEGORY and value is _ops.CATEGORY_DIGIT:
            chars |= _DIGITS  # other digits are not ASCII: such lines try every phrase
        elif op is _ops.CATEGORY and value is _ops.CATEGORY_SPACE:
            chars |= _SPACES
        else:
            return None  # a negated class, a word character…
    return frozenset(chars)


class PhraseIndex:
    """A pattern `^(?:phrase|phrase…)$`, matched with the phrases a line's first character
    can start (a line starting with any other than a printable ASCII character tries them
    all). Indexed at its first use, not when the app starts."""

    def __init__(self, whole: re.Pattern[str]) -> None:
        source = whole.pattern
        if not (source.startswith("^(?:") and source.endswith(")$")):
            raise ValueError("not a pattern of whole-line phrases: ^(?:…)$")
        self.whole = whole
        self.flags = whole.flags
        self.phrases = top_alternatives(source[4:-2])
        self.by_char: dict[str, tuple[int, ...]] | None = None
        self._compiled_sets: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _index(self) -> dict[str, tuple[int, ...]]:
        if _sre is None or _ops is None:  # pragma: no cover
            return {}
        starts: list[frozenset[str] | None] = []
        for phrase in self.phrases:
            found, empty = _first_chars(_sre.parse(phrase, self.flags))
            starts.append(None if found is None or empty else self._cased(found))
        return {
            chr(code): tuple(i for i, s in enumerate(starts) if s is None or chr(code) in s)
            for code in range(32, 127)
        }

    def _cased(self, chars: frozenset[str]) -> frozenset[str]:
        if not self.flags & re.IGNORECASE:
            return chars
        cased = {c for char in chars for c in (char, char.lower(), char.upper(), char.casefold())}
        return frozenset(c for c in cased if len(c) == 1)

    def _compiled(self, indices: tuple[int, ...]) -> re.Pattern[str]:
        # A new line ends a verbose pattern's comment before the next phrase.
        end = "\n" if self.flags & re.VERBOSE else ""
        joined = f"{end}|".join(self.phrases[i] for i in indices) or "(?!)"
        return re.compile(f"(?:{joined}{end})$", self.flags)

    def candidates(self, line: str) -> tuple[int, ...] | None:
        """The phrases tried on `line`, by their place; None: all."""
        if self.by_char is None:
            self.by_char = self._index()
        return self.by_char.get(line[:1]) if line else None

    def match(self, line: str) -> bool:
        """Whether `line` is one of the phrases, whole."""
        indices = self.candidates(line)
        if indices is None:
            return self.whole.match(line) is not None
        pattern = self._compiled_sets.get(indices)
        if pattern is None:
            pattern = self._compiled_sets[indices] = self._compiled(indices)
        return pattern.match(line) is not None
