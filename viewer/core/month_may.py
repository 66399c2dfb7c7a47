"""What "may" is: the month's name or the modal. One rule for every test of "may", so that a
month is never read as a hedge ("The mayor, a councillor until May 2008, ordered an
evacuation" tells an act done, not what may be)."""

from __future__ import annotations

import re

# The words a month's name follows ("in May", "since early May", "by mid-May", "last May"),
# and one that follows it ("May 3", "May 2008"): a "may" after or before them is the month.
MONTH_BEFORE = frozenset(
    "in of on since until till by from to through during early late mid last next".split()
)
_PREVIOUS_WORD = re.compile(r"([a-z]+)[\s-]+$")
_MAY = re.compile(r"\bmay\b")


def month_at(lower: str, start: int, end: int) -> bool:
    """Whether the "may" at lower[start:end] is the month's name: after a preposition of time
    or an adverb of its part, or before a day's number or a year."""
    before = _PREVIOUS_WORD.search(lower, max(0, start - 12), start)
    if before is not None and before.group(1) in MONTH_BEFORE:
        return True
    return lower[end : end + 3].strip()[:1].isdigit()


def modal_may(lower: str) -> bool:
    """Whether a lowercased text holds "may" as the modal, not only as the month."""
    return "may" in lower and any(
        not month_at(lower, m.start(), m.end()) for m in _MAY.finditer(lower)
    )


def month_word(words: list[str], k: int, lower: str) -> bool:
    """Whether words[k], "may", of the words of `lower` is the month: after a word a month's
    name follows, before a number ("may 2008", where the words keep numbers), or where no
    "may" of the text is the modal."""
    if k > 0 and words[k - 1] in MONTH_BEFORE:
        return True
    if words[k + 1 : k + 2] and words[k + 1][:1].isdigit():
        return True
    return not modal_may(lower)


# What a month's "may" is read as among the words of a text: no word any list of verbs holds.
MONTH_MAY = "may-month"


def months_read(words: list[str], lower: str) -> list[str]:
    """The words of `lower` with each "may" that is the month read as `MONTH_MAY`, so that no
    test of a modal takes it for one; the same list when none is."""
    if "may" not in words:
        return words
    read = [
        MONTH_MAY if w == "may" and month_word(words, k, lower) else w for k, w in enumerate(words)
    ]
    return read if MONTH_MAY in read else words
