"""A sentence opened by a vague time of the past is at no day the story has named.

"Recently, speaking of the lack of incidents involving his players, Smith said, …", in a
story of an arrest early yesterday: the general manager spoke some time before, not on the
day of the arrest the paragraphs before it tell of. "Recently", "lately", "previously", "in
recent weeks" set at the head of a sentence step out of the narrative; the sentence takes
neither the narrative's day nor the story's news day, and is dated as told with no time.
A "recently" inside the clause ("Jackson was also recently arrested") stays with the
narrative: it is often the story's own news.
"""

from __future__ import annotations

import re

_VAGUE_OPENER = re.compile(
    r"(?:(?:more|until|only|very|just)\s+)?(?:recently|lately|previously|formerly)\s*,"
    r"|in\s+recent\s+(?:days|weeks|months|years)\s*,",
    re.IGNORECASE,
)


def opens_vaguely(shown: str) -> bool:
    """Whether a passage opens with a vague time of the past set off by a comma."""
    return _VAGUE_OPENER.match(shown.lstrip(" “\"'(")) is not None
