"""A date a time was moved to lies ahead of the move: "was extended to Nov. 16", "pushed
back to the end of March", "was moved from Monday to Thursday", "was rescheduled for
Saturday". The dates are bounds, not the move's time: deadline_words.py reads them so."""

from __future__ import annotations

_TO_A_DATE = frozenset({"to", "until", "till", "through"})
# Words between a deferral's "to" and the date it moves to: "pushed back to the end of
# March", "postponed until early next year".
_ON_TO_THE_DATE = frozenset(
    "the a this next following end start beginning middle of early late mid".split()
)
_MOVED_WHICH_WAY = frozenset({"back", "forward", "up"})
_FROM_REACH = 5


def moved_to_a_date(words: list[str], at: int, before: bool) -> bool:
    """Whether the words from `at`, after a verb of `DEFERRALS`, go on to a date: "to", or
    "back to" ("pushed back to the autumn", "put back until March"); for words before the
    date, to this date, not to a thing ("The update, pushed to millions of computers early on
    Friday, crashed …" is a past push)."""
    if at < len(words) and words[at] in _MOVED_WHICH_WAY:
        at += 1
    if at < len(words) and words[at] == "from" and "to" in words[at + 1 : at + _FROM_REACH]:
        at = words.index("to", at + 1)  # "moved from Monday to Thursday"
    if at < len(words) and words[at] == "for" and words[at - 1] == "rescheduled":
        return not before or at == len(words) - 1  # "was rescheduled for Saturday"
    if at >= len(words) or words[at] not in _TO_A_DATE:
        return False
    return not before or _ON_TO_THE_DATE.issuperset(words[at + 1 :])
