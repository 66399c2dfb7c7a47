"""A period a state held over, not the time of a happening: "for much of the 1980s".

"The former 76ers point guard for much of the 1980s came back to the city to assume coaching
duties prior to the 2005 season": "for much of", "for most of", "for part of" a period tell
how long something held (he was the point guard then), not when the sentence's happening
was. Such a period dates nothing; another time of the sentence may, or else the story's.
"""

from __future__ import annotations

import re

from viewer.core.temporal.timex import Timex

_HELD_OVER = re.compile(r"\bfor\s+(?:much|most|part|all)\s+of\s+$", re.IGNORECASE)
_REACH = 20  # "for much of " and a little room


def held_over(text: str, t: Timex) -> bool:
    """Whether `t` is told as the period something held over ("for much of the 1980s")."""
    return _HELD_OVER.search(text, max(0, t.start - _REACH), t.start) is not None
