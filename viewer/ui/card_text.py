"""What a card says and where, worked out once per card and kept: its title on one or two
lines, its date, its sources and its marks. Painting is then a few batched draws."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from viewer.core.annotations import Status
from viewer.core.model import Precision
from viewer.core.source_names import short_date
from viewer.core.strip_packing import COMPACT, MINI, Card
from viewer.core.timeline import STATUSES, TimelineData

TITLE, SMALL, STAR = 0, 1, 2  # the kinds of text on a card: title, faint small text, star
STRIPE_W = 4.0
PAD = 7.0

# A review status as a sign, on cards and in the list: its colour alone is lost on a reader
# who cannot tell green from orange or red, or on a picture printed in grey.
STATUS_GLYPHS = {
    Status.UNREVIEWED: "",
    Status.CONFIRMED: "✓",
    Status.DISPUTED: "?",
    Status.REJECTED: "✗",
}
_STATUS_MARKS = [STATUS_GLYPHS[status] for status in STATUSES]

Piece = tuple[float, float, str, int]  # x and baseline from the card's top left, text, kind


def source_counts(count: int) -> str:
    return "1 source" if count == 1 else f"{count} sources"


def card_tooltip(
    data: TimelineData, row: int, source_name: Callable[[str], str], sentence: str
) -> str:
    """A card's tooltip: its title, date, status and sources, and its sentence."""
    status = STATUSES[int(data.status[row])].value
    sources = {data.source_names[c] for c in data.doc_code[data.doc_event == row].tolist()}
    # Titles, sentences and names come from articles: escaped, never read as markup.
    lines = [
        f"<b>{html.escape(data.titles[row])}</b>",
        html.escape(
            f"{short_date(data.date_of(row))} · {status}"
            f"{' · starred' if data.starred[row] else ''}"
            f" · {source_counts(int(data.source_count[row]))}"
        ),
    ]
    lines.extend(html.escape(source_name(s)) for s in sorted(sources)[:6])
    if sentence:
        lines.append(f"<i>{html.escape(sentence)}</i>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def compact_date(data: TimelineData, row: int, year_said: bool = True) -> str:
    """A card's date without the year the axis over it says: 9 Mar, 5–6 Mar, Week 10, Mar;
    with it where the axis does not (see CardTexts.year_said)."""
    value = data.date_of(row)
    label = short_date(value)
    if not year_said or value.precision is Precision.YEAR or value.first.year != value.last.year:
        return label
    return label.rsplit(" ", 1)[0]  # "9 Mar", "Week 10", "Mar"


@dataclass
class CardFonts:
    """The fonts of a card and their metrics."""

    title: QFont
    small: QFont

    def __post_init__(self) -> None:
        self.title_metrics = QFontMetricsF(self.title)
        self.small_metrics = QFontMetricsF(self.small)


class CardTexts:
    """Each card's pieces of text, kept by what they depend on, so a scroll reuses them."""

    def __init__(self, fonts: CardFonts) -> None:
        self.fonts = fonts
        self._kept: dict[tuple[object, ...], list[Piece]] = {}
        self.pixels_per_day = 0.0  # the strip's scale, set by its painter; 0 when unknown

    def year_said(self, data: TimelineData, card: Card) -> bool:
        """Whether the axis over the whole card is its event's year. A card pushed away
        from its date, or one spanning years at a coarse zoom, says the year itself: "2 Mar"
        over 2011 was an event of 2019."""
        if self.pixels_per_day <= 0:
            return True
        first = int(data.first[card.row])
        middle = (first + int(data.last[card.row]) + 1) / 2
        left = middle + (card.x - card.anchor) / self.pixels_per_day
        right = left + card.w / self.pixels_per_day
        year = date.fromordinal(first).year
        return _year_at(left) == year == _year_at(right)

    def pieces(self, data: TimelineData, card: Card) -> list[Piece]:
        row = card.row
        marks = _marks(data, row)
        year = self.year_said(data, card)
        key = (
            year,
            data.titles[row],
            int(data.first[row]),
            int(data.last[row]),
            int(data.precision[row]),
            int(data.source_count[row]),
            bool(data.starred[row]),
            marks,
            card.style,
            card.w,
            card.h,
        )
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) > 20_000:
                self._kept.clear()
            found = self._kept[key] = self._lay_out(data, card, marks, year)
        return found

    def _lay_out(self, data: TimelineData, card: Card, marks: str, year: bool) -> list[Piece]:
        left, right = STRIPE_W + PAD - 2, card.w - PAD + 2
        if card.style == MINI:
            return self._mini(data, card.row, marks, (left, right), card.h, year)
        if card.style == COMPACT:
            return self._compact(data, card.row, marks, (left, right), year)
        return self._full(data, card.row, marks, left, right, card.h)

    def _right_side(
        self, data: TimelineData, row: int, tail: str, right: float, baseline: float
    ) -> tuple[list[Piece], float]:
        """Star and small text flush right on one line; returns them and the space left."""
        pieces: list[Piece] = []
        small = self.fonts.small_metrics
        if data.starred[row]:
            width = small.horizontalAdvance("★")
            pieces.append((right - width, baseline, "★", STAR))
            right -= width + 3
        if tail:
            width = small.horizontalAdvance(tail)
            pieces.append((right - width, baseline, tail, SMALL))
            right -= width + 5
        return pieces, right

    def _mini(
        self,
        data: TimelineData,
        row: int,
        marks: str,
        sides: tuple[float, float],
        height: float,
        year: bool,
    ) -> list[Piece]:
        """One line: the title, then its date (and star) small at the right."""
        left, right = sides
        metrics = self.fonts.title_metrics
        baseline = height / 2 + metrics.ascent() / 2 - 1.5
        count = int(data.source_count[row])
        tail = " ".join(filter(None, [marks, compact_date(data, row, year)]))
        tail += f" · {count}×" if count > 1 else ""
        pieces, room = self._right_side(data, row, tail, right, baseline)
        title = metrics.elidedText(_title(data, row), Qt.TextElideMode.ElideRight, room - left)
        return [(left, baseline, title, TITLE), *pieces]

    def _compact(
        self, data: TimelineData, row: int, marks: str, sides: tuple[float, float], year: bool
    ) -> list[Piece]:
        """Two lines of title; its date (and sources, when several) small at the top right,
        its star and marks at the bottom right."""
        left, right = sides
        metrics = self.fonts.title_metrics
        first_base = 2 + metrics.ascent() + 1
        second_base = first_base + metrics.height()
        count = int(data.source_count[row])
        when = compact_date(data, row, year) + (f" · {count}×" if count > 1 else "")
        top, first_room = self._right_side(data, row, when, right, first_base)
        top = [piece for piece in top if piece[3] != STAR]  # the star goes below
        bottom, second_room = self._right_side(data, row, marks, right, second_base)
        first, second = wrap(metrics, _title(data, row), first_room - left, right - left)
        second = metrics.elidedText(second, Qt.TextElideMode.ElideRight, second_room - left)
        pieces = [(left, first_base, first, TITLE), *top, *bottom]
        if second:
            pieces.append((left, second_base, second, TITLE))
        return pieces

    def _full(
        self, data: TimelineData, row: int, marks: str, left: float, right: float, height: float
    ) -> list[Piece]:
        """Two lines of title, and a line of date and sources with the marks and star."""
        metrics, small = self.fonts.title_metrics, self.fonts.small_metrics
        first_base = 2 + metrics.ascent() + 1
        first, second = wrap(metrics, _title(data, row), right - left, right - left)
        pieces = [(left, first_base, first, TITLE)]
        if second:
            pieces.append((left, first_base + metrics.height(), second, TITLE))
        baseline = height - 2 - small.descent() - 1
        meta_pieces, room = self._right_side(data, row, marks, right, baseline)
        count = source_counts(int(data.source_count[row]))
        meta = f"{short_date(data.date_of(row))} · {count}"
        meta = small.elidedText(meta, Qt.TextElideMode.ElideRight, room - left)
        return [*pieces, (left, baseline, meta, SMALL), *meta_pieces]


def wrap(metrics: QFontMetricsF, title: str, first_room: float, width: float) -> tuple[str, str]:
    """A title on at most two lines, broken at words (the first line first_room wide), the
    second elided at width."""
    words = title.split()
    first = ""
    for k, word in enumerate(words):
        attempt = f"{first} {word}" if first else word
        if metrics.horizontalAdvance(attempt) > first_room:
            rest = " ".join(words[k:])
            if not first:  # one long word: elide it on the first line
                first = metrics.elidedText(attempt, Qt.TextElideMode.ElideRight, first_room)
                rest = " ".join(words[k + 1 :])
            return first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = attempt
    return first, ""


def _year_at(day: float) -> int:
    """The year of a day counted as date.toordinal() does, kept within the calendar."""
    return date.fromordinal(min(max(int(day), 1), date.max.toordinal())).year


def _title(data: TimelineData, row: int) -> str:
    return data.titles[row] or short_date(data.date_of(row))


def _marks(data: TimelineData, row: int) -> str:
    status = _STATUS_MARKS[int(data.status[row])]
    marks = [status] if status else []
    if data.has_note[row]:
        marks.append("✎")
    if data.tags[row]:
        marks.append("#")
    if data.edited[row]:
        marks.append("⟳")  # the user changed its date or title
    return " ".join(marks)
