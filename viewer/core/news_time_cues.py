"""Cues of the time a story goes on at, for what it tells with no time of its own.

One more item of the news day, told in the perfect with "also": "Apple has also introduced a
separate chip that monitors the power used by each cell". A story of yesterday's keynote
tells what was announced in the simple past ("The firm announced a widely expected refresh of
its 17in MacBook Pro") and adds an item of the same announcement in the perfect with "also".
The perfect says the item holds now; "also" says it belongs with what was told before: it is
of the story's news day, as the simple past is. Not "has also been" (a state), nor a perfect
without "also" (a summary up to now).

A happening conceded at the head of a sentence ("Despite his arrest … early yesterday,
Chargers receiver Vincent Jackson will play in Sunday's … game", concession.py): its time is
the story's, as a main happening's is; the story goes on at yesterday, not at the game ahead.
"""

from __future__ import annotations

import re

# "has also" or "have also" and a participle, not "been".
_ALSO_PERFECT = re.compile(r"\b(?:has|have)\s+also\s+(?!been\b)[a-z]+(?:ed|en|wn|ght)\b")
# What before it would make it no first verb: another verb, or the end of a clause.
_BEFORE = re.compile(r"[,;:“\"]|\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")
_SUBJECT_REACH = 60  # how far into the sentence the first verb may be
_DESPITE = re.compile(r"Despite\b")  # capital: the phrase opens its sentence


def adds_to_news(shown: str) -> bool:
    """Whether a sentence's first verb is "has also" or "have also" and a participle, right
    after its subject: one more item of the news told before it."""
    if shown.find("also", 0, _SUBJECT_REACH + 40) < 0:
        return False  # the pattern's "also": most sentences are spared its scan
    m = _ALSO_PERFECT.search(shown, 0, _SUBJECT_REACH + 40)
    if m is None or m.start() > _SUBJECT_REACH:
        return False
    return _BEFORE.search(shown, 0, m.start()) is None


def conceded(text: str, at: int) -> bool:
    """Whether a "despite" phrase opening its sentence starts at `at`."""
    return _DESPITE.match(text, at) is not None
