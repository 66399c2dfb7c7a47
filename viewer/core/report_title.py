"""The title of a bare report: who reported and when, what they reported cut out beside it.

"Utah Department of Corrections spokesman Steve Gehrke said Wednesday | that prison officials
transported Jeffs … Tuesday": the report is of Wednesday, what it tells of Tuesday, two
events. The report's own words tell nothing of what was said; its title names the speaker
and what they said ("Gehrke: Prison officials transported Jeffs…"), from the words of its
sentence before or after it.
"""

from __future__ import annotations

from viewer.core.headline import LIMIT, headline
from viewer.core.headline_parts import BARE_REPORT, REPORT_VERBS
from viewer.core.relative_title import titled_clause
from viewer.core.speaker_name import can_speak, in_place_of, speaker

_MIN_WORDS = 3  # fewer words of what was said are no statement to title


def bare_report(text: str) -> bool:
    """Whether an event's words are only who reported and when ("the team announced
    Wednesday", "Steve Gehrke said Wednesday"): what they reported stands beside them in the
    sentence, cut out as an event of its own time."""
    # The verb is among the last words: "said", or "said last week", "announced on Friday".
    ends = len(text) < 120 and not REPORT_VERBS.isdisjoint(text.rsplit(None, 4)[-4:])
    found = BARE_REPORT.match(text) if ends else None
    return found is not None and can_speak(found["speaker"])


def report_title(report: str, before: str, after: str) -> str:
    """The title of a bare report (`bare_report`): who reported, then what, from the words of
    its sentence before or after it ("Academy: Ellen DeGeneres will host the Oscars…";
    "Gehrke: Prison officials transported Jeffs…")."""
    found = BARE_REPORT.match(report)
    who = speaker(found["speaker"]) if found else None
    said = titled_clause(report, after) if len(after.split()) >= _MIN_WORDS else before
    if who is None or not who.name or len(said.split()) < _MIN_WORDS:
        return headline(f"{before} {report} {after}")
    first, _, rest = said.partition(" ")
    if named := in_place_of(who, first):  # "Hewlett announced that it planned…"
        return headline(f"{named} {rest}")
    return f"{who.name}: {headline(said, LIMIT - len(who.name) - 2)}"
