"""What a story narrates around its happenings: sentences that report none.

Past its lede, news fills in around what it reported: where someone stands ("The mayor remains
opposed to the plan"), how people felt ("The coach was thrilled"), a line that leads in to a
list or a quotation ("He explained his reasons:"), a retelling that puts one part of the story
first ("It was the rain that slowed the crews"), a life told in a few words ("She grew up in
Ohio"), a habit of the past ("He had long complained of the noise", "has rarely lost"), what
would have happened and did not ("would have been fine had he stayed"), a courtesy ("wanted
to thank the crews"), a motive ("inspired him to take the job"), the writer summing up ("In the
final analysis, …"). Each is told by how news writes it, not by the words of one story. Read
from a passage's lowercased words; the passage has no time of its own (a time of its own makes
it a happening of that time, judged elsewhere).
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
# A cleft, which retells what the story has told with one part of it put first: "It was the
# rain that slowed the crews", "What the board did was …". Also how a thing looked to someone:
# "It seemed to them as if …", a reading, not a happening.
_CLEFT = re.compile(
    r"^\W*(?:(?:but|and|yet|still|so),? )?it(?: is| was|['’]s) (?:not |only |also |perhaps )?"
    r"(?:the|that|this|these|those|his|her|their|its|our|because)\b[^;:]*?\b(?:that|who)\s"
    r"|^\W*what (?:\S+ ){1,4}(?:did|does|do|wanted|wants|needed|needs) (?:was|is)\b"
    r"|^\W*it (?:looked|seemed|appeared|felt|sounded)\b.*\bas (?:though|if)\b"
)
# A life, or a stretch of one, told in a few words: "was born in", "grew up", "has lived",
# "spent two years", "has spent much of his time".
_LIFE_SPAN = re.compile(
    r"\b(?:(?:was|were) born\b|grew up\b|ha(?:s|ve|d) lived\b|is a native of\b|"
    r"spent (?:\S+ ){0,2}(?:years|decades|months|weeks)\b|ha(?:s|ve|d) spent (?:much|most|all)\b)"
)
# A habit of the past, or what was seldom so: "had long complained", "has rarely lost".
_PAST_HABIT = re.compile(r"\b(?:had long|rarely|seldom|hardly|scarcely)\b")
# What would have happened, and did not: "would have been fine had he left", "should have
# woken sleepers" (not a guess at what may have happened, "might have been destroyed", nor
# what someone would have to do, "would have to cut 800 jobs", a plan).
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|should)(?: not| never)? have (?:\w+ly )?(?:been|had|\w+ed|\w+en|\w+n|\w+t)\b"
    r"|\bhad (?:he|she|they|it|i|we|you) (?:not )?(?:been|\w+ed|\w+en|\w+n|\w+t)\b"
)
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
# A clause that concedes, open before a match: "While investors would have preferred …, they
# were cheered by …" tells its main clause's happening.
_CONCEDING = re.compile(r"\b(?:while|though|although|whereas)\b[^,]*$")
# A stance taken with nothing said: "The family, however, disagreed." as the sentence's end
# (not "agreed": "After hours of talks, the two sides agreed" tells an agreement).
_SIDE_TAKEN = re.compile(r"\b(?:disagreed|concurred)\W*$")


def _counterfactual(outside: str) -> bool:
    """Whether a passage's own clause tells what would have happened, not one that concedes."""
    found = _COUNTERFACTUAL.search(outside)
    return found is not None and _CONCEDING.search(outside, 0, found.start()) is None


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
        ("would should had", _counterfactual),
        ("long rarely seldom hardly scarcely", _PAST_HABIT.search),
        ("disagreed concurred", _SIDE_TAKEN.search),
        ("thank express convey pay condolences", _COURTESY.search),
        ("inspired motivated influenced driven factor figured played", _MOTIVE.search),
        ("analysis credit anything hindsight retrospect", _SUMMING_UP.search),
    )
)
_CUE_WORDS = frozenset().union(*(words for words, _ in _CUES))
# The opening words of a cleft: "It was the rain that …", "What the board wanted was …".
_CLEFT_OPENINGS = frozenset({"it", "it's", "what"})


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
