"""A happening conceded before the main one: "Despite his arrest on suspicion of driving under
the influence early yesterday, Chargers receiver Vincent Jackson will play in Sunday's AFC
divisional playoff game".

A "despite" phrase tells what happened and did not stop the main happening; with a time of
its own, apart from the main happening's, it is a happening of its own at that time (the
arrest, yesterday), even told as a noun ("his arrest"), and the main happening keeps its own
time (the game, Sunday). The story goes on at the arrest's time (news_time_cues.py). A phrase
that names no act is not one.
"""

from __future__ import annotations

import re

from viewer.core.event_verbs import has_event_verb


def conceded_happening(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether the phrase opened by `opener` and ending at `end` is a "despite" phrase that
    names an act, by a verb or its noun ("his arrest")."""
    if opener.group(0).lower() != "despite":
        return False
    return has_event_verb(text[opener.end() : end])
