"""Lines a page sets before its news: a newsletter's greeting over its first story, a live
page's pinned post over its entries, an explainer's list of the questions it answers."""

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


_CONTENTS_WORDS = 15  # the most words of an entry of a list of contents
_LABEL_WORDS = 4  # the most words of the list's label: "In this explainer:", "Key questions"


def contents_list(shown: list[str], first: int) -> int:
    """How many lines from `first` are a list of the sections below, each printed again as
    the heading of its section ("In this explainer:" / "What has changed?" / "Who is
    affected?" / … / "What has changed?" / its text), with the list's label over it; 0 when
    the text does not open so."""
    last = {line.strip(): index for index, line in enumerate(shown)}
    labelled = first + 1 < len(shown) and _label(shown[first])
    for start in (first, first + 1) if labelled else (first,):
        end = start
        while (
            end < len(shown)
            and len(shown[end].split()) <= _CONTENTS_WORDS
            and last.get(shown[end].strip(), -1) > end
        ):
            end += 1
        entries = [line.strip() for line in shown[start:end]]
        if len(entries) >= 2 and all(last[entry] >= end for entry in entries):
            return end - first
    return 0


def _label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _LABEL_WORDS and line.rstrip()[-1:] not in ".!?"
