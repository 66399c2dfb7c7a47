"""A speaker's refusal to say more, told on the occasion of what the speaker said.

News follows a dated statement with what its speaker would not say, naming the speaker again:
"“Anytime anybody's arrested for DUI, I get very disappointed,” said Lawrence yesterday." /
"Citing his company's confidentiality agreement with clients, Lawrence declined to discuss
anything specific pertaining to the Chargers." The refusal was made when the words were said
(the interview, the news conference), not on the day the story is told on, though it may stand
in the next paragraph, past the statement's quotation carried on.

Not another person's refusal ("A request to interview club President Dean Spanos was declined
by a spokesman"), nor one told in the present ("declines to comment": it holds now), nor one
with a time of its own, nor after a statement with no day of its own (nothing to carry), nor
one paragraphs away from the statement.
"""

from __future__ import annotations

import re

from viewer.core.clause_dates import SURE, Dated, lies_before
from viewer.core.cue_words import SAYING_VERBS
from viewer.core.lowered import lowered
from viewer.core.model import DateBasis, Event, Span
from viewer.core.narrative_time import Reference

# A refusal to say, told in the past: "declined to discuss", "refused to comment", "would not
# confirm", "wouldn't say".
_REFUSED = re.compile(
    r"\b(?:(?:declined|refused)\s+to|(?:would|could)\s+not|(?:would|could)n[’']t)\s+"
    r"(?:comment|discuss|say|elaborate|answer|speak|talk|specify|disclose|respond|identify"
    r"|confirm|reveal|address|name)\b"
)
# The refuser, named by a capitalized name right before the verb, a phrase set off by commas
# between: "Lawrence declined", "Bratton, eager to protect his case, would not confirm".
_REFUSER = re.compile(r"\b([A-Z][a-z]+)(?:,[^,]{1,60},)?\s+$")
_STATED = frozenset({DateBasis.EXPLICIT, DateBasis.RELATIVE, DateBasis.CONTEXT})
# The verbs that tell who spoke, as the other cues read them, and "added".
_SAID = "|".join(sorted(SAYING_VERBS | {"added"}))


def refused_then(shown: str, statement: Event | None, today: Dated | None) -> Dated | None:
    """The day of a dated statement (`statement`, told near) for an undated refusal to say more
    by its speaker, named again; None for any other passage."""
    low = lowered(shown)
    if statement is None or not (
        "declined" in low or "refused" in low or " not " in low or "n't" in low
    ):
        return None  # most passages: no refusal, the pattern need not be run
    m = _REFUSED.search(low)
    if m is None or statement.date_basis not in _STATED:
        return None
    refuser = _REFUSER.search(shown, 0, m.start())
    if refuser is None or not _spoke(refuser.group(1), statement.passages_text()):
        return None
    day = statement.dating_of(0)
    primary = statement.primary
    reference = Reference(day.value, day.text, Span(primary.start, primary.end))
    if not lies_before(reference, today):
        return None
    sure = SURE[DateBasis.CONTEXT]
    return Dated(day.value, day.text, DateBasis.CONTEXT, sure, reference.sentence)


def _spoke(name: str, told: str) -> bool:
    """Whether `name` is the speaker of a statement's words: "said Lawrence", "Smith told"."""
    if name not in told:
        return False
    said = f"(?:{_SAID})"
    speaker = rf"\b{name}\s+{said}\b|\b{said}\s+(?:[A-Z][\w.-]*\s+)*{name}\b"
    return re.search(speaker, told) is not None
