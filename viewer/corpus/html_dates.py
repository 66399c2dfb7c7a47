"""The publication date of an HTML page: its meta tags, its time elements, its header's date
line, an element marked as its date, its address, its update or its dateline, in that order."""

from __future__ import annotations

import re
from datetime import date

from viewer.core.model import Span
from viewer.core.visible import VisibleText
from viewer.corpus.dates import (
    DateLine,
    DateMatch,
    date_line,
    find_full_dates,
    parse_date_words,
)
from viewer.corpus.either_way import either_way
from viewer.corpus.html_furniture import AWAY_FROM_ARTICLE, MARK_SOURCE, STRONG_FURNITURE
from viewer.corpus.html_scan import Scan
from viewer.corpus.meta_lines import date_after, part_date
from viewer.corpus.metadata import byline

# A date shows this little text in an element the page marks as its date.
_DATE_SHOWN = 100
# A day in a page's address: "/2015/03/18/" (some sites write "/2015-03-18/").
_ADDRESS_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)([/-])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?=[/_.-])")
_DATE_METAS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
    "parsely-pub-date", "sailthru.date", "article.published",
)  # fmt: skip
# A stamp's clock time with its zone: "T01:00:00Z", "T23:30:00-05:00".
_ZONED_TIME = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)")
_UPDATED_METAS = ("article:modified_time", "datemodified", "last-modified", "dcterms.modified")
# The language the page declares, with its country: "en-GB", "fr", "en_US".
_PAGE_LANGUAGE = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?(?P<lang>[A-Za-z]{2,3})(?:[-_](?P<country>[A-Za-z]{2}))?",
    re.IGNORECASE,
)
_LANGUAGE_LOOKS = 20_000  # the html element opens the page, after a doctype and comments
# Languages whose countries all write a numeric date day first, and English's countries
# that write it month first (Canada writes both: no telling).
_DAY_FIRST_LANGUAGES = frozenset(
    "fr de es it pt nl sv da nb nn no fi pl ru uk tr el cs sk ro ga cy ca id ms vi".split()
)
_MONTH_FIRST_COUNTRIES = frozenset({"us", "ph"})


class PageDates:
    """The dates an HTML page states, at their offsets in its source."""

    def __init__(self, text: str, scan: Scan, visible: VisibleText) -> None:
        self.text = text
        self.scan = scan
        self.visible = visible

    def meta_value(self, names: tuple[str, ...]) -> Span | None:
        for name in names:
            if name in self.scan.metas:
                return self.scan.metas[name]
        return None

    def from_shown(self, found: DateMatch, first: int) -> DateMatch:
        """A date found in the shown text from `first` on, at its offsets in the source."""
        start, end = self.visible.to_source(first + found.start, first + found.end)
        return DateMatch(start, end, found.year, found.month, found.day)

    def date(self, header: list[Span], filed: DateMatch | None) -> DateMatch | None:
        """The page's date; `filed` is the day its dateline names, the last resort."""
        shown, updated, partial = self._header_dates(header)
        meta = self.meta_value(_DATE_METAS)
        dates = find_full_dates(self.text[meta.start : meta.end], meta.start) if meta else []
        if meta is not None and dates:
            # A stamp's clock time in another zone may fall on the day after or before the
            # one the page shows: "2024-03-12T01:00:00Z" of "March 11, 2024 9:00 PM EDT".
            moved = shown is not None and abs((shown.full() - dates[0].full()).days) == 1
            zoned = _ZONED_TIME.search(self.text, meta.start, meta.end) is not None
            return shown if moved and zoned else dates[0]
        found, entries = self._timed()
        if found is not None:
            return found
        if shown is not None or updated is not None:
            # An update's full date dates the page only where no day and month without a
            # year does: "Apr 12" / "Updated Apr 13, 2024" was published on the 12th.
            return shown or partial or updated
        first_entry = min(entries, key=lambda found: found.full(), default=None)
        marked = self._marked_date() or self._address_date() or self._updated_date()
        return marked or first_entry or partial or filed

    def _header_dates(
        self, header: list[Span]
    ) -> tuple[DateMatch | None, DateMatch | None, DateMatch | None]:
        """The first date line of the header, the first one of its update, and its first day
        and month with no year ("Tuesday, May 14")."""
        updated = partial = None
        for region in header:
            first, words = self.visible.shown_at(region.start, region.end)
            dated = (
                date_line(words, 0, len(words), either=True)
                or part_date(words, 0, len(words))
                or _byline_date(words)
            )
            found = self._one_reading(dated, words, region) if dated is not None else None
            if found is not None and not (dated is not None and dated.updated):
                return self.from_shown(found, first), updated, partial
            if found is not None and updated is None:
                updated = self.from_shown(found, first)
            day = parse_date_words(words) if partial is None else None
            partial = self.from_shown(day, first) if day is not None and not day.year else partial
        return None, updated, partial

    def _timed(self) -> tuple[DateMatch | None, list[DateMatch]]:
        """The date of the page's first time element that is not furniture; or the dates of
        a live page's entries, whose header says when it was published."""
        entries: list[DateMatch] = []
        for content, stamp, context in self.scan.times:
            if context & STRONG_FURNITURE:
                continue  # a related story's or a comment's time ("footer" may be the story's)
            in_words = self._dates_shown(content)
            in_stamp = self._dates_in(stamp)
            found = None
            if in_words and (not in_stamp or in_stamp[0].full() == in_words[0].full()):
                found = in_words[0]
            elif in_stamp:
                found = in_stamp[0]
            if found is not None and "live" in context and context & _ENTRY_WORDS:
                entries.append(found)
            elif found is not None:
                return found, entries
        return None, entries

    def _one_reading(self, dated: DateLine, words: str, region: Span) -> DateMatch | None:
        """The date of a header's date line; a numeric date either way round ("04/05/2024")
        only as the page says which, by its other dates or its language."""
        if dated.day_first is None:
            return dated.date
        elsewhere = (
            self.visible.shown(0, region.start)
            + "\n"
            + self.visible.shown(region.end, len(self.text))
        )
        readings = (dated.date, dated.day_first)
        return either_way(words, readings, elsewhere, self._day_first())

    def _day_first(self) -> bool | None:
        """Whether the page's declared language writes a numeric date day first; None when
        it declares none, or one whose countries differ ("en", "en-CA")."""
        match = _PAGE_LANGUAGE.search(self.text, 0, _LANGUAGE_LOOKS)
        if match is None:
            return None
        lang, country = match["lang"].lower(), (match["country"] or "").lower()
        if lang == "en":
            return None if country in ("", "ca") else country not in _MONTH_FIRST_COUNTRIES
        return True if lang in _DAY_FIRST_LANGUAGES else None

    def _dates_in(self, span: Span | None) -> list[DateMatch]:
        """Dates written in an attribute's value."""
        return [] if span is None else find_full_dates(self.text[span.start : span.end], span.start)

    def _dates_shown(self, span: Span) -> list[DateMatch]:
        """Dates a reader sees in a span ("March&nbsp;9, 2022" too), at their source offsets."""
        first, words = self.visible.shown_at(span.start, span.end)
        return [self.from_shown(found, first) for found in find_full_dates(words)]

    def _marked_date(self) -> DateMatch | None:
        """The first full date shown in a short element the page marks as its date (class
        "date", "timestamp", "pubTime"…), away from comments and related stories."""
        for block in sorted(self.scan.dated, key=lambda b: b.span.start):
            span = block.span
            if block.context & AWAY_FROM_ARTICLE or span.end - span.start > MARK_SOURCE:
                continue
            if len(self.visible.shown(span.start, span.end)) <= _DATE_SHOWN:
                found = self._dates_shown(span)
                if found:
                    return found[0]
        return None

    def _address_date(self) -> DateMatch | None:
        """The day the page's own address names, as news sites file their stories
        (".../world/2015/03/18/gunmen-storm-museum..."), when the page shows none."""
        address = self.meta_value(("og:url", "twitter:url"))
        if address is None:
            return None
        found = _ADDRESS_DAY.search(self.text, address.start, address.end)
        if found is None:
            return None
        year, month, day = (int(found.group(key)) for key in ("y", "m", "d"))
        try:
            date(year, month, day)
        except ValueError:
            return None
        return DateMatch(found.start("y"), found.end(), year, month, day)  # "2015/03/18"

    def _updated_date(self) -> DateMatch | None:
        """The date a page was last updated (a dateline's day comes after it)."""
        updated = self.meta_value(_UPDATED_METAS)
        if updated is not None:
            dates = find_full_dates(self.text[updated.start : updated.end], updated.start)
            if dates:
                return dates[0]
        return None


# The class words of a live page's entry: "live-post", "live-update", "liveblog-entry".
_ENTRY_WORDS = frozenset({"post", "entry", "update", "updates", "event", "block", "item"})


def _byline_date(words: str) -> DateLine | None:
    """The date on a header's byline after its name: "By Jane Doe, 12 March 2024", "By Jane
    Doe 12 March 2024 10:05 GMT"."""
    words = words.replace("\n", " ")  # "By Jane Doe<br>Published: 27 February 2024"
    name = byline(words, 0, len(words), bare=False)
    if name is not None:
        return date_after(words, name.rest, len(words), explicit=True)
    name = byline(words, 0, len(words), bare=True)  # "Jane Doe, 12 March 2024"
    return None if name is None else date_after(words, name.rest, len(words), explicit=False)
