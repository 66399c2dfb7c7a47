"""A résumé line: a step of someone's past told with an earlier-time word and no time of its own.

Past its lede, news tells who the people of a story are by what they did before: "Prior to
joining the organization he had amateur coaching experience", "Weitz previously penned ABOUT A
BOY", "Prior to getting injured, Bush was having a standout year", "He also served as a past
presenter on the Oscar show". Told with no time of its own, such a line is background to the
story's happening, not a happening the reader can place. A career step told with its time ("He
won an Emmy in 2005", "before joining the Charlotte Bobcats last year") is one, and so is the
lede, whatever it holds ("…, whereas it was previously classified as NATO's strategic
partner"): neither is read here (`state_cues.state_doubt` reads only passages with no time of
their own that are not the lede). Nor is an earlier-time word in a clause hung on the main one
("The coach, who previously led …, was fired"), nor a line that tells a step of its own (an
arrest, a charge, a release: `detail_cues.step_of_its_own`), nor a name a thing was known by
("formerly known as the Javelin").

A step of schooling told as the main clause with no time of its own is a résumé line too, with
no earlier-time word: "The nominee graduated from Xavier University in New Orleans", "Dr.
Benjamin received her medical degree from the University of Alabama" (not told with its time,
"received a bachelor's degree in 1979", nor hung on the main one, "while completing her
undergraduate degree").
"""

from __future__ import annotations

from viewer.core.detail_cues import step_of_its_own
from viewer.core.holds import holds_any

# The earlier-time words of a résumé, one of which a passage holds if it is one: a cheap test
# that spares most passages the reading of their words.
_HINTS = ("previously", "formerly", "prior to", "as a past")
_EARLIER = frozenset({"previously", "formerly"})
# A step of schooling: "graduated from …", or a degree received ("received her medical degree").
_SCHOOL_HINTS = ("graduated", "degree", "diploma")
_SCHOOL_PAPERS = frozenset({"degree", "degrees", "diploma"})
_RECEIVED = frozenset({"received", "earned", "obtained", "completed", "gained"})
# What follows "formerly" when it gives a name, not a step: "formerly known as the Javelin".
_NAMING = frozenset({"known", "called", "named"})
# Words that open a clause hung on the main one: an earlier-time word after one of them is the
# clause's, not the sentence's ("…, who previously led the Raptors, …").
_CLAUSE_OPENERS = frozenset(
    """who whom whose which that where when whereas while because although though after
    since until if""".split()
)


def resume_line(told: list[str], low: str) -> bool:
    """Whether a passage (`told`, its words outside quotations; `low`, it lowercased) with no
    time of its own and no source tells a step of someone's past with an earlier-time word in
    its main clause: a résumé line, not a happening."""
    if holds_any(low, _HINTS):
        at = _earlier_at(told)
    elif holds_any(low, _SCHOOL_HINTS):
        at = _schooling_at(told)
    else:
        return False  # most passages
    if at is None or not _CLAUSE_OPENERS.isdisjoint(told[:at]):
        return False
    return not step_of_its_own(low)


def _earlier_at(told: list[str]) -> int | None:
    """Where the first earlier-time word of a résumé is among a passage's words: "previously",
    "formerly" (not before a name), "prior to" before a gerund, "as a past …"."""
    for i, w in enumerate(told):
        after = told[i + 1 : i + 3]
        if w in _EARLIER and after[:1] != [] and after[0] not in _NAMING:
            return i
        if w == "prior" and len(after) == 2 and after[0] == "to" and after[1].endswith("ing"):
            return i
        if w == "past" and i > 1 and told[i - 2 : i] == ["as", "a"]:
            return i - 2
    return None


def _schooling_at(told: list[str]) -> int | None:
    """Where a step of schooling is told among a passage's words: "graduated from", or a verb
    of receiving with a degree or a diploma within the next four words."""
    for i, w in enumerate(told):
        if w == "graduated" and told[i + 1 : i + 2] == ["from"]:
            return i
        if w in _RECEIVED and not _SCHOOL_PAPERS.isdisjoint(told[i + 1 : i + 5]):
            return i
    return None
