"""Publication dates in news headers: exact rules first, dateparser for labelled odd forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTH_NUMBERS = {  # a month's name, its short form, as its number
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# The months as pages in French, German, Spanish, Italian, Portuguese, Dutch and the Nordic
# languages write them, day first: "11 mars 2023", "27 ottobre 2023", "6 de febrero de 2024";
# in Polish after a day ("14 maja 2024"), in Turkish ("23 Mayıs 2024", in capitals "MAYIS"),
# in Indonesian and Malay ("17 Agustus 2024", "5 Mac 2024").
_MONTHS_ABROAD = {
    name: number
    for number, names in enumerate(
        (
            "janvier januar enero gennaio janeiro januari stycznia ocak",
            "février fevrier februar febrero febbraio fevereiro februari lutego şubat subat",
            "mars märz maerz marzo março maart marca mart maret mac",
            "avril abril aprile kwietnia nisan",
            "mai mayo maggio maio mei maj maja mayıs mayis",
            "juin juni junio giugno junho czerwca haziran",
            "juillet juli julio luglio julho lipca temmuz",
            "août aout agosto augustus augusti sierpnia ağustos agustos agustus ogos",
            "septembre septiembre settembre setembro września wrzesnia eylül eylul",
            "octobre oktober octubre ottobre outubro października pazdziernika ekim",
            "novembre noviembre novembro listopada kasım kasim",
            "décembre decembre dezember diciembre dicembre dezembro desember grudnia aralık aralik "
            "disember",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH_ABROAD = rf"(?P<mon>{'|'.join(sorted(_MONTHS_ABROAD, key=len, reverse=True))})"
# The month names and abbreviations as one alternation, longest first ("sept" before "sep").
MONTH_NAMES = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_MONTH = rf"(?P<mon>{MONTH_NAMES})\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:1\d|2\d)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# Where a written year ends: at a word's end, or glued to what a copied page put next to it,
# a label, a clock time, the same date again or a byline ("Oct. 12, 2023Updated Oct. 13",
# "October 12, 20232:05 PM UTC", "12 Oct 202312 Oct 2023", "March 20, 2024by Laura Kim").
_YEAR_END = (
    rf"(?:\b|(?=(?-i:[A-Z][a-z]))|(?=\d{{1,2}}:\d\d)|(?=[0-3]?\d\s+(?:{MONTH_NAMES})\b)|"
    r"(?=by\s+(?-i:[A-Z])))"
)
# Where a month's name or a weekday may start: at a word's start, or glued by a copied page to
# the word before it, its capital after a small letter ("By Jane DoeOct. 12, 2023", "Helena
# Horton Environment reporterWed 27 Mar 2024").
_MONTH_START = r"(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))"
# A day first may be glued so too, after a label's small letter ("Press release12 June 2024").
_DAY_START = rf"(?:{_MONTH_START}|(?<=(?-i:[a-z]))(?=\d))"
_ISO_TIME = r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"

_FULL_FORMS = (
    re.compile(rf"(?<!\d)(?P<y>(?:1\d|2\d)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d){_ISO_TIME}"),
    re.compile(r"(?<!\d)(?P<y>(?:1\d|2\d)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    # Day first with dots, wherever dots are written ("05.03.2013"); with slashes or dashes only
    # where the day cannot be a month ("25/03/2013", "03-25-2013"): "05/03/2013" may be either.
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:1\d|2\d)\d\d)(?![\d.]\d|\d)"),
    re.compile(
        r"(?<![\d/-])(?P<d>1[3-9]|2\d|3[01])(?P<s>[/-])(?P<m>0?[1-9]|1[0-2])(?P=s)"
        r"(?P<y>(?:1\d|2\d)\d\d)(?!\d)"
    ),
    re.compile(
        r"(?<![\d/-])(?P<m>0?[1-9]|1[0-2])(?P<s>[/-])(?P<d>1[3-9]|2\d|3[01])(?P=s)"
        r"(?P<y>(?:1\d|2\d)\d\d)(?!\d)"
    ),
    re.compile(
        rf"{_DAY_START}{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_YEAR_END}",
        re.IGNORECASE,
    ),
    re.compile(rf"{_MONTH_START}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_YEAR_END}", re.IGNORECASE),
    # As a wire service's terminal writes it, with dashes or run together: "04-Mar-2024",
    # "15Feb2024", "15FEB2024".
    re.compile(
        r"(?<![\w-])(?P<d>[0-3]?\d)(?P<s>-?)(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
        r"Dec)|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))(?P=s)(?P<y>(?:1\d|2\d)\d\d)(?!\d)"
    ),
    re.compile(
        rf"(?<![\w.])(?P<d>[0-3]?\d)\.?(?:er)?\s+(?:de\s+)?{_MONTH_ABROAD}\s+(?:de\s+)?{_YEAR}\b",
        re.IGNORECASE,
    ),
    # As Chinese, Japanese and Korean pages write it: "2016年10月14日", "2016년 10월 14일".
    re.compile(
        r"(?<!\d)(?P<y>(?:1\d|2\d)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)\s?[日일]"
    ),
)
# No year after the day and month; a clock time may be: "Tue May 14, 09:30".
_NO_YEAR = r"(?![\w-]|,?\s+\d(?!\d?[:.]\d\d))"
_PARTIAL_FORMS = (
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}{_NO_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}{_NO_YEAR}", re.IGNORECASE),
)

_PUBLISHED_ABROAD = (
    r"stand|ver(?:ö|oe)ffentlicht(?:\s+am)?|publi[ée]e?(?:\s+le)?|publicado(?:\s+el)?|"
    r"pubblicato(?:\s+il)?|publisert|publicerad|publiceret|gepubliceerd(?:\s+op)?|julkaistu"
)
_UPDATED_ABROAD = (
    r"aktualisiert(?:\s+am)?|mis\s+[àa]\s+jour(?:\s+le)?|modifi[ée]e?(?:\s+le)?|actualizado(?:\s+el)?|"
    r"aggiornato(?:\s+il)?|oppdatert|uppdaterad|opdateret|bijgewerkt(?:\s+op)?|p[äa]ivitetty"
)
# Words that introduce a date on a header line: "Published 8 March 2022", "Updated: ...";
# or on a footer line: "This article was first published on 9 April 2023."
_LABEL = re.compile(
    r"(?P<label>(?:this\s+(?:article|story)\s+was\s+(?:first\s+|originally\s+)?published|"
    r"originally\s+published|date\s+(?:first\s+)?published|date[d]?|published|posted|updated|last\s+(?:updated|modified)|first\s+published|"
    r"publication\s+date|modified|aired|broadcast|issued|"
    # A press release's "FOR IMMEDIATE RELEASE: June 3, 2024"; an English edition's "Status:"
    # for the German "Stand:".
    r"for\s+immediate\s+release|status(?=\s*:)|"
    # A weekly's line of the issue that printed the story: "From the February 10th 2024 edition".
    r"(?:from|in)\s+the(?=\s[^\n]{6,30}\s(?:print\s+)?(?:edition|issue)\s*$)|"
    # The same labels as pages in other languages write them: "Stand: 10.01.2024 06:12 Uhr",
    # "Publisert 12.10.2023 14:05", "Publié le 11/03/2023".
    rf"{_PUBLISHED_ABROAD}|{_UPDATED_ABROAD})(?:\s+(?:on|at))?)\s*[:|\-–—]?\s*",
    re.IGNORECASE,
)
_EDITION = re.compile(r"\s*(?:print\s+)?(?:edition|issue)\s*$", re.IGNORECASE)
_UPDATED = re.compile(rf"updated|last|mod|{_UPDATED_ABROAD}", re.IGNORECASE)
# A place in capitals before a date that ends its line: "GENEVA, Friday 16 February 2024", a
# wire story's dateline on a line of its own ("NAIROBI (Reuters), May 2, 2024").
# Or one word as small capitals show it, written in small letters but its first ("Porto, Apr
# 25, 2024"); not two, as a byline's name is ("Jane Doe, 25 April 2024").
_PLACE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z][\w.'’-]*)"
    r"(?: \([A-Za-z. ]{2,20}\))?,\s+"
)
# With the place's credit known above it, two or three capitalised words are a place too, as a
# paper sets it under the byline ("HT Correspondent" / "New Delhi, May 29, 2024"), a particle
# maybe between them ("Rio de Janeiro, …", "Dar es Salaam, …").
_NAMED_PLACE = re.compile(
    r"[A-Z][a-z][\w.'’-]*(?: (?:(?:de|da|do|del|es|el|al|la|le|on|upon|sur|am) )?"
    r"[A-Z][a-z][\w.'’-]*){1,2}(?: \([A-Za-z. ]{2,20}\))?,\s+"
)
# The agency in brackets after a place's date, ending its line: "NAIROBI, Feb 19, 2008 (AFP)".
_AGENCY_AFTER = re.compile(r"\([A-Za-z][A-Za-z.&/ -]{1,24}\)\s*")
# What may follow a date on its own line: a clock time and zone, "10:31 AM ET", "| 14:02 GMT".
# A clock time before the date on its line: "14:05, 12 Oct 2023", "2:05 PM EDT | Oct 12, 2023",
# "10:05 AM March 12, 2024", "10:05 GMT 12/03/2024", "07:00 15Feb2024".
_LEAD_TIME = re.compile(
    r"\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:(?i:[ap]\.?\s?m\.?)(?:\s*\(?[A-Z]{2,5}\)?)?\s*[,|·•–—-]?\s*"
    r"|\s*\(?[A-Z]{2,5}\)?(?:\s*[,|·•–—-])?\s*|\s*[,|·•–—-]\s*"
    r"|[^\S\n]+(?=\d))"  # a wire terminal's "07:00 15Feb2024"
)
_TIME_TAIL = re.compile(
    r"(?:\s*(?:,|\||·|•|-|–|—|/)?\s*(?:\bat\b|à|\bum\b|\balle\b|\bkl\.)?"
    r"\s*\d{1,2}(?:[:.]|h(?=\d\d))\d\d(?::\d\d)?\s*(?i:[ap]\.?\s?m\.?)?(?:\s*Uhr\b)?"
    r"(?:\s*[(\[]?[A-Z]{2,5}(?![a-z])(?:[+-]\d{1,2}(?::?\d\d)?)?[)\]]?|\s*\([A-Z][a-z]+\)"
    r"|\s*[+-][01]\d:?\d\d(?!\d))?)?\s*\.?\s*",  # a numeric zone: "16:20:00 +0100"
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in some text: its value (year 0 when unstated) and where its words are."""

    start: int
    end: int
    year: int  # 0 when only day and month were written
    month: int
    day: int

    def full(self) -> date:
        return date(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class DateLine:
    """A header line that starts with a date: the labelled date, then whatever text follows."""

    label_start: int  # where the label (or the date, without one) begins
    date: DateMatch
    rest_start: int  # where text after the date and its clock time begins (== end if none)
    updated: bool  # "Updated ..." dates are a fallback for the publication date
    # A numeric date either way round ("12/10/2023"): `date` reads it month first, this day
    # first; the reader picks one only when the article says which (`either_way`).
    day_first: DateMatch | None = None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return False
    return True


def _from_match(match: re.Match[str], offset: int, year: int | None = None) -> DateMatch | None:
    groups = match.groupdict()
    named = groups["mon"].lower() if groups.get("mon") else ""
    month = (
        int(groups["m"])
        if groups.get("m")
        else MONTH_NUMBERS.get(named) or _MONTHS_ABROAD.get(named, 0)
    )
    day = int(groups["d"])
    value = int(groups["y"]) if year is None else year
    if not _valid(value, month, day):
        return None
    return DateMatch(offset + match.start(), offset + match.end(), value, month, day)


# What every full form holds, its year: a text without it is not scanned form by form (a
# line of a byline's length took a fifth of a millisecond, the forms' month names in several
# languages tried at each of its letters).
_YEAR_DIGITS = re.compile(r"[12]\d\d\d")


def find_full_dates(text: str, offset: int = 0) -> list[DateMatch]:
    """Every full date (day, month and year) in `text`, in order; offsets shifted by `offset`."""
    found: list[DateMatch] = []
    if _YEAR_DIGITS.search(text) is None:
        return found
    for form in _FULL_FORMS:
        for match in form.finditer(text):
            value = _from_match(match, offset)
            if value and not any(v.start < value.end and value.start < v.end for v in found):
                found.append(value)
    return sorted(found, key=lambda v: v.start)


def _full_date_at(text: str, at: int, end: int) -> DateMatch | None:
    """The full date starting exactly at `at`, if any (a cheap anchored match per form)."""
    for form in _FULL_FORMS:
        match = form.match(text, at, end)
        if match is not None:
            return _from_match(match, 0)
    return None


def find_day_months(text: str, offset: int = 0) -> list[DateMatch]:
    """Dates written with day and month but no year ("29 June", "June 29"), year set to 0."""
    found: list[DateMatch] = []
    for form in _PARTIAL_FORMS:
        for match in form.finditer(text):
            value = _from_match(match, offset, year=0)
            if value and not any(v.start < value.end and value.start < v.end for v in found):
                found.append(value)
    return sorted(found, key=lambda v: v.start)


_EVERY_FORM = (*_FULL_FORMS, *_PARTIAL_FORMS)


def parse_date_words(words: str) -> DateMatch | None:
    """The date that `words` state, full or day-and-month, when they are nothing but a date."""
    stripped = words.strip()
    # A date that fills the words is the first match of its form, which starts at offset 0:
    # when no form matches from the first character to the last, skip scanning for dates.
    # (One loop over the forms, not a call for each: most words are no date at all.)
    for form in _EVERY_FORM:
        match = form.match(stripped)
        if match is not None and match.end() == len(stripped):
            break
    else:
        return None
    for value in (*find_full_dates(stripped), *find_day_months(stripped)):
        if value.start == 0 and value.end == len(stripped):
            return value
    return None


_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)|\d\s?[年년]")


def _labelled_loosely(text: str, start: int, end: int) -> DateMatch | None:
    """A labelled date in a form the exact rules do not know ("Published: 8th of March, 2022",
    "Date: 2022年3月8日"): dateparser reads it. Only a short line that a label already marks
    as a date gets here, so its cost and its liberal reading stay off the body text."""
    words = text[start:end].rstrip()
    if not 6 <= len(words) <= 40 or not _YEAR_WRITTEN.search(words):
        return None  # no year written: "3 hours ago" is no day of publication to keep
    if _EITHER_WAY_IN.search(words):
        return None  # "Published:** 05/01/2024": either way round, not to be read month first
    import dateparser  # imported on first need: it takes a while to load

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(words, settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    return DateMatch(start, start + len(words), parsed.year, parsed.month, parsed.day)


_DIGIT = re.compile(r"\d")
# How far from a line's start (after a label) the first figure of its date may be: a place
# and a weekday before it ("NEW YORK, Wednesday, September 30, 2024").
_DIGIT_REACH = 120


def date_line(
    text: str, start: int, end: int, either: bool = False, named: bool = False
) -> DateLine | None:
    """A line `text[start:end]` that begins with an optionally labelled full date, or a line
    of the place filed from and its date (`_placed_date`; `named` as there). With `either`, a
    numeric date either way round ("12/10/2023") is one too, with both readings, and never
    read by the loose rules (which take it month first)."""
    label = _LABEL.match(text, start, end)
    at = label.end() if label else start
    if _DIGIT.search(text, at, min(end, at + _DIGIT_REACH)) is None:
        return None  # every date a line opens with writes a figure near its start
    first = _full_date_at(text, at, end)
    lead = _LEAD_TIME.match(text, at, end) if first is None else None
    if lead is not None:
        first = _full_date_at(text, lead.end(), end)  # "14:05, 12 Oct 2023"
    day_first = None
    if first is None and either:
        found = _either_way_at(text, at, end) or (
            _either_way_at(text, lead.end(), end) if lead is not None else None
        )  # "10:05 GMT 12/03/2024"
        if found is None and label is not None:  # markup after the label: "Published:** 05/…"
            markup = _MARKUP.match(text, at, end)
            found = _either_way_at(text, markup.end(), end) if markup else None
        if found is not None:
            first, day_first = found
    if first is None and label is not None:
        first = _labelled_loosely(text, at, end)
    if first is None and label is None:
        placed = _placed_date(text, at, end, named)
        if placed is None or text[placed[1] : end].strip():
            return None  # the place and date open the lede: the article's dateline, read there
        return DateLine(start, placed[0], placed[1], False)
    if first is None:
        return None
    tail = _TIME_TAIL.match(text, first.end, end)
    rest = tail.end() if tail else first.end
    if label is not None and label.group("label")[:1] in "fFiI":
        edition = _EDITION.match(text, rest, end)  # "From the February 10th 2024 edition"
        rest = edition.end() if edition else rest
    updated = bool(label and _UPDATED.match(label.group("label")))
    return DateLine(start, first, rest, updated, day_first)


def _placed_date(text: str, at: int, end: int, named: bool) -> tuple[DateMatch, int] | None:
    """The full date after the place filed from at `at`, and where the line goes on after it,
    its clock time and the agency in brackets ("NAIROBI, Feb 19, 2008 (AFP)"); with `named`,
    after a place of two or three capitalised words too ("New Delhi, May 29, 2024"), which
    reads as a byline's name does unless the credit stands above it."""
    for form in (_PLACE, _NAMED_PLACE) if named else (_PLACE,):
        place = form.match(text, at, end)
        first = _full_date_at(text, place.end(), end) if place is not None else None
        if first is None:
            continue
        tail = _TIME_TAIL.match(text, first.end, end)
        rest = tail.end() if tail else first.end
        agency = _AGENCY_AFTER.match(text, rest, end)
        return first, agency.end() if agency else rest
    return None


_GLUED_LABEL_WORDS = 4  # the most words of a label glued to its date
_GLUED_LINE_CHARS = 120  # the longest such line: four words, a date, a clock time and a zone


_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+")


def glued_date(text: str, start: int, end: int) -> DateLine | None:
    """A line of a short label glued by a copied page to the date that ends it, maybe with a
    clock time: "Press release12 June 2024 07:00 CEST", "Published21 November 2023"."""
    if end - start > _GLUED_LINE_CHARS:
        return None  # a label, a date and a time: not a line of prose, read whole at each date
    found = find_full_dates(text[start:end], start)
    if not found or found[0].start == start:
        return None
    if not (text[found[0].start - 1].isalpha() and text[found[0].start].isdigit()):
        return None  # a name glued to a weekday or a month is a byline's (`metadata.byline`)
    label = text[start : found[0].start]
    if len(label.split()) > _GLUED_LABEL_WORDS or not label[:1].isupper():
        return None
    if any(mark in label for mark in "|•·"):
        return None  # parts of a meta line: "Jane Doe | Reuters12 March 2024" (`part_date`)
    words = label.split()
    if len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words) and not _LABEL.match(label):
        return None  # a byline's name glued to its date: "Jane Doe27 March 2024 - 12:05"
    tail = _TIME_TAIL.match(text, found[0].end, end)
    rest = tail.end() if tail else found[0].end
    if text[rest:end].strip():
        return None
    updated = re.search(r"updated|modified", label, re.IGNORECASE) is not None
    return DateLine(start, found[0], rest, updated)


# A numeric date whose first two numbers may each be the month: "12/10/2023", "Thu 05-03-2013".
_EITHER_WAY = re.compile(
    rf"(?i:{_WEEKDAY})(?P<a>0?[1-9]|1[0-2])(?P<s>[/-])(?P<b>0?[1-9]|1[0-2])(?P=s)(?P<y>(?:1\d|2\d)\d\d)(?!\d)"
)


# A numeric date either way round anywhere in a few words; the markup a label may leave
# before its date ("**Published:** 05/01/2024" read without its first "**").
_EITHER_WAY_IN = re.compile(
    r"(?<![\d/-])(?:0?[1-9]|1[0-2])([/-])(?:0?[1-9]|1[0-2])\1(?:1\d|2\d)\d\d(?!\d)"
)
_MARKUP = re.compile(r"[\s*_]*")


def _either_way_at(text: str, at: int, end: int) -> tuple[DateMatch, DateMatch] | None:
    """The two readings (month first, day first) of a numeric date either way round at `at`."""
    match = _EITHER_WAY.match(text, at, end)
    if match is None or int(match["a"]) == int(match["b"]):
        return None  # one way round: "05/05/2022" is read by the exact rules
    year, a, b = int(match["y"]), int(match["a"]), int(match["b"])
    start, stop = match.start(), match.end()
    return DateMatch(start, stop, year, a, b), DateMatch(start, stop, year, b, a)


WEEKDAY_FIRST = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)")


def edition_date(text: str, start: int, end: int) -> DateMatch | None:
    """The day of its edition that a headline ends with after a mark or in brackets: "Morning
    Briefing: Thursday, October 12, 2023", "Floods close schools (12 October 2023)"; not
    "What changed after March 5, 2013", a day the story tells of."""
    words = text[start:end].rstrip(" .")
    bracketed = words.endswith(")")
    found = find_full_dates(words, start) or [
        day for day in find_day_months(words, start) if WEEKDAY_FIRST.match(text, day.start)
    ]  # "Morning Briefing: Tuesday, May 14": a year-less day with its weekday, which fixes it
    if not found or found[-1].end - start != len(words) - (1 if bracketed else 0):
        return None
    before = words[: found[-1].start - start].rstrip()
    return found[-1] if before and before[-1] in (":|–—-,(" if not bracketed else "(") else None


def labelled_day_month(text: str, start: int, end: int) -> DateLine | None:
    """A header line of a label and a day and month with no year, maybe a clock time after:
    "Published Tuesday, May 14 at 6:12 p.m.", "Updated: 14 May, 09:30"."""
    label = _LABEL.match(text, start, end)
    if label is None or label.end() == start:
        return None
    for form in _PARTIAL_FORMS:
        match = form.match(text, label.end(), end)
        found = _from_match(match, 0, year=0) if match is not None else None
        if found is None:
            continue
        tail = _TIME_TAIL.match(text, found.end, end)
        rest = tail.end() if tail else found.end
        if text[rest:end].strip():
            return None
        return DateLine(start, found, rest, bool(_UPDATED.match(label.group("label"))))
    return None


def label_alone(words: str) -> int | None:
    """When `words` are a date's label alone on its line ("Published", "Updated:"), as a
    page writes it above its date: the rank of the date below (1, 2 when updated)."""
    match = _LABEL.fullmatch(words.strip())
    if match is None:
        return None
    return 2 if _UPDATED.match(match.group("label")) else 1
