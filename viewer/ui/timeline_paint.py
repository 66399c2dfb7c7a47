"""Drawing helpers for the timeline: calendar ticks and theme-aware colours."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor, QPalette

from viewer.core.annotations import Status

# Calendar units from finest to coarsest, with their rough length in days.
UNITS: tuple[tuple[str, float], ...] = (
    ("day", 1.0),
    ("week", 7.0),
    ("month", 30.44),
    ("quarter", 91.3),
    ("year", 365.25),
    ("5 years", 1826.0),
    ("decade", 3652.0),
    ("50 years", 18262.0),
    ("century", 36525.0),
)
LABEL_ROOM = {"day": 56, "week": 76, "month": 64, "quarter": 58, "year": 44}
MIN_ORDINAL, MAX_ORDINAL = 1, date(9999, 12, 31).toordinal()


def _clamp(day: float) -> int:
    return max(MIN_ORDINAL, min(MAX_ORDINAL, int(day)))


def _month_start(year: int, month: int) -> int:
    return date(year, month, 1).toordinal()


def boundaries(unit: str, first_day: float, last_day: float) -> Iterator[int]:
    """Day ordinals where each unit starts, from the one at or before first_day to last_day."""
    lo, hi = _clamp(first_day), _clamp(last_day)
    if unit == "day":
        yield from range(lo, hi + 2)
        return
    if unit == "week":
        # Ordinal 1 (1 January of year 1) was a Monday.
        yield from range(lo - (lo - 1) % 7, hi + 8, 7)
        return
    start = date.fromordinal(lo)
    if unit in ("month", "quarter"):
        step = 1 if unit == "month" else 3
        year, month = start.year, start.month - (start.month - 1) % step
        while True:
            day = _month_start(year, month)
            yield day
            if day > hi:
                return
            month += step
            if month > 12:
                year, month = year + 1, month - 12
            if year > 9999:
                return
    years = {"year": 1, "5 years": 5, "decade": 10, "50 years": 50, "century": 100}[unit]
    year = max(1, start.year - start.year % years)
    while year <= 9999:
        day = date(year, 1, 1).toordinal()
        yield day
        if day > hi:
            return
        year += years


def label(unit: str, day: int) -> str:
    """A tick's label at this unit."""
    d = date.fromordinal(day)
    if unit == "day":
        return f"{d:%a} {d.day}"
    if unit == "week":
        return f"W{d.isocalendar().week} · {d.day} {d:%b}"
    if unit == "month":
        return f"{d:%b}"
    if unit == "quarter":
        return f"Q{(d.month - 1) // 3 + 1}"
    return str(d.year)


def context_label(unit: str, day: int) -> str:
    """The wider unit a tick sits in, shown on the upper row of the axis."""
    d = date.fromordinal(day)
    if unit in ("day", "week"):
        return f"{d:%B %Y}"
    if unit in ("month", "quarter"):
        return str(d.year)
    return ""


def parity(unit: str, day: int) -> bool:
    """Every other unit is shaded; parity by calendar so bands don't flip while scrolling."""
    d = date.fromordinal(day)
    if unit == "day":
        return day % 2 == 0
    if unit == "week":
        return (day // 7) % 2 == 0
    if unit == "month":
        return (d.year * 12 + d.month) % 2 == 0
    if unit == "quarter":
        return (d.year * 4 + d.month // 3) % 2 == 0
    return d.year % 2 == 0 if unit == "year" else (d.year // 5) % 2 == 0


def context_unit(unit: str) -> str:
    return {"day": "month", "week": "month", "month": "year", "quarter": "year"}.get(unit, "")


def choose_units(px_per_day: float) -> tuple[str, str]:
    """The labelled unit (wide enough for its label) and the finest unit worth a tick mark."""
    major = UNITS[-1][0]
    for name, days in UNITS:
        if days * px_per_day >= LABEL_ROOM.get(name, 44):
            major = name
            break
    minor = major
    for name, days in UNITS:
        if days * px_per_day >= 6:
            minor = name
            break
    return major, minor


@dataclass(frozen=True)
class Theme:
    """Colours for one palette, so light and dark themes both read well."""

    background: QColor
    band: QColor
    text: QColor
    faint_text: QColor
    grid: QColor
    highlight: QColor
    highlight_text: QColor
    star: QColor
    status: dict[Status, QColor]
    dark: bool
    card: QColor  # a card's face: a little off the background, so cards stand out
    chip: QColor  # a cluster chip's face
    leader: QColor  # the lines from cards to their dates

    @staticmethod
    def from_palette(palette: QPalette) -> Theme:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        text = palette.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlphaF(0.6)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        band = QColor(text)
        band.setAlphaF(0.035)
        hues = {
            Status.UNREVIEWED: QColor("#6d7f95"),
            Status.CONFIRMED: QColor("#2e9d5b"),
            Status.DISPUTED: QColor("#d9820f"),
            Status.REJECTED: QColor("#c0392b"),
        }
        if dark:
            hues = {s: c.lighter(135) for s, c in hues.items()}
        card = base.lighter(118) if dark else QColor(base).darker(102)
        chip = QColor(text)
        chip.setAlphaF(0.09)
        leader = QColor(text)
        leader.setAlphaF(0.3)
        return Theme(
            background=base,
            band=band,
            text=text,
            faint_text=faint,
            grid=grid,
            highlight=palette.color(QPalette.ColorRole.Highlight),
            highlight_text=palette.color(QPalette.ColorRole.HighlightedText),
            star=QColor("#f4b400") if dark else QColor("#e0a000"),
            status=hues,
            dark=dark,
            card=card,
            chip=chip,
            leader=leader,
        )
