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

from viewer.core.cue_words import outside_quotations, words_of
from viewer.core.lowered import lowered
from viewer.core.main_clause import tells_now
from viewer.core.sentence_tense import told_in_past
from viewer.core.statement_cues import is_statement

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


def of_the_news_day(shown: str) -> bool:
    """Whether a sentence with no time of its own tells of the story's news day: told in the
    past (or adding an item to it, `adds_to_news`), with its main clause not told in the
    present ("About 180,000 homes remain without electricity, three days after Storm Fionn
    brought record winds": the past is the storm's, the sentence's now)."""
    if not (told_in_past(shown) or adds_to_news(shown)):
        return False
    if is_statement(shown):
        return True  # "StatesWest, which has a stake in Mesa, said …": the saying's past
    low = outside_quotations(lowered(shown))
    return not tells_now(words_of(low), low)


def conceded(text: str, at: int) -> bool:
    """Whether a "despite" phrase opening its sentence starts at `at`."""
    return _DESPITE.match(text, at) is not None
