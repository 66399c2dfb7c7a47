"""A happening told twice in one article in the same words: one event, both passages.

Web pages print a sentence or paragraph twice: the lede again as a summary or a pull quote, a
paragraph copied twice by the page ("The central bank raised its main rate to 4.5% on
Thursday, its first rise in a decade." at the top and again further down). The second telling
says nothing the first does not: it is a passage of the first telling's event (docs/events.md,
section 3: two passages about one happening are one event).

The same words: the same letters and figures in the same order, whatever their case, their
spacing and their quotation marks (straight or curly), and whatever a source tag closing one of
them (", police said."). A near repeat with another number, name or date is another telling.

A closing source tag (`closing_tag`): a bare speech tag after the last comma of a sentence, a
speaker and a verb of saying and at most its hearers or time ("…, police said.", "…, the
ministry said on Monday."), not what was said ("…, police said 46 people were arrested").
"""

from __future__ import annotations

from viewer.core.cue_words import SAYING_VERBS, words_of
from viewer.core.last_answer import keeps_last
from viewer.core.lowered import lowered
from viewer.core.model import Event
from viewer.core.speech_tags import bare_speech_tag
from viewer.core.visible import one_line

# The most words a closing tag holds after its comma ("the police chief's spokesman told
# reporters on Monday").
_TAG_WORDS = 10
# Quotation marks and apostrophes, read as one mark each.
_MARKS = (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("`", "'"))
_ENDS = " .!?;:,"


@keeps_last  # a passage's words told twice, then its tag alone, ask it in turn
def closing_tag(text: str) -> int:
    """Where a source tag closing a passage starts (its comma), or -1 where none closes it:
    "The men were arrested in Leeds, | police said."."""
    comma = text.rfind(",")
    if comma < 0:
        return -1
    piece = text[comma + 1 :]
    if piece.count(" ") > _TAG_WORDS + 1:
        return -1  # longer than a tag: spared the reading
    low = lowered(piece)
    told = words_of(low)
    if len(told) > _TAG_WORDS or SAYING_VERBS.isdisjoint(told):
        return -1  # most passages end on no verb of saying: spared the reading
    if '"' in piece or "“" in piece or "”" in piece:
        return -1
    return comma if bare_speech_tag(piece, told, low, low) else -1


def same_words(text: str) -> str:
    """A passage's words as two tellings in the same words share them: on one line, in lower
    case, one mark for each kind of quotation mark, without a closing source tag and the
    marks that end it."""
    tag = closing_tag(text)
    if tag >= 0:
        text = text[:tag]
    line = one_line(text)
    for mark, plain in _MARKS:  # each replaced where it is: a table's translation costs more
        if mark in line:
            line = line.replace(mark, plain)
    return line.lower().strip(_ENDS + "\"'")  # one_line: single spaces already


class Tellings:
    """The events kept so far, by the words of each of their passages."""

    def __init__(self) -> None:
        self._by_words: dict[str, Event] = {}

    def add(self, event: Event, words: str, joined_to: Event | None = None) -> None:
        """Hold each passage of an event kept by its words (`words`: its first passage's
        `same_words`), or of one just joined to an earlier event as that event's (its passages
        only: the earlier ones are held already)."""
        held = joined_to or event
        self._by_words.setdefault(words, held)
        for passage in event.passages[1:]:
            self._by_words.setdefault(same_words(passage.text), held)

    def told_before(self, later: Event, words: str) -> Event | None:
        """The earlier event one of whose passages a later one's first passage tells in the
        same words (`words`: its `same_words`), at a date they share."""
        event = self._by_words.get(words)
        if event is None or event is later or not event.date.overlaps(later.date):
            return None
        return event
