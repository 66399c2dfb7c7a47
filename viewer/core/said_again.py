"""A statement told again further down by its speaker's name and the day it was made.

News tells a source's statement early ("The police commissioner, Raymond W. Kelly, said
Tuesday that the police had interviewed three witnesses …") and comes back to it lines later,
after other sources and other happenings, by the speaker's name and the same day ("Mr. Kelly,
the police commissioner, said Tuesday that there was nothing to indicate …"): what the speaker
said that day is one statement, told in two passages. The next line of the same speaker was
already joined (`extract._same_speaker`); this finds the statement further up.

A speaker told by a pronoun ("He said Tuesday that …") is the person last named as a speaker
before it, while no one else is named between (`pronoun_speaker`). Kept apart: another speaker
(a name the earlier statement does not give its speaker), another day, a statement told with
no day of its own or dated only to a week, a month or a year (a speaker says things on many
occasions), a day that is not the statement's own ("Kelly said the arrest was made Tuesday"),
and an earlier passage that only names the speaker as what it tells about ("The mayor said
Tuesday that Kelly had acted properly").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.holds import holds_word
from viewer.core.model import DateValue, Event, Precision
from viewer.core.pronoun_speaker import LOOK_BACK, named_speaker, pronoun_tag
from viewer.core.reported_times import said_right_before
from viewer.core.speech_tags import tag_time
from viewer.core.statement_cues import is_statement
from viewer.core.title_event import speakers_of


def said_on_day(shown: str, words: str) -> bool:
    """Whether a passage's own time words (`words`) tell the day its words were said: right
    after its verb of saying ("Kelly said Tuesday that …", "confirmed on Wednesday"), or
    closing the speech tag after its quotation ("“…,” Kelly said on Tuesday.")."""
    at = shown.find(words)
    if at <= 0:
        return False
    told = _TOLD_BEFORE.search(shown, max(0, at - 40), at) is not None
    return told or said_right_before(shown, at) or tag_time(shown, words)


# "told reporters Tuesday", "told the Associated Press on Tuesday": the hearer, then the day.
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:on\s+)?$")


def _speaker_told(names: set[str], first: str, words: str) -> bool:
    """Whether an earlier statement, said on the day its words `words` tell, gives its
    speaker one of `names`: the tag before that day, past any quotation ("The police
    commissioner, Raymond W. Kelly, said Tuesday", "“…,” Kelly said on Tuesday"), not the
    words said ("The mayor said Tuesday that Kelly had acted properly")."""
    tag = first[: first.find(words)]
    tag = tag[max(tag.rfind(mark) for mark in _CLOSING) + 1 :]
    told = speakers_of(first)
    return any(holds_word(tag, name) for name in names) and (not told or bool(names & told))


_CLOSING = ("”", '"')


def _named_by_pronoun(shown: str, words: str, text: str, at: int) -> set[str]:
    """The speaker a pronoun tag ("He said Tuesday …", of a passage at `at` in `text`) names:
    the person last named as a speaker before it, no one else named between
    (`pronoun_speaker`)."""
    tag = pronoun_tag(shown, shown.find(words))
    if tag is None:
        return set()
    pronoun, tagged = tag
    before = text[max(0, at - LOOK_BACK) : at]
    name = named_speaker(f"{before}\n{shown[:tagged]}", pronoun)
    return set() if name is None else {name}


def said_again(
    shown: str, words: str, day: DateValue, events: Sequence[Event], text: str, at: int
) -> Event | None:
    """The earlier statement a statement (`shown`, dated `day` by its own time `words`, at `at`
    in the article's `text`) tells again: the last event of that same day whose first passage is a
    statement by the same speaker, named, said that day."""
    if day.precision is not Precision.DAY or not said_on_day(shown, words):
        return None
    names: set[str] | None = None  # the speakers, worked out once a statement of the day is found
    for event in reversed(events):
        first = event.passages[0].text
        if event.date != day or event.date_text not in first:
            continue
        said = event.date_text
        if not (said_on_day(first, said) and is_statement(first)):
            continue
        if names is None:
            names = speakers_of(shown) or _named_by_pronoun(shown, words, text, at)
        if not names:
            return None  # no speaker named, nor one a pronoun names ("They said Tuesday …")
        if _speaker_told(names, first, said):
            return event
    return None
