"""Clause openers of a lowercased sentence, spelt by first letters (word_patterns.py).

`governing_timex` finds where subordinate clauses and complements open with patterns that
open on `\\b`, which the engine tries at every character of a sentence. Spelt by the words'
first letters, and with the clause heads after a mark given one alternative per mark, the
engine passes over every character no match can start on. Each alternative below matches at
a place where the plain pattern's does, over the same characters, and no two of them match at
one place (each word ends on `\\b`, and none is another's prefix up to a word's end): the
matches found are the plain pattern's (tests/core/test_spelt_openers.py).
"""

from __future__ import annotations

from viewer.core.word_patterns import first_letters

# Before a sentence's first letter there is no character: no two stand before the letter after it.
_AFTER_FIRST_LETTER = r"(?<![\s\S][\s\S])"


def top_level(alternation: str) -> list[str]:
    """The alternatives of a regex alternation, split at its `|`s outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(alternation):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and not depth:
            parts.append(alternation[start:i])
            start = i + 1
    return [*parts, alternation[start:]]


def words_by_first_letters(words: str) -> str:
    """`\\b(?:words)\\b`, for lowercase words (an alternation of them), spelt by first letters."""
    return "(?:" + first_letters(f"{w}\\b" for w in top_level(words)) + ")"


def openers_by_first_letters(anywhere: str, heads: str, marks: str) -> str:
    """`\\b(?:anywhere)\\b|(?:^|[marks]\\s*)(?:heads)\\b` spelt by first letters: the words
    that open a clause anywhere, and those that do only at the start or after one of `marks`
    (each mark a plain character)."""
    alternatives = [f"{w}\\b" for w in top_level(anywhere)]
    alternatives += [f"{h[0]}{_AFTER_FIRST_LETTER}{h[1:]}\\b" for h in top_level(heads)]
    after_marks = "|".join(f"{mark}\\s*(?:{heads})\\b" for mark in marks)
    return f"(?:{first_letters(alternatives)}|{after_marks})"
