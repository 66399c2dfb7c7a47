"""ECB+ tokens back into the sentences a reader saw, with where each token lands.

ECB+ keeps tokens without the spaces between them: "Lohan 's 90 - day stay", "U . S .",
"$2 . 5 million", "12 / 16 / 08 1 : 30 AM". The viewer must read such an article as a
reader would ("Lohan's 90-day stay", "U.S.", "$2.5 million"), or a figure splits into two
numbers and a name loses its possessive. These rules undo the tokeniser's splits for the
punctuation news uses; where they guess wrong ("say - the" becomes "say-the"), only a few
characters of a sentence change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Tokens written against the word before them.
_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…", "''", "”"})
# Tokens written against the word after them.
_OPENERS = frozenset({"(", "[", "{", "$", "£", "€", "``", "“", "‘", "#"})
# Marks that join the words either side when both are words: "90 - day", "12 / 16 / 08".
_JOINERS = frozenset({"-", "/"})
_CLITIC = re.compile(r"(?:['’](?:s|re|ve|ll|d|m|t)|n['’]t)", re.IGNORECASE)
_PTB_QUOTES = {"``": "“", "''": "”"}
_GROUP = re.compile(r"\d{3}(?!\d)")  # the thousands of "200 , 000" or "2 , 000ft"


@dataclass(frozen=True, slots=True)
class Written:
    """A sentence's text, and each token's span in it (start, end)."""

    text: str
    spans: tuple[tuple[int, int], ...]


def write_sentence(tokens: Sequence[str]) -> Written:
    """The text of one sentence's tokens, spaced as the article printed them (see above)."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    quoted = False  # inside a quotation opened by a straight double quote
    glue_next = False
    for index, raw in enumerate(tokens):
        word = _PTB_QUOTES.get(raw, raw)
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        space = bool(pieces) and not glue_next
        glue_next = False
        if raw == '"':
            # A closing quote is written against its words: after an opening one, after the
            # end of what was said ("…, " producers said"), or at the end of the sentence.
            closing = quoted or before in (",", ".", "!", "?", "...") or not after
            space = space and not closing
            glue_next = not closing
            quoted = not closing
        elif _against_before(raw, before, after, tokens[index - 2] if index > 1 else ""):
            space = False
        if raw in _OPENERS or _joins(raw, before, after) or _clitic_mark(raw, after):
            glue_next = True
        if raw.startswith('"') and len(raw) > 1 and raw.count('"') == 1:
            quoted = True
        elif raw.endswith('"') and len(raw) > 1 and raw.count('"') == 1:
            quoted = False
        if space:
            pieces.append(" ")
            at += 1
        spans.append((at, at + len(word)))
        pieces.append(word)
        at += len(word)
    return Written("".join(pieces), tuple(spans))


def _against_before(raw: str, before: str, after: str, two_before: str) -> bool:
    """Whether a token is written against the one before it."""
    if raw in _CLOSERS or _CLITIC.fullmatch(raw) or _joins(raw, before, after):
        return True
    if raw in ("'", "’"):
        return True  # a closing quote, or the apostrophe of "Cheeks '" or "Sheriff ’ s"
    # "U . S .", "p . m .": the letters of an abbreviation.
    return before == "." and len(raw) == 1 and raw.isalpha() and len(two_before) == 1


def _joins(raw: str, before: str, after: str) -> bool:
    """A mark between two words or numbers that they are written against: "90 - day",
    "12 / 16 / 08", "2 . 5", "1 : 30", "200 , 000"."""
    if not before or not after or not before[-1].isalnum() or not after[0].isalnum():
        return False
    if raw in _JOINERS:
        # Not the dash after a dateline in capitals: "WASHINGTON - April 27".
        return not (raw == "-" and before.isupper() and len(before) > 1 and before.isalpha())
    if raw in (".", ":"):
        return before[-1].isdigit() and after[0].isdigit()
    if raw == ",":
        return _number_group(before, after)
    return False


def _number_group(before: str, after: str) -> bool:
    """Whether `after` is the next group of thousands of the number ending `before`."""
    return bool(re.search(r"(?:^|\D)\d{1,3}$", before)) and bool(_GROUP.match(after))


def _clitic_mark(raw: str, after: str) -> bool:
    """An apostrophe split from its clitic: "Sheriff ’ s", "can ’ t"."""
    return raw in ("'", "’") and bool(re.fullmatch(r"(?:s|t|re|ve|ll|d|m)", after, re.I))
