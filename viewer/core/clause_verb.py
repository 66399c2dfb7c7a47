"""Whether a clause of time with no finite verb still tells a happening of its own.

"Despite his arrest … early yesterday" names an act as a noun (concession.py); "after a huge
fire … on Friday night | have been allowed to return" ends at its time before a main verb
told of now (phrase_end.py), as a relative clause does before the main clause's verb ("who
shot two officers on Tuesday | was arrested": its past form may be any); "since losing to
Lamon Brewster in April 2004" tells it by a gerund right after a preposition of time. Each is
cut out of its sentence with its own time, as a clause with a finite verb is.
"""

from __future__ import annotations

import re

from viewer.core.concession import conceded_happening
from viewer.core.phrase_end import noun_before_main_verb, relative_before_main_verb

# A gerund right after a preposition of time: "since losing to Lamon Brewster in April 2004",
# "after serving as finance minister in 2009". Not a noun ending alike ("since spring").
_GERUND = re.compile(r"\s+(?P<word>[a-z]{2,}ing)\b")
_TIME_PREPOSITIONS = frozenset({"since", "after", "before", "following"})
_NOT_GERUNDS = frozenset(
    """morning evening spring during nothing something anything everything thing king ring
    string wedding ceiling offspring""".split()
)


def verb_of_clause(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether a clause opened by `opener` and ending at `end`, with no finite verb, still
    tells a happening: as a conceded act ("despite his arrest", concession.py), by its noun
    before the main verb ("after a huge fire … on Friday night | have been allowed",
    phrase_end.py) or by a gerund after a preposition of time ("since losing to …")."""
    return (
        conceded_happening(text, opener, end)
        or noun_before_main_verb(text, opener, end)
        or relative_before_main_verb(text, opener, end)
        or _gerund_after(text, opener, end)
    )


def _gerund_after(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether a preposition of time opens the clause with a gerund: "since losing to …"."""
    if opener.group(0).lower() not in _TIME_PREPOSITIONS:
        return False
    gerund = _GERUND.match(text, opener.end(), end)
    return gerund is not None and gerund["word"] not in _NOT_GERUNDS
