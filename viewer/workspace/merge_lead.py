"""Which of two events a merge by hand keeps in the lead: the event merged into heads the
merged one when their dates rank alike, so the fuller passage (a whole sentence over a clause
cut from one, then an article's lede) is the one merged into by default, and what the merge
would make is worked out beforehand for the dialog to show."""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.annotations import GroupAction, Grouping
from viewer.core.grouping import apply_groupings
from viewer.core.model import Document, Event, Passage, passage_id

# A whole sentence: opens on a capital, a digit or a quote, and closes on its stop, maybe
# inside a closing quote or bracket ("… to Poland.”").
_OPENS = re.compile(r"^[\"'“‘(\[]*[A-Z0-9]")
_CLOSES = re.compile(r"[.!?…][\"'”’)\]]*$")

# How many characters into an article's body its lede may start.
LEDE_REACH = 400


def whole_sentence(text: str) -> bool:
    """Whether a passage reads as a sentence of its own, not a clause cut from one."""
    text = text.strip()
    return bool(_OPENS.match(text) and _CLOSES.search(text))


class MergeLead:
    """The two events of a merge by hand, as the workspace knows them."""

    def __init__(self, body_starts: dict[str, int]) -> None:
        self._body_starts = body_starts

    def fuller_first(self, current: Event, picked: Event) -> tuple[Event, Event]:
        """(merged into, merged in): the event whose passage should lead the merged one
        first; on a tie, the event the user started from."""
        if self._rank(picked.primary) < self._rank(current.primary):
            return picked, current
        return current, picked

    def _rank(self, passage: Passage) -> tuple[bool, bool]:
        """A clause after a sentence, then a passage further in after a lede; nothing more,
        so that of two alike the event the user started from keeps its id and notes."""
        lede = passage.start - self._body_starts.get(passage.document_id, 0) < LEDE_REACH
        return (not whole_sentence(passage.text), not lede)


def merged(target: Event, other: Event) -> Event:
    """The event that merging `other` into `target` makes, nothing stored: the passage that
    leads it, its date and its title."""
    head = target.copy()
    joins = [Grouping(_pid(p), GroupAction.JOIN, _pid(target.primary)) for p in other.passages]
    return apply_groupings([head, other.copy()], joins)[0]


def _pid(passage: Passage) -> str:
    return passage_id(passage.document_id, passage.source_text)


def merge_lead_of(documents: Sequence[Document]) -> MergeLead:
    """The merge lead for these articles: where their bodies start."""
    return MergeLead({d.id: d.body[0].start for d in documents if d.body})
