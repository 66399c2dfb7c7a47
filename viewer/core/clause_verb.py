"""Whether a clause of time with no finite verb still tells a happening of its own.

"Despite his arrest … early yesterday" names an act as a noun (concession.py); "after a huge
fire … on Friday night | have been allowed to return" ends at its time before a main verb
told of now (phrase_end.py). Either is cut out of its sentence with its own time, as a clause
with a finite verb is.
"""

from __future__ import annotations

import re

from viewer.core.concession import conceded_happening
from viewer.core.phrase_end import noun_before_main_verb


def verb_of_clause(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether a clause opened by `opener` and ending at `end`, with no finite verb, still
    tells a happening: as a conceded act ("despite his arrest", concession.py) or by its noun
    before the main verb ("after a huge fire … on Friday night | have been allowed",
    phrase_end.py)."""
    return conceded_happening(text, opener, end) or noun_before_main_verb(text, opener, end)
