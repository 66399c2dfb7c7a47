"""What every tagging rule shares: the text and its anchor, regex pieces, the rule type."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from viewer.core.lowered import lowercase
from viewer.core.temporal.nearest_tense import tense_near
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Resolved

# Regex building blocks, used inside patterns compiled with re.IGNORECASE.
MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\."
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d,.:/-]\d|\s?%|\s+per\s?cent)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Not the last digits of a larger or a decimal number: "86,000 years ago", "1.5 years ago".
NUMBER = (
    r"(?:(?<!\d[,.])\d{1,3}|a\s+few|a\s+couple\s+of|several|few"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|a|an)"
)
UNIT = r"(?:minute|hour|day|week|month|year|decade|centur(?:y|ie))"

# The match opens where a run of letters does: the look-behind spares trying it from each of
# the run's letters (the leftmost match opens there all the same).
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[^A-Za-z\n]{0,3}$")
_WORD_AFTER = re.compile(r"^[^A-Za-z\n]{0,3}([A-Za-z]+)")


@dataclass(slots=True)
class Ctx:
    """The text being tagged and what resolving against it needs."""

    text: str
    anchor: date
    convention: str | None = None  # "dmy" or "mdy" for numeric dates; None: flag ambiguity
    lower: str = ""  # text lowercased with the same length: most rules scan this (faster)
    _tenses: dict[tuple[int, int], Tense] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense:
        """The tense governing text[start:end], computed once per span."""
        key = (start, end)
        found = self._tenses.get(key)
        if found is None:
            found = tense_near(self.text, start, end, self.lower or None)
            self._tenses[key] = found
        return found

    def original(self, m: re.Match[str], group: int | str = 0) -> str:
        """A group of a match on the lowercased text, as written in the original text."""
        return self.text[m.start(group) : m.end(group)]

    def word_before(self, pos: int, skip: int = 0) -> str:
        """The lowercased word ending just before pos (skipping `skip` words), or ''."""
        window = self.text[max(0, pos - 40) : pos]
        for _ in range(skip + 1):
            m = _WORD_BEFORE.search(window)
            if m is None:
                return ""
            word = m.group(1)
            window = window[: m.start()]
        return word.lower()

    def word_after(self, pos: int) -> str:
        """The word starting just after pos, case kept, or ''."""
        m = _WORD_AFTER.search(self.text[pos : pos + 40])
        return m.group(1) if m else ""


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Hit:
    """A rule's resolved match at half-open offsets."""

    start: int
    end: int
    resolved: Resolved


Handler = Callable[[re.Match[str], Ctx], Hit | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A compiled pattern and the handler that resolves (or rejects) each of its matches."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    lowered: bool  # the pattern is lowercase and scans Ctx.lower
    leads: tuple[str, ...]  # kinds of word a match can start on (see leads)


def rule(
    name: str, pattern: str, *, leads: tuple[str, ...], case_sensitive: bool = False
) -> Callable[[Handler], Rule]:
    """Decorator turning a handler into a Rule with its pattern compiled once.

    Patterns are matched against the lowercased text (Python's case-insensitive matching is
    several times slower); handlers read capitals from the original text via Ctx.original.
    `leads` names every kind of word a match can start on: the pattern is tried only there.
    """

    def wrap(handler: Handler) -> Rule:
        return Rule(name, re.compile(pattern), handler, not case_sensitive, leads)

    return wrap


def lowercase_same_length(text: str) -> str:
    """text.lower(), keeping every character where lowering would change the length."""
    lower = lowercase(text)
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def capitalized(word: str) -> bool:
    """Month and weekday names are capitalized in news text; lowercase ones are other words."""
    return word[:1].isupper()
