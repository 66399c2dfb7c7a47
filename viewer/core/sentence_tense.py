"""The tense a sentence tells its happening in, read from its first finite verb: the simple past
of a narrative ("It received more offers"), or the present, the perfect or what lies ahead,
which hold now ("Iraq still has thousands of Americans", "the panel will consider")."""

from __future__ import annotations

import re

from viewer.core.cue_words import WORDS
from viewer.core.lowered import lowered
from viewer.core.month_may import month_at
from viewer.core.past_tense import (
    NOT_PAST,
    PAST_AS_BASE,
    PAST_FORMS,
    now_or_habit,
    past,
    plural_subject,
    singular_base,
)

# A relative clause set off by commas ("Jeffs, who has argued…, instructed"; "The mayor, whose
# term ends in May, fired the police chief"): passed over.
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,]*,")
# The first finite verb of a sentence told in the present, the perfect or ahead.
_NOT_PAST = frozenset(
    """is are am 's says say has have had will would can could may might should must does do
    shall""".split()
)


# A contraction read as its verb: "It's followed by", "The board isn't aware", "didn't".
_NEGATED = {"won": "will", "can": "can", "don": "do", "ain": "is"}
_CONTRACTED = {"'re": "are", "'ve": "have", "'m": "am", "'ll": "will", "'d": "would"}
_PRONOUNS = frozenset("it he she that there here what who where".split())


def verb_of(word: str) -> str:
    """The verb a contraction stands for ("isn't" -> "is", "it's" -> "is", "they've" ->
    "have"), a possessive or any other word as it is ("Anheuser's")."""
    word = word.replace("’", "'")
    if word.endswith("n't"):
        stem = word[:-3]
        return _NEGATED.get(stem, stem)
    head, mark, tail = word.rpartition("'")
    if not mark:
        return word
    if tail == "s":
        return "is" if head in _PRONOUNS else word
    return _CONTRACTED.get("'" + tail, word)


def told_in_past(text: str) -> bool:
    """Whether a sentence tells its happening in the simple past ("It received more offers"),
    not in the present, the perfect, the past perfect of a flashback, or ahead: judged by its
    first finite verb, past a relative clause set off by commas ("Jeffs, who has argued…,
    instructed"); "had to" is the simple past of "have to" ("Sixty local residents had to be
    evacuated")."""
    lower = RELATIVE_CLAUSE.sub(",", lowered(text))
    previous = ""
    for m in WORDS.finditer(lower):  # the first finite verb: seldom far in
        word = m.group(0)
        if "'" in word or "’" in word:
            word = verb_of(word)
        if word == "may" and month_at(lower, m.start(), m.end()):
            previous = word
            continue  # "The bank, founded in May, …": the month, no modal
        if word in _NOT_PAST:
            return word == "had" and lower.startswith(" to ", m.end())
        if word in PAST_FORMS:
            return True
        if word in PAST_AS_BASE and (
            plural_subject(previous) or singular_base(lower, m.start(), m.end())
        ):
            # "But at night the flames spread to two more buildings", "The river burst its
            # banks", not "Storms hit the coast every winter".
            return not now_or_habit(WORDS.findall(lower))
        ed = word.endswith("ed") and len(word) > 4 and word not in NOT_PAST
        if ed and not _modifies_a_noun(lower, m.start(), previous):
            return True
        previous = word
    return False


_DETERMINERS = frozenset("a an the its his her their our this that these those".split())


def _modifies_a_noun(lower: str, start: int, previous: str) -> bool:
    """Whether a word in -ed is an adjective, not a verb: the end of a compound ("a
    state-controlled manufacturer", "New York-based POP Radio"), or after a determiner ("the
    proposed merger")."""
    return (start > 0 and lower[start - 1] == "-") or previous in _DETERMINERS


# The present, and modals of now or ahead ("The investigation will consider…").
_PRESENT = frozenset(
    """is are am says say has have does do tells adds will shall can may
    must""".split()
)


def told_in_present(text: str) -> bool:
    """Whether a sentence's first finite verb is in the present or looks ahead ("Iraq still has
    thousands of Americans", "fliers say they have engaged", "the panel will consider"): what
    it tells holds now, not on the past day the narrative was at. Not a relative clause's set
    off by commas ("Halcyon Systems, which has committed $13 billion to the company, was
    told …" is told in the past)."""
    lower = text.lower()
    if "," in lower:
        lower = RELATIVE_CLAUSE.sub(",", lower)
    for m in WORDS.finditer(lower):
        word = m.group(0)
        if "'" in word or "’" in word:
            word = verb_of(word)
        if word == "may" and month_at(lower, m.start(), m.end()):
            continue  # "Police, acting on a tip in May, raided …": the month, no modal
        if word in _PRESENT:
            return True
        if word in _NOT_PAST or word in PAST_FORMS:
            return False
        if word.endswith("ed") and len(word) > 4 and word not in NOT_PAST:
            return False
    return False


def told_without_past(text: str) -> bool:
    """Whether a sentence is told in the present with no verb in the past: an auxiliary of the
    present (`told_in_present`), or a verb of its own ("The law takes effect April 1 next
    year", "They play United at home on Wednesday")."""
    if told_in_present(text):
        return True
    low = lowered(text)
    return not past(WORDS.findall(low), low)
