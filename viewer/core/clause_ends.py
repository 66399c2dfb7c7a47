"""Where a clause opened in a sentence ends, and which of the times inside it are its own:
happenings.py asks this of each clause it may cut out. A clause runs to its closing quote or to
clause punctuation outside a date; a relative clause or a comparison with no verb runs on to
the date after it (VERB, also what happenings.py asks a clause to hold).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from viewer.core.happening_nouns import names_happening_after
from viewer.core.holds import lowers_as_blind
from viewer.core.phrase_end import phrase_end
from viewer.core.relative_main_verb import relative_main_verb
from viewer.core.temporal.owned_times import noun_time_ahead
from viewer.core.temporal.timex import Timex
from viewer.core.word_patterns import alternation

# Where a clause opened by a subordinator ends: a comma, a dash, a semicolon or a colon.
_RELATIVE_PRONOUNS = frozenset(
    {"who", "which", "whose", "where", "that"}
)  # "that": subject_relative
# Plainly `(?<!\d),|,(?!\d{3}\b)|[;:—–]|\s[-_]\s` (not "274,500"): spelt with the characters
# it opens on first, then which of them opens which end (a look behind at it), so that a search
# passes over every other character at once.
_CLAUSE_END = re.compile(r"[,;:—–\s](?:(?<=,)(?<!\d,)|(?<=,)(?!\d{3}\b)|(?<=[;:—–])|(?<=\s)[-_]\s)")
_QUOTE_END = re.compile(r"[”\"]")
# A finite verb or an event noun of its own, so that "since 2014" alone is not a happening.
_VERB_WORDS = """took began became came went won lost left made met said told held sent struck
fought rose fell ran led gave got broke chose drew flew spoke stood threw wrote invaded invasion
election attack war crash collapse launch summit vote approved signed announced appointed
resigned arrived died killed bought sold paid built brought sought kept spent heard"""
# The words factored on their prefixes: a flat list costs a test per word at every word.
_VERB_SPELT = (
    r"\b(?:[a-z]{3,}ed|" + alternation((w, "") for w in _VERB_WORDS.split()) + r")\b"
    r"|\b(?:he|she|it|they|we)\s+[a-z]+s?\b"
)
VERB = re.compile(_VERB_SPELT, re.IGNORECASE)
_VERB_LOWERED = re.compile(_VERB_SPELT)  # for words lowercased where that finds the same


def verb_at(text: str, start: int = 0, end: int | None = None) -> int:
    """Where VERB's first match in text[start:end] starts, or -1 where it has none. Searched
    in those words lowercased, with the character before them that `\\b` reads, where that
    finds the same (`lowers_as_blind`): a case-blind search looks up the case of each
    character it tries."""
    end = len(text) if end is None else min(end, len(text))
    base = max(0, start - 1)
    if lowers_as_blind(words := text[base:end]):
        found = _VERB_LOWERED.search(words.lower(), start - base)
        return -1 if found is None else found.start() + base
    found = VERB.search(text, start, end)
    return -1 if found is None else found.start()


class ClauseEnds:
    """Where clauses opened in one sentence end. Asked in order of their openers, a clause end
    found for one opener serves every later opener before it, so a long sentence with many
    openers and no comma is read once, not once per opener; and the first date after an
    opener is found by bisection."""

    def __init__(self, text: str, end: int, dated: Sequence[Timex]) -> None:
        self._text, self._end, self._dated = text, end, dated
        self._starts = [t.start for t in dated]
        self._stop: re.Match[str] | None = None
        self._searched = -1  # where the last search for a clause end started

    def clause(self, m: re.Match[str], comparison: bool) -> tuple[int, int]:
        """Where a clause opened at m ends: its closing quote, or its clause punctuation; a
        relative clause runs on past a list to its date ("who stepped down as chairman,
        president and chief executive in March"), and so does a `comparison` with no verb."""
        text, end = self._text, self._end
        if m.group(0) in '“"':
            close = _QUOTE_END.search(text, m.end(), end)
            return m.start(), close.end() if close else end
        after = m.end()
        relative = m.group(0).lower() in _RELATIVE_PRONOUNS
        if relative or comparison:
            i = bisect_left(self._starts, m.end())
            if i < len(self._dated) and self._dated[i].start < end:
                found = self._dated[i]
                # "versus net income of $5.3 million, or $1.61 a share, a year earlier": a
                # comparison runs on to its period when no verb comes between.
                if relative or verb_at(text, m.end(), found.start) < 0:
                    after = found.end
                    if text.startswith(",", m.end()) and text.startswith(",", after):
                        return m.start(), end  # "where, the night before, …": to the end
        end = self.clause_end(after)
        # Run on to a date, it stops before the main clause's verb: "who was watching … | was
        # killed Thursday", the time is the main clause's.
        if relative and after > m.end() and (main := relative_main_verb(text, m.end(), end)):
            end = main
        return m.start(), end

    def clause_end(self, after: int) -> int:
        searched, stop = self._searched, self._stop
        if searched < 0 or after < searched or (stop is not None and stop.start() < after):
            stop = self._search(after)
            self._searched, self._stop = after, stop
        return stop.start() if stop else self._end

    def _search(self, at: int) -> re.Match[str] | None:
        """The first clause punctuation from `at` that is not inside a date: the comma of
        "on June 10, 2005" does not end the clause the date is in."""
        stop = _CLAUSE_END.search(self._text, at, self._end)
        while stop is not None:
            i = bisect_right(self._starts, stop.start()) - 1
            if i < 0 or self._dated[i].end <= stop.start():
                return stop
            stop = _CLAUSE_END.search(self._text, self._dated[i].end, self._end)
        return None

    def within(self, start: int, end: int) -> list[Timex]:
        """The dated expressions inside start-end."""
        dated, found = self._dated, []
        for i in range(bisect_left(self._starts, start), len(dated)):
            if dated[i].start >= end:
                break
            if dated[i].end <= end:
                found.append(dated[i])
        return found


def own_times(
    text: str, m: re.Match[str], start: int, end: int, ends: ClauseEnds
) -> tuple[int, list[Timex]]:
    """Where a clause ends and its own times ("…on Friday night have": `phrase_end`), less a
    noun's ("after the parties failed to agree on next year's budget": the budget's) and a
    bound after "since"."""
    end, own = phrase_end(text, m, end, ends.within(start, end))
    return end, [t for t in own if not _noun_time(text, start, t) and not _bound(text, m, t)]


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _bound(text: str, m: re.Match[str], t: Timex) -> bool:
    """Whether a time right after "since" bounds a state held from then ("who has refused food
    since April 3", "since March and was scheduled to return"): no happening of that time."""
    return _SINCE_BEFORE.search(text, max(m.start(), t.start - 7), t.start) is not None


def _noun_time(text: str, start: int, t: Timex) -> bool:
    """Whether a time in a clause is a noun's that is no happening, after the clause's verb:
    "after the parties failed to agree on next year's budget" (not "which sparked this week's
    violence": the violence is a happening of its own, dated by it)."""
    return noun_time_ahead(text, start, t) and not names_happening_after(text, t)
