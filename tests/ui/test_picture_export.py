"""Pictures of the timeline: the range in view or all of it, as PNG and SVG, from the window."""
# mypy: allow-untyped-calls

from __future__ import annotations

import html
import math
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.core.day_words import day_span
from viewer.core.lanes import LaneKind
from viewer.core.timeline import TimelineData
from viewer.ui.main_window import MainWindow
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.ui.picture_export import (
    PNG_SCALE,
    SIZES,
    Display,
    ShownDays,
    picture_of,
    picture_size,
    write_picture,
)
from viewer.ui.timeline_view import TimelineView
from viewer.workspace import Workspace


def _export_with_dialog(qtbot: QtBot, window: MainWindow, path: Path, *, whole: bool) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PictureExportDialog):  # not up yet (a loaded machine)
            QTimer.singleShot(10, answer)
            return
        (dialog.all_button if whole else dialog.visible_button).setChecked(True)
        dialog.path_edit.setText(str(path))
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        try:
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # saving failed: close it so the test reports, not hangs
                dialog.reject()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _ink(image: QImage, area: QRect) -> int:
    """How many sampled pixels in an area are not the white background."""
    white = QColor("#ffffff").rgb()
    return sum(
        1
        for x in range(area.left(), area.right(), 3)
        for y in range(area.top(), area.bottom(), 3)
        if image.pixel(x, y) != white
    )


def test_the_range_in_view_saves_as_a_crisp_png(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.timeline_pane.timeline.zoom_to("week")
    out = tmp_path / "view.png"
    _export_with_dialog(qtbot, window, out, whole=False)
    qtbot.waitUntil(out.exists)
    image = QImage(str(out))
    viewport = window.timeline_pane.timeline.viewport().size()
    assert image.width() == round(viewport.width() * PNG_SCALE)  # drawn at twice the pixels
    assert _ink(image, QRect(0, 0, image.width(), 90)) > 0  # a title and the date range
    assert _ink(image, QRect(0, 200, image.width(), image.height() - 200)) > 50  # markers
    assert str(out) in window.statusBar().currentMessage()


def test_the_size_offered_as_on_screen_is_the_size_of_the_picture(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """At 200 % the dialog offered "As on screen (1266 × 239)", the strip's size, and wrote a
    picture of 1266 × 574: the title over it, and room for every row of cards."""
    view = window.timeline_pane.timeline
    dialog = PictureExportDialog(view, window.workspace, window)
    qtbot.addWidget(dialog)
    said = re.search(r"\((\d+) × (\d+)\)", dialog.size_choice.itemText(0))
    assert said is not None
    out = tmp_path / "screen.png"
    dialog.path_edit.setText(str(out))
    dialog.save()
    image = QImage(str(out))
    assert (image.width(), image.height()) == tuple(
        round(int(n) * PNG_SCALE) for n in said.groups()
    )


def test_the_whole_timeline_saves_as_svg(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.timeline_pane.timeline.zoom_to("day")
    out = tmp_path / "all.svg"
    _export_with_dialog(qtbot, window, out, whole=True)
    qtbot.waitUntil(out.exists)
    text = out.read_text(encoding="utf-8")
    assert "<svg" in text and "2022" in text
    assert QSvgRenderer(str(out)).isValid()


def test_a_name_without_a_picture_suffix_becomes_a_png(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _export_with_dialog(qtbot, window, tmp_path / "named", whole=False)
    qtbot.waitUntil((tmp_path / "named.png").exists)


def test_write_picture_of_no_events_still_draws_an_axis(tmp_path: Path, qtbot: QtBot) -> None:
    out = tmp_path / "empty.png"
    write_picture(out, TimelineData.empty(), title="Nothing yet")
    assert not QImage(str(out)).isNull()


def test_a_picture_of_the_whole_timeline_has_the_cards_the_window_has_at_its_size(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    data = TimelineData.from_events(workspace.events, workspace.annotations())
    picture = write_picture(tmp_path / "all.svg", data, title="Seeds", size=SIZES["slide"])
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    frame = picture.scene.frame
    view.resize(view.size() + QSize(int(frame.width), int(frame.height)) - view.viewport().size())
    view.set_events(data)
    view.fit_all()
    assert view.viewport().width() == frame.width
    assert view.pixels_per_day() == pytest.approx(frame.pixels_per_day)
    window_cards = {(c.row, round(c.x), round(c.y)) for c in view.current_layout().cards}
    picture_cards = {(c.row, round(c.x), round(c.y)) for c in picture.layout.cards}
    assert window_cards == picture_cards
    assert len(picture_cards) >= 25
    svg = (tmp_path / "all.svg").read_text(encoding="utf-8")
    for card in picture.layout.cards[:10]:
        assert html.escape(data.titles[card.row].split()[0], quote=False) in svg


def test_the_dialog_draws_lanes_and_key_events_as_the_window_shows_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.timeline_pane.controls.lanes.setCurrentIndex(3)  # lanes by status
    out = tmp_path / "lanes.svg"
    _export_with_dialog(qtbot, window, out, whole=True)
    qtbot.waitUntil(out.exists)
    assert "Unreviewed" in out.read_text(encoding="utf-8")


def test_a_picture_of_the_range_in_view_names_the_days_the_dialog_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A last day partly in view: the dialog offered "… – 2 Mar 2021" and the picture said
    "… 1 Mar 2021"; both now count the days at least partly in view."""
    view = window.timeline_pane.timeline
    view.zoom_to("week")
    width = view.viewport().width()
    start = view.first_visible_day()
    view.show_window(math.floor(start) + 0.25, width / (round(width / view.pixels_per_day()) + 0.5))
    end = view.first_visible_day() + width / view.pixels_per_day()
    assert end % 1 > 0.01  # the last day only partly in view
    first, last = view.visible_range()
    frame = ShownDays(view.first_visible_day(), view.pixels_per_day())
    data, mask = view.shown()
    picture = picture_of(data, mask, frame, size=QSize(width, 400))
    assert picture.headline.startswith(day_span(first, last) + " · ")


def test_a_picture_of_filtered_events_says_so_and_the_dialog_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """With a search on, the picture left the other events out and said nothing of it."""
    total = len(window.workspace.events)
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    shown = window.model.rowCount()
    assert 0 < shown < total
    dialog = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    assert not dialog.filter_label.isHidden()
    assert f"the {shown} events it lets through, of {total}" in dialog.filter_label.text()
    dialog.all_button.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "madrid.svg"))
    dialog.save()
    text = html.unescape((tmp_path / "madrid.svg").read_text(encoding="utf-8"))
    assert f"filtered: {shown} of {total} events" in text

    bar.search.clear()
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    unfiltered = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    assert unfiltered.filter_label.isHidden()
    data, mask = window.timeline_pane.timeline.shown()
    assert "filtered" not in picture_of(data, mask).headline


def test_a_picture_of_a_search_by_source_has_no_empty_lanes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Lanes by source under a search: every source the search hid was an empty band."""
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    data, mask = window.timeline_pane.timeline.shown()
    sources_shown = {int(s) for s in data.source[mask]}
    assert 0 < len(sources_shown) < len(data.source_names)
    out = tmp_path / "madrid.svg"
    write_picture(out, data, mask, display=Display(lanes=LaneKind.SOURCE))
    texts = [
        html.unescape(t)
        for t in re.findall(r"<text[^>]*>(.*?)</text>", out.read_text(encoding="utf-8"), re.S)
    ]
    lane_labels = [t for t in texts if re.search(r" \(\d+\)$", t.strip())]
    assert len(lane_labels) == len(sources_shown)
    assert not [t for t in lane_labels if t.strip().endswith("(0)")]


@pytest.mark.parametrize("said", ["Slide", " slide", "PRINT", "1600 x 900", "1600×900", "1600X900"])
def test_a_picture_size_is_read_as_a_person_writes_it(said: str) -> None:
    """ "1600×900", as the documentation writes sizes, was refused, and so was "Slide"."""
    expected = {"slide": SIZES["slide"], "print": SIZES["print"]}.get(said.strip().lower())
    assert picture_size(said) == (expected or QSize(1600, 900))


@pytest.mark.parametrize("said", ["huge", "1600x", "x900", "1600x900x2", "-1600x900"])
def test_a_size_that_is_not_one_is_still_refused(said: str) -> None:
    with pytest.raises(ValueError, match="say slide, print or WIDTHxHEIGHT"):
        picture_size(said)


@pytest.mark.parametrize(
    ("said", "width_mm", "height_mm"),
    [("print", 297.0, 210.0), ("slide", 1600 / 96 * 25.4, 900 / 96 * 25.4)],
)
def test_an_svg_fills_the_paper_its_size_names(
    tmp_path: Path, qtbot: QtBot, said: str, width_mm: float, height_mm: float
) -> None:
    """The A4 SVG was 464 x 328 mm, printed on A4 at 64%."""
    out = tmp_path / "all.svg"
    write_picture(out, TimelineData.empty(), title="Paper", size=picture_size(said))
    svg = out.read_text(encoding="utf-8")
    header = re.search(r'<svg\b[^>]*width="([\d.]+)mm"\s*height="([\d.]+)mm"', svg)
    assert header is not None
    assert float(header.group(1)) == pytest.approx(width_mm, abs=0.5)
    assert float(header.group(2)) == pytest.approx(height_mm, abs=0.5)
    assert QSvgRenderer(str(out)).isValid()


@pytest.mark.parametrize(("said", "dpi"), [("print", 300), ("slide", 192)])
def test_a_png_says_the_resolution_that_fills_its_paper(
    tmp_path: Path, qtbot: QtBot, said: str, dpi: int
) -> None:
    """The A4 PNG said 96 dpi: a word processor placed it 93 cm wide, not on A4 at 300 dpi."""
    out = tmp_path / "all.png"
    write_picture(out, TimelineData.empty(), title="Paper", size=picture_size(said))
    image = QImage(str(out))
    assert round(image.dotsPerMeterX() * 0.0254) == dpi
    assert round(image.dotsPerMeterY() * 0.0254) == dpi


def test_an_svg_names_a_font_a_browser_knows(tmp_path: Path, qtbot: QtBot) -> None:
    """Qt wrote its alias "Sans Serif", which browsers do not know: the titles fell back to a
    serif face of other widths and ran past their cards."""
    out = tmp_path / "all.svg"
    write_picture(out, TimelineData.empty(), title="Fonts")
    families = set(re.findall(r'font-family="([^"]*)"', out.read_text(encoding="utf-8")))
    assert families
    for listed in families:
        named = [html.unescape(f).strip(" '") for f in listed.split(",")]
        assert named[-1] == "sans-serif"
        assert named[0].lower() not in {"sans serif", "sans", "sans-serif"}


def test_a_picture_of_the_whole_timeline_names_its_events_days_not_its_margins(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A picture of events from 1833 to 2014 said "24 Aug 1817 – 10 May 2030": the margin
    drawn around them, years no event is in, for a reader of a report to take as covered."""
    events = window.workspace.events
    first = min(e.date.first for e in events)
    last = max(e.date.last for e in events)
    dialog = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    dialog.all_button.setChecked(True)  # The whole timeline
    dialog.path_edit.setText(str(tmp_path / "whole.svg"))

    dialog.save()

    text = html.unescape((tmp_path / "whole.svg").read_text(encoding="utf-8"))
    assert f"{day_span(first, last)} · {len(events)} events" in text
