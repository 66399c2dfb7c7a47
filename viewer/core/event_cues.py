"""What an event's own words and place say of its weight: a decision announced, the lead.

News puts its main happening first (the lede) and reports decisions with a small set of
verbs; both make an event one a reader of the timeline wants to see before the rest.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from viewer.core.model import Event

LEAD = 1  # the first reported happening of one of its articles: the lede
DECISION = 2  # an announcement or decision made public

_DECISION = re.compile(
    r"\b(?:announc\w*|decid\w*|decision|approv\w*|agree[sd]?|agreement|sign(?:s|ed)|"
    r"order(?:s|ed)|pledg\w*|commit(?:s|ted)|authori[sz]\w*|vot(?:e|es|ed)|launch\w*|"
    r"unveil\w*|adopt\w*|ratif\w*|impos\w*|lift(?:s|ed)|ban(?:s|ned)|declar\w*|"
    r"establish\w*|deploy\w*|appoint\w*|resign\w*|elect(?:s|ed)|pass(?:es|ed)|"
    r"sanction\w*|suspend\w*|cancel\w*|reject\w*|rul(?:es|ed))\b",
    re.IGNORECASE,
)


def reports_decision(sentence: str) -> bool:
    """Whether a sentence reports an announcement or a decision (not a view or a fact)."""
    return _DECISION.search(sentence) is not None


def event_cues(events: Sequence[Event]) -> list[int]:
    """LEAD and DECISION flags per event: lead when one of its passages is the first event
    passage of its article (passages list text order there by their offsets)."""
    first: dict[str, int] = {}
    for event in events:
        for passage in event.passages:
            known = first.get(passage.document_id)
            if known is None or passage.start < known:
                first[passage.document_id] = passage.start
    cues: list[int] = []
    decided: dict[str, int] = {}  # by title: many events share one (a story told again)
    for event in events:
        flags = decided.get(event.title)
        if flags is None:
            flags = decided[event.title] = DECISION if reports_decision(event.title) else 0
        if any(first.get(p.document_id) == p.start for p in event.passages):
            flags |= LEAD
        cues.append(flags)
    return cues


def confidence_of(event: Event) -> float:
    """The extractor's confidence in an event, 0 to 1, where it gives one; NaN where not."""
    given = getattr(event, "event_confidence", None)
    if isinstance(given, int | float) and not isinstance(given, bool):
        value = float(given)
        return min(1.0, max(0.0, value)) if math.isfinite(value) else math.nan
    return math.nan
