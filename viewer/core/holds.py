"""Whether a text holds any of a few words or marks, asked as a plain loop.

`any(part in text for part in parts)` resumes a generator for every part it tries; most texts
hold none of the parts, so every part is tried. The loop below asks the same in about three
quarters of the instructions (callgrind, on the passages the reaction cue reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def holds_any(text: str, parts: Iterable[str]) -> bool:
    """`any(part in text for part in parts)`: whether `text` holds one of `parts`."""
    for part in parts:  # noqa: SIM110 (the loop is the point: no generator)
        if part in text:
            return True
    return False


def _word_char(text: str, at: int) -> bool:
    """Whether text[at] is a character `\\w` matches (none past either end)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def holds_word(text: str, word: str) -> bool:
    """`re.search(rf"\\b{re.escape(word)}\\b", text) is not None` for a word that is not empty,
    asked without compiling a pattern for each word: a corpus names thousands of people, and
    each compile costs more than many searches."""
    end = len(word)
    at = text.find(word)
    while at >= 0:
        if ends_word(text, at) and ends_word(text, at + end):
            return True
        at = text.find(word, at + 1)
    return False


def ends_word(text: str, at: int) -> bool:
    """Whether `\\b` holds at `at`: a word character on one side only."""
    return _word_char(text, at - 1) != _word_char(text, at)


def places_of(text: str, word: str) -> Iterator[int]:
    """Where a word that is not empty stands in `text` with `\\b` after it, overlapping places
    too: the places `re.finditer(rf"(?={re.escape(word)}\\b)", text)` finds."""
    at = text.find(word)
    while at >= 0:
        if ends_word(text, at + len(word)):
            yield at
        at = text.find(word, at + 1)


def spaces_before(text: str, at: int) -> int:
    """Where the run of white space (`\\s`, as `str.isspace` tells it) that ends at `at` opens;
    `at` itself where none does."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# Letters `re.IGNORECASE` matches otherwise than `str.lower` tells ("ı" is an "i" to it), or
# that `str.lower` makes two letters of ("İ"): a text that holds one is searched by a pattern.
# (Each looked for with a find: a set asked whether it is disjoint from a text hashes every
# character of the text.)
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def lowers_as_blind(text: str) -> bool:
    """Whether `text.lower()` is as long as the text and a pattern of lowercase ASCII finds in
    it what the pattern finds in the text with `re.IGNORECASE`: no letter of `_CASE_ODD`."""
    return text.isascii() or not holds_any(text, _CASE_ODD)


_DIGITS = tuple("0123456789")
_DIGIT = re.compile(r"\d")


def holds_digit(text: str) -> bool:
    """Whether `\\d` matches in `text`: an ASCII digit, found by ten finds, or in a text past
    ASCII without one, a digit of another script, asked of the pattern (which looks up every
    character's category: ten times the finds' instructions on a passage)."""
    if holds_any(text, _DIGITS):
        return True
    return not text.isascii() and _DIGIT.search(text) is not None


def holds_any_blind(text: str, parts: Iterable[str]) -> bool:
    """Whether `text` may hold one of `parts` (lowercase ASCII) in any case, as a case-blind
    pattern reads it: False only where none is there, so that the pattern need not be tried."""
    return not lowers_as_blind(text) or holds_any(text.lower(), parts)


def opens_word_blind(text: str, word: str) -> bool:
    """`re.search(rf"\\b{re.escape(word)}", text, re.IGNORECASE) is not None` for a word of
    ASCII that is not empty, asked, where the text allows, without a pattern for each word."""
    if not word.isascii() or not lowers_as_blind(text):
        return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None
    low, word = text.lower(), word.lower()  # as long as the text: the places are the same
    at = low.find(word)
    while at >= 0:
        if ends_word(text, at):
            return True
        at = low.find(word, at + 1)
    return False


def holds_open_quotation(text: str) -> bool:
    """Whether a quotation opened in `text` is left open at its end: more “ than ”, or an odd
    number of straight quotes."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
