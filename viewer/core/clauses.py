"""Split a sentence that lists several actions into one clause per action.

"Washington is establishing a headquarters in Poland, sending two squadrons to the UK and
will send more air defence to Germany" reports three happenings; each becomes its own event so
that another article's report of any one of them can be matched to it.
"""

from __future__ import annotations

import itertools
import re

from viewer.core.model import Span

MIN_CLAUSE_WORDS = 5

# A list item that is an action of its own: ", sending two squadrons…"
_GERUND_CUT = re.compile(
    r",\s+(?=(?:sending|deploying|establishing|stationing|basing|doubling|supplying|"
    r"delivering|pledging)\b)"
)
# A coordinated future or past action: "… and will send…", ", and would base…"
_AND_AUX_CUT = re.compile(r",?\s+(?=and\s+(?:will|would|has|have|had)\s+\w+)")
# What every such cut looks ahead to. Starting on a fixed word, it is found by a fast scan, where
# the cut itself, starting on optional punctuation, is tried at every character of the sentence.
_AND_AUX = re.compile(r"and\s+(?:will|would|has|have|had)\s+\w")
# A list of full clauses, each with its own auxiliary: "X will be sent…, Y will be stationed…"
_LIST_CUT = re.compile(r",\s+(?:and\s+)?")
_FUTURE = re.compile(r"\b(?:will|would|shall)\s+(?:be\s+)?\w+", re.I)
# The start of any _FUTURE match, without re.I (which is slow to scan with): every character
# that re.I lets match each letter, İ and ı for "i" and ſ for "s" included. Most sentences
# have none, and then no list cut.
_FUTURE_WORD = re.compile(
    r"[WwSs\u017f](?:[Ii\u0130\u0131][Ll][Ll]|[Oo][Uu][Ll][Dd]|[Hh][Aa][Ll][Ll])\s"
)
_QUOTES = '"“”'


_WORD = re.compile(r"\S+")


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether text[start:end] has at least `count` words: read only as far as they go, since
    a long sentence is asked this at every cut."""
    words = _WORD.finditer(text, start, end)
    return sum(1 for _ in itertools.islice(words, count)) >= count


class _QuoteParity:
    """Quoted speech is kept whole: a cut inside a quotation would mangle it. Asked about
    cuts in increasing order, it counts the quotation marks from where it left off."""

    def __init__(self, text: str, start: int) -> None:
        self._text, self._cursor, self._marks = text, start, 0

    def inside(self, position: int) -> bool:
        text, cursor = self._text, self._cursor
        if position > cursor:
            self._marks += sum(text.count(q, cursor, position) for q in _QUOTES)
            self._cursor = position
        return self._marks % 2 == 1


def _list_cuts(text: str, start: int, end: int) -> list[int]:
    """Cuts between full clauses that each carry a future auxiliary of their own: a list of
    announced measures ("X will be sent…, Y will be stationed…"), not a clause and its
    consequence ("there are concerns, so keeping it open would be…")."""
    if _FUTURE_WORD.search(text, start, end) is None:
        return []
    marks = [(m.start(), m.end()) for m in _LIST_CUT.finditer(text, start, end)]
    bounds = [start, *[m[1] for m in marks], end]
    pieces = [
        text[bounds[i] : (marks[i][0] if i < len(marks) else end)] for i in range(len(bounds) - 1)
    ]
    cuts = []
    for i, (cut_at, _after) in enumerate(marks):
        before, after = pieces[i], pieces[i + 1]
        if _FUTURE.search(after) and _FUTURE.search(before):
            cuts.append(cut_at)
    return cuts


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """The action clauses of a sentence; the sentence itself when it reports one action."""
    start, end = sentence.start, sentence.end
    cuts = {m.start() for m in _GERUND_CUT.finditer(text, start, end)}
    if _AND_AUX.search(text, start, end):
        cuts |= {m.start() for m in _AND_AUX_CUT.finditer(text, start, end)}
    cuts |= set(_list_cuts(text, start, end))
    kept: list[int] = []
    previous = start
    quotes = _QuoteParity(text, start)
    for cut in sorted(cuts):
        if quotes.inside(cut):
            continue
        if not _has_words(text, previous, cut, MIN_CLAUSE_WORDS) or not _has_words(
            text, cut, end, MIN_CLAUSE_WORDS
        ):
            continue
        kept.append(cut)
        previous = cut
    if not kept:
        return [sentence]
    spans = []
    bounds = [start, *kept, end]
    for a, b in itertools.pairwise(bounds):
        while a < b and (text[a] in " ,;\n" or text.startswith("and ", a)):
            a += 4 if text.startswith("and ", a) else 1
        while b > a and text[b - 1] in " ,;\n":
            b -= 1
        if b > a:
            spans.append(Span(a, b))
    return spans
