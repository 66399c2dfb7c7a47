"""What a passage is about, as weighted tokens for merging: names, designations, counts."""

from __future__ import annotations

import functools
import re

from viewer.core.deadline_words import bound_before
from viewer.core.merge_words import KIND_OF

_NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "dozen": "12",
    "hundred": "100",
    "thousand": "1000",
}
_STOP = frozenset(
    """
    a an the and or but if of in on at to for from by with as into than that this these those
    it its is are was were be been being has have had will would could should may might can
    not no nor so such also more most less very up out over after before about against between
    he she they we you i his her their our your them him us who whom which what when where why
    how all any both each few other some own same said says say told added according there
    here then now just only while because since during under again further once do does did
    new one us u.s official officials president secretary united states
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    week weekend month year january february march april june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# A word's hyphenated parts may be decimals: "magnitude-6.1" is split into its word and number.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+(?:\.\d+)?)*|\d[\d,.]*")
# Each token with what comes before it since the last (no letter or digit: a token opens on
# either): the tokens' places are told by their lengths, with no match object made for each.
_GAP_AND_TOKEN = re.compile(r"([^A-Za-z\d]*)(" + _TOKEN.pattern + ")")
_DIGIT = re.compile(r"\d")
_WORD_AND_NUMBER = re.compile(r"([A-Za-z][a-z]{3,})-(\d+(?:\.\d+)?)")
# Numbers, weapon systems and capitalised names weigh more than ordinary words.
_NUMBER_WEIGHT = 3.0
_NAME_WEIGHT = 2.0


NAME_MARK = "^"
CODE_MARK = "#"  # an acronym in capitals
# Before a name's or a designation's mark: a capitalised word of a headline ("Teen Arrested
# in Shooting"), or a word in capitals ("CHARGED", "NATO"), is one only if the corpus never
# writes it in lower case (merge_words.resolve).
HEADLINE_MARK = "~"
_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude stem, enough for "establishing" to meet "establish" and "troops" "troop"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=200_000)
def _classify(word: str, first: bool, headline: bool = False) -> tuple[str, float] | None:
    """A word's token and weight, or None for a word that says nothing; words repeat, so
    each is judged once. In a headline, capitals do not tell a name (see HEADLINE_MARK)."""
    lower = word.lower().rstrip(".,")
    if lower in _STOP or (len(lower) < 2 and not lower.isdigit()):
        return None
    if lower[0].isdigit():
        key = lower.replace(",", "")
        return key, _NUMBER_WEIGHT if is_count(key) else 1.0
    if lower in _NUMBER_WORDS:
        return _NUMBER_WORDS[lower], 1.0
    if lower in KIND_OF:
        return KIND_OF[lower], 1.0
    if word.isupper() and len(word) >= 3 and word.isalpha():
        return HEADLINE_MARK + CODE_MARK + _stem(lower), _NAME_WEIGHT
    if word.isupper() and len(word) >= 3:
        return CODE_MARK + lower, _NAME_WEIGHT
    if headline and word.isalpha() and word[0].isupper() and not first:
        return HEADLINE_MARK + NAME_MARK + _stem(lower), _NAME_WEIGHT
    if not word.isalpha() and any(ch.isdigit() for ch in word):
        return NAME_MARK + _stem(lower), _NAME_WEIGHT
    if word[0].isupper() and not first:
        return NAME_MARK + _stem(lower), _NAME_WEIGHT
    return _stem(lower), 1.0


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# Numbers that count nothing: the day of a date ("June 17", "17 June"), a year, a percentage
# ("17%", "17 percent"). The number of a name ("S&P 500", "iPhone 14") is told by the word
# before it (see _tokens).
# Each match opens on a month's first letter or a digit: the lookahead tries the three ways
# only there, where trying them everywhere cost two thirds more.
_NOT_A_COUNT = re.compile(
    rf"(?=[jfmasond\d])(?:\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})"
    rf"|(?P<share>\d[\d,.]*)\s?(?:%|per\s?cent\b|percentage\b))",
    re.IGNORECASE,
)
SHARE = "%"


def _not_counts(text: str) -> dict[int, str]:
    """Where the numbers that count nothing start in a text: a percentage's SHARE, a
    deadline's day as its figure ("6nov": one offer extended twice is two happenings, told
    apart by their new deadlines), else "" (a date's day)."""
    starts = {}
    for m in _NOT_A_COUNT.finditer(text):
        if m.group("share") is not None:
            starts[m.start("share")] = SHARE
            continue
        day, month = ("day", "month") if m.group("day") is not None else ("day2", "month2")
        bound = bound_before(text, m.start())
        starts[m.start(day)] = m.group(day) + m.group(month)[:3].lower() if bound else ""
    return starts


def passage_words(text: str) -> tuple[dict[str, float], frozenset[str], frozenset[str]]:
    """A passage's weighted tokens, whom it names (see passage_actors) and where it tells
    its happening took place (see passage_places)."""
    pieces: list[tuple[str, str]] = _GAP_AND_TOKEN.findall(text)
    headline = _is_headline(pieces)
    if headline:
        return _tokens(text, pieces, headline), frozenset(), frozenset()
    return _tokens(text, pieces, headline), _actors(text), _places(text)


def passage_tokens(text: str) -> dict[str, float]:
    return passage_words(text)[0]


def _tokens(text: str, pieces: list[tuple[str, str]], headline: bool) -> dict[str, float]:
    """A passage's weighted tokens from its tokens, each with what comes before it."""
    found: dict[str, float] = {}
    # Only a word that opens the passage may be capitalised without being a name.
    opening = bool(pieces) and not pieces[0][0]
    # A token opens on a digit only where the text holds one: a text without needs no look.
    numbers = _DIGIT.search(text) is not None and any(w[0].isdigit() for _, w in pieces)
    not_counts = _not_counts(text) if numbers else {}
    end = 0  # where the token before ends
    for index, (gap, word) in enumerate(pieces):
        start = end + len(gap)
        end = start + len(word)
        if numbers and word[0].isdigit():
            before = pieces[index - 1][1] if index else ""
            if index and _names_a_number(text, before, start - len(gap), start):
                # "S&P 500", "iPhone 14": part of a name, one token with it, and no count.
                key = NAME_MARK + before.lower() + "_" + word.rstrip(".,")
                found[key] = _NAME_WEIGHT
                continue
            # Numbers that count nothing open on a digit: no word is among them.
            if start in not_counts:
                kind = not_counts[start]
                if kind == SHARE:
                    found.setdefault(word.rstrip(".,") + "%", 1.0)  # a share, never a count
                elif kind:
                    found.setdefault(kind, 1.0)  # a deadline's day: a figure, never a count
                continue
        split = _WORD_AND_NUMBER.fullmatch(word) if "-" in word else None
        for part in split.groups() if split else (word,):
            token = _classify(part, opening and index == 0, headline)
            if token is not None:
                key, weight = token
                if weight > found.get(key, 0.0):
                    found[key] = weight
    return found


def _is_headline(pieces: list[tuple[str, str]]) -> bool:
    """Whether a passage is written in headline case: most of its longer words capitalised
    ("Teen Arrested in Shooting of Hero Brooklyn Mom")."""
    words = capitalised = 0
    for _, word in pieces[1:]:
        if len(word) >= 4 and word.isalpha():
            words += 1
            if word[0].isupper():
                capitalised += 1
    return words >= 3 and 4 * capitalised >= 3 * words


def _names_a_number(text: str, word: str, word_end: int, number: int) -> bool:
    """Whether a number (starting at `number`) is part of the name before it, the `word`
    ending at `word_end`: one space after a word written with a capital inside or after "&"
    ("S&P 500", "iPhone 14", "FTSE 100")."""
    if text[word_end:number] != " " or word[0].isdigit():
        return False
    word_start = word_end - len(word)
    return any(c.isupper() for c in word[1:]) or text[word_start - 1 : word_start] == "&"


def is_code(token: str) -> bool:
    """A designation like THAAD, F-35 or MQ-1C: it names one system, not a whole region."""
    if token.startswith(CODE_MARK):
        return True
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


def is_count(token: str) -> bool:
    """A number that counts something, not a year and not a small number said in passing."""
    if not token.isdigit():
        return False
    value = int(token)
    return value >= 10 and not 1900 <= value <= 2100


# Two or more capitalised words in a row ("Pierre Thomas", "Sheriff Lee Baca"): the last is
# whom the passage names, most often a person by surname.
_RUN = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:[A-Z][a-z]+)?)+")


def passage_actors(text: str) -> frozenset[str]:
    """The names (as name tokens) that close a run of capitalised words in a passage; none
    for a headline, whose every word is capitalised."""
    return passage_words(text)[1]


def _actors(text: str) -> frozenset[str]:
    actors = set()
    for m in _RUN.finditer(text):
        words = m[0].split(" ")
        while words and words[0].lower() in _STOP:
            del words[0]
        if len(words) >= 2:
            actors.add(NAME_MARK + _stem(words[-1].lower()))
    return frozenset(actors)


# "in" and a run of capitalised words ("a fire at a Waitrose store in Banstead", "in New
# York"): the last word is where the passage tells its happening took place.
# Opening on its literal "in " (the word's boundary before it checked after), the search
# skips to each "in " rather than trying the pattern at every character.
_PLACE = re.compile(r"in ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)\b")


def passage_places(text: str) -> frozenset[str]:
    """The places (as name tokens) a passage tells its happening at; none for a headline."""
    return passage_words(text)[2]


def _places(text: str) -> frozenset[str]:
    places = set()
    for m in _PLACE.finditer(text):
        if m.start() and _word_character(text[m.start() - 1]):
            continue  # "in" ending a word: "Berlin Wall"
        last = m[1].rsplit(" ", 1)[-1].lower()
        if last not in _STOP:
            places.add(NAME_MARK + _stem(last))
    return frozenset(places)


def _word_character(character: str) -> bool:
    """Whether a character is one of a word, as a regular expression's \\w and \\b read it."""
    return character.isalnum() or character == "_"
