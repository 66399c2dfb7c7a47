"""The lines of a plain-text article's header, read one by one: a headline, a subtitle, a
section's name above the headline, an outlet or a role under a byline (plain_text.py reads the
header with them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.headline_parts import reads_as_lede
from viewer.corpus.boilerplate import ends_sentence, is_furniture
from viewer.corpus.dates import date_line
from viewer.corpus.meta_lines import from_line, part_date
from viewer.corpus.metadata import byline, outlet_after
from viewer.corpus.running_heads import running_head

_MAX_TITLE_WORDS = 30
BYLINE_WORDS = 8  # the most words of a "By" line that says only who wrote the story
# Words a line that runs on into the next one ends with: "The meeting was held on".
RUNS_ON = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or"})
RUNS_ON |= {"the", "to", "until", "since", "before", "after"}
# Words of a section's name: "World news", "Climate crisis", "Business live".
SECTION_WORDS = frozenset(
    """
    world business politics sport sports opinion culture health science technology tech
    money markets economy climate environment local national international education
    entertainment lifestyle travel weather analysis live breaking updates affairs policy
    """.split()
)
_SUMMARY_WORDS = 50  # the most words of a headline's summary told in sentences
_KICKER_WORDS = 2  # the most words of a section's name above the headline
_BYLINE_PART_WORDS = 4  # the most words of an outlet or a role on its line under a byline
_FIGURE_WORDS = 4  # the fewest words of a headline opening with a figure
# A figure opening a headline, then words: "4-Plus Earthquake…", "3 killed in…", "10% of…".
_FIGURE_OPENS = re.compile(r"\d[\d,.]*%?(?:-[A-Za-z]+)?\s+[A-Za-z]").match


@dataclass(slots=True)
class Line:
    """A non-blank line: its trimmed bounds, its content bounds without edge markup, its block."""

    start: int
    end: int
    content_start: int
    content_end: int
    shown: str  # what a reader sees of the line (a list item's: after its marker)
    block: int  # index of its paragraph (lines between blank lines, or a list item's)
    body_start: int  # where its article text would start: after a list item's marker


def title_like(line: Line, lines: list[Line], index: int) -> bool:
    """A first content line is a title when it is short, unpunctuated and stands apart."""
    words = line.shown.split()
    if not words or len(words) > _MAX_TITLE_WORDS or len(line.shown) > 200:
        return False
    # A headline may open with a figure: "4-Plus Earthquake Recorded Near Healdsburg"; a
    # counter of fewer words is a page's ("2 min read", "1 of 3", "12 photos").
    figure = len(words) >= _FIGURE_WORDS and _FIGURE_OPENS(line.shown) is not None
    first = line.shown.lstrip("\"'“‘«")[:1]  # a headline may open with a quote
    opening = first.isupper() or (first.isdigit() and figure)
    if not opening or line.shown.endswith((",", ";", ":")):
        return False
    question = line.shown.rstrip("\"'”’").endswith(("?", "!")) and len(words) <= 15
    if ends_sentence(line.shown) and not question:
        return False
    if reads_as_lede(line.shown):  # the story's first sentence, its full stop lost
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and (following.block != line.block or len(words) <= 20)


def byline_part(line: Line) -> bool:
    """A short line that may go on a byline above a date line: an outlet or a role
    ("Reuters", "Staff Writer", "Economics correspondent")."""
    words = line.shown.split()
    return 0 < len(words) <= _BYLINE_PART_WORDS and not ends_sentence(line.shown)


def kicker(text: str, line: Line, lines: list[Line], index: int) -> bool:
    """A section's name above the headline ("ECONOMY", "World news"): a line of one or two
    words over a title-like line of more, not over a date ("CNN NEWSROOM" / "Aired …")."""
    if _section_words(line.shown) > _KICKER_WORDS or index + 1 >= len(lines):
        return False
    after = lines[index + 1]
    # Sections one in another, a line each: "Hong Kong" / "Politics & Policy" / the headline.
    if index + 2 < len(lines) and _section_words(after.shown) <= _KICKER_WORDS:
        return after.block == line.block and kicker(text, after, lines, index + 1)
    # A section's path is no headline, however short the headline under it ("World | Europe").
    longer = len(after.shown.split()) > _KICKER_WORDS + 1 or bool(_BREADCRUMB.search(line.shown))
    start, end = after.content_start, after.content_end
    dated = date_line(text, start, end) is not None or part_date(text, start, end) is not None
    if _summary_above_header(text, line, after, lines[index + 2 : index + 4]):
        return False  # "Strike ends" / "Nurses will return to work after …" / "By Jane Doe"
    return longer and not dated and title_like(after, lines, index + 1)


# Words of prose that headlines leave out: articles and the verbs that go with a tense.
_PROSE_WORDS = frozenset(
    "the a an will would has have had was were is are been its their his her".split()
)
_SUMMARY_MIN_WORDS = 8  # the fewest words of a summary in one sentence
_SUMMARY_PROSE_WORDS = 2  # the fewest prose words in it


def _summary_above_header(text: str, line: Line, after: Line, below: list[Line]) -> bool:
    """Whether a short line is a headline over its summary in one sentence, above the
    byline or the date: the line under it is in prose (sentence case, with articles and
    tenses a headline leaves out), a section's name (in capitals, a path, with "&") is not."""
    short = line.shown.split()
    if len(short) != _KICKER_WORDS or line.shown.isupper() or _BREADCRUMB.search(line.shown):
        return False  # one word is a section's name ("Interview"), as are capitals
    if any(word.lower().strip("&") in SECTION_WORDS for word in short):
        return False  # "World news" / a headline in prose
    words = after.shown.split()
    if len(words) < _SUMMARY_MIN_WORDS or not summary_words(after.shown):
        return False
    if not below:
        return False
    first = below[0]
    dated = date_line(text, first.content_start, first.content_end, either=True) is not None
    return dated or _byline_under(text, below)


def summary_words(shown: str) -> bool:
    """Whether a line is written as a summary in one sentence, not as a headline: in sentence
    case, with the articles and tenses of prose ("The harbour bridge will reopen in June
    after two years of repairs"), with no label or quotation set apart ("'We will not raise
    taxes': Finance minister …") and no question."""
    words = shown.split()
    if ": " in shown or shown[:1] in "\"'“‘«" or shown.rstrip("\"'”’").endswith(("?", "!")):
        return False
    prose = sum(word.lower() in _PROSE_WORDS for word in words[:-1])
    small = sum(word[:1].islower() for word in words[1:])
    return prose >= _SUMMARY_PROSE_WORDS and 2 * small >= len(words) - 1


# The marks between the sections of a path: "World | Europe", "News › Politics".
_BREADCRUMB = re.compile(r"[^\S\n]+[|/›>»·•][^\S\n]+")


def _section_words(shown: str) -> int:
    """The words of a section's name, its "&" none: "Life & Style" is of two; of a path of
    sections, its longest's: "World | Europe" is of one."""
    return max(
        len([word for word in piece.split() if word != "&"]) for piece in _BREADCRUMB.split(shown)
    )


# A clock time alone on its line, maybe with its zone: a live page's time over an entry.
_ENTRY_TIME = re.compile(
    r"\d{1,2}[:.]\d\d(?:\s*(?i:[ap]\.?\s?m\.?))?(?:\s*\(?[A-Z]{2,5}\)?)?", re.ASCII
)


def entry_time(shown: str) -> bool:
    """Whether a line is a clock time alone ("11:45 PM", "23.55 BST"), as a live page sets
    one over each entry: the entry's, never the header's."""
    return _ENTRY_TIME.fullmatch(shown) is not None


def subtitle(text: str, line: Line, following: list[Line], lines: list[Line]) -> bool:
    """Whether a line under the headline is its subtitle: no sentence, and a "By" line or a
    date line follows within two lines, with the article after it ("Policymakers defy calls
    for a pause as inflation stays high" / "By Jane Doe" / "March 5, 2013" / the lede).
    A summary told in sentences above the date stays article text ("As fights erupted, 46
    were arrested Wednesday night." / "UPDATED: THURSDAY, MARCH 14, 2013"); above a byline it
    is the headline's summary ("The regulator said the company misled the public." / "By
    Sarah Taylor"), as a page copied whole shows it."""
    if entry_time(line.shown):
        return False  # a live page's first entry's time ("11:45 PM", "23.55 BST"): its text
    if ends_sentence(line.shown):
        # One element a line, as a page copied whole runs them: no blank line between.
        if not following or following[0].block != line.block or following[0] is lines[-1]:
            return False
        return len(line.shown.split()) <= _SUMMARY_WORDS and _byline_under(text, following)
    if line.shown.split()[-1].lower() in RUNS_ON:
        return False  # a sentence running on into the line below: "… it had sold in" / a date
    for after in following:
        if after is lines[-1] or running_head(after.shown, False):
            return False  # a printed page's running head under a lede's wrapped line
        start, end = after.content_start, after.content_end
        if date_line(text, start, end, either=True) or part_date(text, start, end):
            return True  # "Madrid - 06 Feb 2024 - 12:30 CET"
        found = byline(text, start, end, bare=False)
        if found is not None and len(after.shown.split()) <= BYLINE_WORDS:
            return True
        if _named_date(text, start, end):
            return True
    return False


def _byline_under(text: str, following: list[Line]) -> bool:
    """A byline on the line after a summary: "By Jane Doe", a name over a role or a date
    ("Sarah Taylor" / "Environment Correspondent"), a name with a date on its line ("Ashley
    Burke · CBC News · Posted: Jan 22, 2024 5:00 PM EST"), the date, then "By …"; or a
    labelled date ("Published On 2 May 2024"), which a page writes only in its header; past
    the page's buttons ("Share full article")."""
    following = [line for line in following if not is_furniture(line.shown)]
    if not following:
        return False
    after = following[0]
    start, end = after.content_start, after.content_end
    if len(after.shown.split()) > BYLINE_WORDS * 3 or running_head(after.shown, False):
        return False  # a lede over a printed page's running head ("THE HERALD APRIL 3, 2024 A3")
    dated = date_line(text, start, end, either=True)
    if dated is not None and dated.date.start > dated.label_start:
        return True  # a labelled date: "Published On 2 May 2024"
    if len(following) > 1 and dated is not None:
        return True
    found = byline(text, start, end, bare=False)
    if found is not None:
        return len(after.shown.split()) <= BYLINE_WORDS
    if _named_date(text, start, end) or from_line(after.shown):
        return True
    if _field(following):
        return True  # "From:" / "Department for Transport" / "Published" / the date
    found = byline(text, start, end, bare=True)
    if found is None:
        return False
    below = following[1] if len(following) > 1 else None
    if text[found.rest : end].strip() and not outlet_after(text, found.rest, end):
        return part_date(text, start, end) is not None  # "Jane Doe · CBC News · Posted: …"
    return below is not None and (
        byline_part(below)
        or date_line(text, below.content_start, below.content_end, either=True) is not None
    )


_FIELD_LABEL_WORDS = 2  # the most words of a header field's label alone: "From:"
_FIELD_WORDS = 6  # the most words of its value on the next line


def _field(following: list[Line]) -> bool:
    """A header's field over its value, the label alone: "From:" / "Department for Transport"."""
    if len(following) < 2 or not following[0].shown.endswith(":"):
        return False
    value = following[1].shown
    short = len(following[0].shown.split()) <= _FIELD_LABEL_WORDS
    return short and len(value.split()) <= _FIELD_WORDS and not ends_sentence(value)


def _named_date(text: str, start: int, end: int) -> bool:
    """A line of a name, maybe its role, then a date: "Helena Horton Environment reporterWed
    27 Mar 2024 13.15 GMT", "Andre Damon 29 November 2022"."""
    found = byline(text, start, end, bare=True)
    if found is None:
        return False
    at = found.rest
    while at < end and text[at].isspace():
        at += 1
    return date_line(text, at, end, either=True) is not None


def is_markdown_heading(text: str, line: Line) -> bool:
    """A "# Title" line: its "#" is markup, so the content starts after it."""
    return line.content_start > line.start and text.startswith("#", line.start)
