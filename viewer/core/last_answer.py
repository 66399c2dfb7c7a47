"""A function of one text that answers again, without asking, a text it was asked before.

A headline's steps hand the same text on when they delete nothing: the next step, or the
same one in the next round, is asked about it again. A function wrapped by `keeps_last` keeps
its last question and answer and gives that answer when asked the same text in a row; one
wrapped by `keeps_recent` keeps the answers for the last few hundred texts, for the steps that
ask each passage of an article again, one pass over them after the other.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar, cast

_Answer = TypeVar("_Answer")
_RECENT = 512  # texts whose answers `keeps_recent` keeps: an article's passages, and more
_NONE = object()  # no answer kept


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


def keeps_recent(function: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """`function` of a text, remembering its answers for the last few hundred texts asked
    (all dropped when they are that many). For pure functions only, as `keeps_last`."""
    kept: dict[str, object] = {}

    @wraps(function)
    def answer(text: str) -> _Answer:
        found = kept.get(text, _NONE)
        if found is not _NONE:
            return cast(_Answer, found)
        made = function(text)
        if len(kept) >= _RECENT:
            kept.clear()
        kept[text] = made
        return made

    return answer
