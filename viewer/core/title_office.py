"""A statement's title that names its speaker by office names the person, where the article says
who holds it.

"“Today I'm announcing …,” the president added" is titled "President: Today I'm announcing…";
a reader of the article knows it is Biden, named earlier as "US President Joe Biden". The title
takes the surname ("Biden: …") only where the article, before the event, names exactly one
person after that office word ("Qeshm Governor Mehdi Irannejad told ISNA…" then "The governor
told Iranian media that 2,000 tents were ready…"). Two people named with it, or none, and the
office stays: "King: …" after "Mr. King said" is a surname already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.headline import LIMIT
from viewer.core.headline_parts import ROLES
from viewer.core.model import Event

# A title naming its speaker by one word: "President: …".
_OFFICE_SPEAKER = re.compile(r"(?P<office>[A-Z][a-z-]+): ")
# A surname may hold capitals inside it: "DelGiudice", "McMeekin", "O'Brien".
_NAME = r"(?:[A-Z][a-z’'-]+\s+){0,2}(?P<surname>[A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)*)\b"


def name_office_titles(text: str, events: Sequence[Event]) -> None:
    """Titles whose speaker is an office take the surname of the one person the article names
    with it before the event."""
    for event in events:
        found = _OFFICE_SPEAKER.match(event.title)
        if found is None or found["office"].lower() not in ROLES:
            continue
        office = found["office"].lower()
        holders = {
            named["surname"]
            for named in re.finditer(
                rf"\b(?i:{re.escape(office)})\s+{_NAME}", text[: event.primary.start]
            )
        }
        if len(holders) == 1:
            (surname,) = holders
            titled = f"{surname}: {event.title[found.end() :]}"
            if len(titled) <= max(LIMIT, len(event.title)):  # no longer than a title may be
                event.title = titled
