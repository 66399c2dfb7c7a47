"""Words that set what they tell on a day ahead, whatever the tense around them: what is
due, payable or effective ("The rent is due on Friday", "the results, due on Thursday, …"),
and a hearing told in the present ("Smith appears in court on Friday")."""

from __future__ import annotations

# "is payable Jan. 2", "takes effect Nov. 13": a date a schedule sets, ahead.
DUE_WORDS = frozenset(
    {"payable", "due", "effective", "upcoming", "scheduled", "expected", "planned", "slated"}
)
# "are expected", "be held": a present or future passive, not a past event.
PASSIVE_AUX = frozenset({"is", "are", "am", "be", "being"})
# Words between "due" and the day it is due on: "the results, due on Thursday, …", "due back
# in court on Friday", "due out next week"; not "due to" (a cause: "due to snow on Friday").
_DUE_ON = frozenset("on in out back at court for".split())
_WAS = frozenset({"was", "were"})  # "The payment was due on Friday": gone
# "appears" is most often "seems" ("it appears that …"); before "in court" or "before" a
# judge, magistrates or a committee, the present tells a hearing set for a day.
APPEARING = frozenset({"appears", "appear"})
_COURT_WORDS = frozenset({"court", "before"})
# Words before a bare verb that make it no present of a subject: "to appear", "did not
# appear", "the host" (tense_cues.py reads them before "host", "meet" … too).
NOT_A_SUBJECT = frozenset(
    """the a an his her its their our my your this that these those to not never did didn't
    didn’t don't don’t could couldn't might may must should would can cannot has have had
    having""".split()
)


def due(words: list[str], i: int, prev: str, before: bool) -> bool:
    """Whether words[i] tells what a schedule sets for the date: "is payable Jan. 2", "are
    expected"; or "due" right before the day, but after "was" ("A spokesman said the
    results, due on Thursday, would show a loss": the Thursday ahead)."""
    if words[i] not in DUE_WORDS:
        return False
    if prev in PASSIVE_AUX:
        return True
    return before and words[i] == "due" and prev not in _WAS and _DUE_ON.issuperset(words[i + 1 :])


def hearing(words: list[str], i: int) -> bool:
    """Whether words[i] is a present "appears" told of a hearing: "appears in court", "appear
    before magistrates", with a subject before it (not "to appear", "did not appear")."""
    if words[i] not in APPEARING:
        return False
    prev = words[i - 1] if i > 0 else ""
    after = words[i + 1 : i + 3]
    return prev not in NOT_A_SUBJECT and not _COURT_WORDS.isdisjoint(after)
