"""A title that opens on "They" names the group the sentence before opens on, where plain.

"They also attacked a television crew's truck" tells a reader of the timeline nothing of who;
the article said it just before: "Protesters threw two petrol bombs at the courthouse." The
title names them: "Protesters also attacked a television crew's truck". Only where the
reading is plain:

- the event's words open on "They", as its sentence's subject;
- the sentence just before opens on a group of people as its subject ("Protesters",
  "Creighton fans", "The jurors", "The jury"), followed by its verb;
- that sentence tells no statement ("Analysts said the company…": "they" may be either), and
  names no other group of people ("Police arrested three men. They were charged…" is of the
  men).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from viewer.core.headline import LIMIT
from viewer.core.headline_parts import has_saying_verb
from viewer.core.model import Event, Span
from viewer.core.title_cut import with_subject

# Nouns of one body that news goes on with as "they": "The jury went into sentencing
# proceedings. They had deliberated…" ("The jury had deliberated…", with its article).
_ONE_BODY = frozenset("jury team family couple crew".split())
# Plural nouns of the groups news tells of acting together.
_GROUPS = (
    "protesters protestors demonstrators rioters marchers strikers jurors firefighters "
    "residents officers investigators officials authorities troops soldiers rebels militants "
    "students workers voters fans players lawmakers senators prosecutors detectives rescuers "
    "survivors witnesses doctors leaders dealers traders investors shareholders police "
    "men women children people others gunmen suspects inmates guards agents deputies mourners "
    "passengers employees members parents relatives neighbors neighbours victims villagers "
    "refugees activists youths teenagers lawyers attorneys scientists experts companies firms "
    "banks automakers airlines "
    f"{' '.join(sorted(_ONE_BODY))}"
)
_GROUP = "|".join(_GROUPS.split())
# A sentence that opens on a group: "Protesters threw…", "Creighton fans overtook…", "The
# jurors came back…"; at most one capitalised word before the noun.
_OPENS_ON_GROUP = re.compile(
    rf"(?:The\s+)?(?P<group>(?:[A-Z][\w'’.-]*\s+)?(?i:{_GROUP}))\s+(?=[a-z])",
)
_ANY_GROUP = re.compile(rf"\b(?:{_GROUP})\b(?!['’])", re.IGNORECASE)  # not a possessive


def name_group_titles(text: str, sentences: Sequence[Span], events: Sequence[Event]) -> None:
    """Titles that open on "They" take the group the sentence just before opens on
    (`sentences`: the article's sentences in order)."""
    starts = [sentence.start for sentence in sentences]
    for event in events:
        start = event.primary.start
        if not event.title.startswith("They ") or not text.startswith("They ", start):
            continue
        at = bisect_right(starts, start) - 1
        if at < 1:
            continue
        before = text[sentences[at - 1].start : sentences[at - 1].end]
        found = _OPENS_ON_GROUP.match(before)
        if found is None or has_saying_verb(before):
            continue
        if len(_ANY_GROUP.findall(before)) != 1:
            continue  # "Police arrested three men": "they" may be either
        group = found["group"]
        if group.split()[-1].lower() in _ONE_BODY and before.startswith("The "):
            group = f"the {group}"
        event.title = with_subject(event.title, "They", group[:1].upper() + group[1:], LIMIT)
