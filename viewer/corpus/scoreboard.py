"""A match report's scoreboard under its headline, one element a line as a page copied whole
runs it: the teams and their scores, the scorers, the match's state ("FINAL/OT")."""

from __future__ import annotations

import re

# A team and its score, or the score alone: "Rovers 2", "IND 396 & 255", "121", "ENG 253/7".
_SCORE = re.compile(
    r"(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s+)?\d{1,3}(?:/\d{1,2})?(?:\s*&\s*\d{1,3}(?:/\d{1,2})?)?"
)
# The scorers and their minutes: "Smith 23', Jones 89' (pen)".
_SCORERS = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+\d{1,3}(?:\+\d)?['’](?:\s*\((?:pen|og)\))?"
    r"(?:\s*,\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+)?\d{1,3}(?:\+\d)?['’](?:\s*\((?:pen|og)\))?)*"
)
# The match's state: "FINAL", "FINAL/OT", "Full time", "FT", "HT".
_STATE = re.compile(r"(?i:final(?:\s*/\s*(?:ot|so|\d?ot))?|full[\s-]time|half[\s-]time|ft|ht|aet)")
# The result told in a line: "India won by 106 runs", "Lions win by 4 wickets".
_RESULT = re.compile(
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s+(?:won|win|wins)\s+by\s+\d{1,3}\s+"
    r"(?:runs?|wickets?|points?|goals?|strokes?)"
)
_TEAM = re.compile(r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}")
_FEWEST_SCORES = 2  # two teams' scores: no scoreboard with fewer


def scoreboard(shown: list[str], start: int, limit: int) -> int:
    """How many lines from `start` (at most to `limit`) are a scoreboard: two scores or more
    among its lines, each line a score, the scorers, a state, a result, or a team's name
    over its score ("Lakers" / "121"); 0 when the lines there are no scoreboard."""
    index, scores = start, 0
    while index < min(limit, len(shown)):
        line = shown[index].strip()
        if _SCORE.fullmatch(line):
            scores += 1
        elif not (
            _SCORERS.fullmatch(line)
            or _STATE.fullmatch(line)
            or _RESULT.fullmatch(line)
            or (
                _TEAM.fullmatch(line)
                and index + 1 < len(shown)
                and _SCORE.fullmatch(shown[index + 1].strip())
            )
        ):
            break
        index += 1
    return index - start if scores >= _FEWEST_SCORES else 0
