"""A sentence telling more of the happening just told, in other verbs than its own.

Past the lede, news tells how a happening went on in words of their own: "They contained the
fire to one corner of the roof", after fire crews were called to a blaze; "However, the main
area of the one-storey supermarket was left largely intact"; "Klitschko began throwing the
infrequent jab", after his trainer urged him to throw more jabs. Such a sentence has no time
or source of its own, tells no step of its own and no figure, and takes up the one the event
before it is of: a pronoun opening it ("They", "he"), a definite mention of something that
event names ("the supermarket", "the blaze" after a fire), or its name.

A new happening told without a time is told otherwise: a new actor ("Police advised local
residents…", "Sixty residents were moved…"), a step told as one ("then", "later", "also"),
what was done before the happening ("McDermott had heard more than once…"), or another thing
than the one told ("Other than the MacBook Pro, the company concentrated on…"). Those stay
events of their own.
"""

from __future__ import annotations

import re

from viewer.core.detail_cues import names, plain_detail
from viewer.core.happening_families import KIND_OF
from viewer.core.word_patterns import WordSearch, first_letters

# A step told as one: what came next, or besides; or of another time, earlier than the
# happening: "He originally injured it…", "Lionsgate recently bought Summit Entertainment",
# "Last season he led the club…". Spelt by first letters, asked in any case (word_patterns.py;
# the plain pattern is in the tests).
_NEXT = WordSearch(
    "(?:"
    + first_letters(
        r"""then later also again afterwards? subsequently eventually meanwhile next besides
        other\s+than another in\s+addition as\s+well originally earlier previously formerly
        recently once last\s+(?:season|year|month|week)""".split()
    )
    + r")\b",
    blind=True,
)
# Told as before the happening ("had heard", "had married"), or as a consequence of another
# kind: a detention, a cancellation, a flight, a move, a refusal or a ruling.
_APART = WordSearch(
    "(?:"
    + first_letters(
        [
            r"had\s+(?:(?:not|never|already|long|just)\s+)?(?:been\s+)?[a-z]+"
            r"(?:ed|en|wn|ld|ht|ng|un)\b",
            *r"""detain\w* cancel\w* fled flee\w* den(?:y|ies|ied) reject\w* refus\w* ruled?
            moved cut\s+off shut\w* advis\w* warned treated hospitali[sz]ed taken""".split(),
        ]
    )
    + r")\b",
    blind=True,
)
# Words opening a sentence before its subject: "However,", "To his credit,", "But".
_OPENER = re.compile(r"(?:(?:however|but|and|so|yet|still)\b,?\s*|to\s+his\s+credit,\s*)+", re.I)
# The subject taken up by a pronoun.
_PRONOUN = re.compile(r"(?:he|she|they|it|his|her|their|its)\b", re.IGNORECASE)
# A definite mention opening the sentence: "the main area of the one-storey supermarket".
# Its head is the word before the verb when a form of "be" or "have" follows ("the main area of
# the one-storey supermarket was left…"), else the word after "the" ("the blaze spread…").
_DEFINITE = re.compile(
    r"the\s+((?:[\w-]+\s+){0,5}?[\w-]+)(?=\s+(?:was|were|is|are|has|have|had)\b)|the\s+([\w-]+)",
    re.IGNORECASE,
)
# Another one than the one told: "The second video captured…", "the other officers".
_ANOTHER = re.compile(r"the\s+(?:second|third|fourth|other|next|new|latest|last)\b", re.I)
_SHORT = 4
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# A fire, a quake, a blast or a storm, and how far it went: what it damaged or destroyed, how
# it spread ("High winds meant the fire spread rapidly through the store", "Other premises
# suffered some damage"), not the people it hurt, told with a figure of their own.
_RUIN = re.compile(
    r"\b(?:fire|blaze|flames|quake|earthquake|tremor|explosion|blast|storm)\b", re.IGNORECASE
)
_EXTENT = re.compile(
    r"\b(?:damag\w*|destroy\w*|destruction|gutted|collaps\w*|spread|intact|smoke|flattened|"
    r"toppled|razed|ablaze)\b",
    re.IGNORECASE,
)
# A shooting, and where the bullets struck: "One bullet entered his left shoulder in the rear",
# after "Seven bullets hit Mr. Gray".
_SHOOTING = re.compile(r"\b(?:bullets?|shots?|shot|shooting|gunfire|fired)\b", re.IGNORECASE)
_WOUND = re.compile(
    r"\b(?:bullets?|shots?|rounds?)\b[^.;]*?\b(?:entered|struck|hit|hitting|striking|grazed|"
    r"pierced|lodged)\b[^.;]*?\b(?:head|neck|chest|back|shoulders?|arms?|forearms?|legs?|"
    r"thighs?|hips?|side|stomach|abdomen|rib\s+cage|torso|face)\b",
    re.IGNORECASE,
)
_PEOPLE_HURT = re.compile(
    r"\b(?:injur\w*|hurt|wounded|casualt\w*|dozens|hundreds|thousands|scores)\b", re.IGNORECASE
)


def ruined(text: str) -> bool:
    """Whether a sentence tells what a fire, a quake or a blast damaged or destroyed, or how it
    spread ("Half of the roof … collapsed"), not the people it hurt."""
    return _EXTENT.search(text) is not None and _PEOPLE_HURT.search(text) is None


def _words(text: str) -> set[str]:
    """The words of a text of four letters or more, lowercased."""
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", text) if len(w) >= _SHORT}


def _taken_up(noun: str, before: set[str]) -> bool:
    """Whether a noun of a definite mention is one the words before name, or names their
    happening in other words."""
    noun = noun.lower().rstrip("s")
    if any(word.startswith(noun) for word in before):
        return True
    kind = KIND_OF.get(noun)  # "the blaze" after "a fire" (happening_families.py)
    return kind is not None and any(KIND_OF.get(word) == kind for word in before)


def next_step(text: str) -> bool:
    """Whether a sentence tells a step of its own: what came next, or besides ("then",
    "also", "again"), or of another time ("previously", "last season")."""
    return _NEXT.found(text)


def more_of(text: str, before: str, lede: str = "") -> bool:
    """Whether a sentence with no time or source of its own (`text`) tells more of the
    happening of the event just before it (`before`, that event's words): no step of its own
    and no figure, told of the one that event or the story's `lede` is of ("They contained the
    fire to one corner of the roof"), not of a new actor nor as a step of its own ("Police
    advised local residents to shut all doors", "The man then fled into an apartment")."""
    if not plain_detail(text) or _NEXT.found(text) or _APART.found(text):
        return False
    if ruined(text) and _RUIN.search(before):
        return True  # how far the fire or the quake just told went
    if _WOUND.search(text) and _SHOOTING.search(before):
        return True  # where the bullets of the shooting just told struck
    opener = _OPENER.match(text)
    opening = text[opener.end() :] if opener is not None else text
    if _PRONOUN.match(opening):
        return True
    told = _words(before) | _words(lede)
    if (the := _DEFINITE.match(opening)) is not None:
        mention = (the[1] or the[2]).split()
        if _ANOTHER.match(opening) or mention[0][0].isupper():
            return False  # another one, or a name read as a mention ("The News reviewed…")
        return any(len(w) >= _SHORT and _taken_up(w, told) for w in mention)
    # A name opening it, by its last word: "Klitschko began…", not "Virginia Welch delivered…"
    # after a story of Virginia.
    name = _NAME_RUN.match(opening)
    return name is not None and bool(names(name[0].split()[-1]) & names(f"{before} {lede}"))
