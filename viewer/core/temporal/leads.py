"""The words a time expression can start on, found in one scan of the text.

Every rule's pattern starts on a word of a few kinds: a month name, a number, "last", "the"
before "end" or "past", and so on. One pass over an ASCII copy of the text finds those words,
and each rule is then tried only where a word of its kinds starts, instead of every rule
scanning the whole text.
"""

from __future__ import annotations

import re

from viewer.core.word_patterns import alternation

# Kinds of lead word. Common words ("the", "a", "in", "that", "new", "good") are leads only
# when the next word can continue a time expression: "the end", "a few", "in weeks",
# "that day", "New Year's", "Good Friday" (see _PAIRS).
MONTH = "month"
WEEKDAY = "weekday"  # also plural: "Mondays"
WEEKDAY_ABBR = "weekday-abbr"
DIGITS_1_2 = "digits-1-2"  # "8", "29th", "3pm"
DIGITS_3 = "digits-3"
DIGITS_4 = "digits-4"  # "2022", "1990s"
MODIFIER = "modifier"  # early, late, mid
COMPARATIVE = "comparative"  # earlier, later
RELATIVE = "relative"  # last, next, past, coming
THIS = "this"
CURRENT = "current"
DEICTIC = "deictic"  # today, yesterday, tomorrow
TONIGHT = "tonight"
SEASON = "season"
ORDINAL = "ordinal"
FISCAL = "fiscal"  # fiscal, FY, FY23, fiscal2022
QUARTER_CODE = "quarter-code"  # Q1..Q4
DECADE_WORD = "decade-word"
COUNT_WORD = "count-word"  # one..ninety, several, few
ARTICLE = "article"  # a/an before few, couple or a unit
UNITS = "units"  # plural units: days, weeks...
YEAR_WORD = "year-word"  # "year-earlier", "year-ago"
PREPOSITION = "preposition"  # for, in, within, over before a plural unit
THE = "the"
EVERY = "every"
ADVERB_SET = "adverb-set"  # daily, weekly...
NOON = "noon"
REFERENCE = "reference"  # now, recently, soon...
THESE = "these"  # these before days
THAT = "that"  # that before day, week... ("that day": a date named elsewhere)
PART_OF_DAY = "part-of-day"  # by before evening, nightfall… ("By evening, …")
HOLIDAY = "holiday"  # Christmas, Easter, "Good Friday", "New Year's Day"

_MONTHS = """january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec"""
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_DECADES = "twenties thirties forties fifties sixties seventies eighties nineties"
_COUNTS = """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
ninety several few"""
# Counts a subject may open with: "Two men arrested in 2012 were freed".
COUNT_WORDS = frozenset(_COUNTS.split())
_UNIT_STEMS = "minute hour day week fortnight month year decade centur"

_WORDS: dict[str, str] = {
    MONTH: _MONTHS,
    WEEKDAY: _WEEKDAYS + " " + " ".join(w + "s" for w in _WEEKDAYS.split()),
    WEEKDAY_ABBR: "mon tue tues wed thu thur thurs fri sat sun",
    MODIFIER: "early late mid",
    COMPARATIVE: "earlier later",
    RELATIVE: "last next past coming",
    THIS: "this",
    CURRENT: "current",
    DEICTIC: "today yesterday tomorrow",
    TONIGHT: "tonight overnight",
    SEASON: "spring summer autumn fall winter",
    ORDINAL: "first second third fourth final",
    FISCAL: "fiscal fy",
    QUARTER_CODE: "q1 q2 q3 q4",
    DECADE_WORD: _DECADES,
    COUNT_WORD: _COUNTS,
    UNITS: "minutes hours days weeks months years decades",
    YEAR_WORD: "year",
    EVERY: "every each",
    ADVERB_SET: "daily nightly weekly biweekly monthly quarterly yearly annually annual hourly",
    NOON: "noon midday midnight",
    REFERENCE: """now nowadays currently presently present recently previously formerly lately
    soon""",
    HOLIDAY: """christmas easter thanksgiving halloween valentine memorial veterans presidents
    boxing bastille armistice remembrance victory mlk juneteenth hogmanay""",
}
# Two-word kinds: the first word, and the words that may follow it.
_UNIT_WORD = rf"(?:{'|'.join(_UNIT_STEMS.split())})[a-z]*"
_THE_NEXT = f"""end beginning start middle year early mid late {_DECADES} eighteenth nineteenth
twentieth twenty first second third fourth final last past previous coming current next week
weekend month quarter decade day future near distant foreseeable moment fiscal following
preceding same fourth latest most recent just morning afternoon evening night"""
_THE_NEXT_WORDS = [(word, "") for word in _THE_NEXT.split()]
_PARTS_OF_DAY = "morning|afternoon|evening|night"
_SEASON_WORDS = "spring|summer|autumn|fall|winter"
# (kind, first words, the words that may follow them)
_PAIRS: list[tuple[str, str, str]] = [
    # (The words after "the" factored on their prefixes: "the" is a text's most frequent word,
    # and a flat list costs a test of each of its seventy words after every one.)
    (THE, "the", rf"[0-9][a-z0-9]*|fy[0-9]*|fiscal[0-9]*|{alternation(_THE_NEXT_WORDS)}"),
    (ARTICLE, "a an", rf"few|couple|{_UNIT_WORD}"),
    (PREPOSITION, "for in within over", "minutes|hours|days|weeks|months|years|decades"),
    (THESE, "these", "days"),
    (
        THAT,
        "that",
        f"same|day|week|weekend|month|year|quarter|period|{_PARTS_OF_DAY}|{_SEASON_WORDS}|"
        + "|".join(_MONTHS.split()[:12]),
    ),
    (PART_OF_DAY, "by", "morning|afternoon|evening|nightfall|dusk|daybreak"),
    (HOLIDAY, "new", "years?"),
    (HOLIDAY, "good black", "friday"),
    (HOLIDAY, "cyber", "monday"),
    (HOLIDAY, "ash", "wednesday"),
    (HOLIDAY, "palm", "sunday"),
    (HOLIDAY, "labor labour", "day"),
    (HOLIDAY, "st saint", "patrick|andrew|david|george"),
    (HOLIDAY, "anzac australia canada waitangi victoria columbus ascension", "day"),
    (HOLIDAY, "bonfire burns", "night"),
    (HOLIDAY, "guy", "fawkes"),
    (HOLIDAY, "shrove", "tuesday"),
    (HOLIDAY, "maundy", "thursday"),
    (HOLIDAY, "holy", "saturday"),
    (HOLIDAY, "whit", "monday|sunday"),
    (HOLIDAY, "martin", "luther"),
]

KINDS: frozenset[str] = (
    frozenset(_WORDS) | {kind for kind, _, _ in _PAIRS} | {DIGITS_1_2, DIGITS_3, DIGITS_4}
)

LEAD_WORDS: dict[bytes, str] = {  # every lead word but numbers and FY23, with its kind
    word.encode(): kind
    for kind, words in _WORDS.items() | {(k, first) for k, first, _ in _PAIRS}
    for word in words.split()
}


_ENDS = r"\b"  # cheaper than a lookahead for a space; the same in the ASCII copy
_ENTRIES = (
    [(w, _ENDS) for words in _WORDS.values() for w in words.split()]
    + [(w, f"[0-9]+{_ENDS}") for w in ("fy", "fiscal")]  # "FY23", "fiscal2022"
    + [
        (w, f"(?= +(?:{following}){_ENDS})")
        for _, first, following in _PAIRS
        for w in first.split()
    ]
)
# The engine tries the alternatives of the first letter in turn, so they go in the order of
# how often a word of news opens on that letter ("t", "a", "s"… first, numbers after "f"): a
# word is passed over after fewer tests. Alternatives opening on different characters never
# match at one place, so their order changes no match.
_BY_FREQUENCY = "tasiowcf0nmrpdbehlgjvyqkuxz"  # "0": any digit


def _scan_pattern() -> bytes:
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, tail in _ENTRIES:
        groups.setdefault(word[0], []).append((word, tail))
    if not set(groups) < set(_BY_FREQUENCY):
        raise ValueError(f"no place for lead words on {sorted(set(groups) - set(_BY_FREQUENCY))}")
    alternatives = [
        f"[0-9][a-z0-9]*{_ENDS}" if first == "0" else alternation(groups[first])
        for first in _BY_FREQUENCY
        if first in groups or first == "0"
    ]
    return f" (?:{'|'.join(alternatives)})".encode()


_SCAN = re.compile(_scan_pattern())

# Every character but an ASCII letter or digit becomes a space, keeping offsets: words are then
# runs between spaces, and " may " can only be the whole word.
_WORD_CHARS = b"abcdefghijklmnopqrstuvwxyz0123456789"
_SPACES = bytes(c if c in _WORD_CHARS else 32 for c in range(256))


def kind_of(word: bytes) -> str:
    """The kind of a lead word found by `find_leads`."""
    kind = LEAD_WORDS.get(word)
    if kind is not None:
        return kind
    if word.startswith((b"fy", b"fiscal")):
        return FISCAL
    digits = len(word) - len(word.lstrip(b"0123456789"))
    return DIGITS_1_2 if digits <= 2 else DIGITS_3 if digits == 3 else DIGITS_4


# The last text given an ASCII copy, and its copy, as one tuple (a reader on another thread sees
# both of one text): an article's is read by the test for lists of dates (date_lists.py) and
# then by the scan for lead words; encoding a text with a character past ASCII costs more
# instructions than its scan.
_last_copy: tuple[str, bytes] = ("", b"")


def ascii_copy(lower: str) -> bytes:
    """`lower.encode("ascii", "replace")`: each character past ASCII a "?"."""
    global _last_copy
    last = _last_copy
    if last[0] is lower:
        return last[1]
    copy = lower.encode("ascii", "replace")
    _last_copy = (lower, copy)
    return copy


def find_leads(lower: str) -> list[tuple[int, bytes]]:
    """Offset and word of every lead word of a lowercased text, in order."""
    words = b" " + ascii_copy(lower).translate(_SPACES) + b" "
    # The match is the word with the space before it: offset m.start() in `words`, which has one
    # leading space more, is the word's offset in the text. (No group: capturing costs time.)
    return [(m.start(), m[0][1:]) for m in _SCAN.finditer(words)]
