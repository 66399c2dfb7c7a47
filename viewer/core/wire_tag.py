"""A wire service's tag of a story's version or kind, glued before its headline: "UPDATE 2-UK
economy slipped into recession", "REFILE-", "EXCLUSIVE-", "FACTBOX-". The reader takes it off
the title; the headline's passage starts after it too."""

from __future__ import annotations

import re

_WIRE_TAG = re.compile(
    r"(?:(?:UPDATE|WRAPUP)\s+\d{1,2}|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|"
    r"EXPLAINER|PREVIEW|TIMELINE|POLL)(?:-(?:UPDATE\s+\d{1,2}|REFILE|CORRECTED))?-(?=[A-Z0-9\"'‘“])"
)


def wire_tag_length(headline: str) -> int:
    """How many characters of a headline are a wire service's tag glued before it (0 if none);
    not in a headline in capitals ("ANALYSIS-DRIVEN POLICING")."""
    tag = _WIRE_TAG.match(headline)
    if tag is None or headline.isupper() or len(headline) < tag.end() + 10:
        return 0
    return tag.end()


def without_wire_tag(title: str) -> str:
    """The headline without a wire service's tag glued before it."""
    return title[wire_tag_length(title) :]


# A wire's revision tag in brackets opening the lede of a story sent again, before its
# dateline: "(UPDATE 1) LONDON, May 3 (Reuters) -", "(REFILE-UPDATE 2) ", "[CORRECTED] "; or its
# note of what the version changed: "(Adds minister's comment) PARIS, …".
_LEDE_TAG = re.compile(
    r"(?:\((?:(?:UPDATE|WRAPUP)\s+\d{1,2}|REFILE|CORRECTED|RPT|REPEAT)"
    r"(?:-(?:UPDATE\s+\d{1,2}|REFILE|CORRECTED))?\)"
    r"|\[(?:(?:UPDATE|WRAPUP)\s+\d{1,2}|REFILE|CORRECTED|RPT|REPEAT)"
    r"(?:-(?:UPDATE\s+\d{1,2}|REFILE|CORRECTED))?\]"
    r"|\((?:Updates|Adds|Corrects|Recasts|Refiles|Rewrites|Repeats)\s[^()\n]{1,200}\))"
    r"[^\S\n]+(?=[A-Z])"
)


def lede_tag_length(text: str, start: int = 0, end: int | None = None) -> int:
    """How many characters at `start` are a wire's revision tag opening a lede (0 if none)."""
    tag = _LEDE_TAG.match(text, start, len(text) if end is None else end)
    return 0 if tag is None else tag.end() - start
