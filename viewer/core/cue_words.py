"""A passage's words as the event cues read them: from a lowercased copy, found once.

Set look-ups and suffix tests on these cost far less than a case-blind pattern tried at every
character; and the words are read from ASCII copies of the text, one byte a character, which
a split cuts faster than a pattern finds them.
"""

from __future__ import annotations

import re

# A word: a run of letters, or two joined by an apostrophe ("nation's", "didn't").
WORDS = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_RUN_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_APOSTROPHE_RUNS = bytes(c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))
_TWO_APOSTROPHES = re.compile(r"'[a-z]+'")
# A quotation: from an opening mark to its closing one, or to the end of the passage.
QUOTATION = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


# Verbs of saying in the present, as news tells what a person or a text says: "officials
# say", "the report notes", "the council insists any deal must …".
SAYING_NOW = frozenset(
    """says notes warns explains concludes demands estimates declares acknowledges argues
    writes adds insists claims believes suggests contends maintains thinks tells predicts
    expects hopes fears wants reports announces""".split()
)

# Verbs that only attribute words: saying them is no happening apart from what was said
# (not "added", which adds things too: "He added one more today").
SAYING_VERBS = frozenset(
    "said says told tells stated explained noted insisted declared stressed".split()
)


def outside_quotations(text: str) -> str:
    """A passage with its quotations blanked: the reporting, not what was quoted (what a
    quotation says happened is the speaker's, and its tense is not the statement's).

    `QUOTATION.sub(" ", text)`, each quotation found by a few finds of its marks: the
    pattern's search tried its class at every character (a fifth more instructions)."""
    if '"' not in text and "“" not in text:
        return text
    pieces = []
    at, length = 0, len(text)
    while (opening := _first_of(text, '"', "“", at)) >= 0:
        pieces.append(text[at:opening])
        closing = _first_of(text, '"', "”", opening + 1)
        at = length if closing < 0 else closing + 1  # unclosed: blanked to the end
    pieces.append(text[at:])
    return " ".join(pieces)


def _first_of(text: str, one: str, other: str, start: int) -> int:
    """Where the first of two marks stands in `text` from `start`, or -1 where neither does."""
    a, b = text.find(one, start), text.find(other, start)
    return a if b < 0 or 0 <= a < b else b


def runs_of(low: str) -> list[str]:
    """The runs of letters a-z of a text, from an ASCII copy with every other character a
    space: three times cheaper than finding them with a pattern."""
    return letters_of(low).decode("ascii").split()


def letters_of(low: str) -> bytes:
    """An ASCII copy of a text with every character but a letter a-z a space."""
    return low.encode("ascii", "replace").translate(_RUN_LETTERS)


def words_of(low: str) -> list[str]:
    """WORDS.findall(low), every apostrophe read as "'" (no cue tells "’" from "'"): its runs
    of letters, unless an apostrophe joins two of them."""
    if "'" not in low and "’" not in low:
        return runs_of(low)
    low = low.replace("’", "'")
    # Its runs of letters and apostrophes: the words, once an apostrophe at an end of one
    # ("'tis", "allies'", a closing quotation mark) is a space, as it is no part of a word;
    # unless one has two apostrophes ("rock'n'roll"), which the pattern splits (four times
    # slower than the replacements).
    runs = f" {low.encode('ascii', 'replace').translate(_APOSTROPHE_RUNS).decode('ascii')} "
    if "' " in runs or " '" in runs or "''" in runs:
        runs = runs.replace("''", "  ").replace(" '", "  ").replace("' ", "  ")
    return WORDS.findall(low) if _TWO_APOSTROPHES.search(runs) else runs.split()
