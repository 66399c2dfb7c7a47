"""Running totals and tallies: a count kept up to now, not a happening of one time.

"In total, the US has redeployed nearly 15,000 military personnel", "Over the past few years,
AMPAS has gone to great lengths to pick a host", "Police have arrested 40 people since the
protests began": each sums up a stretch of time; none reports what happened on one occasion
(docs/events.md).
"""

from __future__ import annotations

import re

from viewer.core.cue_words import runs_of
from viewer.core.word_patterns import WordSearch, first_letters

_TOTAL = WordSearch(
    "(?:"
    + first_letters(
        "in total|the total|a total of|brings? the total|bringing the total|"
        "up to this point|so far|to date|all told|in all".split("|")
    )
    + r")\b"
)
TOTAL_WORDS = frozenset("total far date told all".split())

# A summary of a period up to now: a perfect over the last years or months ("Over the past few
# years, AMPAS has gone to great lengths to pick a host", "has been incarcerated at least
# three times … in the last four years"), not one happening.
_PERIOD_SO_FAR = re.compile(
    r"\b(?:(?:over|in|during|for) the (?:past|last) (?:(?:few|several|two|three|four|five|"
    r"ten) )?(?:years|months|decades|seasons)|in recent (?:years|months|decades)"
    # "has fallen in real terms over the past decade", "in the last year"
    r"|(?:over|in|during) the (?:past|last) (?:decade|year))\b"
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|ght)\b")
# A count run up since a time: "The club has appointed five managers since 2013", "Police have
# arrested 40 people since the protests began": a running total, not one happening.
_ABOUT = r"(?:(?:about|around|nearly|almost|more\s+than|at\s+least|over|some)\s+)?"
_COUNT = (
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"millions)\b"
)
_COUNT_SINCE = re.compile(
    rf"\b(?:has|have)\s+(?:\w+\s+)?\w+\s+{_ABOUT}{_COUNT}[^.;]*\bsince\b"
    # "Since 2001, the race has raised more than £4m": the time first, then the count.
    rf"|^since\b[^,;]{{1,60}},[^.;]*?\b(?:has|have)\s+(?:\w+\s+)?\w+\s+{_ABOUT}[$£€]?{_COUNT}"
)
# A trend run up since a time: "Prices have doubled since January", "Kidnappings have surged in
# the region since 2006": a change summed up to now, not one happening.
_TREND_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:risen|fallen|surged|soared|climbed|grown|increased|"
    r"declined|dropped|doubled|tripled|halved|jumped|slumped|plunged|multiplied)\b[^.;]*\bsince\b"
)
# A stretch a state had lasted by the story's time, told in the past perfect: "Rescuers had been
# kept out for five days", "The men had been held for 11 days": how long, not what happened.
_HAD_LASTED = re.compile(
    r"\bhad\s+been\s+(?:\w+\s+){1,2}?for\s+(?:(?:more\s+than|about|nearly|almost|over)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:hours|days|weeks|months|years)\b"
)
# Held in custody up to now, told in the perfect passive with "since": "The pair have each been
# held since Monday", "He has been jailed since his arrest": how long, not what happened (not
# "A vigil has been held", which tells no "since").
_HELD_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:(?:each|both|all|now)\s+)?been\s+"
    r"(?:held|jailed|detained|imprisoned|in\s+custody|behind\s+bars)\b[^.;]*?\bsince\b"
)
PERIOD_WORDS = frozenset({"past", "last", "recent"})
# A post or a place held up to now, a career's summary: "Smith, a former banker, has served on
# the board since 2004", "Since then, she has held leadership positions in physician
# organizations", "DiLeo has spent 19 seasons with the 76ers". The perfect of a verb of holding
# is the main verb, after a subject (no relative or conjunction before it), and no other step is
# told after it ("… and was promoted … in 2003", "a position that she will resign from"), nor a
# phrasal verb's act ("have held off on buying").
_HELD = re.compile(
    r"(?:[^,]{1,40}, )?(?:(?!(?:who|that|which|and|but|or|when|after|as|if|because|while|where)\b)"
    r"[\w$'’.,-]+ ){1,8}?(?:has|have) (?:also |long |since |now )?"
    r"(?:served|spent|held|worked|lived|stayed|remained)\b(?! (?:off|up|out|back)\b)"
    r"(?![^.;]*\b(?:was|were|will|would)\b)"
)
# A player's figures over a game or a season: "He had 793 yards and six touchdowns on 147
# carries", "Artino had a career-high 14 points and six rebounds": a summary of play, whose
# happening (the game, its result) is told apart. Two counted figures, one of them a word only
# play is counted in; not beside the result itself ("scored 30 points as the Lakers beat …").
PLAY_WORDS = frozenset(
    """rebounds assists steals touchdowns carries receptions tackles sacks interceptions
    strikeouts pointers""".split()
)
_FIGURE = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(points|yards|goals|shots|blocks|boards|rebounds|assists|steals|touchdowns|carries|"
    r"receptions|tackles|sacks|interceptions|strikeouts|(?:3|three)-pointers)\b"
)
# A score is a result; a run within the game ("a 15-2 run") or a team's record in brackets
# ("for the Orange (15-1)") is not. The words that tell a game's result.
_FINAL_SCORE = re.compile(r"\b(?<!\()\d{1,3}-\d{1,3}\b(?! run| spurt)")
RESULT_WORDS = frozenset(
    "beat beats defeated defeats won wins win victory lost loses routed edged".split()
)
_ANY_COUNT = frozenset({"points", "yards", "goals", "shots", "blocks", "boards"})


def running_total(low: str, outside: str, words: frozenset[str] | set[str]) -> int:
    """How many cues of a running total a lowercased passage holds (`outside`: its words outside
    quotations; `words`: the cue words it holds, among TOTAL_WORDS and PERIOD_WORDS)."""
    found = 0
    if not TOTAL_WORDS.isdisjoint(words) and _TOTAL.found(low):
        found += 1
    if not PERIOD_WORDS.isdisjoint(words) and _so_far(outside):
        found += 1  # "Over the past few years, AMPAS has gone to great lengths …"
    if "since" in outside and (_COUNT_SINCE.search(outside) or _TREND_SINCE.search(outside)):
        found += 1
    if "had been" in outside and _HAD_LASTED.search(outside):
        found += 1
    if "since" in outside and _HELD_SINCE.search(outside):
        found += 1  # "The pair have each been held since Monday": in custody up to now
    if ("has " in outside or "have " in outside) and _HELD.match(outside):
        found += 1  # "Smith has served on the board since 2004": a post held up to now
    return found


def play_figures(low: str, words: frozenset[str] | set[str]) -> bool:
    """Whether a lowercased passage (`words`: its cue words, among PLAY_WORDS) gives a player's
    figures of play and not the game's result."""
    if PLAY_WORDS.isdisjoint(words):
        return False  # most passages: the patterns need not be tried
    figures = _FIGURE.findall(low)
    if len(figures) < 2 or _ANY_COUNT.issuperset(figures):
        return False
    return _FINAL_SCORE.search(low) is None and RESULT_WORDS.isdisjoint(runs_of(low))


def _so_far(outside: str) -> bool:
    """A perfect told over a period up to now: a summary of the period."""
    return _PERIOD_SO_FAR.search(outside) is not None and _PERFECT.search(outside) is not None
