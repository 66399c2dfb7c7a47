"""What a story narrates around its happenings: sentences that report none.

Past its lede, news fills in around what it reported: where someone stands ("The mayor remains
opposed to the plan"), how people felt ("The coach was thrilled"), a line that leads in to a
list or a quotation ("He explained his reasons:"), a retelling that puts one part of the story
first ("What the board wanted was a sale"), a life told in a few words ("She grew up in Ohio"),
what was seldom so ("has rarely lost"), a courtesy ("wanted to thank the crews"), a motive
("inspired him to take the job"), the writer summing up ("In the final analysis, …"). Each is
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

# A stance or attitude held, told with a copula: "remains opposed to", "is committed to" (not
# a passive: "was committed to a hospital", "was convinced to testify").
_STANCE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|ha(?:s|ve|d) been)\s+(?:\w+ly\s+|still\s+|also\s+)?"
    r"(?:opposed\s+to|committed\s+to(?!\s+(?:a|an)\b)|convinced\b(?!\s+to\b)|adamant\b|undecided\b|"
    r"in\s+favou?r\s+of\b|"
    r"reluctant\b|unwilling\b)"
)
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
# A cleft, which retells what the story has told with one part of it put first: "What the
# board did was …".
_CLEFT = re.compile(r"^\W*what (?:\S+ ){1,4}(?:did|does|do|wanted|wants|needed|needs) (?:was|is)\b")
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
# A motive: what moved someone to a decision the story tells ("the deaths of two relatives
# inspired her to", "was influenced by her training", "became more of a factor", "figured in
# his decision", "played a role"), its reasons, not a happening of their own (not "drove him
# to", which may be a ride).
_MOTIVE = re.compile(
    r"\b(?:inspired|motivated)\s+(?:him|her|them|me|us)\s+to\b|"
    r"\b(?:was|were|is|are|been)\s+(?:also\s+|\w+ly\s+)?(?:influenced|motivated|inspired|"
    r"driven)\s+by\b|\b(?:a|an|the)\s+(?:\w+\s+){0,2}factor\b|\bfigured\s+(?:\w+ly\s+)?in(?:to)?\b|"
    r"\bplayed\s+(?:a|an)\s+(?:\w+\s+)?(?:role|part)\b"
)
# Each cue with the words without one of which it cannot match: most passages have none of
# them, and a set look-up costs less than a pattern.
_CUES: tuple[tuple[frozenset[str], Callable[[str], object]], ...] = tuple(
    (frozenset(words.split()), found)
    for words, found in (
        (
            "opposed committed convinced adamant undecided favour favor reluctant unwilling",
            _STANCE.search,
        ),
        (" ".join(_FEELINGS), _FEELING.search),
        ("born grew lived native spent", _LIFE_SPAN.search),
        ("rarely seldom hardly scarcely", _SELDOM.search),
        ("thank express convey pay condolences", _COURTESY.search),
        ("inspired motivated influenced driven factor figured played", _MOTIVE.search),
        ("analysis credit anything hindsight retrospect", _SUMMING_UP.search),
    )
)
_CUE_WORDS = frozenset().union(*(words for words, _ in _CUES))
# The opening word of a cleft: "What the board wanted was …".
_CLEFT_OPENINGS = frozenset({"what"})


def narration_doubt(low: str, outside: str, told: list[str]) -> float:
    """How much a lowercased passage with no time of its own (`outside`: with its quotations
    blanked; `told`: the words of that) loses for narrating around a happening rather than
    reporting one."""
    if _LEAD_IN.search(low, max(0, len(low) - 8)):
        return NARRATION_DOUBT  # looked for at its end
    if not _CLEFT_OPENINGS.isdisjoint(told[:2]) and _CLEFT.search(outside):
        return NARRATION_DOUBT  # looked for by its opening words
    present = _CUE_WORDS.intersection(told)
    for words, found in _CUES if present else ():
        if not words.isdisjoint(present) and found(outside):
            return NARRATION_DOUBT
    return 0.0
