"""How right the loader reads a web page against a reader mode's reading of it: title, author,
publication date and article text (bench/html_pages.py builds the pages and prints these).

Comparisons, fixed before any figure was read:

- title: right when equal after normalising (Unicode NFKC, case folded, curly quotes straight,
  dashes as "-", white space folded, edge punctuation dropped), or when one equals a part of
  the other split at " | ", " - ", " – ", " — " or " » " (a page's title often carries the
  site's or the columnist's name after such a mark, which the headline on the page does not);
- author: scored only where the expected byline names a person: its first name (before " and ",
  "," or "|", a leading "By" dropped) is two to four capitalised words, with no digit and no word
  of an outlet or a desk ("News", "Staff", "Reuters"…). Right when that name's words stand in
  ours in a row, and ours has at most eight words (a name, not a paragraph);
- date: scored where `publishedTime` starts with an ISO date; right when ours is that day;
- body: the word trigrams (lower case, with multiplicity) of the expected content and of our
  body. Recall: the share of the expected trigrams found in ours; precision: the share of ours
  found in the expected ones (what is missing there leaked in: navigation, captions, comments).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from bench.seed_scoring import Ratio

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|»|::)\s+")
_EDGE_PUNCTUATION = " \t\n.,;:!?'\"-"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-"})
_WORD = re.compile(r"\w+")
_ISO_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_NAME_SPLIT = re.compile(r"\s+(?:and|&)\s+|[,|•·;]|\s+-\s+|\s+–\s+|\s+—\s+", re.IGNORECASE)
_NOT_PEOPLE = frozenset({
    "news", "staff", "press", "associated", "reuters", "agency", "team", "editors", "editor",
    "editorial", "desk", "magazine", "times", "post", "daily", "online", "media", "wire",
    "bbc", "cnn", "afp", "ap", "contributors", "contributor", "writers", "writer", "community",
    "blog", "group", "inc", "ltd", "admin", "the", "network", "reporter", "correspondent",
})  # fmt: skip
_PARTICLES = frozenset({"de", "da", "del", "der", "den", "van", "von", "la", "le", "al", "du"})
_BLOCKS = frozenset({
    "p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "td", "th", "figure", "figcaption", "section", "article", "dd", "dt", "hr",
})  # fmt: skip


def normal(text: str) -> str:
    """Text as compared: NFKC, case folded, quotes straight, white space folded."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(folded.split()).strip(_EDGE_PUNCTUATION)


def title_right(ours: str, expected: str) -> bool:
    mine, theirs = normal(ours), normal(expected)
    if not mine:
        return False
    if mine == theirs:
        return True
    parts_of = [normal(part) for part in _SEPARATORS.split(theirs)]
    parts_ours = [normal(part) for part in _SEPARATORS.split(mine)]
    return mine in parts_of or theirs in parts_ours


def person_named(byline: str | None) -> str:
    """The first person an expected byline names, or "" when it names none (an outlet)."""
    if not byline:
        return ""
    text = re.sub(r"^\s*by[:\s]+", "", byline.strip(), flags=re.IGNORECASE)
    first = _NAME_SPLIT.split(text, maxsplit=1)[0].strip()
    words = first.split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in first):
        return ""
    if any(w.casefold().strip(".") in _NOT_PEOPLE for w in words):
        return ""
    if not all(w[0].isupper() or w.casefold() in _PARTICLES for w in words):
        return ""
    return first


def author_right(ours: str, person: str) -> bool:
    mine = _WORD.findall(normal(ours))
    name = _WORD.findall(normal(person))
    if not mine or not name or len(mine) > 8:
        return False
    return any(mine[k : k + len(name)] == name for k in range(len(mine) - len(name) + 1))


def expected_day(published: str | None) -> date | None:
    match = _ISO_DAY.match(published or "")
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


class _TextOf(HTMLParser):
    """The words of a reader mode's HTML, blocks apart, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.pieces.append(data)


def html_text(markup: str) -> str:
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.pieces)


def trigrams(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return Counter(tuple(words[k : k + 3]) for k in range(len(words) - 2))


@dataclass(slots=True)
class PartScore:
    """The figures of one half of the pages."""

    pages: int = 0
    title: Ratio = field(default_factory=Ratio)
    author: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    date_missing: int = 0  # of the dates scored, how many we found none for
    dated: int = 0  # pages read with a publication date, scored or not
    expected_trigrams: int = 0
    our_trigrams: int = 0
    shared_trigrams: int = 0
    good_bodies: int = 0  # pages whose body recall and precision are both at least 0.8
    failed: list[str] = field(default_factory=list)  # pages the loader refused, with its line
    raised: list[str] = field(default_factory=list)  # pages on which it raised

    def add_body(self, ours: str, expected: str) -> tuple[float, float]:
        """Count one page's body; its recall and precision."""
        mine, theirs = trigrams(ours), trigrams(expected)
        shared = sum((mine & theirs).values())
        self.expected_trigrams += sum(theirs.values())
        self.our_trigrams += sum(mine.values())
        self.shared_trigrams += shared
        recall = shared / max(1, sum(theirs.values()))
        precision = shared / max(1, sum(mine.values()))
        self.good_bodies += recall >= 0.8 and precision >= 0.8
        return recall, precision

    @property
    def recall(self) -> float:
        return self.shared_trigrams / max(1, self.expected_trigrams)

    @property
    def precision(self) -> float:
        return self.shared_trigrams / max(1, self.our_trigrams)
