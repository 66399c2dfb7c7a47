"""Cuts of a sentence that `happenings.split_happenings` cannot make from the sentence's own
times: what the lede's news followed, dated where the story tells it again (lede_cause.py),
and a clause counted back from the main happening's time (counted_back.py)."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.counted_back import counted_back
from viewer.core.happenings import Piece
from viewer.core.lede_cause import cause_told_later
from viewer.core.model import Span
from viewer.core.narrative_time import NarrativeClock
from viewer.core.temporal.timex import Timex


def cut_again(
    text: str,
    sentence: Span,
    pieces: list[Piece],
    timexes: Sequence[Timex],
    clock: NarrativeClock,
    told: int,
) -> list[Piece]:
    """`pieces`, the sentence as `split_happenings` cut it, cut again where it can be: the
    lede (`told` sentences before it: none) by `cause_told_later`, a sentence left whole by
    `counted_back`. `timexes`: the article's, in text order."""
    if len(pieces) > 1:
        return pieces
    if not told:
        pieces = cause_told_later(text, sentence, pieces, timexes, clock.today)
        if len(pieces) > 1:
            return pieces
    own = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end]
    return counted_back(text, sentence, own) or pieces
