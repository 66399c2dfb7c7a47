"""The date lines of an article's header, and what a page set or glued after the date on its
line: a clock time, the updated date, the place filed from, a byline, a running head's column
(plain_text.py reads the rest of the header)."""

from __future__ import annotations

import re
from itertools import islice

from viewer.core.model import Span
from viewer.corpus.body_top import BodyReader
from viewer.corpus.boilerplate import (
    archive_banner,
    ends_sentence,
    is_boilerplate,
    is_caption,
    print_head,
)
from viewer.corpus.date_choice import shift
from viewer.corpus.dates import (
    DateLine,
    DateMatch,
    date_line,
    find_day_months,
    find_full_dates,
    glued_date,
    labelled_day_month,
    parse_date_words,
)
from viewer.corpus.header_lines import Line, title_like
from viewer.corpus.layout import trimmed
from viewer.corpus.meta_lines import date_after, part_date, table_row
from viewer.corpus.metadata import byline
from viewer.corpus.part_lines import parts_line

_BUTTON_LINE_WORDS = 10  # the most words after a date of a byline and a button
_WORD = re.compile(r"\S+")
_STAMP_WORDS = 4  # the most words of a stamp glued after a date ("Updated 2 hours ago")
_MARK = re.compile(r"[,|·•–—(-][^\S\n]*")  # before the page's other date on the line
# After a mark on the date's line: the updated clock time, or the place filed from in capitals.
_STAMP_AFTER = re.compile(
    r"(?i:(?:\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?)?\s*,\s*)?"  # the date's own time first
    r"(?:last\s+|first\s+)?(?:updated|modified|published)(?:\s+(?:at|on))?\s*:?\s*\d{1,2}[:.h]\d\d"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[a-z]{2,12}\)?)?)|[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+){0,2}"
)
# A headline in capitals after the date and time on its line, no sentence: as a wire
# service's terminal shows a story.
_CAPITALS_HEADLINE = re.compile(r"[A-Z0-9][A-Z0-9 ,'’$%&:;/-]{10,150}[A-Z0-9%]")
# The state-of stamp a German broadcaster's page sets between the headline and its teaser,
# or its English edition's: "Stand: 10.01.2024 06:12 Uhr", "Status: 08.01.2024 10:45 a.m.".
_STAND = re.compile(r"(?:stand|status)\s*:", re.IGNORECASE)
_TEASER_WORDS = 50  # the most words of the teaser under that stamp
# The outlet after a bar or a slash on the date's line: "/ CBS News", "| Reuters".
# Or the outlet that published it: "Published 27 February 2024 by the Island Herald".
_OUTLET_AFTER = re.compile(
    r"(?:[/|·•]|by[^\S\n]+the)[^\S\n]*[A-Z][\w&.'’-]*(?:[^\S\n]+(?:[A-Z][\w&.'’-]*|of|the|&)){0,3}"
)
# The page's age after the date on its line, its label maybe before it, as pages in several
# languages write it: "Updated 2 hours ago", "Atualizado há 2 horas", "Actualizado hace 3
# horas", "mis à jour il y a 2 heures", "Aktualisiert vor 2 Stunden", "2 ore fa".
_AGE_AFTER = re.compile(
    r"(?:(?:(?:last\s+)?updated|atualizad[oa]|actualizad[oa]|aggiornato|aktualisiert|"
    r"mis\s+[àa]\s+jour|bijgewerkt)\s*:?\s+)?"
    r"(?:(?:h[áa]|hace|il\s+y\s+a|vor)\s+\d{1,3}\s+\w+|\d{1,3}\s+\w+\s+(?:ago|fa|geleden))\.?",
    re.IGNORECASE,
)
WIDE_GAP = re.compile(r"[ \t\u00a0]{3,}|\t")  # columns of a page's running head


class HeaderDates(BodyReader):
    """The header's date lines, read for the reader of a plain text."""

    def _line_date(self, lines: list[Line], index: int) -> DateLine | None:
        """The date of a header line that starts with one, or that a short label is glued to;
        of "Updated: 13 Oct | Published: 12 Oct" the published one; none of a browser's head
        of a printed page ("12/10/2023, 14:05 <the page's title>", furniture). Under a credit,
        of the place filed from and its date ("HT Correspondent" / "New Delhi, May 29, 2024")."""
        line = lines[index]
        start, end = line.content_start, line.content_end
        if print_head(line.shown):
            return None
        named = self._under_credit(lines, index)
        dated = date_line(self.text, start, end, True, named) or glued_date(self.text, start, end)
        if dated is not None and dated.updated:
            dated = part_date(self.text, start, end) or dated
        return dated

    def _under_credit(self, lines: list[Line], index: int) -> bool:
        """Whether the line above, recorded in the header and no headline, is a byline or a
        desk's credit alone ("HT Correspondent", "Staff Reporter"): capitalised words and a
        date under it name the place filed from, no second author."""
        if index == 0 or not self.layout.header:
            return False
        above = lines[index - 1]
        if self.layout.header[-1].start != above.start or above.shown == self.layout.title:
            return False
        found = byline(self.text, above.content_start, above.content_end, bare=True)
        return found is not None and not self.text[found.rest : above.content_end].strip()

    def _day_month(self, line: Line) -> bool:
        """Record a header line of a day and month with no year, alone ("29 June") or after a
        label ("Published Tuesday, May 14 at 6:12 p.m."): its date ranks after a full one."""
        start, end = line.content_start, line.content_end
        if line.shown != self.text[start:end]:
            return False
        partial = parse_date_words(line.shown)
        if partial is not None:
            self.dates.add(2, shift(partial, start))
        else:
            labelled = labelled_day_month(self.text, start, end)
            if labelled is None:
                return False
            self.dates.add(2 + labelled.updated, labelled.date)
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _teaser(self, lines: list[Line], index: int) -> bool:
        """Record the teaser told in a sentence or two under a "Stand:" stamp, the article
        after it with no blank line between ("Stand: 10.01.2024 06:12 Uhr" / "Die Gewerkschaft
        hat ihren Streik begonnen. Im Fernverkehr fällt ein Großteil der Züge aus." / the
        article): the page's summary, not its first news."""
        line, stamp = lines[index], lines[index - 1]
        if index == 0 or index + 1 >= len(lines) or not _STAND.match(stamp.shown):
            return False
        if not self.layout.header or self.layout.header[-1].start != stamp.start:
            return False
        if stamp.block != line.block or not ends_sentence(line.shown):
            return False
        if len(line.shown.split()) > _TEASER_WORDS:
            return False
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _marked_date(self, line: Line) -> bool:
        """A date line or a meta line with markup inside it, as a reader sees it: "- **Date:**
        12 October 2023", "**Marco Rossi** · October 12, 2023", a table's "| Date | 12 October
        2023 |"; its date words found in the line's text."""
        shown = table_row(line.shown) or line.shown  # "| Date | 12 October 2023 |"
        if shown == self.text[line.content_start : line.content_end]:
            return False
        dated = date_line(shown, 0, len(shown))
        name = byline(shown, 0, len(shown), bare=True) if dated is None else None
        if name is not None:
            dated = date_after(shown, name.rest, len(shown), explicit=False)
        elif dated is None:
            dated = part_date(shown, 0, len(shown))
        elif shown[dated.rest_start :].strip():
            return False
        if dated is None:
            return False
        same = self._same_date(line, dated)
        if same is None:
            return False
        self.dates.add(1 + (1 if dated.updated else 0), same)
        self.layout.author = self.layout.author or (name.author if name else "")
        return True

    def _parts_line(self, lines: list[Line], index: int, title_seen: bool) -> bool:
        """Record a header line of short pieces set apart by bars, slashes, dots, bullets or
        dashes, one a date: its date, and its author when a piece is a person's byline; read
        as a reader sees it ("**By Jane Doe** | Regional Times | 12 March 2025"). Over the
        article's text with no headline yet, it is the headline ("Weekly update | 12 Oct 2023"
        / the article)."""
        line = lines[index]
        start, end = line.content_start, line.content_end
        if archive_banner(line.shown):
            return False  # "Saved 12 Oct 2023 08:30 | 14 captures | 1 Jun 2023 - 3 Feb 2024"
        marked = line.shown != self.text[start:end]
        found = (
            parts_line(line.shown, 0, len(line.shown))
            if marked
            else parts_line(self.text, start, end)
        )
        if found is None:
            return False
        if not title_seen and not (
            index + 1 < len(lines) and title_like(lines[index + 1], lines, index + 1)
        ):
            return False
        dated = self._same_line(line, found.dated) if marked else found.dated
        if dated is None:
            return False
        if dated.updated and not marked:  # "Apr 12 · Updated Apr 13, 2024": of the 12th
            days = find_day_months(self.text[start : dated.label_start], start)
            if days:
                self.dates.add(2, days[0])  # before the update, of the same rank
        self.dates.add_line(1, dated)
        self.layout.author = self.layout.author or found.author
        self.layout.header.append(Span(line.start, line.end))
        return True

    def _same_line(self, line: Line, dated: DateLine) -> DateLine | None:
        """A date line read as a reader sees it ("**Published:** 05/01/2024 · …"), its date
        where its source writes it; a numeric date either way round with both readings."""
        if dated.day_first is None:
            same = self._same_date(line, dated)
            return None if same is None else DateLine(same.start, same, same.end, dated.updated)
        shown = line.shown[dated.date.start : dated.date.end]
        at = self.text.find(shown, line.content_start, line.content_end)
        if at < 0:
            return None
        readings = [
            DateMatch(at, at + len(shown), d.year, d.month, d.day)
            for d in (dated.date, dated.day_first)
        ]
        return DateLine(
            line.content_start, readings[0], at + len(shown), dated.updated, readings[1]
        )

    def _same_date(self, line: Line, dated: DateLine) -> DateMatch | None:
        """The date a reader sees on the line, where its source writes it."""
        day = (dated.date.year, dated.date.month, dated.date.day)
        raw = self.text[line.content_start : line.content_end]
        same = [d for d in find_full_dates(raw) if (d.year, d.month, d.day) == day]
        return shift(same[0], line.content_start) if same else None

    def _date_line(self, dated: DateLine, line: Line, rank: int) -> bool:
        """Record a date line; True when article text is glued after the date."""
        self.dates.add_line(rank, dated)
        rest = trimmed(self.text, dated.rest_start, line.content_end)
        header_end = rest.start if rest else line.end
        head = trimmed(self.text, line.start, header_end)
        if head is not None:
            self.layout.header.append(head)
        if rest is None:
            return False
        words = self.text[rest.start : rest.end]
        stop = self._button_after(rest)  # "… by Jane Doe Leave a Comment"
        name = byline(self.text, rest.start, stop, bare=False)  # "October 12, 2023 by …"
        if name is not None and not self.text[name.rest : stop].strip():
            self.layout.author = self.layout.author or name.author
            self.layout.header.append(rest)
            return False
        if (
            WIDE_GAP.search(self.text, dated.date.end, rest.start)
            or self._stamps(rest)
            or _OUTLET_AFTER.fullmatch(words)  # "April 21, 2024 / 11:30 AM EDT / CBS News"
            or _AGE_AFTER.fullmatch(words)  # "08/05/2024 10h32 Atualizado há 2 horas"
        ):
            self.layout.header.append(rest)  # a running head's column, or more stamps
            return False
        if not self.layout.title and _CAPITALS_HEADLINE.fullmatch(words):
            self.layout.title = " ".join(words.split())  # a wire terminal's "04-Mar-2024 08:12
            self.layout.header.append(rest)  # GMT  OIL PRICES RISE AFTER OPEC SIGNALS CUTS"
            return False
        if is_caption(words) or is_boilerplate(words) or not any(c.isalnum() for c in words):
            self.layout.boilerplate.append(Span(rest.start, line.end))
            return False
        self.body_lines.append((line.block, rest.start, line.end))
        return True

    def _button_after(self, rest: Span) -> int:
        """Where a page's button ends the text after the date on its line ("by Jane Doe Leave
        a Comment"), else the end; the first few words kept for the byline."""
        # One word past the most tells a longer line: its other words are not read.
        words = list(
            islice(_WORD.finditer(self.text, rest.start, rest.end), _BUTTON_LINE_WORDS + 1)
        )
        if len(words) > _BUTTON_LINE_WORDS:
            return rest.end
        for word in words[2:]:
            if is_boilerplate(self.text[word.start() : rest.end]):
                return word.start()
        return rest.end

    def _stamps(self, rest: Span) -> bool:
        """What a copied page glued right after the date (no space between): another date, a
        label's, or a short stamp ("…2023Updated Oct. 13, 2023", "…202312 Oct 2023",
        "…2:05 PM UTCUpdated ago"); not a lede glued so, told in more words."""
        if self._updated_after(rest):
            return True
        if not self.text[rest.start - 1].isalnum():
            # The page's updated date after a space alone: "Posted : 2024-03-12 10:05 Updated :
            # 2024-03-12 11:30".
            dated = date_line(self.text, rest.start, rest.end)
            return dated is not None and dated.updated and dated.rest_start >= rest.end
        short = len(self.text[rest.start : rest.end].split()) <= _STAMP_WORDS
        return short or date_line(self.text, rest.start, rest.end) is not None

    def _updated_after(self, rest: Span) -> bool:
        """The page's other date after a mark and its label: "…, updated 13 Oct 2023 14:05",
        "…, modifié le 12 mars 2023 à 08h15", "… (Updated: 12 Mar 2024 11:30AM)", or its other
        clock time: "…, first published 9:30am"; not a sentence going on after the date."""
        label = _MARK.match(self.text, rest.start, rest.end)
        if label is None:
            return False
        if _STAMP_AFTER.fullmatch(self.text, label.end(), rest.end):
            return True  # "…, updated at 8:30 pm", "… 10:05 pm IST - NEW DELHI"
        end = rest.end - 1 if self.text[label.start()] == "(" else rest.end  # "(Updated: …)"
        if self.text[label.start()] == "(" and self.text[end] != ")":
            return False
        dated = date_line(self.text, label.end(), end)
        return dated is not None and dated.updated and dated.rest_start >= end
