"""A source's account of the scene of a happening already reported: a passage of it.

Past the lede, news tells how the happening it reported went, on someone's authority: what
the victim was doing when it happened ("Bratton said Escalante was loading a car seat into
the family's car when his wife heard gun shots"), what the officers had been doing when they
saw the suspect, how things stood then, told first and credited at the end ("She had a permit
to carry the gun, authorities said"), what a witness saw or did ("Authorities said a witness
called 911 to report the shooting"), a quotation of the scene by one who was there (The
manager said, "They poured in here like 40 or 50 of them."). The first report of a happening
by a source is news; such an account of its circumstances is a passage of the event it tells
of. A step of its own told by a source stays an event: an arrest, a charge, a death, a
decision, a plan, an appeal.
"""

from __future__ import annotations

import re

from viewer.core.detail_cues import names, step_of_its_own, told_ahead, told_of, wounded
from viewer.core.holds import holds_any
from viewer.core.lowered import lowered
from viewer.core.model import Event
from viewer.core.visible import one_line
from viewer.core.word_patterns import first_letters

# The past progressive of what was under way: "was loading", "were standing". (The patterns
# below open on their words spelt by first letters, word_patterns.py: a search skips to them.)
_PROGRESSIVE = [
    rf"{verb}\s+(?:still\s+|just\s+)?(?!being\b|going\b)[a-z]{{3,}}ing" for verb in ("was", "were")
]
# What was under way when it happened, told in the past progressive or as a state ("had been
# on patrol"), then the moment itself: "when …".
_UNDER_WAY = re.compile(
    "(?:"
    + first_letters([*_PROGRESSIVE, r"had\s+been\s+(?:on|in|at|[a-z]{3,}ing)\b"])
    + r")\b[^.;]{0,120}?\bwhen\b"
)
# How things stood at the happening, told first and then credited to a source at the end:
# what someone was doing ("Jackson was driving a 2008 GMC Sierra registered to him, Baehr
# said"), what had been done to someone or something ("Injured people had been transported
# … in two trucks, she said"), what someone had ("She had a permit to carry the gun,
# authorities said"). The past progressive, the past perfect passive and "had a" tell a state
# of the happening's time, not a step after it; the source closes the sentence (or a clause
# of "-ing" follows it). A source named first ("Police said he had been …") reports news of
# its own and is not read so; a step of its own is never a scene (step_of_its_own).
_STATE_THEN = re.compile(
    "(?:"
    + first_letters(
        [
            *_PROGRESSIVE,
            r"had\s+been\s+(?:[a-z]{3,}(?:ed|en|wn)|left|kept|held)",
            r"had\s+(?:a|an)\s",
        ]
    )
    + r")\b[^.;:\"“”]{0,120}?,\s+"
    r"(?:[a-z.'’]+\s+){1,3}?said(?:\W*$|,\s+[a-z]{3,}ing\b)"
)
# A witness's account: what one who was there (a witness, a neighbour, a passer-by) saw,
# heard, said or did, the attribution before or after its subject ("A neighbour recalled…",
# "…,' said the neighbour").
_THERE = (
    r"(?:\w+\s+)?(?:(?:eye)?witness(?:es)?|neighbou?rs?|residents?|passers?-by|"
    r"bystanders?|onlookers?)"
)
_WITNESS = re.compile(
    "(?:"
    + first_letters(
        [
            *(
                rf"{word}\s+{_THERE}\s+(?:said|says|told|described|recalled|saw|heard|called)\b"
                for word in ("a", "another", "one", "the", "two", "several")
            ),
            *(
                rf"{word}\s+(?:a|another|one|the)\s+{_THERE}\W*$"
                for word in ("said", "says", r"according\s+to")
            ),
        ]
    )
    + ")"
)
_WITNESS_STEMS = ("witness", "neighbo", "resident", "passer", "bystander", "onlooker")
# One who was there telling what they perceived, in the first person: "I heard a lot of
# screams", "I looked at his face" (a quotation, whatever its marks: news tells nothing in the
# first person in its own voice).
_PERCEIVING = ("heard", "saw", "looked", "watched", "noticed", "smelled")
_PERCEIVED = re.compile(
    r"\bi\s+(?:then\s+|just\s+|also\s+)?(?:heard|saw|looked|watched|noticed|smelled)\b"
)
# A quotation of the scene: it opens on what a crowd or a group already told of did, in the
# past ("They poured in here…"), or the rest of a quotation opened before goes on with what
# they did ("They started shooting him and he went down…”"). Not a verb of saying or wanting.
_QUOTE_OPENS = re.compile(r"[“\"]they\s+(?:just\s+)?[a-z]{3,}ed\b")
_QUOTE_GOES_ON = re.compile(
    r"(?:they|he|she)\s+(?:just\s+)?(?!(?:add|stat|declar|not|insist|explain|warn|claim|"
    r"argu|repeat|report|call|want|need|seem|lik|lov|hop|believ|decid)ed\b)[a-z]{3,}ed\b"
)
_CLOSING = ('"', "”")
# Where and how a happening already reported came about, told by a source: "The USGS said the
# quake was 35 miles southwest of Bandar Abbas", "Iran's seismologic center said the epicenter
# was in the waters of the Persian Gulf", "the fire began on the outside of the building": a
# definite noun of the happening, a verb of where it was or began, then a place, a distance or
# a depth. So told with no verb of saying, by a source in the present or by none ("USGS
# indicates to news that the quake began only one mile below ground level", "The quake was
# centered seventy-five miles north of San Francisco"). (Not that it was felt, or how long it
# shook: a reading refused in an earlier round.)
_WHERE_NOUNS = ("quake", "tremor", "temblor", "epicent", "fire", "blaze", "blast", "explosion")
_WHERE = re.compile(
    r"\bthe\s+(?:earthquake|quake|tremor|temblor|epicent(?:er|re)|fire|blaze|blast|explosion)"
    r"(?:\s+of\s+the\s+[a-z]+)?\s+(?:also\s+)?"
    r"(?:(?:was|were)\s+(?:(?:centred|centered|located|situated)\s+)?"
    r"|(?:began|started|struck|hit|occurred|originated|measured)\s+)"
    r"(?:(?:about|around|roughly|some|only|just|approximately|nearly)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty)\b"
    r"|(?:near|in|on|off|under|below|beneath|between|for|magnitude)\b"
    r"|at\s+a\s+depth\b|(?:north|south|east|west)\w*\b)"
)
# A figure of dead or hurt is news of its own, as is a plan told ahead (told_ahead) or
# reported ("said the family would hold a vigil").
_COUNT = re.compile(r"\b\d+\s+(?:people|persons|others|dead|injured|hurt|wounded|killed)\b")
_WOULD = re.compile(r"\bwould\s+(?!have\b)[a-z]")


def scene_told(low: str) -> bool:
    """Whether a sourced passage (lowercased, on one line) tells the scene of a happening:
    what was under way when it happened, a witness's account, a quotation of the scene, where
    and how it came about."""
    # Each cue needs its word: most statements are spared the scans.
    cues = (
        ("when", _UNDER_WAY),
        ("they", _QUOTE_OPENS),
        (" said", _STATE_THEN),
    )
    if not (
        any(word in low and cue.search(low) for word, cue in cues)
        or _perceived(low)
        or (holds_any(low, _WITNESS_STEMS) and _WITNESS.search(low) is not None)
        or _goes_on(low)
        or _placed(low)
    ):
        return False  # most statements: the tests below need not be run
    if told_ahead(low) or _COUNT.search(low) or step_of_its_own(low):
        return False
    return "would" not in low or _WOULD.search(low) is None


def _perceived(low: str) -> bool:
    """Whether a passage (lowercased) tells what its speaker perceived, in the first person."""
    return holds_any(low, _PERCEIVING) and _PERCEIVED.search(low) is not None


def _placed(low: str) -> bool:
    """Whether a passage (lowercased) tells where a happening already told came about: "the
    quake began near Clearlake"."""
    return holds_any(low, _WHERE_NOUNS) and _WHERE.search(low) is not None


def _goes_on(low: str) -> bool:
    """Whether a passage is the rest of a quotation opened before it (its one quote mark
    closes it) telling what people already told of did: "They started shooting him…”"."""
    body = low.rstrip(" .")
    if not body.endswith(_CLOSING) or sum(body.count(mark) for mark in '"“”') != 1:
        return False
    return _QUOTE_GOES_ON.match(low) is not None


def scene_of(events: list[Event], shown: str, statement: bool) -> Event | None:
    """The event a source's account of the scene (`shown`, a statement with no time of its
    own, told after the lede) tells of: the last one naming someone or somewhere it names,
    else the one just before it. What a victim named in it suffered is of its scene too
    ("Ortiz was shot in the head, said a sheriff's spokesman")."""
    if not events:
        return None
    # A witness's words in the first person are quoted, whatever their marks: "I heard…" (the
    # verb after "I" is never capitalised, so the passage as written holds it).
    if not (statement or holds_any(shown, _PERCEIVING) or holds_any(shown, _WHERE_NOUNS)):
        return None  # most passages that are no statement: nothing is lowered
    low = lowered(one_line(shown))
    if not (statement or _perceived(low) or _placed(low)):
        return None
    scene = scene_told(low)
    who = None if scene else wounded(shown)
    if not scene and who is None:
        return None  # most statements: no event's words need be read
    # The lede and the story's last events: the words a scene's people are looked for in.
    recent = events[-_RECENT:]
    words = [event.passages_text() for event in recent]
    lede = words[0] if len(events) <= _RECENT else events[0].primary.text
    if who is not None and not told_of(who, " ".join([lede, *words[-3:]])):
        return None
    named = names(shown)
    for event, told in zip(reversed(recent), reversed(words), strict=True):
        if named & names(told):
            return event
    return events[-1]


# How many of the story's last events a scene's people are looked for in: the account
# follows what it tells of closely, and a long story is not read again for each statement.
_RECENT = 12
