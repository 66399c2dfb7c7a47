"""A clause counted back from the main happening's time: "Smith did last February release
tackle Shane Olivea just two years after signing Olivea to a contract that guaranteed him $9
million".

"X, at a time, N units after Y" tells Y as well as X: Y was N units before X's time (the
signing, February 2006, two years before the release of last February); "N units before Y",
N units after it. The clause after "after" or "before" is cut out as a happening of its own,
dated by that count, when its sentence names one dated time, in the main clause, and a span
of time with a count right before the opener. Not "for three days after the storm hit"
(how long, not when), "at least 30 days before" (a bound), nor a vague span ("just weeks
after"): nothing to count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from viewer.core.event_verbs import has_event_verb
from viewer.core.happenings import Piece
from viewer.core.model import Span
from viewer.core.narrative_time import resolve_anaphoric
from viewer.core.past_tense import past_form
from viewer.core.temporal.timex import Timex

# The opener right after the span, and the way back from the main time to the clause's.
_OPENER = re.compile(r"\s+(after|before)\s+", re.IGNORECASE)
_BACK = {"after": "before", "before": "later"}
# A span with a count: "P2Y", "P3D", "P10W" (not "PXW", "P_W": a few weeks).
_COUNTED = re.compile(r"P\d+[DWMY]$")
# How long, not when, or a bound, not a count: "for three days after", "over two weeks
# before", "must wait at least 30 days before closing the purchase".
_HOW_LONG = re.compile(
    r"\b(?:for|over|within|during|in|the|of|first|last|next|past|at\s+least|at\s+most|"
    r"more\s+than|less\s+than)\s+$",
    re.IGNORECASE,
)
# Words that soften a span and go with it: "just two years", "only a day", "nearly a week".
_SOFTENED = re.compile(r"\b(?:just|only|about|nearly|almost|some|barely)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")
_WORD = re.compile(r"[a-z]+")
_TRAILING = " \t\n,;:—–-"


def _dated(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.first is not None and t.precision is not None


def counted_back(text: str, sentence: Span, timexes: Sequence[Timex]) -> list[Piece] | None:
    """The sentence cut into its main happening and the clause counted back from its time,
    or None when it does not read so. `timexes`: the sentence's own."""
    dated = [t for t in timexes if _dated(t)]
    spans = [t for t in timexes if t.type == "DURATION" and _COUNTED.match(t.value)]
    if len(dated) != 1 or len(spans) != 1 or dated[0].end > spans[0].start:
        return None
    span, main = spans[0], dated[0]
    opener = _OPENER.match(text, span.end, sentence.end)
    if opener is None or _HOW_LONG.search(text, max(sentence.start, span.start - 12), span.start):
        return None
    word = _WORD.match(text, opener.end())
    if word is not None and past_form(word.group(0)):
        return None  # "an earthquake a day before rose to 10": an adverb, no clause opens
    stop = _CLAUSE_END.search(text, opener.end(), sentence.end)
    end = stop.start() if stop else sentence.end
    if not has_event_verb(text[opener.end() : end]) or (reference := main.date_value()) is None:
        return None
    words = f"{span.text} {_BACK[opener.group(1).lower()]}"
    value = resolve_anaphoric(replace(span, text=words), reference)
    if value is None:
        return None
    soft = _SOFTENED.search(text, max(sentence.start, span.start - 8), span.start)
    start = soft.start() if soft else span.start
    head_end = len(text[sentence.start : start].rstrip(_TRAILING)) + sentence.start
    if len(text[sentence.start : head_end].split()) < 3:
        return None
    counted = Timex(span.start, opener.end(), words, span.value, "DATE", value.precision,
                    value.first, value.last, main.relative)  # fmt: skip
    pieces = [Piece(Span(sentence.start, head_end), False, sentence.start)]
    pieces.append(Piece(Span(start, end), True, opener.end(), counted))
    if (tail := text[end : sentence.end].strip(_TRAILING + ".")) and len(tail.split()) >= 3:
        pieces.append(Piece(Span(end + text[end:].index(tail[0]), sentence.end), False, end))
    return pieces
