"""Lines a page sets before its news: a newsletter's greeting over its first story, a live
page's pinned post over its entries."""

from __future__ import annotations

import re

# A newsletter's greeting, maybe with its own short line of what follows: "Good morning.
# Here's what you need to know.", "Hi everyone,", "Welcome to The Evening."; not "Good
# morning. The Fed raised rates on Tuesday.", which tells news.
_GREETING = re.compile(
    r"(?:(?:good\s+(?:morning|afternoon|evening|day)|hi|hello|hey|greetings|dear)"
    r"(?:,?\s+[\w’'-]+){0,3}\s*[,.!:—–-]|welcome(?:\s+back)?\s+to\b[^.!?]{0,60}[.!])"
    r"(?:\s+(?:here['’]?s|here\s+(?:is|are)|this\s+is|it['’]s|welcome\s+to)\b[^.!?]{0,60}[.!:])?",
    re.IGNORECASE,
)
# The label of a live page's pinned post: "Pinned post", "Pinned".
_PINNED = re.compile(r"pinned(?:\s+(?:post|entry|update|message))?", re.IGNORECASE)
# A live page's entry opens with its time: "14:22 GMT", "9.10am", "11:40 p.m. ET".
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\b", re.IGNORECASE)
PINNED_LINES = 12  # the most lines of a pinned post, its label and the entry's time after it


def greeting(line: str) -> bool:
    """Whether a line is a newsletter's greeting alone."""
    return len(line) <= 120 and _GREETING.fullmatch(line.strip()) is not None


def pinned_label(line: str) -> bool:
    """Whether a line is the label of a live page's pinned post."""
    return len(line) <= 30 and _PINNED.fullmatch(line.strip(" :")) is not None


def pinned_post(shown: list[str]) -> int:
    """How many of the lines are a live page's pinned post, the first its label: the label,
    the summary or the list under it, up to the time of the page's first entry ("Pinned
    post" / "Summary" / "A drone struck …" / "14:22 GMT"); the label alone when no entry's
    time shows within PINNED_LINES where the post ends."""
    for after in range(1, min(len(shown), PINNED_LINES)):
        if _ENTRY_TIME.match(shown[after]):
            return after
    return 1
