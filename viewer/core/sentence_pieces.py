"""A sentence cut into the pieces that each report one happening: its main happening and the
clauses told at a time of their own (happenings.py finds those), each piece then cut at its
coordinators where the clause after one tells a happening at a time of its own or a step told
as coming later (coordinated_times.py), or a happening undone at a later time."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from viewer.core.come_count import may_come, retold_frame
from viewer.core.coordinated_times import (
    coordinated_cuts,
    later_steps,
    planned_after,
    undone_later,
)
from viewer.core.counted_clause import counted_before, counted_from_main, counted_in_sentence
from viewer.core.cue_words import words_of
from viewer.core.happenings import Piece, side_clauses
from viewer.core.model import Span
from viewer.core.month_may import months_read
from viewer.core.narrative_time import Reference
from viewer.core.past_tense import past_form
from viewer.core.reported_count import reported_count
from viewer.core.temporal.timex import Timex
from viewer.core.told_apart import telling_head
from viewer.core.when_clause import when_time as _when


def split_happenings(
    text: str,
    sentence: Span,
    timexes: Sequence[Timex],
    lower: str | None = None,
    story: Reference | None = None,
) -> list[Piece]:
    """The sentence cut into its main happening and side clauses, in text order, covering it
    (`lower` as for `side_clauses`; `story`, the story's time, as for `undone_later`)."""
    # A sentence that names no time (most) has no clause at a time of its own, unless it
    # counts from a happening after a form of "come": not scanned for its times.
    may_side = bool(timexes) or may_come(text, sentence)
    sides = (side_clauses(text, sentence, timexes, lower) if may_side else []) or (
        reported_count(text, sentence, timexes, lower)
    )
    if not sides:
        return _coordinated(text, Piece(sentence, False, sentence.start), timexes, story)
    pieces: list[Piece] = []
    cursor = sentence.start
    if _list_end(text, sides[-1].end, sentence.end):  # the last side clause runs to the end
        sides = [*sides[:-1], Span(sides[-1].start, sentence.end)]
    for side in sides:
        head = _trim(text, cursor, side.start)
        if head is not None:
            counted = counted_before(text, head, side, timexes) or _when(text, head, side, timexes)
            frame = retold_frame(text, head, side)
            telling = counted is None and telling_head(text, head, side)
            pieces.append(Piece(head, False, head.start, counted, frame=frame, telling=telling))
        clause = _trim(text, side.start, side.end)
        if clause is not None:
            counted = counted_in_sentence(sentence, clause, timexes) or counted_from_main(
                text, sentence, clause, timexes
            )
            pieces.append(Piece(clause, True, _opener_end(text, clause), counted))
        cursor = side.end
    tail = _trim(text, cursor, sentence.end)
    if tail is not None:
        pieces.append(Piece(tail, False, tail.start))
    return [cut for piece in pieces for cut in _coordinated(text, piece, timexes, story)]


def _coordinated(
    text: str, piece: Piece, timexes: Sequence[Timex], story: Reference | None
) -> list[Piece]:
    """A main piece cut at its coordinators, where the clause after one tells a happening at
    a time of its own (`coordinated_times`); a side clause, or a piece dated by a span of
    time counted from the clause after it, as it is."""
    if piece.side or piece.counted is not None or piece.telling:
        return [piece]
    if not timexes:  # no time in the sentence (most): no cut at one, only a later step
        return _cut_at(text, piece, [], later_steps(text, piece.span))
    cuts = coordinated_cuts(text, piece.span, timexes)
    undone = None
    if not cuts:
        told = None if story is None else story.value
        undone = undone_later(text, piece.span, timexes, told) or planned_after(
            text, piece.span, timexes, told
        )
    if undone is not None:  # the clause before is of the story's time; the one after, cut out
        first, second = (
            _trim(text, piece.span.start, undone[0]),
            _trim(text, undone[0], piece.span.end),
        )
        if first is not None and second is not None:
            return [Piece(first, False, first.start, None, True), Piece(second, True, undone[1])]
    return _cut_at(text, piece, cuts, later_steps(text, piece.span))


def _cut_at(text: str, piece: Piece, cuts: list[int], later: list[int]) -> list[Piece]:
    """A main piece cut at `cuts` and before the steps `later` tells as coming later."""
    if later:
        cuts = sorted({*cuts, *later})
    if not cuts:
        return [piece]
    bounds = [piece.span.start, *cuts, piece.span.end]
    parts = [(_trim(text, a, b), a in later) for a, b in itertools.pairwise(bounds)]
    return [Piece(p, False, p.start, later=step) for p, step in parts if p is not None]


_LIST_JOIN = frozenset({"and", "or"})


def _list_end(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a comma, is the end of a list begun in the clause before
    it, with no verb of its own: "…when a few hundred youths attacked a government building, |
    four shops and two banks." is one clause, not a fragment left as a piece."""
    if not text.startswith(",", start):
        return False
    lower = text[start:end].lower()
    words = months_read(words_of(lower), lower)  # "in May" is no verb
    if not words or len(words) > _LIST_WORDS or _LIST_JOIN.isdisjoint(words):
        return False
    return not any(w in _FINITE or past_form(w) for w in words)


_LIST_WORDS = 8
_FINITE = frozenset(
    "is are am was were has have had will would can could may might must said says told".split()
)
_LEADING = re.compile(r"[\s,;:—–_\-]+")
_OPENER_WORD = re.compile(
    r"[“\"]|(?:since|after|following|when|while|as|who|which|whose|where|although|having|despite|"
    r"compared\s+(?:with|to)|"
    r"versus|up\s+from|down\s+from)\b\s*",
    re.IGNORECASE,
)


def _trim(text: str, start: int, end: int) -> Span | None:
    lead = _LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and text[end - 1] in " \t\n,;:—–_-":
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return Span(start, end)


def _opener_end(text: str, clause: Span) -> int:
    m = _OPENER_WORD.match(text, clause.start, clause.end)
    return m.end() if m else clause.start
