"""A function of one text that answers again, without asking, the text it was just asked.

A headline's steps hand the same text on when they delete nothing: the next step, or the
same one in the next round, is asked about it again. A function wrapped here keeps its last
question and answer and gives that answer when asked the same text in a row.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

_Answer = TypeVar("_Answer")


def keeps_last(function: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """`function` of a text, remembering its last question and answer. For pure functions
    only: the answer given again must be the one the function would give."""
    last: tuple[str, _Answer] | None = None

    @wraps(function)
    def answer(text: str) -> _Answer:
        nonlocal last
        kept = last  # one read: another thread sees a question with its own answer
        if kept is not None and (text is kept[0] or text == kept[0]):
            return kept[1]
        found = function(text)
        last = (text, found)
        return found

    return answer
