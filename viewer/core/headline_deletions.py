"""The deletions a headline is made by (headline.py), each leaving the text tidy: a match of
a pattern of asides deleted unless too little would be left, appositives after a name, and the
day words read against the publication date, which a card shows as its date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from viewer.core.fronted_phrase import MIN_WORDS, top_level_comma, words
from viewer.core.headline_parts import (
    APPOSITIVE,
    DATE_PREPOSITION,
    KEEPS_DATE,
    MIN_TITLE_CHARS,
    MONTHS,
)
from viewer.core.last_answer import keeps_last
from viewer.core.temporal import Timex, tag
from viewer.core.temporal.governing_timex import ATTRIBUTIVE, SET_OFF_PARTICIPLE
from viewer.core.temporal.plans_set_off import BEFOREHAND
from viewer.core.visible import one_line

_NO_DATE = date(2000, 1, 1)  # the tagger needs an anchor; only its extents are used here


# After spaces are made single, each of these is one plain replacement: far cheaper than a
# pattern tried at every character of the text.
_SPACE_BEFORE_MARK = tuple((" " + mark, mark) for mark in ",;:.!?”")
_SPACE_AFTER_OPENING = tuple((mark + " ", mark) for mark in "“(")
_DOUBLE_COMMA = re.compile(r"[,;]\s*[,;]")


def _tidy(text: str) -> str:
    """Spaces and commas made right again after a deletion."""
    return tidied(one_line(text))


@keeps_last  # asked again about a text no step has changed
def tidied(text: str) -> str:
    """`_tidy` for a text whose only white space is the space, as every text is here after
    headline.py's `_clean`: runs of spaces made one without asking `one_line` whether the text
    holds any other white space (a look at every character)."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if _untidy_marks(text):  # most texts have none: the loops below would change nothing
        for spaced, mark in _SPACE_BEFORE_MARK:
            if spaced in text:
                text = text.replace(spaced, mark)
        for spaced, mark in _SPACE_AFTER_OPENING:
            if spaced in text:
                text = text.replace(spaced, mark)
    if ",," in text or ";" in text:  # a comma or semicolon twice, no space between now
        text = _DOUBLE_COMMA.sub(",", text)
    return text.strip(",;: ")


def _untidy_marks(text: str) -> bool:
    """Whether a text holds a space before a closing mark or after an opening one (a pair of
    `_SPACE_BEFORE_MARK` or `_SPACE_AFTER_OPENING`), asked in one expression, not a loop."""
    return (
        " ," in text
        or " ." in text
        or " ;" in text
        or " :" in text
        or " !" in text
        or " ?" in text
        or " ”" in text
        or "“ " in text
        or "( " in text
    )


# "Sun, a maker of computer workstations, | reported sales…", "GM Class H, which represents a
# dividend interest, | closed at $29": after a subject and its appositive or relative clause, a
# verb in "-ed" is the sentence's own, not a participle's aside.
APPOSED = re.compile(r"[^,;]{1,60},\s+(?:a|an|the|which|who)\s[^,;]{1,80}")


def deleted(text: str, pattern: re.Pattern[str], kept: re.Pattern[str] | None = None) -> str:
    """Text with every match of pattern made one space, unless too little would be left, or
    the text before the match is all `kept` matches."""
    if "," not in text:  # every pattern deleted here opens on a comma
        return text
    cut, found = pattern.subn(" " if kept is None else lambda m: _unless(kept, m), text)
    if not found or cut == text:
        return text  # nothing to delete (the text is tidy already)
    shorter = tidied(cut)
    return shorter if words(shorter) >= MIN_WORDS and len(shorter) >= MIN_TITLE_CHARS else text


def _unless(kept: re.Pattern[str], found: re.Match[str]) -> str:
    """A space for a match, or the match itself where all before it is what `kept` matches,
    or where it is an item of a list ("charged with murder, attempted murder, aggravated
    assault and burglary": no aside, and the title must not leave a charge out)."""
    if kept.fullmatch(found.string, 0, found.start()):
        return found[0]
    listed = words(found[0], _LIST_ITEM_WORDS + 2) <= _LIST_ITEM_WORDS and _LIST_GOES_ON.match(
        found.string, found.end()
    )
    return found[0] if listed else " "


# The items of a list after one set off by commas, up to its "and" or "or"; an item is short.
_LIST_ITEM_WORDS = 3
_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_LIST_GOES_ON = re.compile(rf"(?:{_ITEM},\s+){{0,3}}(?:{_ITEM}\s+)?(?:and|or)\s")


@keeps_last  # asked again about a text no step has changed
def drop_appositives(text: str) -> str:
    """ ", the Chairman of the Joint Chiefs of Staff," after a name: the name is enough."""
    if text.count(",") < 2:  # an appositive is set off by two commas
        return text
    parts: list[str] = []
    cursor = 0
    for found in APPOSITIVE.finditer(text):
        before = text[cursor : found.start()].split()
        if before and before[-1][:1].isupper():
            parts.append(text[cursor : found.start()])
            cursor = found.end()
    if not parts:
        return text
    parts.append(text[cursor:])
    shorter = tidied(" ".join(parts))
    return shorter if words(shorter) >= MIN_WORDS and len(shorter) >= MIN_TITLE_CHARS else text


def day_words(timexes: Iterable[Timex]) -> list[str]:
    """The words of the time expressions a headline leaves out, as `headline` takes them."""
    return [one_line(t.text) for t in timexes if _is_day_word(t)]


def _is_day_word(t: Timex) -> bool:
    """A date read against the publication date, named by neither digits nor a month."""
    if t.first is None or not t.relative or any(c.isdigit() for c in t.text):
        return False
    return MONTHS.search(t.text) is None


def _found_again(text: str, words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Where the given day words are in text, in order (those left out before are skipped)."""
    cursor = 0
    for word in words:
        at = text.find(word, cursor)
        if at >= 0:
            cursor = at + len(word)
            yield at, cursor


def drop_day_words(text: str, known: Sequence[str] | None = None) -> str:
    """Remove day words read against the publication date ("on Tuesday", "last week"): the
    card shows the date itself. Dates named in full, and bounds ("since …"), stay."""
    if known is not None and not known:  # no day word: only the tidying below applies
        trimmed = tidied(text)
        return trimmed if words(trimmed) >= MIN_WORDS else text
    out: list[str] = []
    cursor = 0
    if known is None:
        spans = [(t.start, t.end) for t in tag(text, _NO_DATE) if _is_day_word(t)]
    else:
        spans = list(_found_again(text, known))
    for start, end in spans:
        if text[end : end + 2] in ("’s", "'s") or _in_longer_phrase(text, start, end):
            continue
        if not text[:start].strip(" “\"‘'") and _COPULA_AFTER.match(text, end):
            continue  # the subject: "Tonight is not the end of the road"
        owner = _OWNER.search(text, max(cursor, start - 6), start)
        if owner is not None and not _modifies(text, end):
            start = owner.start()  # "by the fall", "for its third quarter": the determiner too
        before = text[cursor:start]
        if _at_end(KEEPS_DATE, before):
            continue
        # "a drop in fourth-quarter sales": a period told as the noun's modifier (governing's
        # ATTRIBUTIVE, "fourth-quarter sales", "first-half profit") takes no
        # preposition of its own; "in" is the noun's ("a drop in sales").
        attributive = ATTRIBUTIVE.search(text, start, end) and _modifies(text, end)
        preposition = None if attributive else _at_end(DATE_PREPOSITION, before)
        if preposition and _at_end(KEEPS_DATE, before[: preposition.start()]):
            continue  # "calmer than in the past week": a bound too
        kept = (
            before[: preposition.start()] + before[preposition.end() :] if preposition else before
        )
        if (bare := _PART_OF_DAY.search(kept, max(0, len(kept) - _PART_REACH))) is not None:
            kept = kept[: bare.start()] + " "  # "under control late [last night]": "late" too
        if text.startswith(",", end) and (dangling := _DANGLING.search(kept)) is not None:
            kept, end = kept[: dangling.start()], end + 1  # the phrase set off goes with it
        out.append(kept)
        cursor = end
    out.append(text[cursor:])
    when = _WHEN_AFTER.match(text, cursor) if not "".join(out[:-1]).strip() else None
    if when and top_level_comma(text[when.end() :]) < 0:
        out[-1] = text[when.end() :]  # "at the weekend when buildings were destroyed"
    trimmed = tidied(_LEFT_BARE.sub("", "".join(out), count=1) if cursor else "".join(out))
    return trimmed if words(trimmed) >= MIN_WORDS else text


# "Late", "early" or "so far" right before a day word (or its preposition), which goes with it.
_PART_REACH = 12  # its characters at most, with the space after it: looked for at the end only
_PART_OF_DAY = re.compile(r"(?<![\w'’-])(?:late|early|so\s+far)\s*$", re.IGNORECASE)
# A determiner right before a day word, which goes with it.
_OWNER = re.compile(r"(?<![\w'’])(?:the|its|their)\s$", re.IGNORECASE)
# What a day word left bare at the start: "Late [on Friday night], police told residents …".
_LEFT_BARE = re.compile(r"^\s*(?:early|late|earlier|later)\s*,\s*", re.IGNORECASE)


_COPULA_AFTER = re.compile(r"\s+(?:is|was|are|were|will\s+be|has\s+been|have\s+been)\b")
# A participle set off by commas that its day word closes, left with nothing of its own: "The
# match, originally scheduled [for Saturday], was postponed" reads "The match was postponed";
# "The report, due out [on Monday], was leaked" reads "The report was leaked".
_DANGLING = re.compile(
    r",\s+(?:"
    + BEFOREHAND
    + r"\s+)?(?:"
    + SET_OFF_PARTICIPLE
    + r"|due(?:\s+(?:out|back))?(?:\s+in\s+court)?)\s*$"
)
# "when" after the day words a text opens on: the clause after it is what happened then.
_WHEN_AFTER = re.compile(r"\s*when\s+(?=\S)", re.IGNORECASE)


# A day word heading a longer noun phrase: words that describe it after its determiner
# ("for the seasonally slow third quarter"), or a participle after it ("the quarter ended
# Sept. 29"). Without it the phrase would read "for the seasonally slow".
_DESCRIBED = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z][a-z-]*ly\s+)?[a-z][a-z-]+\s+$"
)
_DESCRIBING = re.compile(r"\s+(?:ended|ending)\b")


def _in_longer_phrase(text: str, start: int, end: int) -> bool:
    """Whether a day word is the head of a longer noun phrase, which goes with it."""
    if _DESCRIBING.match(text, end):
        return True
    first = text[start:end].split(" ", 1)[0]
    if not first.islower() or first in _OWN_PHRASE:
        return False  # "at the scene | this morning", "a partner | Friday": a phrase of its own
    before = text[max(0, start - 40) : start]
    described = _DESCRIBED.search(before)
    return bool(described and described[0].split()[-1] not in _NOT_A_NOUN | _DETERMINERS)


_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_OWN_PHRASE = _DETERMINERS | frozenset(
    "last next early earlier late later yesterday today tonight tomorrow".split()
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_NOT_A_NOUN = frozenset("but though and or when as to for in on at with while because so".split())


def _modifies(text: str, end: int) -> bool:
    """Whether a day word ending at `end` modifies the noun after it ("the Saturday
    shooting"), rather than being the whole phrase after "the" ("by the fall, but")."""
    found = _NEXT_WORD.match(text, end)
    return bool(found and found.group(1).islower() and found.group(1) not in _NOT_A_NOUN)


# The longest words of KEEPS_DATE and DATE_PREPOSITION ("more than", "through").
_LONGEST_BEFORE_DATE = 9


def _at_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for KEEPS_DATE or DATE_PREPOSITION: a word, then white space to
    the end. Its match can start no further back than that word's length before the text's
    trailing white space: the scan starts there, not at every character of the text. A text
    has one match at most, which `sub` would delete."""
    return pattern.search(text, max(0, len(text.rstrip()) - _LONGEST_BEFORE_DATE))


# A count a clause was cut before, its "after" or "before" in the next piece: "The minister
# resigned a day | after the report was published on Monday".
_COUNT_REACH = 48  # its characters at most: looked for at the end only
_COUNT_AT_CUT = re.compile(
    r"[\s,—–-]+(?:(?:just|only|about|some|nearly|almost|barely|more\s+than|less\s+than)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:minute|hour|day|week|fortnight|month|year|decade)s?|minutes|hours|days|weeks|months)"
    r"[.,]?$",
    re.IGNORECASE,
)


def without_count_at_cut(text: str) -> str:
    """A clause cut before "after" or "before" without the count it ends on ("The minister
    resigned a day"), unless too little would be left."""
    found = _COUNT_AT_CUT.search(text, max(0, len(text) - _COUNT_REACH))
    if found is None or words(text[: found.start()]) < MIN_WORDS:
        return text
    return text[: found.start()]
