"""A clause of time told with a verb in -ing: "since losing to Lamon Brewster in April 2004".

News tells an earlier happening after "since", "after" or "following" as often with
a gerund as with a finite verb: "Klitschko has won 16 fights in a row since losing to Lamon
Brewster in April 2004" reports the loss (April 2004) beside the running total, as "since he
lost to Brewster in April 2004" would. The gerund right after the opener is the clause's verb.
A noun in -ing after the opener is not one ("since morning", "after nothing").
"""

from __future__ import annotations

import re

from viewer.core.concession import conceded_happening
from viewer.core.phrase_end import noun_before_main_verb

# The openers of a clause of time that a gerund may follow.
_OPENERS = frozenset({"since", "after", "following"})
# Words in -ing that are nouns or pronouns after those openers, not verbs.
_NOUNS = frozenset(
    """morning evening spring nothing something anything everything thing things king ring
    string wing building ceiling earnings""".split()
)
_GERUND = re.compile(r"\s+([a-z]{2,}ing)\b")
# A summary up to now, in the perfect: "has won 16 fights in a row", "has imposed sanctions";
# what a clause of time cut from it leaves (extract.py).
PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:\w+(?:ed|en|wn|ne|ght)|won|held|led|lost|kept|had)\b",
    re.IGNORECASE,
)


def gerund_opens(text: str, opener: re.Match[str]) -> bool:
    """Whether the clause opened by `opener` ("since", "after", "following") has a
    gerund for its verb right after it: "since losing", "after signing", "after being"."""
    if opener.group(0).lower() not in _OPENERS:
        return False
    m = _GERUND.match(text, opener.end())
    return m is not None and m.group(1) not in _NOUNS


def verb_of_clause(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether a clause opened by `opener` and ending at `end`, with no finite verb, still
    tells a happening: by a gerund ("since losing"), as a conceded act ("despite his
    arrest", concession.py) or by its noun before the main verb ("after a huge fire … on
    Friday night | have been allowed", phrase_end.py)."""
    if gerund_opens(text, opener) or conceded_happening(text, opener, end):
        return True
    return noun_before_main_verb(text, opener, end)
