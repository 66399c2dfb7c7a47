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
