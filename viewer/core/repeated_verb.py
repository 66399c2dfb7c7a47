"""A happening told again by its subject and its verb: of the day its first telling gave.

News gives a happening's day where it first tells it and, further down, comes back to it in the
same words to tell more of it: "Orozco was convicted March 20 of first-degree murder for the
slaying of Ortiz" / "Along with murder, Orozco was convicted of one count of attempted murder
involving the earlier shooting" is the conviction of March 20, not the sentencing's day the
story is told of. The subject is named by the same name and the verb is the same participle
after "was" or "were", opening the later sentence (after a phrase set off by a comma).

Not one told as another of the kind ("was convicted again", "was also arrested", "was
previously charged"), nor one with a time of its own, nor after a telling that named no day
of its own (the narrative's, the publication's), nor a statement ("Orozco was convicted of
murder, Perlo said": the speaker's words are of when they were said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.clause_dates import SURE, Dated
from viewer.core.model import DateBasis, Event, Precision, Span

# A name, then "was" or "were" and a participle in -ed or -en: "Orozco was convicted".
_PASSIVE = r"([A-Z][a-z]+)\s+(?:was|were)\s+([a-z]+(?:ed|en))\b"
_NAME_WAS = re.compile(rf"\b{_PASSIVE}")
# Opening the later sentence: at its start, or after a phrase set off by a comma.
_OPENS = re.compile(rf"(?:[^,]{{1,50}},\s+)?{_PASSIVE}")
# Told as another one, or as besides the one told.
_ANOTHER = re.compile(r"\b(?:again|also|another|previously|earlier|first|once|later|then)\b")
_OWN = frozenset({DateBasis.EXPLICIT, DateBasis.RELATIVE})


def told_again(
    shown: str, events: Sequence[Event], today: Dated | None, statement: bool
) -> Dated | None:
    """The day an earlier event of the article gave a happening (`events`, in text order) that
    an undated sentence tells again by the same name and verb; None for any other passage."""
    if statement or today is None or (" was " not in shown and " were " not in shown):
        return None  # most passages: no passive to repeat, the patterns need not be run
    m = _OPENS.match(shown)
    if m is None or _ANOTHER.search(shown, 0, m.end() + 20) is not None:
        return None
    for event in events:
        if event.date_basis not in _OWN or event.date.precision is not Precision.DAY:
            continue
        if event.date.last >= today.value.first:
            continue  # the story's own day: nothing to tell apart
        told = event.primary.text
        if m.group(2) in told and any(e.groups() == m.groups() for e in _NAME_WAS.finditer(told)):
            day = event.dating_of(0)
            where = Span(event.primary.start, event.primary.end)
            return Dated(day.value, day.text, DateBasis.CONTEXT, SURE[DateBasis.CONTEXT], where)
    return None
