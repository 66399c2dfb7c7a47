"""Where a phrase of time told with a noun ends when the main verb follows it with no comma:
"Residents evacuated from their homes after a huge fire at a Waitrose store in Banstead on
Friday night have been allowed to return to their homes".

The phrase "after a huge fire at a Waitrose store in Banstead on Friday night" names the
fire with no verb of its own, and ends at its time: the auxiliary right after it ("have been
allowed") is the main clause's, whose subject came before the phrase. Read to the end of the
sentence, the phrase would take the main verb with it, and the return its date. Cut at its
time, it is a happening of its own by its noun (the fire, Friday night), as the main clause,
told of now, is not at that time.

A relative clause with a verb of its own ends so too, with no comma in it, where the main
clause's verb (an auxiliary, or the present of a schedule) follows its time: "A man who shot
two officers on Tuesday | was arrested Friday" is the shooting (Tuesday) and the arrest
(Friday), not one happening of Tuesday.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.event_verbs import has_event_verb
from viewer.core.past_tense import PAST_FORMS
from viewer.core.temporal.timex import Timex

_OPENERS = frozenset({"after", "following", "since"})
# The main clause's verb going on right after the time, told of now: the present or the
# perfect ("have been allowed"). Told in the past ("were moved"), the phrase's time may be the
# main happening's occasion (happening_nouns.py), and the phrase is left in the sentence.
_MAIN_VERB = re.compile(r"\s+(?:have|has|is|are)\b", re.IGNORECASE)
# After a relative clause that has its verb: an auxiliary, or the present of a schedule, goes
# on with the main clause (the clause's own words do not follow its time with one).
_RELATIVE = frozenset({"who", "which", "whose"})
_AFTER_RELATIVE = re.compile(
    r"\s+(?:will|would|is|are|was|were|has|have|had|faces|starts|begins|opens|resumes|ends)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "be", "been"})


def _has_verb(text: str, start: int, end: int) -> bool:
    for m in _WORD.finditer(text[start:end].lower()):
        word = m.group(0)
        if word in _FINITE or word in PAST_FORMS or (len(word) > 4 and word.endswith("ed")):
            return True
    return False


def phrase_end(
    text: str, opener: re.Match[str], end: int, own: Sequence[Timex]
) -> tuple[int, list[Timex]]:
    """The end of the clause `opener` opens (`end` as found) and its times (`own`): cut at
    its first time when it is a phrase with no verb before that time and a main verb follows
    right after it."""
    word = opener.group(0).lower()
    if own and word in _RELATIVE:
        return _relative_end(text, opener, end, own)
    if not own or word not in _OPENERS:
        return end, list(own)
    first = own[0]
    if _MAIN_VERB.match(text, first.end, end) is None:
        return end, list(own)
    if _has_verb(text, opener.end(), first.start):
        return end, list(own)  # "after the blaze broke out about 8.40pm": a clause of its own
    return first.end, [first]


def _relative_end(
    text: str, opener: re.Match[str], end: int, own: Sequence[Timex]
) -> tuple[int, list[Timex]]:
    """A relative clause with a verb of its own ends at its first time when the main clause's
    verb follows right after it: "A man who shot two officers on Tuesday | was arrested
    Friday", "an employee who allegedly shot and killed two co-workers two years ago | starts
    Monday"."""
    first = own[0]
    if _AFTER_RELATIVE.match(text, first.end, end) is None:
        return end, list(own)
    if "," in text[opener.end() : first.start]:
        return end, list(own)  # "who …, has hosted … and last month was named": the main verb
    if not _has_verb(text, opener.end(), first.start):
        return end, list(own)  # "who on Tuesday was named chief": the clause's own verb
    return first.end, [first]


def noun_before_main_verb(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether the phrase opened by `opener`, ending at `end` right before a main verb told of
    now, names a happening by its noun ("after a huge fire … on Friday night | have been")."""
    if opener.group(0).lower() not in _OPENERS or _MAIN_VERB.match(text, end) is None:
        return False
    return has_event_verb(text[opener.end() : end])


def relative_before_main_verb(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether a relative clause ending at `end` was cut there, before the main clause's verb
    (`_relative_end`, relative_main_verb.py): its verb, which may be any past form ("who shot
    two officers on Tuesday | was arrested"), was found then. (Where the cut may fall, commas
    included, those decided; a comma of its date, "June 10, 2005", is no reason to doubt it.)"""
    if opener.group(0).lower() not in _RELATIVE or _AFTER_RELATIVE.match(text, end) is None:
        return False
    return _has_verb(text, opener.end(), end)
