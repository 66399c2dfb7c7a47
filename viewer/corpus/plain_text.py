"""Reading the layout of a plain-text or Markdown article: header lines, paragraphs, furniture."""

from __future__ import annotations

import re

from viewer.core.model import Span
from viewer.core.visible import VisibleText, one_line
from viewer.core.wire_tag import without_wire_tag
from viewer.corpus.body_lines import (
    assemble_body,
    cut_author_note,
    cut_footer,
    line_paragraphs,
)
from viewer.corpus.body_top import HEADER_ZONE_LINES as _HEADER_ZONE_LINES
from viewer.corpus.boilerplate import (
    SYNDICATED,
    ends_sentence,
    is_caption,
    is_furniture,
    menu_lines,
    page_top,
)
from viewer.corpus.credits import credit_line, parts_author
from viewer.corpus.date_choice import shift
from viewer.corpus.dates import (
    date_line,
    edition_date,
    find_full_dates,
    parse_date_words,
)
from viewer.corpus.header_dates import WIDE_GAP as _WIDE_GAP
from viewer.corpus.header_dates import HeaderDates
from viewer.corpus.header_lines import (
    Line,
    byline_part,
    entry_time,
    is_markdown_heading,
    kicker,
    subtitle,
    title_like,
)
from viewer.corpus.layout import Layout, trimmed
from viewer.corpus.mail_headers import MAIL_HEADER_LINES, MailHeader, mail_header
from viewer.corpus.mail_parts import mail_parts, mime_lines, quoted_printable
from viewer.corpus.markdown import front_matter, markdown_visible
from viewer.corpus.meta_lines import (
    date_after,
    day_month_after,
    meta_line,
    part_date,
    saved_field,
    table_row,
)
from viewer.corpus.metadata import (
    byline,
    capital_by,
    dateline,
    first_sentence,
    labelled_field,
    organisation_name,
    outlet_after,
    short_title,
)
from viewer.corpus.page_head import page_head
from viewer.corpus.scoreboard import scoreboard
from viewer.corpus.text_lines import text_lines
from viewer.corpus.visible_edits import Edit, hyphen_joins

_PARTS = re.compile(r"\s[·|•]\s")  # a meta line's parts set apart
_MAX_TITLE_WORDS = 30  # the most words of a headline wrapped onto two lines
# A press release's label over the company that issues it ("NEWS PROVIDED BY" / "Harbor
# Foods"): a company, no author.
_ISSUED_BY = re.compile(r"(?:news|content|release)\s+(?:provided|issued|distributed)\s+by:?", re.I)
_BYLINE_CHARS = 300  # the longest byline with its date and a role, as pages give them


def _aside(shown: str) -> bool:
    """A header's line of the page's, a caption, or a copy's note of where it first ran."""
    return is_furniture(shown) or is_caption(shown) or SYNDICATED.fullmatch(shown) is not None


class _Reader(HeaderDates):
    """One pass over one text, collecting a Layout."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.visible = VisibleText.verbatim(text)
        self.markers: dict[int, int] = {}  # list items' markers: where each item's text starts
        self.board_left = 0  # the lines of a match report's scoreboard still to read

    def run(self) -> Layout:
        begin = self._front_matter()
        edits = hyphen_joins(self.text)
        lines = self._lines(begin, edits)
        mail = self._found_mail(lines)
        if mail is not None and (decoded := self._mail_edits(lines, mail)):
            lines = self._lines(begin, sorted([*edits, *decoded]))
        menu = menu_lines([line.shown for line in lines], [line.block for line in lines])
        menu.update(range(page_top([line.shown for line in lines], menu)))
        if mail_header([line.shown for line in lines[:_HEADER_ZONE_LINES]]) is None:
            menu.update(range(page_head(self.text, lines, menu)))
        if mail is not None:  # a mail saved whole: its parts' boundaries and fields, its HTML copy
            menu.update(mime_lines([line.shown for line in lines], mail.lines))
        for index in sorted(menu):
            self.layout.boilerplate.append(Span(lines[index].start, lines[index].end))
        lines = [line for index, line in enumerate(lines) if index not in menu]
        first_body = self._header_zone(lines)
        self._rest(lines, first_body)
        cut_footer(self.body_lines, self.visible, self.layout.boilerplate)
        author = self.layout.author
        cut_author_note(self.body_lines, self.visible, self.layout.boilerplate, author)
        assemble_body(line_paragraphs(self.body_lines, self.visible), self.layout)
        self._choose_date()
        if not self.layout.title:
            self._title_from_body()
        self.layout.title = without_wire_tag(self.layout.title)
        return self.layout

    def _lines(self, begin: int, edits: list[Edit]) -> list[Line]:
        """The lines of the text from `begin` that show a word, as the text shows with `edits`;
        lines of marks only set aside."""
        read = markdown_visible(self.text, begin, edits=edits)
        self.visible = self.layout.visible = read.visible
        self.markers = read.markers
        aside = [span for span in self.layout.boilerplate if span.end <= begin]
        self.layout.boilerplate = aside
        return text_lines(self.text, begin, self.visible, self.markers, aside)

    def _mail_edits(self, lines: list[Line], mail: MailHeader) -> list[Edit]:
        """How the parts of a mail saved whole in quoted-printable show."""
        _, parts = mail_parts([line.shown for line in lines], mail.lines)
        spans = [
            (part.fields, lines[part.lines[0]].start, lines[part.lines[-1]].end)
            for part in parts
            if part.lines
        ]
        return quoted_printable(self.text, spans)

    def _front_matter(self) -> int:
        found = front_matter(self.text)
        if found is None:
            return 0
        self.layout.header.append(Span(0, found.end))
        for key in ("title", "author", "authors", "date", "published", "pubdate"):
            span = found.fields.get(key)
            if span is None:
                continue
            value = self.text[span.start : span.end]
            if key == "title":
                self.layout.title = value
            elif key.startswith("author") and not self.layout.author:
                names = [self.text[s.start : s.end] for s in found.items.get(key, [span])]
                self.layout.author = " and ".join(name.strip("[]\"' ") for name in names)
            else:
                dates = find_full_dates(value, span.start)
                if dates:
                    self.dates.add(0, dates[0])
        return found.end

    def _header_zone(self, lines: list[Line]) -> int:
        """Classify the title, byline and date lines at the top; return the first body line."""
        first = self._mail_header(lines)
        title_seen = bool(self.layout.title)
        for index, line in enumerate(lines[first : first + _HEADER_ZONE_LINES], first):
            if title_seen and self._on_scoreboard(lines, index, first + _HEADER_ZONE_LINES):
                continue
            if self._parts_line(lines, index, title_seen):
                continue  # "Regional Times | 12 March 2025", pieces in any order
            dated = self._line_date(lines, index)
            if dated is not None:
                if self._date_line(dated, line, rank=1):
                    return index + 1  # the rest of this line is already body
                continue
            credit = credit_line(line.shown, self.layout.title) if title_seen else None
            if credit is not None:  # "Story by Jane Doe | Photos by Sam Okafor"
                self.layout.author = self.layout.author or credit
                self.layout.header.append(Span(line.start, line.end))
                continue
            if _aside(line.shown):
                self.layout.boilerplate.append(Span(line.start, line.end))
                continue
            if title_seen and self._title_goes_on(lines, index):
                continue
            if self._author_line(line, lines, index, title_seen):
                continue
            field = table_row(line.shown) or line.shown  # "| Author | Anna Berg |"
            labelled = labelled_field(field)  # "Author: …", "- **Author:** …"
            if labelled is not None:
                setattr(self.layout, labelled[0], field[labelled[1] :].strip())
                self.layout.header.append(Span(line.start, line.end))
                title_seen = title_seen or labelled[0] == "title"
                continue
            if self._marked_date(line) or (
                title_seen and (field is not line.shown or saved_field(field))
            ):
                self.layout.header.append(Span(line.start, line.end))  # "| Section | Weather |"
                continue
            if self._day_month(line):  # "29 June", "Published Tuesday, May 14 at 6:12 p.m."
                continue
            heading = is_markdown_heading(self.text, line)
            if not title_seen and not heading and kicker(self.text, line, lines, index):
                self.layout.header.append(Span(line.start, line.end))  # "ECONOMY"
                continue
            if not title_seen and (heading or title_like(line, lines, index)):
                self.layout.title = line.shown
                self.layout.header.append(Span(line.start, line.end))
                edition = edition_date(self.text, line.content_start, line.content_end)
                if edition is not None:  # "Morning Briefing: Thursday, October 12, 2023"
                    self.dates.add(2, edition)  # after any date line
                title_seen = True
                continue
            if heading and line.block != lines[min(index + 1, len(lines) - 1)].block:
                self.layout.header.append(Span(line.start, line.end))
                continue
            if self._header_part(line, lines, index, title_seen) or self._teaser(lines, index):
                continue
            return self._dateline(lines, index)
        return min(len(lines), first + _HEADER_ZONE_LINES)

    def _on_scoreboard(self, lines: list[Line], index: int, limit: int) -> bool:
        """Record a line of a match report's scoreboard under its headline: "Rovers 2" /
        "Smith 23', Jones 89'" / "United 1" / "Brown 61'" / the byline."""
        if not self.board_left and not self.layout.author:
            self.board_left = scoreboard([line.shown for line in lines], index, limit)
        if not self.board_left:
            return False
        self.board_left -= 1
        self.layout.boilerplate.append(Span(lines[index].start, lines[index].end))
        return True

    def _title_goes_on(self, lines: list[Line], index: int) -> bool:
        """A headline wrapped onto the next line, as a page printed and copied back shows it:
        the next line of its paragraph opens in lower case and ends no sentence ("Sewage spills
        into England's rivers doubled last" / "year, data shows")."""
        line, above = lines[index], lines[index - 1]
        if index == 0 or above.block != line.block or self.layout.title != above.shown:
            return False
        if not line.shown[:1].islower() or ends_sentence(line.shown) or _PARTS.search(line.shown):
            return False  # nor "citymag.example · by Jane Doe · 12 min read", a meta line
        start, end = line.content_start, line.content_end  # not "by Jane Doe", "updated …"
        if byline(self.text, start, end, bare=False) or date_line(self.text, start, end, True):
            return False
        if len((above.shown + " " + line.shown).split()) > _MAX_TITLE_WORDS:
            return False
        self.layout.title = above.shown + " " + line.shown
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _mail_header(self, lines: list[Line]) -> int:
        """Set aside the header of a mail saved as text, its subject the title, its "Date:"
        the date; return the first line after it."""
        found = self._found_mail(lines)
        if found is None:
            return 0
        for index in found.dated:
            line = lines[index]
            dates = find_full_dates(self.text[line.content_start : line.content_end])
            if dates:
                self.dates.add(1, shift(dates[0], line.content_start))
        for line in lines[: found.lines]:
            self.layout.header.append(Span(line.start, line.end))
        self.layout.title = self.layout.title or found.subject
        return found.lines

    def _found_mail(self, lines: list[Line]) -> MailHeader | None:
        """The header of a mail saved as text opening `lines`, if there is one."""
        top = lines[:MAIL_HEADER_LINES]
        indented = [line.start > 0 and self.text[line.start - 1] in " \t" for line in top]
        return mail_header([line.shown for line in top], indented)

    def _header_part(self, line: Line, lines: list[Line], index: int, title_seen: bool) -> bool:
        """Record a header line between the title and the body, if it is one: the byline's
        outlet on its own line above the date, a meta line with a date ("Source: Reuters | 12
        Oct 2023"), or a summary under the headline above its byline or date."""
        following = lines[index + 1 : index + 3]
        if self.layout.author and following and byline_part(line):
            after = following[0]
            outlet = (
                date_line(self.text, after.content_start, after.content_end, either=True)
                is not None
            ) or self._under_byline(line, lines[index - 1], after)
        else:
            outlet = False
        outlet = outlet or self._agency(line, lines[index - 1])
        meta = None if outlet else part_date(self.text, line.content_start, line.content_end)
        if meta is not None:
            self.dates.add_line(1, meta)
        elif outlet or meta_line(line.shown):  # "From example.com · Saved October 13, 2023"
            pass
        elif not (title_seen and subtitle(self.text, line, following, lines)):
            return False
        self.layout.author = self.layout.author or parts_author(line.shown)
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _agency(self, line: Line, before: Line) -> bool:
        """The agency in capitals on its line under the date line: "Aug 22, 2023" / "KYODO"."""
        if not (line.shown.isupper() and byline_part(line)) or entry_time(line.shown):
            return False  # not "11:45 PM", a live page's first entry's time
        dated = date_line(self.text, before.content_start, before.content_end, either=True)
        return (
            dated is not None
            and bool(self.layout.header)
            and self.layout.header[-1].end >= before.start
        )

    def _under_byline(self, line: Line, before: Line, after: Line) -> bool:
        """An outlet or a role on its line under the byline, ending the header's paragraph:
        "By Tom Edgington" / "BBC News" / the article."""
        byline_above = bool(self.layout.header) and self.layout.header[-1].start == before.start
        # Or over the page's picture: "Tom Edgington" / "BBC Verify" / "Image source, …".
        pictured = is_furniture(after.shown) or is_caption(after.shown)
        return (
            byline_above and before.block == line.block and (line.block != after.block or pictured)
        )

    def _author_line(self, line: Line, lines: list[Line], index: int, title_seen: bool) -> bool:
        """A byline, maybe followed by a date on the same line ("Andre Damon 29 November 2022").

        A name alone on its line, with no "By", is a byline only under the title: above it, a
        short capitalised line beside the date is the headline or a part of it ("Deputy's
        Alleged Killer Held", "CHARGERS' RECEIVER ARRESTED")."""
        after = index + 1  # the next line but a page's buttons: "Alex Kim" / "Follow" / "Oct 12"
        while after < min(len(lines), index + 4) and is_furniture(lines[after].shown):
            after += 1
        before = index - 1  # the line before but a page's buttons: the date / "Share" / "Alex Kim"
        while before > 0 and is_furniture(lines[before].shown):
            before -= 1
        near = [before, after]
        if after + 1 < len(lines) and byline_part(lines[after]):
            near.append(after + 1)  # "Jane Doe" / "Reuters" / "March 5, 2013"
        neighbours = [lines[i] for i in near if 0 <= i < len(lines)]
        dated_neighbour = any(  # "Madrid - Oct 27, 2023 - 10:05 CEST" is a date's line too
            date_line(self.text, n.content_start, n.content_end, True, True) is not None
            or part_date(self.text, n.content_start, n.content_end) is not None
            or parse_date_words(n.shown) is not None  # "Sarah Hill" / "Apr 12", no year
            for n in neighbours
        )
        if index > 0 and _ISSUED_BY.fullmatch(lines[index - 1].shown):
            self.layout.header.append(Span(line.start, line.end))  # the issuer: no one's byline
            return True
        found = byline(self.text, line.content_start, line.content_end, bare=True)
        if found is None:
            return self._marked_byline(line)
        explicit = self.text[line.content_start : found.start].strip() != ""  # "By ..."
        if not title_seen and capital_by(self.text, line.content_start, line.content_end):
            return False  # "Door Prizes Awarded At Gala": a headline; "Door …" under one only
        rest = trimmed(self.text, found.rest, line.content_end)
        if rest is not None and outlet_after(self.text, rest.start, rest.end):
            rest = None  # "Jane Doe, The Canadian Press"
        dated = date_after(self.text, rest.start, line.content_end, explicit) if rest else None
        if rest is not None and dated is None and explicit:
            day = day_month_after(self.text, rest.start, line.content_end)
            if day is not None:  # "By Jane Doe · Tue, May 14"
                self.dates.add(2, day)
        if rest is not None and dated is None and not explicit:
            return False
        # Under the headline, a name over a page's button or reading time: "Peter Walker" /
        # "4-5 minutes", as a browser's reader view writes it.
        furnished = after > index + 1 and index > 0 and lines[index - 1].shown == self.layout.title
        if rest is None and not explicit and not ((dated_neighbour or furnished) and title_seen):
            return False
        if dated is not None:
            self.dates.add_line(1, dated)
            if not explicit and _WIDE_GAP.search(self.text, found.rest, dated.date.start):
                # A page's running head: "The Daily Ledger        October 12, 2023".
                self.layout.header.append(Span(line.start, line.end))
                return True
        if explicit or not organisation_name(found.author):  # not "THE HARBOUR GAZETTE"
            self.layout.author = self.layout.author or found.author
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _dated_byline(self, lines: list[Line], index: int) -> bool:
        """A byline with its date under a summary told in sentences, as the header reads one."""
        line = lines[index]
        if line.content_end - line.content_start > _BYLINE_CHARS:
            return False  # a paragraph, not a byline: not read for dates
        if not find_full_dates(self.text[line.content_start : line.content_end]):
            return False
        return self._author_line(line, lines, index, title_seen=True)

    def _marked_byline(self, line: Line) -> bool:
        """A "By" line with markup inside it, as a reader sees it: "By [Anna Berg](…) | October
        12, 2023"; True when the name fills it, else its date is left to the meta line rules."""
        if self.layout.author or line.shown == self.text[line.content_start : line.content_end]:
            return False
        found = byline(line.shown, 0, len(line.shown), bare=False)
        if found is None:
            return False
        self.layout.author = found.author
        if line.shown[found.rest :].strip():
            return False
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _dateline(self, lines: list[Line], index: int) -> int:
        """Set aside a dateline ("WASHINGTON (Reuters) -") opening the first paragraph, or
        standing on its own line above it; the day it names, if any, may date the article."""
        line = lines[index]
        found = dateline(self.text, line.content_start, line.content_end)
        if found is None:
            return index
        head = trimmed(self.text, line.start, found.end)
        if head is not None:
            self.layout.header.append(head)
            self.layout.dateline = head
        if found.filed is not None:
            filed = parse_date_words(self.text[found.filed[0] : found.filed[1]])
            if filed is not None:
                self.dates.add(4, shift(filed, found.filed[0]))
        if not found.alone:
            self.body_lines.append((line.block, found.end, line.end))
        return index + 1

    def _choose_date(self) -> None:
        first = self.layout.body[0] if self.layout.body else None
        self.layout.date = self.dates.choose(first)

    def _title_from_body(self) -> None:
        for span in self.layout.body:
            shown = one_line(self.visible.shown(span.start, span.end))
            if shown:
                self.layout.title = short_title(first_sentence(shown))
                return


def read_plain_layout(text: str) -> Layout:
    """The layout of a plain-text or Markdown article; every span indexes `text`."""
    return _Reader(text).run()
