"""A count with the words that agree with it, for every message that counts: "1 event is",
"2 events are". Messages built with a count said "1 event … their annotations"."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str = "") -> str:
    """ "1 event", "2 events", "0 events"; `plural` for a noun not made with an "s"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def agreeing(count: int, one: str, many: str) -> str:
    """The words that agree with a count: `one` for 1, else `many` ("is"/"are", "its"/"their")."""
    return one if count == 1 else many
