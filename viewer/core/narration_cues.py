"""What a story narrates around its happenings: sentences that report none.

Past its lede, news fills in around what it reported: how people felt ("The coach was
thrilled"), a line that leads in to a list or a quotation ("He explained his reasons:"), a life
told in a few words ("She grew up in Ohio"), what was seldom so ("has rarely lost"), a courtesy
("wanted to thank the crews"), the writer summing up ("In the final analysis, …"). Each is
told by how news writes it, not by the words of one story. Read from a passage's lowercased
words; the passage has no time of its own (a time of its own makes it a happening of that
time, judged elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# How much a narration takes from a passage's score: as much as a state does
# (state_cues.STATE_DOUBT), so that neither a sentence in the past nor a sourced one stays an
# event where only the story's time dates it.
NARRATION_DOUBT = 0.35

# What someone felt or feels, told with a copula and no act: "was devastated", "I'm glad";
# not a passive with its agent ("was devastated by the storm"), which is an action, nor a
# feeling about an act told with it ("is pleased to announce", "was thrilled to win").
_DETERMINERS = r"(?:the|a|an|his|her|their|its|our|my|your|all|everyone)\b"
_FEELINGS = """devastated thrilled relieved delighted saddened shocked heartbroken happy glad
grateful thankful pleased disappointed upset angry excited proud sad frustrated elated stunned
horrified distraught""".split()
_FEELING = re.compile(
    r"\b(?:i['’]m|we['’]re|am|is|are|was|were|been|feels?|felt)\s+(?:so\s+|very\s+|truly\s+|"
    r"deeply\s+|visibly\s+|clearly\s+|just\s+|really\s+|extremely\s+|also\s+)?"
    rf"(?:{'|'.join(_FEELINGS)})\b(?!\s+(?:by\b|to\s+(?!{_DETERMINERS})\w))"
)
# A line that leads in to what follows it, a list or a quotation: it ends in a colon.
_LEAD_IN = re.compile(r":[\s\"'”’)*]*$")
# A life, or a stretch of one, told in a few words: "was born in", "grew up", "has lived",
# "spent two years", "has spent much of his time".
_LIFE_SPAN = re.compile(
    r"\b(?:(?:was|were) born\b|grew up\b|ha(?:s|ve|d) lived\b|is a native of\b|"
    r"spent (?:\S+ ){0,2}(?:years|decades|months|weeks)\b|ha(?:s|ve|d) spent (?:much|most|all)\b)"
)
# What was seldom so: "has rarely lost".
_SELDOM = re.compile(r"\b(?:rarely|seldom|hardly|scarcely)\b")
# Courtesies, not happenings: thanks or condolences offered ("wanted to thank residents for
# their patience", "expressed condolences"). (A source's wish not to be named hangs on a
# statement that may carry news, and is left to it.)
_COURTESY = re.compile(
    r"\b(?:wanted|wants|want|wished|wishes|wish|would like|['’]d like)\s+to\s+(?:thank|"
    r"express|convey|pay tribute)\b|\bcondolences\b"
)
# The writer summing up, at the head of a sentence: "In the final analysis, …", "To his
# credit, …", "More than anything, …": a reading of what the story told.
_SUMMING_UP = re.compile(
    r"^\W*(?:in the final analysis|to (?:his|her|their|its) credit|more than anything|"
    r"in hindsight|in retrospect)\b"
)
# Each cue with the words without one of which it cannot match: most passages have none of
# them, and a set look-up costs less than a pattern.
_CUES: tuple[tuple[frozenset[str], Callable[[str], object]], ...] = tuple(
    (frozenset(words.split()), found)
    for words, found in (
        (" ".join(_FEELINGS), _FEELING.search),
        ("born grew lived native spent", _LIFE_SPAN.search),
        ("rarely seldom hardly scarcely", _SELDOM.search),
        ("thank express convey pay condolences", _COURTESY.search),
        ("analysis credit anything hindsight retrospect", _SUMMING_UP.search),
    )
)
_CUE_WORDS = frozenset().union(*(words for words, _ in _CUES))


def narration_doubt(low: str, outside: str, told: list[str]) -> float:
    """How much a lowercased passage with no time of its own (`outside`: with its quotations
    blanked; `told`: the words of that) loses for narrating around a happening rather than
    reporting one."""
    if _LEAD_IN.search(low, max(0, len(low) - 8)):
        return NARRATION_DOUBT  # looked for at its end
    present = _CUE_WORDS.intersection(told)
    for words, found in _CUES if present else ():
        if not words.isdisjoint(present) and found(outside):
            return NARRATION_DOUBT
    return 0.0
