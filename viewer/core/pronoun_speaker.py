"""Whom a speech tag's "he" or "she" names: the last person named as a speaker before it.

News names a speaker, then refers back to them by a pronoun while no one else is named:
"Finance Minister Anna Berg said on Tuesday that … “…” She said Tuesday that …". The
pronoun means the speaker only while nothing between could be its antecedent: another
speaker ("officials said", "she said" after "he said"), another person named ("The suspect,
John Doe, …"), or a person told by what they are ("The driver was arrested") keep it open,
and it is then left unread. "They", "it" and "we" name bodies and groups, not one speaker.
"""

from __future__ import annotations

import re

from viewer.core.headline_parts import NOT_A_SPEAKER, PRONOUNS, TITLES
from viewer.core.holds import holds_any
from viewer.core.speaker_name import PEOPLE
from viewer.core.temporal.calendar_words import MONTHS, WEEKDAYS
from viewer.core.title_event import speakers_of

# The pronoun that is the subject of the verb of saying right before a day: "He said
# Tuesday", "she told reporters on Tuesday", "“…,” he said on Tuesday".
_PRONOUN_TAG = re.compile(
    r"\b([Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|says|added|told|stated|confirmed|announced)\b"
    r"[^.;:“”\"]{0,40}$"
)
# How far back the speaker is looked for: a few paragraphs.
LOOK_BACK = 1500
# Sentences: at a paragraph's end, or after a full stop before a capital or a quotation.
_SENTENCES = re.compile(r"\n+|(?<=[.!?])[”\"’]?\s+(?=[“\"A-Z])")
# Words that open a sentence and name no one: "The", "But", "In", "After".
_OPENERS = (
    TITLES
    | NOT_A_SPEAKER
    | PRONOUNS
    | frozenset("in on at after before as for with by from during since then his her".split())
)
# Words of saying a sentence between must not hold (another speaker, named or not).
_SAYING = ("said", "says", "told", "added", "stated", "according")
# People told by what they are, beside `PEOPLE`: those whose acts police and court news tell.
_ACTORS = frozenset("suspect gunman defendant driver teenager passenger pilot".split())
_NOT_NAMES = frozenset({*WEEKDAYS, *MONTHS, "i"})


def pronoun_tag(shown: str, at: int) -> tuple[str, int] | None:
    """The pronoun ("he", "she") a speech tag closing right before `at` gives its speaker,
    and where it stands."""
    if at <= 0:
        return None
    m = _PRONOUN_TAG.search(shown, max(0, at - 80), at)
    return None if m is None else (m.group(1).lower(), m.start())


def named_speaker(before: str, pronoun: str) -> str | None:
    """The name of the person last named as a speaker in `before` (the text before the
    pronoun's tag), when no other person is named, speaks or acts between them."""
    sentences = _SENTENCES.split(before[-LOOK_BACK:])
    between: list[str] = []
    for sentence in reversed(sentences):
        names = speakers_of(sentence)
        if not names:
            between.append(sentence)
            continue
        if len(names) > 1:
            return None  # two speakers: the pronoun may be either's
        (name,) = names  # what the naming sentence says is the speaker's words, not between
        if not _nobody_else(between, pronoun) or any(_names_other(s, name) for s in between):
            return None
        return name
    return None


def _nobody_else(between: list[str], pronoun: str) -> bool:
    """Whether the sentences between a speaker's naming and a pronoun tell no other speaker:
    no verb of saying but the pronoun's own ("“…,” he said")."""
    other = "she" if pronoun == "he" else "he"
    for sentence in between:
        low = sentence.lower()
        if holds_any(low, _SAYING) and not _same_teller(low, pronoun, other):
            return False
    return True


def _names_other(sentence: str, name: str) -> bool:
    """Whether a sentence names a person other than the speaker `name`: another name ("John
    Doe", "Smith was arrested") or a person told by what they are ("the suspect")."""
    words = [w.strip("“”\"'’‘,.;:!?()") for w in sentence.split()]
    for i, word in enumerate(words):
        if word == name or (i + 1 < len(words) and words[i + 1] == name):
            continue  # the speaker again: "Mr. Kelly", "Commissioner Kelly"
        lower = word.lower()
        if lower in PEOPLE or lower in _ACTORS:
            return True
        if word[:1].isupper() and lower not in _NOT_NAMES and (i or lower not in _OPENERS):
            return True
    return False


def _same_teller(low: str, pronoun: str, other: str) -> bool:
    """Whether a sentence's only speaker is the pronoun's own: "“…,” he said"."""
    return re.search(rf"\b{pronoun}\s+(?:said|says|added)\b", low) is not None and (
        re.search(rf"\b{other}\s+(?:said|says|added)\b", low) is None
    )
