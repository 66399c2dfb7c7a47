"""A header line of short pieces set apart by bars, slashes, dots, bullets or dashes, one a date
("Regional Times | 12 March 2025", "By Jane Doe · World · Mar 12, 2025 · 4 min read"): it dates
the article and names its author only when a piece is a person's byline, not an outlet's,
a section's or a place's name."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.corpus.dates import DateLine
from viewer.corpus.header_lines import RUNS_ON, SECTION_WORDS
from viewer.corpus.meta_lines import line_parts, part_date
from viewer.corpus.metadata import byline, organisation_name, outlet_after

# Words of an outlet's, a desk's, a section's or a place's name that no person's name holds
# ("Regional Times", "World News", "Middle East", "New York"): such a piece names no author.
_NOT_PERSON = (
    frozenset(
        """
    times news post herald journal tribune gazette guardian telegraph chronicle observer
    standard mail express star record review today daily weekly magazine wire wires agency
    press media network radio tv television online courier dispatch examiner register
    sentinel monitor inquirer independent globe mirror echo citizen leader advertiser
    bulletin insider report reports edition digest briefing newsletter desk team staff
    service services bureau newsroom channel broadcasting
    europe africa asia america americas pacific middle east west north south city county
    new york kong san los las saint st
    """.split()
    )
    | SECTION_WORDS
)
# An outlet's or a news agency's name no word of which says so ("Al Jazeera", "Deutsche
# Welle"): a bare piece so named names no author.
_OUTLET_NAMES = frozenset(
    """
    jazeera welle monde figaro spiegel zeit país mundo presse politico axios bloomberg
    reuters afp ap upi dpa kyodo xinhua yonhap tass efe ansa bbc cnn nbc abc cbs npr pbs
    cbc rte itv sky nikkei asahi shimbun
    """.split()
)
_NO_PERSON_WORDS = _NOT_PERSON | _OUTLET_NAMES


@dataclass(frozen=True, slots=True)
class PartsLine:
    """What a header line of pieces says: its date, and its author ("" when none is named)."""

    dated: DateLine
    author: str


def parts_line(text: str, start: int, end: int) -> PartsLine | None:
    """The date and author of `text[start:end]` when it is a header line of short pieces, one
    a date (maybe with its time, or labelled "Updated"), in any order; None otherwise."""
    dated = part_date(text, start, end)
    if dated is None:
        return None
    for a, b in line_parts(text, start, end):
        if not a <= dated.date.start < b and _prose(text[a:b]):
            return None
    return PartsLine(dated, _author(text, start, end, dated))


_PROSE_WORDS = 3  # the fewest words in small letters of a sentence's start ("3 min read": two)
_PARTICLES = frozenset({"of", "the", "and", "for", "de", "la", "le", "von", "van", "der"})


def _prose(piece: str) -> bool:
    """A piece that is a sentence's start, not a header's: it opens in small letters (but for
    "by"), runs on into the next line ("12 March 2025 — The Senate voted to") or holds words
    in small letters as a sentence does ("— The inspectorate said it would")."""
    words = piece.split()
    if not words:
        return False
    opens_small = words[0][:1].islower() and words[0] != "by"
    small = [w for w in words if w[:1].isalpha() and w[:1].islower() and w not in _PARTICLES]
    return opens_small or words[-1].lower() in RUNS_ON or len(small) >= _PROSE_WORDS


def _author(text: str, start: int, end: int, dated: DateLine) -> str:
    """The first piece that is a person's byline: "By Jane Doe", "Jane Doe, Health
    Correspondent", a bare name of two to four words that is no outlet's or place's."""
    for a, b in line_parts(text, start, end):
        if a <= dated.date.start < b:
            continue  # the date's own piece
        found = byline(text, a, b, bare=False)
        explicit = found is not None
        if found is None:
            found = byline(text, a, b, bare=True)
        if found is None or not found.author:
            continue
        rest = text[found.rest : b].strip()
        if rest and not outlet_after(text, found.rest, b):
            continue  # more than a role after the name: not a byline
        # "By Jane Doe, Regional Times": the outlet after a comma is no second name.
        names = [name for name in found.author.split(", ") if _person(name, explicit)]
        while len(names) > 1 and not _person(names[-1]):
            names.pop()
        if names:
            return ", ".join(names)
    return ""


def _person(name: str, explicit: bool = False) -> bool:
    """A name of no outlet, desk, section or place; after "By" (`explicit`), of no organisation
    by what makes a name one ("By Xinhua", "By Bloomberg News"; a person's name may well be
    "Emily Post")."""
    if explicit:
        return not organisation_name(name)
    return not _NO_PERSON_WORDS & {word.lower() for word in name.split()}
