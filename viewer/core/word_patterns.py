"""Patterns that look for whole words, spelt so that a search is quick.

A search for `\\b(?:word|word|…)` tries the whole alternation at every character of the text,
asking at each whether a word starts there. Spelt instead as the words' first letters, each
followed by a look behind that no letter or digit stands before it, the engine passes over every
character that is no first letter with one table look-up: the same matches, found faster.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from viewer.core.holds import lowers_as_blind
from viewer.core.lowered import lowered

# After a word's first letter: no letter or digit (nor "_") before that letter. With the first
# letter a letter, this is the `\b` before it, also at the start of the text.
WORD_START = r"(?<!\w\w)"
# The letters from the most to the least frequent in English text. The engine tries the
# alternatives of an alternation in turn; where each opens on a letter of its own, at most one
# can match at a place, so their order changes no match but how many are passed over first.
_FREQUENT_FIRST = {letter: i for i, letter in enumerate("etaoinsrhldcumfpgwybvkxjqz")}


def _by_frequency(letter: str) -> tuple[int, str]:
    return _FREQUENT_FIRST.get(letter, len(_FREQUENT_FIRST)), letter


def first_letters(alternatives: Iterable[str]) -> str:
    """`\\b(?:a|b|…)` for alternatives that each open on a lowercase ASCII letter, as the
    inside of a group (`(?:` and `)` are the caller's, who may add alternatives that open on
    another plain character): grouped by that letter, in their order within each group. At
    any place, only alternatives opening on the letter there can match, so the matches are
    those of the plain alternation. Keep the group the pattern's first part, with no `\\b`
    or look-around before it: the engine skips to its first letters only then."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not ("a" <= first <= "z"):
            raise ValueError(f"{alternative!r} does not open on a lowercase letter")
        groups.setdefault(first, []).append(alternative[1:])
    return "|".join(
        f"{first}{WORD_START}(?:{'|'.join(groups[first])})"
        for first in sorted(groups, key=_by_frequency)
    )


class WordSearch:
    """Whether a pattern spelt by first letters (`(?:` `first_letters(…)` `)`, then anything)
    matches anywhere in a text, asked more quickly than by its search. A match past the text's
    first character has a character that is no letter, digit or "_" before it: searched for
    that character and the pattern after it, the engine tries the alternation only where a
    word starts, not at every letter of every word. The answer is the same as the search's.

    That character is looked for as any but a-z, 0-9 and "_" (`[^a-z0-9_]`): a look-up
    in a range, where `\\W` costs four look-ups of a character's properties. It may then be
    a word character all the same ("É", "é"), but a word's first letter with one before it
    fails WORD_START, which every alternative has after its first letter: the matches are
    those of `\\W`."""

    def __init__(self, pattern: str, *, blind: bool = False) -> None:
        """`blind`: the pattern, all lowercase, is asked in any case (`(?i:…)` around it)."""
        self.compiled = re.compile(f"(?i:{pattern})" if blind else pattern)
        self._after = re.compile(r"[^a-z0-9_]" + self.compiled.pattern)
        # A case-blind match costs the engine a look-up of each character's case: the text
        # lowercased, where that finds the same, is searched by the pattern as spelt instead.
        self._lowered = WordSearch(_all_lowercase(pattern)) if blind else None

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether `compiled.search(text, pos, endpos)` finds a match."""
        if self._lowered is not None and lowers_as_blind(text):
            return self._lowered.found(lowered(text), pos, endpos)
        return (
            self.compiled.match(text, pos, endpos) is not None
            or self._after.search(text, pos, endpos) is not None
        )


def _all_lowercase(pattern: str) -> str:
    """A pattern whose letters outside escapes are all lowercase, as it is."""
    if any(c.isupper() for c in re.sub(r"\\.", "", pattern)):
        raise ValueError(f"{pattern!r} is not all lowercase: it cannot be asked of a text lowered")
    return pattern


_Tree = dict[str, "_Tree"]


def alternation(words: Iterable[tuple[str, str]]) -> str:
    """A regex for words, factored on shared prefixes so that a failed try costs one test.

    Each word comes with what must follow it; the engine tries the alternatives in turn, so a
    flat list of a hundred words would cost a hundred tests at every word of the text.
    """
    tree: _Tree = {}
    for word, tail in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node.setdefault("", {})[tail] = {}

    def emit(node: _Tree) -> str:
        alternatives = [re.escape(c) + emit(node[c]) for c in sorted(node, key=_by_frequency) if c]
        alternatives += sorted(node.get("", {}))
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return emit(tree)
