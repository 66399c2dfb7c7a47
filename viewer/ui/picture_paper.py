"""What a picture file says of the paper it fills and the type it is set in: the inches its
pixels cover and the font its SVG names, so that a word processor prints the A4 picture on
A4 and a browser draws the SVG's titles in the typeface they were laid out in."""

from __future__ import annotations

import re
from xml.sax.saxutils import quoteattr

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontInfo, QImage

SCREEN_DPI = 96  # logical pixels an inch, as on screen
PRINT_DPI = 150  # the A4 picture's: 1754 x 1240 logical pixels fill 297 x 210 mm
MM_PER_INCH = 25.4
GENERIC_FAMILY = "sans-serif"  # what a browser uses when it lacks the font named
_SVG_SIZE = re.compile(r'(<svg\b[^>]*?)width="[^"]*"\s*height="[^"]*"', re.S)
_FONT_FAMILY = re.compile(r'font-family="([^"]*)"')


def logical_dpi(size: QSize, a4: QSize) -> int:
    """The inches a picture's logical pixels fill: the A4 size's fill an A4 page."""
    return PRINT_DPI if size == a4 else SCREEN_DPI


def set_png_dpi(image: QImage, dpi: float) -> None:
    """Say the image's resolution (its device pixels an inch), as its pHYs chunk keeps it."""
    dots_per_metre = round(dpi * image.devicePixelRatio() / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def svg_on_paper(svg: str, size: QSize, dpi: float) -> str:
    """The SVG's width and height in millimetres at dpi, and each font it names as the font
    Qt drew with, then a generic family: Qt writes its alias ("Sans Serif"), which no browser
    knows, so the titles fell back to a serif face of other widths."""
    width = size.width() / dpi * MM_PER_INCH
    height = size.height() / dpi * MM_PER_INCH
    sized = _SVG_SIZE.sub(rf'\1width="{width:.3f}mm" height="{height:.3f}mm"', svg, count=1)
    families: dict[str, str] = {}

    def named(match: re.Match[str]) -> str:
        alias = match.group(1)
        if alias not in families:
            drawn = QFontInfo(QFont(alias)).family() or alias
            listed = f"'{drawn}', {GENERIC_FAMILY}" if drawn != GENERIC_FAMILY else drawn
            families[alias] = "font-family=" + quoteattr(listed)
        return families[alias]

    return _FONT_FAMILY.sub(named, sized)
