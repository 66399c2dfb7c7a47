"""The first lines after an article's header, read one by one: a date, a byline or a section
heading among them, the rest article text or furniture (plain_text.py reads the header)."""

from __future__ import annotations

import re

from viewer.core.model import Span
from viewer.corpus.boilerplate import (
    SYNDICATED,
    ends_sentence,
    is_caption,
    is_furniture,
    is_heading,
)
from viewer.corpus.date_choice import DateChoice, shift
from viewer.corpus.dates import MONTH_NAMES, DateLine, date_line, find_full_dates, label_alone
from viewer.corpus.header_lines import (
    BYLINE_WORDS,
    RUNS_ON,
    Line,
    byline_part,
    is_markdown_heading,
)
from viewer.corpus.layout import Layout
from viewer.corpus.metadata import byline, desk_byline
from viewer.corpus.page_asides import (
    PINNED_LINES,
    contents_list,
    greeting,
    pinned_label,
    pinned_post,
)
from viewer.corpus.running_heads import running_head

HEADER_ZONE_LINES = 8  # titles, bylines and dates come before this many lines
_STAMP_WORDS = 4  # the most words of the stamps after a date on its line ("- Politics & Policy")
_STAMP_MARKS = "|·•,-–—/("
# A count of a page's likes or comments alone on its line: "42", "1.2K".
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*|\d{1,3}(?:\.\d)?[KkMm]")
# A label over the page's tags, one a line: "Related Topics" / "HS2," / "Rail".
_TOPICS = re.compile(
    r"(?:related\s+)?(?:topics?|tags?|keywords?)|schlagw(?:ö|oe)rter|schlagworte|themen|"
    r"mots[- ]cl(?:é|e)s|(?:é|e)tiquettes|etiquetas|temas|argomenti",
    re.IGNORECASE,
)
_TAG_WORDS = 3
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")


# A label over links to other stories, one a line: "RELATED" / "Council to cut bin collections".
_RELATED = re.compile(
    r"related(?:\s+(?:stories|articles|coverage|content|links|reading))?|read\s+more|see\s+also|"
    r"more\s+stories|also\s+read|recommended|"
    # The same labels in other languages: "Mehr zum Thema", "Lire aussi", "Lea también".
    r"mehr\s+zum\s+thema|(?:(?:à|a)\s+)?lire\s+aussi|voir\s+aussi|lea\s+tambi(?:é|e)n|"
    r"leggi\s+anche|weitere\s+artikel|das\s+k(?:ö|oe)nnte\s+sie\s+auch\s+interessieren|"
    # A live page's summary of its news, short lines under its label: "Key points".
    r"key\s+(?:points|events|updates)|(?:the\s+)?highlights|at\s+a\s+glance|"
    r"what\s+we\s+know(?:\s+so\s+far)?|what\s+we(?:'|’|\s+a)re\s+covering",
    re.IGNORECASE,
)
_LINK_WORDS = 12


def _listed(label: str, shown: str) -> bool:
    """A tag or a link to another story under the label of its list."""
    if ends_sentence(shown) or not any(c.isalpha() for c in shown) or _CLOCK.match(shown):
        return False  # a sentence, or a live page's time over its entry ("14:05", "11:40 p.m.")
    label = label.strip(" :")
    words = len(shown.split())
    return bool(
        (words <= _TAG_WORDS and _TOPICS.fullmatch(label))
        or (words <= _LINK_WORDS and _RELATED.fullmatch(label))
    )


# A press release's closing section on who issues it: "About Northwind Energy", "About the
# Department"; it runs to the end.
_ABOUT_LINES = 12  # the most lines of that section, to the end: not a feature's "About Time"
ABOUT = re.compile(
    r"About\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5}"
    # Or its notes to editors, or the mark that ends its text: "Notes to editors", "ENDS".
    r"|(?i:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editor['’]?s\s+notes?)\s*:?"
    r"|(?:[-–—]\s*)?ENDS(?:\s*[-–—])?|(?i:[-–—]\s*ends|ends\s*[-–—])(?:\s*[-–—])?"
)
_FIELD_LABEL_WORDS = 2  # the most words of a header field's label alone: "From:"
_FIELD_WORDS = 6  # the most words of its value on the next line: "Department for Transport"
_BYLINE_LINES = 3  # the most lines of a byline above its date: a name, a role, an outlet


# A printed page's number, as a PDF copied to text keeps it at each page's foot: "Page 1 of 2".
_PAGE_NUMBER = re.compile(r"(?i:page)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}")
# A running head's date: a month and a year, or a full date ("November 2023", "12 March 2024").
_HEAD_DATE = re.compile(rf"\b(?i:{MONTH_NAMES})\.?\s+(?:\d{{1,2}},?\s+)?(?:1\d|2\d)\d\d\b")
_HEAD_WORDS = 10  # the most words of a running head: a publication's name, a date, a page


def _running_head(above: str, line: str) -> bool:
    """Whether a line is the running head of a printed page, the next page's first line
    under the last page's number ("Page 1 of 2" / "Rivers Trust Bulletin — November 2023"):
    a few words with a date, no sentence."""
    if _PAGE_NUMBER.fullmatch(above.strip()) is None or len(line.split()) > _HEAD_WORDS:
        return False
    return not ends_sentence(line) and _HEAD_DATE.search(line) is not None


_HEAD_PART = re.compile(r"\s+[|·•]\s+")
_PAGE_PART = re.compile(r"(?i:page\s+|p\.\s*)?[A-H]?\d{1,3}")


def _head_parts(line: str) -> str:
    """A header's line of parts set apart by bars without its page's number, as a running
    head prints it again on the page after, its number on the other side ("CITY MONTHLY |
    November 2024 | 7", then "8 | CITY MONTHLY | November 2024"); "" for any other line."""
    if "|" not in line and "·" not in line and "•" not in line:
        return ""
    parts = [part for part in _HEAD_PART.split(line.strip()) if not _PAGE_PART.fullmatch(part)]
    return "\x00" + " | ".join(parts) if len(parts) >= 2 else ""


class BodyReader:
    """What a reader of one text has collected, and its reading of the lines after the
    header."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layout = Layout()
        self.dates = DateChoice(text)
        self.body_lines: list[tuple[int, int, int]] = []  # (block, start, end) pieces of body
        self.aside_end = 0  # the line after a live page's pinned post, a list of contents

    def _rest(self, lines: list[Line], first: int) -> None:
        """Paragraph lines after the header: body, boilerplate, captions and section headings;
        a header line printed again on each page ("The Harbour Gazette    October 12, 2023")."""
        printed = {self.text[span.start : span.end].strip() for span in self.layout.header}
        printed |= {key for key in map(_head_parts, printed) if key}
        previous_shown = lines[first - 1].shown if 0 < first <= len(lines) else ""
        self.aside_end = first + contents_list([line.shown for line in lines], first)
        listed: bool | None = None  # whether the line is listed under the one before, if asked
        for index in range(first, len(lines)):
            line = lines[index]
            following = lines[index + 1].shown if index + 1 < len(lines) else ""
            if self._set_apart(lines, index, printed, previous_shown, listed):
                listed = None  # the next line's label is not this one
                continue
            previous_shown = line.shown  # the label of the lines under it
            listed = _listed(line.shown, following)
            if listed:  # the label over a list of tags or of links to other stories
                self.layout.boilerplate.append(Span(line.start, line.end))
                continue
            if (
                self.body_lines
                and len(lines) - index <= _ABOUT_LINES
                and ABOUT.fullmatch(line.shown)
            ):
                for rest in lines[index:]:  # "About Northwind Energy" / what the company does
                    self.layout.boilerplate.append(Span(rest.start, rest.end))
                return
            alone = (index == 0 or lines[index - 1].block != line.block) and (
                index + 1 == len(lines) or lines[index + 1].block != line.block
            )
            previous = lines[index - 1]
            label = label_alone(previous.shown) if index > first else None
            apart = alone or self._apart(lines, index, first)
            if is_furniture(line.shown) or is_caption(line.shown):
                self.layout.boilerplate.append(Span(line.start, line.end))
            elif not (apart or label) and (dated := self._near_date(lines, index, first)):
                self.dates.add_line(3, dated)  # "Sarah Taylor" / "Consumer Reporter" / the date
                self.layout.header.append(Span(line.start, line.end))
                self._byline_above(lines, self._note_above(lines, index, first), first)
            elif (apart or label) and (dated := self._date_alone(lines, index, first)):
                self.dates.add_line(label or 3, dated)  # "Published" / "12 October 2023"
                self.layout.header.append(Span(line.start, line.end))
                if not label and (top := self._note_above(lines, index, first)) < index - 1:
                    self._byline_above(lines, top, first)  # "Follow" / the date
                if label and self.body_lines and self.body_lines[-1][1] == previous.body_start:
                    self.body_lines.pop()
                    self.layout.header.append(Span(previous.start, previous.end))
                    self._field_above(lines, index - 2, first)
            elif apart and index < first + HEADER_ZONE_LINES and self._dated_byline(lines, index):
                pass  # "Ashley Burke · CBC News · Posted: Jan 22, 2024" under a summary
            elif self._heading_or_byline(
                line, (alone and index < HEADER_ZONE_LINES) or apart, alone, following
            ):
                self.layout.header.append(Span(line.start, line.end))
            else:
                self.body_lines.append((line.block, line.body_start, line.end))

    def _set_apart(
        self, lines: list[Line], index: int, printed: set[str], label: str, listed: bool | None
    ) -> bool:
        """Record a line that is no article text whatever its neighbours: the header's line
        printed again, a count of likes over the text ("Dec 14, 2023" / "42"), a tag or a
        link to another story under its list's label ("RELATED" / a story's headline), a
        newsletter's greeting over its first story, a live page's pinned post. `listed`: what
        `_listed` said of the label and the line when the line before was asked as a label
        (the same two lines: not asked again), else None."""
        line = lines[index]
        if index >= self.aside_end and pinned_label(line.shown):
            post = lines[index : index + PINNED_LINES]
            self.aside_end = index + pinned_post([n.shown for n in post])
        if index < self.aside_end or (not self.body_lines and greeting(line.shown)):
            self.layout.boilerplate.append(Span(line.start, line.end))
            return True
        if self.text[line.start : line.end] in printed or _head_parts(line.shown) in printed:
            self.layout.header.append(Span(line.start, line.end))
            return True
        if (
            (not self.body_lines and _COUNT.fullmatch(line.shown))
            or (_listed(label, line.shown) if listed is None else listed)
            or desk_byline(line.shown)  # a live page's entry: its heading / "From staff reports"
            or SYNDICATED.fullmatch(line.shown)
            or (index > 0 and _running_head(lines[index - 1].shown, line.shown))
            or self._printed_head(line)
        ):
            self.layout.boilerplate.append(Span(line.start, line.end))
            return True
        return False

    def _printed_head(self, line: Line) -> bool:
        """A printed page's running head among the article's lines ("THE VALLEY HERALD
        WEDNESDAY, APRIL 3, 2024 A3"); its date is the edition's, after the header's."""
        if not self.body_lines:
            return False
        found = running_head(line.shown)
        if found is None or line.shown != self.text[line.content_start : line.content_end]:
            return False
        self.dates.add(4, shift(found, line.content_start))
        return True

    def _field_above(self, lines: list[Line], index: int, first: int) -> None:
        """The header's field over a date's label, read as article text so far: its label
        alone, then a short value ("From:" / "Department for Transport" / "Published" / the
        date)."""
        if index - 1 < first or len(self.body_lines) < 2:
            return
        label, value = lines[index - 1], lines[index]
        words = label.shown.split()
        if not (label.shown.endswith(":") and len(words) <= _FIELD_LABEL_WORDS):
            return
        if len(value.shown.split()) > _FIELD_WORDS or ends_sentence(value.shown):
            return
        if [piece[1] for piece in self.body_lines[-2:]] != [label.body_start, value.body_start]:
            return
        del self.body_lines[-2:]
        self.layout.header.extend([Span(label.start, label.end), Span(value.start, value.end)])

    def _dated_byline(self, lines: list[Line], index: int) -> bool:
        """Whether the line is a byline with its date, read as the header reads one (then
        recorded so); the header's reader says."""
        return False

    def _apart(self, lines: list[Line], index: int, first: int) -> bool:
        """A line near the top that a page copied whole sets apart with no blank line: after
        a line that ends a sentence, or after one read as header or furniture ("A summary
        told in sentences." / "By Anna Berg" / "30.01.2024, 10.12 Uhr" / the article)."""
        if index >= first + HEADER_ZONE_LINES:
            return False
        if index == first or ends_sentence(lines[index - 1].shown):
            return True
        set_aside = self.layout.header[-1:] + self.layout.boilerplate[-1:]
        return any(span.start == lines[index - 1].start for span in set_aside)

    def _heading_or_byline(self, line: Line, near_top: bool, alone: bool, following: str) -> bool:
        """A section heading, or a "By" line near the top (`_late_byline`)."""
        if near_top and self._late_byline(line):
            return True
        heading = alone and is_heading(line.shown, following)
        return heading or is_markdown_heading(self.text, line)

    def _late_byline(self, line: Line) -> bool:
        """A "By" line under a summary told in sentences, near the top: who wrote the story
        ("Policymakers defy calls for a pause." / "By Jane Doe")."""
        if self.layout.author or len(line.shown.split()) > BYLINE_WORDS:
            return False
        found = byline(self.text, line.content_start, line.content_end, bare=False)
        if found is None or self.text[found.rest : line.content_end].strip():
            return False
        self.layout.author = found.author
        return True

    def _date_alone(self, lines: list[Line], index: int, first: int) -> DateLine | None:
        """The date of a line that holds nothing else (but maybe a clock time), else its date
        near the top with the page's stamps (`_near_date`): the line's date read once for
        both."""
        line = lines[index]
        dated = date_line(self.text, line.content_start, line.content_end, either=True)
        if dated is not None and dated.rest_start >= line.content_end:
            return dated
        return self._near_date(lines, index, first, dated) if dated is not None else None

    def _near_date(
        self, lines: list[Line], index: int, first: int, read: DateLine | None = None
    ) -> DateLine | None:
        """A date on its own line near the top of a page copied whole, with no blank line
        around it: it holds nothing but the date and the page's stamps glued to it or set
        after a mark ("14:32, 11 Apr 2024Updated 15:05, 11 Apr 2024", "Feb 28, 2024 - Politics
        & Policy"); no sentence runs on into it or out of it. `read`: the line's date, when
        already read (`date_line`, either way round)."""
        if index >= first + HEADER_ZONE_LINES:
            return None
        line = lines[index]
        dated = read or date_line(self.text, line.content_start, line.content_end, either=True)
        if dated is None:
            return None
        rest = self.text[dated.rest_start : line.content_end].strip()
        glued = dated.rest_start > 0 and self.text[dated.rest_start - 1].isalnum()
        stamp = glued or rest[:1] in _STAMP_MARKS
        if rest and not ((stamp and len(rest.split()) <= _STAMP_WORDS) or find_full_dates(rest)):
            return None
        before = lines[index - 1].shown if index > first else ""
        after = lines[index + 1].shown if index + 1 < len(lines) else ""
        words = before.split()
        runs_on = before.rstrip()[-1:] in ",;:-–—" or (bool(words) and words[-1].lower() in RUNS_ON)
        return None if runs_on or after[:1].islower() or ends_sentence(rest) else dated

    def _byline_above(self, lines: list[Line], top: int, first: int) -> None:
        """The byline's short lines from `top` up, just above a date set apart near the top,
        read as article text so far: a name, a role, an outlet ("Sarah Taylor" / "Consumer
        Reporter")."""
        above = top
        while (
            above >= max(first, top + 1 - _BYLINE_LINES)
            and self.body_lines
            and self.body_lines[-1][1] == lines[above].body_start
            and byline_part(lines[above])
        ):
            self.body_lines.pop()
            self.layout.header.append(Span(lines[above].start, lines[above].end))
            above -= 1
        if above < top and not self.layout.author:
            name = lines[above + 1]
            found = byline(self.text, name.content_start, name.content_end, bare=True)
            if found is not None and not self.text[found.rest : name.content_end].strip():
                self.layout.author = found.author
        self._summary_above(lines, above)

    def _note_above(self, lines: list[Line], index: int, first: int) -> int:
        """The line over a date set apart near the top, past the page's buttons and a line
        the author writes about themselves, read as article text so far, when a role and a
        name stand over it ("Jane Doe" / "Contributor" / "I write about energy markets." /
        "Follow" / the date): that line, then set aside, and the line over it."""
        above = index - 1
        lowest = max(first, index - 1 - _BYLINE_LINES)
        while above > lowest and is_furniture(lines[above].shown):
            above -= 1
        if above == index - 1 or above - 2 < first or not self.body_lines:
            return index - 1
        note = lines[above]
        if self.body_lines[-1][1] != note.body_start or not ends_sentence(note.shown):
            return index - 1
        if not (byline_part(lines[above - 1]) and byline_part(lines[above - 2])):
            return index - 1
        self.body_lines.pop()
        self.layout.header.append(Span(note.start, note.end))
        return above - 1

    def _summary_above(self, lines: list[Line], index: int) -> None:
        """The headline's summary, not told in a sentence, between the headline and a byline
        set apart so: the header's ("Tesco recalls sandwich" / "The supermarket urged
        customers not to eat it" / "Sarah Taylor" / "Consumer Reporter" / the date)."""
        if index < 1 or not self.body_lines or ends_sentence(lines[index].shown):
            return
        line, above = lines[index], lines[index - 1]
        if self.body_lines[-1][1] != line.body_start or above.shown != self.layout.title:
            return
        self.body_lines.pop()
        self.layout.header.append(Span(line.start, line.end))
