"""A time in the words that describe a speaker after a speech tag is the speaker's, not the
saying's: "… a change in the standard of opening the show with jokes, said Steve Pond, author
of the 2005 book “The Big Show”" is said on the day the story tells, not in 2005."""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.temporal.timex import Timex

# The speech tag after what was said, its speaker's name, a comma, then a description in lower
# case ("author of", "a former aide to"), up to the sentence's end.
_TAG_THEN_DESCRIBED = re.compile(
    r",\s+(?:said|says|according\s+to)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+"
    r"(?=(?:a|an|the|author|director|head|chief|former|professor|editor|spokes\w+|president"
    r"|chairman|founder|member|co-author|producer|host)\b)"
)
# A determiner (or a possessive) right before the time: the time modifies a noun of the
# description ("the 2005 book"), not a time told of the saying ("…, a spokesman, on Tuesday").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+$", re.IGNORECASE)
# A verb of its own in the description makes it a clause, not a noun's words.
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|said|says)\b")


def speaker_described(text: str, start: int, end: int, candidates: Sequence[Timex]) -> list[Timex]:
    """The times of text[start:end] told as a noun's modifier in the description of a speaker
    named after a speech tag: they date nothing the sentence tells."""
    if text.find(", ", start, end) < 0:
        return []
    tags = list(_TAG_THEN_DESCRIBED.finditer(text, start, end))
    found = tags[-1] if tags else None  # the last tag: the sentence's own
    if found is None or _CLAUSE_VERB.search(text, found.end(), end) is not None:
        return []
    return [
        t
        for t in candidates
        if t.start >= found.end()
        and _DETERMINER_BEFORE.search(text, max(start, t.start - 8), t.start) is not None
    ]
