"""Views rather than news: what commentators say, and statements that only judge.

News reports what officials, companies and courts did or said they will do. A commentator's
reading of events (an analyst, a professor, a retired general, an op-ed or an essay) is a
view, and so is a statement that only weighs something ("the move was long overdue", "the
membership is a game-changer"), whoever makes it. Neither is a happening unless it gives a
date, a figure or a plan of its own. Cues are read from a passage's lowercased words outside
its quotations, where the reporting is told.
"""

from __future__ import annotations

import re

# Who gives views rather than news, and people speaking from outside office.
_COMMENTATOR = re.compile(
    r"\b(?:analysts?|experts?|professors?|(?:geo)?strategists?|columnists?|commentators?|"
    r"pundits?|scholars?|historians?|retired|former|veteran|think[- ]tanks?)\b"
)
# Pieces written to give a view, and the texts a view is read from.
_OPINION_PIECE = re.compile(
    r"\b(?:op-?eds?|essays?|editorials?|opinion (?:pieces?|columns?)|columns?|"
    r"in an? (?:article|commentary|blog post))\b"
)
# A judgement of worth, after a copula: "was long overdue", "is a game-changer", "is how
# important it is", "was “supportive of our efforts”".
_JUDGEMENT = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:(?:how|so|very|long|not|also|more|less|most)\s+)?"
    r"[“\"‘']?(?:an?\s+)?(?:important|overdue|crucial|vital|essential|necessary|supportive|"
    r"needed|"
    r"significant|historic|unprecedented|welcome|mistake|game[- ]changer|good|bad|best|worst|"
    r"great|unacceptable|outrageous|disappointing|encouraging|dangerous|irresponsible|"
    r"(?:in)?appropriate|wise|unwise|reckless|misguided|absurd|ridiculous|shameful)\b"
)


# A quotation brought in to support an argument: "As the Times wrote, …".
_CITING = re.compile(
    r"^\W*as\s+(?:\S+\s+){1,5}?(?:wrote|writes|noted|notes|put it|observed|observes|argued|"
    r"argues|pointed out|explained|explains)\b"
)
# An argument told in the present: what a text or its authors "note", "argue", "explain".
_READING = re.compile(
    r"\b(?:notes?|argues?|writes?|explains?|acknowledges?|contends?|maintains?|concludes?|"
    r"observes?|suggests?)\s*(?:,|that\b)"
)
# The speaker's own stance: "I think", "I don't want to".
_STANCE = re.compile(r"\bi\s+(?:don['’]t\s+|do\s+not\s+)?(?:think|believe|want|feel|hope)\b")
# Deliberation that names nothing: "is considering a range of capabilities".
_VAGUE_DELIBERATION = re.compile(
    r"\b(?:consider|weigh|evaluat|review|explor|look)\w*\s+(?:at\s+)?(?:a\s+(?:range|number|"
    r"variety|host|series)\s+of|(?:all|its|their|our|the|other)\s+options)\b"
)


def argument(low: str, outside: str) -> bool:
    """Whether a passage argues rather than reports: a quotation cited in support, what a text
    or its authors note in the present, the speaker's own stance, or deliberation that names
    nothing. `low` is the passage lowercased, `outside` the same with quotations blanked."""
    if _CITING.search(outside) or _READING.search(outside):
        return True
    return _STANCE.search(low) is not None or _VAGUE_DELIBERATION.search(low) is not None


def commentary(outside: str, said: bool) -> bool:
    """Whether a passage is a piece of opinion, or a statement (`said`) of a commentator:
    `outside` is the passage lowercased with its quotations blanked."""
    if _OPINION_PIECE.search(outside) is not None:
        return True
    return said and _COMMENTATOR.search(outside) is not None


def judgement(low: str) -> bool:
    """Whether a passage (lowercased, quotations kept) judges something's worth."""
    return _JUDGEMENT.search(low) is not None
