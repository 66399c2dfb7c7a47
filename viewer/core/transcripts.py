"""A transcript after a colon line: "The President emphasized this experience in his remarks,
chronicling her dedication …:", then the speech itself, a line a paragraph, with no marks
of quotation. Each line of it with no time of its own and no source of its own says no more
than that the speaker spoke: a passage of the colon line's event, not an event of its own. A
line told with its own time ("When Hurricane George destroyed the clinic in 1998, she made
house calls …") stays an event. A line with a source of its own, a quotation or a verb of
saying ("As the President explained, …"), ends the transcript, as does another colon line,
which may open one of its own. A colon line giving a text whole after "the following", with
no time of its own and told past the lede, is a passage of the lede's event: the text is of
the story's news. A quotation the speech itself tells, its speaker someone of the
speech's story brought in with "a", "an", "another" or "one" ("Another elderly man said simply,
"Maybe I can help."), is a line of the speech, and so is the rest of that quotation on the
next line ("I got a hammer."").
"""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_VERBS, words_of
from viewer.core.holds import holds_any, holds_open_quotation
from viewer.core.lowered import lowered
from viewer.core.model import Event, Span

# A colon line that names the speech or the text that follows it: "in his remarks", "the
# following message", "issued the following statement" (not a bare "he said:", whose next
# line may be news of its own).
_SPEECH = re.compile(r"\b(?:remarks|speech|statement|message|the following)\b")
_FOLLOWING = re.compile(r"\bthe following\b")

# Someone of the speech's own story speaking, brought in with an indefinite word, before the
# quotation: "Another elderly man said simply, "…", "One patient told her, "…"".
_TOLD_IN_SPEECH = re.compile(
    r"^(?:and |but )?(?:an?|another|one) (?:[a-z-]+ ){0,3}(?:said|told|asked)\b[^\"“]*[\"“]"
)


def opens_transcript(shown: str) -> bool:
    """Whether a passage is a colon line that opens what a speaker said."""
    if not shown.rstrip().endswith(":"):
        return False
    return _SPEECH.search(lowered(shown)) is not None


class Transcript:
    """The transcript a story is in, if any: the colon line that opened it, and its event."""

    def __init__(self) -> None:
        self.colon: int | None = None  # where the colon line starts
        self.event: Event | None = None  # the event it went to, once found
        self.quote_open = False  # a quotation told in the speech goes on to the next line

    def of(
        self, span: Span, shown: str, dated: bool, statement: bool, events: list[Event]
    ) -> Event | None:
        """The event a passage (`shown`, at `span`) goes on with as a line of the transcript
        it is in, if any; a colon line opens a transcript, a line with a source ends one."""
        if opens_transcript(shown):
            self.colon, self.event = span.start, None
            if dated or not events or not _FOLLOWING.search(lowered(shown)):
                return None
            # A text given whole after "the following", with no time of its own, told past the
            # lede, is of the story's news: "General Manager A.J. Smith issued the following
            # statement on Jackson's arrest:".
            self.event = events[0]
            return self.event
        if self.colon is None:
            return None
        if self.quote_open and _closes_quotation(shown):  # the rest of a quotation told
            self.quote_open = False
            return self.event
        self.quote_open = False
        if _told_in_speech(shown):
            self.quote_open = holds_open_quotation(shown)
        elif statement and _sourced(shown):
            self._end()
            return None
        if self.event is None:
            self.event = _holding(events, self.colon)
            if self.event is None:  # the colon line went to no event: no transcript
                self.colon = None
                return None
        return None if dated else self.event

    def _end(self) -> None:
        """The transcript ends here."""
        self.colon, self.event, self.quote_open = None, None, False


def _told_in_speech(shown: str) -> bool:
    """Whether a line quotes someone of the speech's own story: "Another elderly man said
    simply, "Maybe I can help."."""
    return _TOLD_IN_SPEECH.search(lowered(shown)) is not None


def _closes_quotation(shown: str) -> bool:
    """Whether a line closes a quotation opened before it, and opens none: "I got a hammer.""."""
    return (shown.count('"') == 1 and "“" not in shown) or (
        shown.count("”") == 1 and "“" not in shown and '"' not in shown
    )


def _sourced(shown: str) -> bool:
    """Whether a line has a source of its own: a quotation, or a verb of saying (not a word
    of the speech that reads as a statement, "if confirmed as Surgeon General")."""
    if holds_any(shown, '“"'):
        return True
    return not SAYING_VERBS.isdisjoint(words_of(lowered(shown)))


def _holding(events: list[Event], start: int) -> Event | None:
    """The event, among the last few, holding a passage that starts at `start`."""
    for event in reversed(events[-4:]):
        if any(p.start == start for p in event.passages):
            return event
    return None
