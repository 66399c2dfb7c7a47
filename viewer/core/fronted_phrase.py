"""A phrase that opens a sentence before its subject, and where it ends.

"In response to the attack, the US …", "Arrested by the CHP on suspicion of drunken driving,
he was booked …", "But, the witness …": a headline drops such a phrase and keeps the clause
after its comma. Not where the words before the comma are the clause itself ("In 1990 she
founded the clinic, which cares for …"), a name ("First of America, which now has 45 banks,
announced …") or the statement of a speaker named after it ("Earlier moves have trimmed 300
jobs, the spokesman said"); and a relative clause right after the phrase goes with it ("In
the diversified businesses segment, which includes herbicides, profit grew …").
"""

from __future__ import annotations

import re

from viewer.core.headline_parts import (
    ACCORDING,
    ATTRIBUTION_ONLY,
    MONTHS,
    fronted,
    has_saying_verb,
    leading_conjunction,
)
from viewer.core.last_answer import keeps_last
from viewer.core.speaker_name import can_speak
from viewer.core.temporal.context import MONTH, WEEKDAY

MIN_WORDS = 3  # a deletion that would leave fewer words than this is not made
_FRONTED_WORDS = 16  # a longer "adverbial" is the sentence itself


def words(text: str, cap: int = MIN_WORDS) -> int:
    """How many words text has, counted no further than `cap`: every caller compares the
    count with a number below `cap` (or with `cap`), and a split that stops there makes a
    few strings rather than one for every word."""
    return len(text.split(None, cap - 1))


_COMMA_MARKS = re.compile(r"[“«”»\"(\[)\],]")


def top_level_comma(text: str) -> int:
    """The first comma outside quotes, brackets and numbers ("14,500"), or -1."""
    if "," not in text:
        return -1
    depth = 0
    inside = False
    for found in _COMMA_MARKS.finditer(text):  # only the marks that matter, not every letter
        c, i = found.group(), found.start()
        if c in "“«":
            inside = True
        elif c in "”»":
            inside = False
        elif c == '"':
            inside = not inside
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "," and not (inside or depth) and text[i + 1 : i + 2] == " ":
            if _inside_date(text, i) or _inside_place(text, i):
                continue  # "March 3, 2011", "Thursday, March 3", "Born in Lyon, France, …"
            return i
    return -1


# A participle opening the sentence with a place ("Born in Memphis", "Educated at Eton"), and
# after a comma of it the rest of the place or of a list of places, up to another comma:
# "Born in Memphis, Tennessee, in 1935, Holt …", "Educated at Eton, Oxford and Harvard, he …".
_PLACED = re.compile(r"(?:Born|[A-Z][a-z]{2,}(?:ed|en|wn))\s+(?:in|at|from|near)\s+[A-Z]")
_NAMES = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_PLACE_GOES_ON = re.compile(rf", {_NAMES}(?:\s+(?:and|or)\s+{_NAMES})?,")
# The place's time after it, in the same phrase: "…, Tennessee, | in 1935, Holt …".
_PLACE_BEFORE = re.compile(rf", {_NAMES}$")
_TIME_AFTER = re.compile(r", (?:in|on|during)\s+[^,;]{1,25},")


def _inside_place(text: str, comma: int) -> bool:
    """Whether the comma at `comma` is inside the place of a participle opening the text, or
    before that place's time."""
    if _PLACED.match(text) is None:
        return False
    if _PLACE_GOES_ON.match(text, comma) is not None:
        return True
    return _TIME_AFTER.match(text, comma) is not None and bool(_PLACE_BEFORE.search(text, 0, comma))


# A comma inside a date: "March 3, 2011" (a day, then its year), "Thursday, March 3".
_YEAR_AFTER = re.compile(r", (?:1[5-9]|20)\d\d\b")
_MONTH_DAY_AFTER = re.compile(r", " + MONTHS.pattern[2:-2] + r"\.?\s+\d", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


def _inside_date(text: str, comma: int) -> bool:
    """Whether the comma at `comma` is one of a date's, not one that ends a phrase."""
    if text[comma - 1 : comma].isdigit() and _YEAR_AFTER.match(text, comma):
        return True
    return bool(
        _MONTH_DAY_AFTER.match(text, comma)
        and _WEEKDAY_BEFORE.search(text, max(0, comma - 9), comma)
    )


_GOES_ON = frozenset(("and", "or", "but", "nor"))
# "In recent months a group of lenders, led by Bank of America, has extended…": a participle
# and "by" after the comma describe the noun before it; the comma is no fronted phrase's end
# (after a lone adverb it is: "However, cited by police in December, Farkas was…").
_DESCRIBED_BY = re.compile(r"[a-z]+ed\s+by\s")
# A past participle's phrase before the subject: "Arrested by the CHP on suspicion of drunken
# driving, he was booked …", "Founded in 1998, the firm …". A past verb would need its
# subject before it: a capital word in "-ed" and a preposition open no clause.
_PARTICIPLE_OPENS = re.compile(
    r"(?:Born|[A-Za-z][a-z]{2,}ed)\s+(?:by|in|on|at|for|with|from|after|as|to|of)\s"
    # Or its time alone: "Unveiled last April, the chip …", "announced Friday, LIN holders …"
    # (left after "Under the agreement,"). Lowercase, only what a cut left.
    rf"|[A-Za-z][a-z]{{3,}}ed\s+(?i:(?:last|this|earlier|early|late)\s+)?"
    rf"(?i:yesterday|week|month|year|{WEEKDAY}|{MONTH})\s*,"
)
# A time counted from the story's, before the subject: "The following Monday, its chief
# executive quit", "That same night, a vigil was held" (the card shows the day).
_TIME_OPENS = re.compile(
    r"(?:the\s+(?:following|next|previous|preceding|same)|that(?:\s+same)?)\s+(?:day|night"
    rf"|morning|afternoon|evening|week|weekend|month|year|{WEEKDAY})\s*,",
    re.IGNORECASE,
)
# "Reviewing the company's scrape with disaster, Mr. Price conceded…", "Speaking to
# reporters, the mayor said…": a participle's phrase before the subject (not "Nothing").
_ING_OPENS = re.compile(
    r"(?!(?:Nothing|Something|Everything|Anything)\b)[A-Z][a-z]{2,}ing\s+(?:the|a|an|his|her"
    r"|their|its|our|my|this|that|these|those|to|with|in|on|at|for|from|by|about|into|over"
    r"|after|before|them|him|it|up|out|down|off)\s"
)
# A participle's phrase that inverts the sentence: "Leading the gains for Du Pont was its
# industrial products segment, where…", "Putting the show in jeopardy, however, was this
# week's announcement": the copula is the sentence's own verb.
_INVERTED = frozenset("was were is are".split())
_ASIDES = frozenset("however, though, too, also, meanwhile, instead,".split())


def _inverted(phrase: str, rest: str) -> bool:
    """Whether a phrase before its comma, and what follows it, are one inverted clause."""
    if _INVERTED.intersection(phrase.split()):
        return True
    following = rest.split(None, 2)
    if following and following[0] in _ASIDES:
        following = following[1:]
    return bool(following) and following[0] in _INVERTED


# What opens like a fronted phrase but is not one: an ordinal that is a name's first word, not
# an adverb before its comma ("First of America, which …"); a phrase of place or time with the
# subject and verb of the sentence after it, before any comma ("In 1990 she founded the
# clinic, which …").
_NAME_OR_CLAUSE = re.compile(
    r"(?:First|Second|Third)\s+(?:of\s+)?[A-Z]"
    # A sentence adverb, then the main clause's subject and verb: "Yesterday it closed at
    # $4.375 a share, up $1.125, …" (no adverbial ends at the comma).
    r"|(?:Yesterday|Today|Tonight|Earlier|Later|Then|Now|Meanwhile|Separately|Also|"
    rf"(?:Last|This|Next)\s+(?:year|week|month|night|season|weekend|{WEEKDAY}))\s+"
    r"(?:it|he|she|they|we|I)\s+(?!said\b|says\b|told\b)[a-z]+"
    r"|(?:In|On|At|During|By|For|From|Over|Within|Throughout|Across|Under)\s"
    r"[^,]*?\b(?:he|she|they|we|I)\s+(?!said\b|says\b|told\b)[a-z]+ed\b"
)
# A relative clause right after a fronted phrase is the phrase's: its comma ends the phrase.
_RELATIVES = frozenset(("which", "who", "whose", "where"))
# Words that open a clause of time: in "After the witness, who covered his face, was heard
# …, the judge ruled" the relative clause is its subject's, and the clause goes on after it.
_SUBORDINATORS = frozenset("after before since when while as although though once until".split())
# A verb after the relative clause's comma: the relative clause was a subject's.
_VERB_AFTER = frozenset("is are was were has have had will would can could".split())


def _relative_end(text: str, rest: str) -> int:
    """Where the fronted phrase or clause goes on to, past the relative clause that `rest`
    opens: a comma's place in `rest`, or -1."""
    comma = top_level_comma(rest)
    after = rest[comma + 1 :].split(None, 1)[:1] if comma > 0 else []
    if not after:
        return -1
    if after[0] not in _VERB_AFTER:
        # not where a name in apposition follows: "In Kosovo, where the Yugoslav leader,
        # Slobodan Milosevic, is resisting…"
        goes_on = top_level_comma(rest[comma + 1 :])
        then = rest[comma + 1 + goes_on + 1 :].split(None, 1)[:1] if goes_on > 0 else []
        return -1 if then and then[0] in _VERB_AFTER else comma
    if text.split(" ", 1)[0].lower() not in _SUBORDINATORS:
        return -1
    goes_on = top_level_comma(rest[comma + 1 :])  # "…, was heard in a courtroom, the judge"
    return comma + 1 + goes_on if goes_on > 0 else -1


@keeps_last  # asked again about a text no step has changed
def drop_fronted(text: str) -> str:
    """Leading conjunctions and fronted adverbials ("In response to …, the US …")."""
    while True:
        before = text
        # The pattern is anchored at the start: it matches there or nowhere.
        if conjunction := leading_conjunction(text):
            text = text[conjunction:]
        ing = _ING_OPENS.match(text) is not None
        opens = ing or fronted(text) or _PARTICIPLE_OPENS.match(text) is not None
        opens = opens or _TIME_OPENS.match(text) is not None
        comma = top_level_comma(text) if opens and not _NAME_OR_CLAUSE.match(text) else -1
        if comma > 0 and not ACCORDING.match(text):
            rest = text[comma + 1 :].strip()
            first = rest.split(" ", 1)[0]
            if first in _RELATIVES and (more := _relative_end(text, rest)) > 0:
                # "In the segment, which includes herbicides, profit grew": the phrase's own
                rest = rest[more + 1 :].strip()
                first = rest.split(" ", 1)[0]
            # "…, proving that" and "…, or 23 cents a share" go on the clause before them;
            # "…, according to" does not.
            clause = not (first.islower() and first.endswith("ing")) or first == "according"
            clause = (
                clause and first not in _GOES_ON and not (ing and _inverted(text[:comma], rest))
            )
            described = _DESCRIBED_BY.match(rest) and words(text[:comma], 3) > 2
            clause = clause and not described
            # "Earlier staff-reduction moves have trimmed 300 jobs, the spokesman said": what
            # stands before the comma is the statement, not an adverbial
            clause = clause and not _attribution_only(rest)
            short = words(text[:comma], _FRONTED_WORDS + 1) <= _FRONTED_WORDS
            if short and words(rest) >= MIN_WORDS and clause:
                text = rest
        if text == before:
            return text


def _attribution_only(text: str) -> bool:
    """Whether a text is only who said what stood before it: "the spokesman said", "said
    Eitan, the science minister"; not "their offensive continued in Ukraine"."""
    found = ATTRIBUTION_ONLY.match(text) if has_saying_verb(text) else None
    return found is not None and (not found["speaker"] or can_speak(found["speaker"]))
