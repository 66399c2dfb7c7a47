"""Why, hopes and what might have been: a source explaining a happening already reported.

Past the lede, news quotes its sources on a happening it has told: what they hoped for from it
("Its producers said they hoped to achieve multiple goals with the casting of Mr. Jackman"),
the desire behind it ("said there was also a desire to steer clear of stand-up comedians"),
what would have been had it gone otherwise ("But Doug said his father and Creighton would have
been fine had he decided to leave"), and how they made up their minds ("In trying to make up
his mind, McDermott said, he put his emotions to a test"). Such a sentence, with no time of its
own, reports no new happening: it is a passage of the event before it. A plan made public
("said they hope to open the plant in May", "will", "plans to") and a figure stay news: a hope
told in the present is a plan ("It has said it hopes to control 5% of jewelry business").
"""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_VERBS, runs_of
from viewer.core.detail_cues import step_of_its_own, told_ahead
from viewer.core.holds import holds_any
from viewer.core.lowered import lowered
from viewer.core.visible import one_line
from viewer.core.word_patterns import first_letters

# A motive or a hope, told in the past of a source's words or as what there was: "said they
# hoped to achieve", "there was also a desire to steer clear of", "the goal was to"; not who
# the source is ("The police source, who wished to remain anonymous, said …").
# Spelt by first letters (word_patterns.py), each look behind moved past the letter it stood
# before ("(?<!\bwho )h" is "h(?<!\bwho h)"): the engine passes over what no match starts on.
# The plain patterns are in the tests.
_MOTIVE = re.compile(
    "(?:"
    + first_letters(
        [
            r"h(?<!\bwho h)oped\s+to\b",
            r"w(?<!\bwho w)ished\s+to\b",
            r"there\s+(?:was|is)\s+(?:also\s+)?(?:a|the)\s+(?:strong\s+)?(?:desire|wish|hope)\s+to\b",
            r"the\s+(?:goal|aim|idea|hope|intent|intention|motive|thinking)\s+(?:was|had\s+been)"
            r"\s+to\b",
        ]
    )
    + ")"
)
# What would or might have been, had something gone otherwise: a perfect under a modal ("would
# have been fine had he decided to leave", "it might have made it easier"); not a relative
# clause describing a thing ("a deal that would have created"), nor what had to be done
# ("would have to").
_MIGHT_HAVE_BEEN = re.compile(
    "(?:"
    + first_letters(
        f"{w[0]}(?<!\\bthat {w[0]})(?<!\\bwhich {w[0]})(?<!\\bwho {w[0]}){w[1:]}"
        for w in ("would", "might", "could")
    )
    + r")(?:\s+not)?\s+have\s+(?!to\b)\w+"
)
# A comparison ("more debt than we would have liked"), or a predicate joined to a happening
# told before it ("The temblor rattled homes, but would not have been expected to …").
_NOT_ITS_OWN = re.compile(r"(?:\bthan(?:\s+\w+){0,2}|\b(?:and|but))\s*$")
# Who tells what might have been: a source speaking before it (not the writer's own reckoning,
# nor a concession hung on an act: "even though she could have left the state, Regina Benjamin
# returned to Alabama").
_SPEAKING = SAYING_VERBS | frozenset(
    """added admitted acknowledged conceded believe believed believes felt indicated
    according""".split()
)
# How someone made up their mind: "in trying to make up his mind", "weighed his options".
_DECIDING = re.compile(
    "(?:"
    + first_letters(
        [
            r"mak(?:e|ing)\s+up\s+(?:his|her|their|my|our)\s+minds?",
            r"weigh(?:ed|ing)\s+(?:his|her|their|my|our)\s+(?:options|choices)",
            r"decision-making\s+process",
        ]
    )
    + r")\b"
)
# One of which each match above holds, as written (none is capitalised but at the opening of a
# sentence, where none of them stands): most passages are spared lowering and the scans.
_STEMS = (
    "desire",
    "wish",
    "hope",
    "goal",
    "aim",
    "idea",
    "inten",
    "motive",
    "thinking",
    "ld have",
    "ht have",
    " not have",
    "mind",
    "weigh",
    "decision-making",
)

# Of which each match of _MOTIVE holds one, and each of _DECIDING.
_MOTIVE_STEMS = ("hope", "wish", "desire", "goal", "aim", "idea", "inten", "motive", "thinking")
_DECIDING_STEMS = ("mind", "weigh", "decision-making")


def motive(text: str) -> bool:
    """Whether a passage (`text` as written) tells a source's motive or hope, what might have
    been, or how someone decided, with no figure, plan or step of its own in it."""
    if not holds_any(text, _STEMS):
        return False
    low = lowered(one_line(text))
    if not _told_why(low) or any(c.isdigit() for c in low):
        return False
    return not told_ahead(low) and not step_of_its_own(low)


def _told_why(low: str) -> bool:
    """Whether lowercased words tell a motive, a counterfactual or a way of deciding. Each
    pattern is run only when a word it needs is there ("claimed" holds the stem "aim")."""
    if holds_any(low, _MOTIVE_STEMS) and _MOTIVE.search(low):
        return True
    if holds_any(low, _DECIDING_STEMS) and _DECIDING.search(low):
        return True
    found = _MIGHT_HAVE_BEEN.search(low) if " have" in low else None
    if found is None or _NOT_ITS_OWN.search(low, 0, found.start()):
        return False
    return not _SPEAKING.isdisjoint(runs_of(low[: found.start()]))
