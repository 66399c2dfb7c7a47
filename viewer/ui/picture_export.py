"""Pictures of the timeline, PNG or SVG, from the window or headless from the command line:
the same layout and painter as the window, with a title and the date range above."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPaintDevice, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QStyleFactory

from viewer.core.annotations import Status
from viewer.core.day_words import day_span
from viewer.core.importance import KEY_THRESHOLD, importance
from viewer.core.lanes import LaneKind, assign_lanes, lanes_with_events
from viewer.core.source_names import document_labels, document_names
from viewer.core.strip_layout import (
    StripLayout,
    StripLayouter,
    View,
    days_in_view,
    fit_window,
    shown_span,
)
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.card_text import STATUS_GLYPHS
from viewer.ui.picture_paper import SCREEN_DPI, logical_dpi, set_png_dpi, svg_on_paper
from viewer.ui.strip_painter import StripScene, paint_timeline, strip_sizes
from viewer.ui.timeline_axis import Frame, axis_height
from viewer.ui.timeline_paint import Theme
from viewer.workspace import Workspace
from viewer.workspace.picture_titles import corpus_title

PNG_SCALE = 2.0  # device pixels per logical pixel, so the PNG stays crisp on paper and HiDPI
HEADER_H = 54
MARGIN = 16
FORMATS = {".png": "PNG", ".svg": "SVG"}
# Logical sizes: a 16:9 slide (3200 x 1800 pixels in the PNG); A4 landscape (300 dpi in the PNG).
SIZES = {"slide": QSize(1600, 900), "print": QSize(1754, 1240)}


class PictureError(Exception):
    """A picture could not be written; the message is one line for the user."""


@dataclass(frozen=True)
class ShownDays:
    """Which days a picture shows: from first_day at pixels_per_day (None fits all shown)."""

    first_day: float
    pixels_per_day: float


@dataclass(frozen=True)
class Display:
    """How the strip is drawn: key events only (from a threshold) or all, and its lanes."""

    key_only: bool = False
    threshold: float = KEY_THRESHOLD
    lanes: LaneKind = LaneKind.NONE


def picture_size(text: str) -> QSize:
    """ "slide", "print" or WIDTHxHEIGHT (logical pixels) as a size; ValueError otherwise.
    Read as a person writes it: "Slide", "1600 x 900" and "1600×900" too."""
    said = "".join(text.split()).lower().replace("×", "x")
    if said in SIZES:
        return SIZES[said]
    width, sep, height = said.partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f"{text}: say slide, print or WIDTHxHEIGHT, e.g. 1600x900")
    size = QSize(int(width), int(height))
    if not (320 <= size.width() <= 12000 and 200 <= size.height() <= 12000):
        raise ValueError(f"{text}: a picture is 320x200 to 12000x12000")
    return size


def picture_palette() -> QPalette:
    """Light colours whatever the desktop's theme: pictures end up in reports and on paper."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
    return palette


@dataclass
class Picture:
    """What a picture shows: its layout, the days it covers and how it looks."""

    scene: StripScene
    layout: StripLayout
    title: str
    headline: str

    @property
    def size(self) -> QSize:
        frame = self.scene.frame
        return QSize(round(frame.width), round(frame.height) + HEADER_H)


def picture_of(
    data: TimelineData,
    mask: npt.NDArray[np.bool_] | None = None,
    frame: ShownDays | None = None,
    *,
    size: QSize | None = None,
    display: Display | None = None,
    source_name: Callable[[str], str] = str,
    title: str = "Timeline",
    font: QFont | None = None,
) -> Picture:
    """The layout a picture of these events has: the window's layout at the picture's size."""
    chosen = size or SIZES["slide"]
    shown = np.ones(len(data), np.bool_) if mask is None else mask.astype(np.bool_)
    shape = display or Display()
    base = QFont(font) if font is not None else QFont(QApplication.font())
    sizes = strip_sizes(base)
    width, height = float(chosen.width()), float(chosen.height() - HEADER_H)
    days: tuple[int, int] | None = None  # the days the headline names
    if frame is None:
        first, last = shown_span(data, shown)
        first_day, ppd = fit_window(first, last + 1, width, sizes.reach)
        # The whole timeline is its events' days, not the margin drawn around them: "24 Aug
        # 1817 – 10 May 2030" was said of events from 1833 to 2014.
        days = (first, last)
    else:
        first_day, ppd = frame.first_day, frame.pixels_per_day
    lanes = lanes_with_events(assign_lanes(data, shape.lanes, source_name, shown=shown), shown)
    layouter = StripLayouter(
        data,
        shown,
        importance(data),
        lanes,
        sizes,
        threshold=shape.threshold if shape.key_only else None,
    )
    layout = layouter.layout(View(first_day, ppd, width, height, axis_height(base)))
    height = max(height, layout.content_height)  # every lane, however many
    theme = Theme.from_palette(picture_palette())
    scene = StripScene(
        data,
        shown,
        Frame(first_day, ppd, width, height),
        theme,
        base,
        source_name=source_name,
        lane_headers=lanes.kind is not LaneKind.NONE,
        lane_of=lanes.of_row,
    )
    days = days or days_in_view(first_day, first_day + width / ppd)
    return Picture(scene, layout, title, _headline(data, shown, days))


def _headline(data: TimelineData, shown: npt.NDArray[np.bool_], days: tuple[int, int]) -> str:
    lo, hi = days
    rows = np.flatnonzero(shown)
    inside = int(np.count_nonzero((data.last[rows] >= lo) & (data.first[rows] <= hi)))
    noun = "event" if inside == 1 else "events"
    headline = f"{day_span(date.fromordinal(lo), date.fromordinal(hi))} · {inside:,} {noun}"
    return (
        headline + filtered_note(len(rows), unfiltered_count(data, shown)) + _status_key(data, rows)
    )


def _status_key(data: TimelineData, rows: npt.NDArray[np.intp]) -> str:
    """What the signs on the cards mean, for the statuses the picture shows: their stripes'
    colours alone do not tell them apart in grey or to a colour-blind reader."""
    present = sorted(set(data.status[rows].tolist()))
    signs = [(STATUS_GLYPHS[STATUSES[code]], STATUSES[code].value) for code in present]
    return "".join(f" · {sign} {word}" for sign, word in signs if sign)


def unfiltered_count(data: TimelineData, shown: npt.NDArray[np.bool_]) -> int:
    """How many events the view shows with no search or filter on: all but the rejected,
    which are hidden unless the rejected are shown (one of them is, then)."""
    rejected = data.status == STATUSES.index(Status.REJECTED)
    if bool((rejected & shown).any()):
        return len(data)
    return len(data) - int(np.count_nonzero(rejected))


def filtered_note(shown: int, total: int) -> str:
    """What a picture of only the events a search or filter lets through says of it, or ""
    when none is hidden: a reader of the picture must not take it for the whole timeline."""
    return "" if shown >= total else f" · filtered: {shown:,} of {total:,} events"


def _paint(device: QPaintDevice, picture: Picture) -> None:
    size = picture.size
    theme = picture.scene.theme
    painter = QPainter(device)
    painter.fillRect(QRect(QPoint(0, 0), size), theme.background)
    painter.setPen(theme.text)
    bold = QFont(picture.scene.font)
    bold.setBold(True)
    bold.setPointSizeF(bold.pointSizeF() * 1.35)
    painter.setFont(bold)
    top = QRectF(MARGIN, 4, size.width() - 2 * MARGIN, 26)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, picture.title)
    painter.setFont(picture.scene.font)
    painter.setPen(theme.faint_text)
    below = QRectF(MARGIN, 30, size.width() - 2 * MARGIN, 20)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(below, align, picture.headline)
    painter.translate(0, HEADER_H)
    painter.setClipRect(QRectF(0, 0, size.width(), size.height() - HEADER_H))
    paint_timeline(painter, picture.scene, picture.layout)
    painter.end()


def write_picture(
    path: Path,
    data: TimelineData,
    mask: npt.NDArray[np.bool_] | None = None,
    frame: ShownDays | None = None,
    *,
    title: str = "Timeline",
    size: QSize | None = None,
    display: Display | None = None,
    source_name: Callable[[str], str] = str,
) -> Picture:
    """Draw the events (those mask lets through) as a PNG or SVG, chosen by path's suffix."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise PictureError(f"{path}: name a .png or .svg file")
    picture = picture_of(
        data, mask, frame, size=size, display=display, source_name=source_name, title=title
    )
    full = picture.size
    dpi = logical_dpi(size or SIZES["slide"], SIZES["print"])
    if kind == "SVG":
        svg = QSvgGenerator()
        svg.setFileName(str(path))
        svg.setSize(full)
        svg.setViewBox(QRect(QPoint(0, 0), full))
        svg.setResolution(SCREEN_DPI)  # text as large as in the PNG and on screen
        svg.setTitle(title)
        svg.setDescription(picture.headline)
        _paint(svg, picture)
        if not path.is_file():
            raise PictureError(f"{path}: cannot write")
        path.write_text(svg_on_paper(path.read_text(encoding="utf-8"), full, dpi), "utf-8")
        return picture
    image = QImage(full * PNG_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    _paint(image, picture)
    set_png_dpi(image, dpi)  # after painting: the image's dpi would size its text
    if not image.save(str(path)):  # the format follows the suffix
        raise PictureError(f"{path}: cannot write")
    return picture


def export_workspace_pictures(
    workspace: Workspace,
    outputs: list[Path],
    *,
    title: str = "",
    size: QSize | None = None,
    display: Display | None = None,
) -> None:
    """Pictures of every event with no window: the command line's --png and --svg."""
    app = QApplication.instance()
    if app is None:
        # No window is ever shown, so no display is needed whatever the desktop.
        app = QApplication(["timeline-viewer", "-platform", "offscreen"])
    data = TimelineData.from_events(workspace.events, workspace.annotations())
    names = document_names(document_labels(workspace.documents))
    name = title or _corpus_name(workspace)
    for path in outputs:
        write_picture(
            path,
            data,
            title=name,
            size=size,
            display=display,
            source_name=lambda d: names.get(d, d),
        )


def _corpus_name(workspace: Workspace) -> str:
    return corpus_title(workspace.sources, len(workspace.documents))
