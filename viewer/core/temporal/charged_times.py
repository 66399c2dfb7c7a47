"""The time of an act a person is charged with, told after a noun the sentence's verb acts on:
"The footage was shown at the trial of two local toughs charged with killing Zurana Horton, 34,
on Oct. 21, 2011." The date is the killing's, not the showing's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.holds import holds_any
from viewer.core.temporal.timex import Timex

# A charge's participle right after a noun (not after "was", "has been": that is the charging,
# whose own day it may be), with the act charged as a gerund.
_CHARGED_NOUN = re.compile(
    r"\b(?!(?:was|were|be|been|being|is|are|am|has|have|had|not|and|or|then|later|formally"
    r"|also|now|already|who|that|which|he|she|they|it|we|i|you)\b)[a-z][\w'’-]*\s+"
    r"(accused|charged|suspected|indicted)\s+(?:of|with|in)\s+(?:\w+\s+)?\w+ing\b",
    re.IGNORECASE,
)
# The sentence's own finite verb, told before the noun: the participle is the noun's phrase.
_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|[a-z]{3,}ed)\s", re.IGNORECASE)
A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
CHARGE_WORDS = ("accused", "charged", "suspected", "indicted")


def charged_act(
    text: str, start: int, end: int, candidates: Sequence[Timex]
) -> tuple[int, int] | None:
    """From the gerund of a charge told after a noun that follows the sentence's verb to the
    end of the first time after it, when that time names a year (an arrest's day may be told
    after the act: "arrested a man accused of robbing a bank on Tuesday"); None where there
    is none."""
    if not holds_any(text[start:end], CHARGE_WORDS):
        return None  # most sentences: no scan
    m = _CHARGED_NOUN.search(text, start, end)
    if m is None or _VERB_BEFORE.search(text, start, m.start(1)) is None:
        return None
    after = [t for t in candidates if t.start >= m.end()]
    if not after or A_YEAR.search(after[0].text) is None:
        return None
    return m.end(), after[0].end
