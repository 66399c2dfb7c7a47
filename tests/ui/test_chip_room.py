"""Cluster chips say their days whole, taking the room around them for their label."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_timeline_cards import laptop, painter_of
from viewer.core.strip_layout import StripLayout
from viewer.core.strip_packing import Cluster
from viewer.ui.card_text import PAD
from viewer.ui.chip_room import ChipPlace, widened
from viewer.ui.strip_painter import StripPainter, cluster_when
from viewer.workspace import Workspace


def test_a_chip_widens_into_free_room_but_never_over_a_neighbour() -> None:
    chips = [
        ChipPlace(0, 100, 100, 180),  # wants more, a neighbour 20 px on
        ChipPlace(0, 220, 100, 100),
        ChipPlace(1, 100, 100, 400),  # alone in its lane: limited by the view only
    ]
    (x0, w0), (x1, w1), (x2, w2) = widened(chips, 0, 500, 8)
    assert x0 <= 100 and x0 + w0 >= 200 and w0 == 180  # covers where it was laid out
    assert x0 + w0 <= (200 + 220) / 2 - 4  # halfway to its neighbour, less half a gap
    assert (x1, w1) == (220, 100)
    assert x2 >= 0 and x2 + w2 <= 500 and w2 == 400


@pytest.mark.parametrize(
    "days", [None, ((2022, 2, 1), (2022, 4, 1)), ((2022, 2, 15), (2022, 7, 1))]
)
def test_on_an_800_pixel_screen_every_chip_says_its_days_whole(
    qtbot: QtBot, workspace: Workspace, days: tuple[tuple[int, int, int], ...] | None
) -> None:
    window = laptop(qtbot, workspace, 800, 600)
    view = window.timeline_pane.timeline
    if days is not None:
        view.fit_days(date(*days[0]).toordinal(), date(*days[1]).toordinal())
    painter = painter_of(view)
    metrics = painter.fonts.small_metrics
    faces = painter.chip_faces()
    assert faces
    for cluster, (rect, text) in zip(painter.clusters, faces, strict=True):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD)
        assert cluster_when(cluster) in shown  # "28 Feb – 6 Mar 2022", not "… 6 Mar 202…"
        assert rect.left() <= cluster.x and rect.right() >= cluster.x + cluster.w - 0.5
    rects = sorted((r for r, _ in faces), key=lambda r: (r.top(), r.left()))
    for a, b in itertools.pairwise(rects):
        assert a.top() != b.top() or a.right() <= b.left()  # no chip over another


def test_chips_side_by_side_say_their_days_before_the_word_events(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """Chips with no room between them (a dozen TempEval articles at 125 %) read "25 events ·
    20 Jan – 27 Feb 19…" and "24 events · Jan 1996 – Jan 199…": their days cut, the one
    thing a chip is read for. The word "events" gives way first."""
    window = laptop(qtbot, workspace, 800, 600)
    view = window.timeline_pane.timeline
    scene = painter_of(view).scene
    rows = np.arange(25, dtype=np.int64) % len(scene.data)
    first, last = date(1998, 1, 20).toordinal(), date(1998, 2, 27).toordinal()
    count = int(scene.frame.width // 186)  # from edge to edge, 8 pixels apart
    clusters = [
        Cluster(rows, 0, 186.0 * k, 20.0, 178.0, 18.0, 0.0, 1.0, "span", first, last, 0)
        for k in range(count)
    ]
    painter = StripPainter(scene, StripLayout([], clusters, [], 300.0, np.array([], np.int64)))
    metrics = painter.fonts.small_metrics
    for cluster, (rect, text) in zip(clusters, painter.chip_faces(), strict=True):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD)
        assert shown.startswith("25 ")
        assert cluster_when(cluster) in shown, shown


def test_a_chip_opens_where_it_is_drawn_not_only_where_it_was_laid_out(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = laptop(qtbot, workspace, 800, 600)
    view = window.timeline_pane.timeline
    view.viewport().repaint()
    painter = painter_of(view)
    widened_chips = [
        (cluster, rect)
        for cluster, (rect, _) in zip(painter.clusters, painter.chip_faces(), strict=True)
        if rect.left() < cluster.x - 2
    ]
    assert widened_chips  # at 800 px a chip takes room for its days
    cluster, rect = widened_chips[0]
    offset = view.verticalScrollBar().value()
    edge = QPoint(round(rect.left() + 1), round(rect.center().y() - offset))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert view._popup is not None and view._popup.isVisible()
    assert view._popup.heading.text().startswith(f"{len(cluster.rows):,} events")
