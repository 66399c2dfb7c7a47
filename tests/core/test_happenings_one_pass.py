"""Cutting a sentence into its happenings reads a long sentence once: the clause ends, dates
and word counts it keeps as it goes agree with the plain scans it replaces (each clause's
end, dates and words found again from scratch)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from viewer.core import clause_ends, happening_openers, happenings
from viewer.core.happening_nouns import named_happenings
from viewer.core.happening_openers import no_clause_after
from viewer.core.happenings import openers_text, side_clauses
from viewer.core.model import Span
from viewer.core.relative_main_verb import relative_main_verb
from viewer.core.temporal import tag
from viewer.core.temporal.compared_times import compared_with
from viewer.core.temporal.context import lowercase_same_length
from viewer.core.temporal.timex import Timex

ANCHOR = date(2022, 3, 8)


def _plain_clause(text: str, m: re.Match[str], end: int, dated: Sequence[Timex]) -> tuple[int, int]:
    if m.group(0) in '“"':
        close = clause_ends._QUOTE_END.search(text, m.end(), end)
        return m.start(), close.end() if close else end
    after = m.end()
    relative = m.group(0).lower() in clause_ends._RELATIVE_PRONOUNS
    if relative or happenings._COMPARISON.match(m.group(0)):
        first = next((t for t in dated if m.end() <= t.start < end), None)
        verb = first is not None and clause_ends.VERB.search(text, m.end(), first.start)
        if first is not None and (relative or verb is None):
            after = first.end
    clause_end = _plain_clause_end(text, after, end, dated)
    if relative and after > m.end() and (main := relative_main_verb(text, m.end(), clause_end)):
        clause_end = main
    return m.start(), clause_end


def _plain_clause_end(text: str, after: int, end: int, dated: Sequence[Timex]) -> int:
    found = clause_ends._CLAUSE_END.search(text, after, end)
    while found is not None:
        holding = [t for t in dated if t.start <= found.start() < t.end]
        if not holding:
            break
        found = clause_ends._CLAUSE_END.search(text, holding[-1].end, end)
    return found.start() if found else end


def _plain_words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _plain_side_clauses(text: str, sentence: Span, timexes: Sequence[Timex]) -> list[Span]:
    """happenings.side_clauses as it was: every clause read again from its opener."""
    inside = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end]
    dated = [t for t in inside if t.dated() or "anaphoric" in t.flags]
    if not dated:
        return []
    found: list[Span] = []
    taken = sentence.start
    for m in happenings._OPENER.finditer(text, sentence.start, sentence.end):
        word = m.group(0).lower()
        before = text[sentence.start : m.start()].rstrip()
        head = word not in ("as", "while") or not before or before[-1] in ',;:—–“"('
        head = head and not happening_openers._acronym(text, m)  # "The WHO declared …"
        if word == "that":  # a relative clause on the subject only
            head = happening_openers.subject_relative(text, sentence.start, m, sentence.end)
        if word == "saying":  # after a comma only
            head = happening_openers.mark_before(text, m.start(), sentence.start) == ","
        if m.start() < taken or not head:
            continue
        start, end = _plain_clause(text, m, sentence.end, dated)
        own = [t for t in dated if start <= t.start and t.end <= end]
        own = [
            t
            for t in own
            if not clause_ends._noun_time(text, start, t) and not clause_ends._bound(text, m, t)
        ]
        if own and no_clause_after(text, m, own[0].start):
            continue
        hung = None if own else happenings._date_of_when(text, m, dated, taken, sentence)
        if hung is not None:
            start, own = hung
        if not own or happenings._SINCE_ONLY.match(text, start, end):
            continue
        comparison = happenings._COMPARISON.match(m.group(0)) is not None
        if comparison and not happenings._FIGURE.search(text, m.end(), end):
            continue
        if not comparison and not clause_ends.VERB.search(text, m.end(), end):
            continue
        rest = _plain_words(text, sentence.start, start) + _plain_words(text, end, sentence.end)
        if _plain_words(text, start, end) < 3 or rest < 3:
            continue
        others = [t for t in dated if not start <= t.start < end]
        said = [  # "harder even than Wednesday"; "today", the day it was said on
            t
            for t in own
            if not compared_with(text, t) and t.text.lower() not in happenings._SAID_DAY
        ]
        if m.group(0) in '“"' and not happenings._another_time(said, others):
            continue
        if (
            hung is None
            and len(own) == len(dated)
            and (
                happenings._occasion(text, m, start)
                or not happenings._reports_more(text, sentence, start, end)
            )
        ):
            continue
        found.append(Span(start, end))
        taken = end
    if not found:
        found = happenings._reported_apart(text, sentence, dated)
    return _plain_with_named(text, sentence, dated, found)


def _plain_with_named(
    text: str, sentence: Span, dated: Sequence[Timex], found: list[Span]
) -> list[Span]:
    """happenings._with_named with every clause end found again from scratch."""

    def clause_end(at: int) -> int:
        return _plain_clause_end(text, at, sentence.end, dated)

    def other_time(start: int, end: int) -> bool:
        own = [t for t in dated if start <= t.start and t.end <= end]
        others = [t for t in dated if not start <= t.start < end]
        return bool(own) and happenings._apart(own, others)

    def runs_on(start: int, end: int) -> bool:
        return happenings._runs_on(text, start, end)

    free = [t for t in dated if not any(s.start <= t.start < s.end for s in found)]
    named = [
        Span(start, end)
        for start, end in named_happenings(
            text, sentence.start, free, clause_end, other_time, runs_on
        )
        if not any(s.start < end and start < s.end for s in found)
        and _plain_words(text, start, end) >= 3
        and _plain_words(text, sentence.start, start) + _plain_words(text, end, sentence.end) >= 3
    ]
    return sorted(found + named, key=lambda s: s.start)


_PIECES = [
    "Since Russia invaded Ukraine",
    " on February 24",
    " on June 10, 2005",
    " in 2009",
    " on Monday",
    " two days later",
    " the following week",
    ",",
    ", who took the job",
    ", which was signed",
    " when the president approved aid",
    " as it arrived",
    " while troops left",
    " after the vote",
    " in a rampage",
    " since his Aug. 2 power-grab",
    " from Oct. 13, when prices fell",
    " _ ",
    " the US has imposed sanctions",
    " X replaces Y",
    " “",
    "”",
    ' "',
    " — ",
    " - ",
    " and",
    " the minister said",
    " reported that",
    ", compared with year-earlier profit of $3.8 million",
    " up from $85 million a year ago",
    ", versus net income of $5.3 million",
    " a year earlier",
    ", saying",
    " as saying",
    " SINCE THE WAR",
    " WHO LEFT",
    " ſince",  # long s, dotless i, dotted capital I: case folds that lowering does not make
    " whıch",
    " İ",
]
_SENTENCES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SENTENCES)
@example(" “Since Russia invaded Ukraine up from $85 million a year ago” on February 24")
@example(" ſince a year earlier when the president approved aid,Since Russia invaded Ukraine")
def test_side_clauses_as_the_plain_scan_found_them(text: str) -> None:
    timexes = tag(text, ANCHOR)
    sentence = Span(0, len(text))
    expected = _plain_side_clauses(text, sentence, timexes)
    assert side_clauses(text, sentence, timexes) == expected
    # The openers found in a lowercased copy, when it serves, are the same.
    lower = openers_text(text, lowercase_same_length(text))
    assert side_clauses(text, sentence, timexes, lower) == expected


def test_a_long_sentence_of_many_clauses_is_cut_as_the_plain_scan_cuts_it() -> None:
    text = " ".join(
        f"X replaces Y{i}, who took the job in {1990 + i % 30} when the board met on Monday"
        for i in range(300)
    )
    timexes = tag(text, ANCHOR)
    sentence = Span(0, len(text))
    found = side_clauses(text, sentence, timexes)
    assert found == _plain_side_clauses(text, sentence, timexes)
    assert len(found) >= 300
