"""The timeline as a person reads it on the seeds: cards with titles, clusters that say what
they hold and open, key events, lanes, sources by name, and a laptop screen."""
# mypy: allow-untyped-calls

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from viewer.core.lanes import LaneKind
from viewer.core.strip_layout import StripLayout
from viewer.core.strip_packing import COMPACT, MINI, Card
from viewer.ui.card_text import CardTexts, wrap
from viewer.ui.cluster_popup import ClusterPopup
from viewer.ui.dock_room import STRIP_FLOOR
from viewer.ui.event_list import FEWEST_SOURCE_PIXELS, TITLE_SHARE
from viewer.ui.event_model import Column
from viewer.ui.event_title_delegate import DateDelegate
from viewer.ui.main_window import MainWindow
from viewer.ui.strip_painter import StripPainter, StripScene, card_fonts
from viewer.ui.timeline_axis import Frame
from viewer.ui.timeline_paint import Theme
from viewer.ui.timeline_view import TimelineView
from viewer.ui.titles import SETTINGS_APP, SETTINGS_ORG
from viewer.ui.window_layout import LAYOUT_VERSION
from viewer.workspace import Workspace


def laptop(qtbot: QtBot, workspace: Workspace, width: int, height: int) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.reset_layout()  # as a first start on a screen of this size lays it out
    QApplication.processEvents()
    window.timeline_pane.timeline.fit_all()
    return window


@pytest.fixture
def wide(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    return laptop(qtbot, workspace, 1440, 900)


def on_screen(view: TimelineView, layout: StripLayout) -> list[int]:
    width = view.viewport().width()
    return [c.row for c in layout.cards if c.x >= 0 and c.x + c.w <= width]


def painter_of(view: TimelineView) -> StripPainter:
    data, mask = view.shown()
    vp = view.viewport()
    frame = Frame(view.first_visible_day(), view.pixels_per_day(), vp.width(), vp.height())
    theme = Theme.from_palette(view.palette())
    scene = StripScene(data, mask, frame, theme, view.font(), source_name=view.source_name)
    return StripPainter(scene, view.current_layout())


def no_overlaps(layout: StripLayout) -> bool:
    boxes = [(c.x, c.y, c.x + c.w, c.y + c.h) for c in layout.cards]
    boxes += [(c.x, c.y, c.x + c.w, c.y + c.h) for c in layout.clusters]
    return not any(
        a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
        for a, b in itertools.combinations(boxes, 2)
    )


def test_fit_to_the_seeds_shows_25_cards_and_every_other_event_in_a_labelled_cluster(
    wide: MainWindow,
) -> None:
    view = wide.timeline_pane.timeline
    layout = view.current_layout()
    data, mask = view.shown()
    cards = on_screen(view, layout)
    assert len(cards) >= 25
    painter = painter_of(view)
    metrics = painter.fonts.title_metrics
    clustered_stretches = {c.segment for c in layout.clusters}
    for card in layout.cards:
        # A title on one line only where every event of its stretch is a card: where some are
        # clustered, the cards shown have two lines, not one cut short.
        assert card.style != MINI or card.segment not in clustered_stretches
        first, _second = wrap(metrics, data.titles[card.row], card.w - 60, card.w - 20)
        assert len(first.split()) >= 2  # words a reader can read, not a clipped fragment
    clustered = [int(r) for c in layout.clusters for r in c.rows]
    assert sorted(cards + clustered) == np.flatnonzero(mask).tolist()  # each exactly once
    for cluster in layout.clusters:
        label = painter.chip_text(cluster)
        assert label.startswith(f"{len(cluster.rows)} event") and "2022" in label
        assert ".txt" not in label  # sources by name
    assert no_overlaps(layout)
    assert not view.grab().isNull()


def test_zoomed_to_8_and_9_march_every_event_of_those_days_is_one_click_away(
    qtbot: QtBot, wide: MainWindow
) -> None:
    view = wide.timeline_pane.timeline
    march_8 = date(2022, 3, 8).toordinal()
    view.fit_days(march_8, march_8 + 2)
    data, _mask = view.shown()
    days = np.flatnonzero((data.first >= march_8) & (data.last <= march_8 + 1)).tolist()
    assert len(days) >= 5
    layout = view.current_layout()
    assert set(days) <= set(on_screen(view, layout))
    target = days[len(days) // 2]
    rect = view.marker_rect(target)
    assert rect is not None and view.viewport().rect().contains(rect)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wide.current_event_id() == data.ids[target]
    assert wide.event_list.current_event_id() == data.ids[target]


@pytest.fixture
def small(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """A laptop's screen: the seeds' events do not all fit as cards, some are clustered."""
    return laptop(qtbot, workspace, 1366, 768)


def test_a_cluster_opens_into_a_list_and_the_event_picked_is_selected_as_a_card(
    qtbot: QtBot, small: MainWindow
) -> None:
    view = small.timeline_pane.timeline
    cluster = max(view.current_layout().clusters, key=lambda c: len(c.rows))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.chip_rect(cluster).center()
    )
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, ClusterPopup)
    assert popup.list.model().rowCount() == len(cluster.rows)
    index = popup.list.model().index(2, 0)
    popup.list.setCurrentIndex(index)
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    chosen = view.selected_id()
    data, _ = view.shown()
    assert chosen and data.index_of(chosen) in cluster.rows.tolist()
    assert small.current_event_id() == chosen  # the list and the article follow
    assert view.marker_rect(data.index_of(chosen)) is not None  # a card now, highlighted


def test_double_clicking_a_cluster_zooms_in_until_it_opens_into_cards(small: MainWindow) -> None:
    view = small.timeline_pane.timeline
    cluster = max(view.current_layout().clusters, key=lambda c: c.last_day - c.first_day)
    before = view.pixels_per_day()
    view.zoom_to_cluster(cluster)
    assert view.pixels_per_day() > before
    cards = {c.row for c in view.current_layout().cards}
    assert len(cards & set(cluster.rows.tolist())) > len(cluster.rows) // 2


def test_key_events_only_and_the_threshold(qtbot: QtBot, wide: MainWindow) -> None:
    pane = wide.timeline_pane
    view = pane.timeline
    scores = view.importance_scores()
    qtbot.mouseClick(pane.controls.key_button, Qt.MouseButton.LeftButton)
    assert pane.controls.threshold.isEnabled()
    threshold = pane.controls.threshold_value()
    selected = view.shown()[0].index_of(view.selected_id())
    cards = [c.row for c in view.current_layout().cards]
    assert cards and all(scores[row] >= threshold for row in cards if row != selected)
    shown_before = pane.controls.count.text()
    pane.controls.threshold.setValue(10)  # a low bar: nearly every event is key
    assert pane.controls.count.text() != shown_before
    assert len(view.current_layout().cards) >= len(cards)
    again = TimelineView()  # the project keeps the choice for the next opening
    assert '"key_only": true' in (wide.workspace.project.setting("timeline_display") or "")
    again.deleteLater()


def test_lanes_by_source_are_named_by_source(wide: MainWindow) -> None:
    pane = wide.timeline_pane
    pane.controls.lanes.setCurrentIndex(1)  # Lanes by source
    layout = pane.timeline.current_layout()
    names = [band.name for band in layout.lanes]
    assert len(names) == len(wide.workspace.documents)
    assert not any(name.endswith(".txt") for name in names)
    assert pane.timeline.display()[2] is LaneKind.SOURCE
    assert no_overlaps(layout)
    assert not pane.timeline.grab().isNull()  # lane headers painted over the cards


def test_lanes_turned_on_keep_the_selected_card_in_sight(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = laptop(qtbot, workspace, 1366, 768)
    view = window.timeline_pane.timeline
    last_source = workspace.documents[-1].id
    event = next(e for e in workspace.events if e.primary.document_id == last_source)
    window.select_event(event.id)
    window.timeline_pane.controls.lanes.setCurrentIndex(1)  # Lanes by source
    layout = view.current_layout()
    assert layout.content_height > view.viewport().height()  # the lanes scroll up and down
    card = layout.card_of(view.shown()[0].index_of(event.id))
    assert card is not None
    top = card.y - view.verticalScrollBar().value()
    assert top >= 0 and top + card.h <= view.viewport().height()


def test_sources_are_named_in_the_list_the_source_menu_and_the_article(wide: MainWindow) -> None:
    model = wide.model
    for row in range(model.rowCount()):
        assert ".txt" not in model.index(row, 3).data()
    assert wide.event_list.table.columnWidth(2) >= 240  # titles, not 18 characters
    bar = wide.timeline_pane.filter_bar
    menu = bar.source_button.menu()
    menu.aboutToShow.emit()
    entries = [a.text() for a in menu.actions()]
    assert len(entries) == len(wide.workspace.documents)
    assert all(" · " in text and ".txt" not in text for text in entries)
    assert all(" · " in b.text() for b in wide.source_view.source_buttons)


def test_a_laptop_screen_shows_strip_list_article_and_panel(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = laptop(qtbot, workspace, 1366, 768)
    table = window.event_list.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 15
    assert window.documents_dock.isHidden()
    assert window.timeline_pane.timeline.viewport().height() >= 150
    assert window.source_view.width() >= 300 and window.panel.width() >= 300
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    edit = window.panel.date_edit
    assert QApplication.focusWidget() is edit
    assert not edit.visibleRegion().isEmpty()


def test_a_layout_saved_by_an_earlier_version_is_not_kept(
    qtbot: QtBot, workspace: Workspace
) -> None:
    old = MainWindow(workspace)
    qtbot.addWidget(old)
    old.resize(1000, 760)
    old.show()
    qtbot.waitExposed(old)
    old.vertical.setSizes([60, 700])  # the old window gave the timeline little room
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    settings.setValue("window/geometry", old.saveGeometry())
    settings.setValue("window/vertical", old.vertical.saveState())
    settings.setValue("window/layout_version", LAYOUT_VERSION - 1)
    old.hide()
    new = MainWindow(workspace)
    qtbot.addWidget(new)
    new.show()
    qtbot.waitExposed(new)
    assert new.vertical.sizes()[0] > 120
    assert isinstance(settings.value("window/vertical"), QByteArray)


def test_a_tooltip_shows_the_sentence_and_escapes_article_text(wide: MainWindow) -> None:
    view = wide.timeline_pane.timeline
    card = view.current_layout().cards[0]
    data, _ = view.shown()
    data.titles[card.row] = "<b>bold</b> & co"
    tip = view._tooltip(card)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in tip
    sentence = wide.workspace.event(data.ids[card.row]).primary.text.split()[0]
    assert sentence in tip


def test_a_window_with_no_frame_opens_where_it_was_left(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.setGeometry(40, 10, 760, 560)
    first.show()
    qtbot.waitExposed(first)
    monkeypatch.setattr(first, "frameGeometry", first.geometry)  # no window manager
    first.close()
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry() == QRect(40, 10, 760, 560)  # not 25 pixels lower, nor shorter


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_every_date_in_the_list_shows_whole_and_titles_keep_their_room(
    qtbot: QtBot, workspace: Workspace, size: tuple[int, int]
) -> None:
    window = laptop(qtbot, workspace, *size)
    table = window.event_list.table
    model = table.model()
    shown = {str(model.index(row, 1).data()) for row in range(model.rowCount())}
    assert "19–28 Feb 2022" in shown  # "late February" in the seeds: was "19–28 Feb 2…"
    widest = max(map(table.fontMetrics().horizontalAdvance, shown))
    assert table.columnWidth(1) >= widest + 6  # the cell's margins
    assert table.columnWidth(2) >= (240 if size[0] >= 1440 else 200)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_a_small_laptop_shows_a_whole_row_of_cards_over_the_list(
    qtbot: QtBot, workspace: Workspace, size: tuple[int, int]
) -> None:
    """At 1024 x 600 the list took its sixteen rows and left the strip 127 pixels: the
    cards' titles were cut off at the top. The list gives up rows instead."""
    window = laptop(qtbot, workspace, *size)
    assert window.timeline_pane.timeline.height() >= STRIP_FLOOR
    table = window.event_list.table
    assert table.viewport().height() >= 10 * table.verticalHeader().defaultSectionSize()


def test_on_a_small_laptop_the_list_gives_the_titles_room_before_the_sources(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """At 1024 x 600 the Event column showed "The Rus…" while the sources kept their width:
    the source column gives way (its tooltip and the article name the source whole)."""
    window = laptop(qtbot, workspace, 1024, 600)
    table = window.event_list.table
    if table.columnWidth(Column.TITLE) < TITLE_SHARE * table.viewport().width():
        assert table.columnWidth(Column.SOURCES) == FEWEST_SOURCE_PIXELS
    assert table.columnWidth(Column.TITLE) >= 120  # "The Russian invasi…", was 60 pixels


def test_a_width_the_user_gave_the_source_column_stays_where_there_is_room(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = laptop(qtbot, workspace, 1440, 900)
    table = window.event_list.table
    table.setColumnWidth(Column.SOURCES, 80)  # as a drag of its edge does
    window.resize(window.width() - 10, window.height())
    qtbot.wait(50)
    assert table.columnWidth(Column.SOURCES) == 80


def test_the_articles_header_in_a_short_pane_ends_on_an_ellipsis_not_cut_through(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """At 150% on a 1366 x 768 laptop (910 x 512, as with a 144-dpi font) the article's title
    and its line of details had less height than their lines: each was centred and cut
    through its first and last lines. Now the lines that fit show, the last one elided. (The
    window now gives the article its share there: the panes are dragged as short as they go.)"""
    window = laptop(qtbot, workspace, 910, 512)
    window.vertical.setSizes([window.height(), 1])
    window.select_event(workspace.events[5].id)
    view = window.source_view
    squeezed = [
        label
        for label in (view.title, view.meta)
        if label.heightForWidth(label.width()) > label.height()
    ]
    assert squeezed  # the case this is about
    for label in squeezed:
        image = label.grab().toImage()
        top = {image.pixelColor(x, 0).rgb() for x in range(image.width())}
        assert len(top) == 1, label.text()  # no letter cut through at the top edge
        assert label.toolTip() == label.text()  # the whole of it


def test_a_date_too_long_for_the_list_loses_its_middle(wide: MainWindow) -> None:
    table = wide.event_list.table
    option = QStyleOptionViewItem()
    delegate = table.itemDelegateForColumn(1)
    assert isinstance(delegate, DateDelegate)
    delegate.initStyleOption(option, table.model().index(0, 1))
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle  # "18 Nov 19…16 Nov 1974"


def test_a_card_away_from_its_date_says_its_year(wide: MainWindow) -> None:
    """In a picture of ten years, "2 Mar" stood under 2011 for an event of 2019."""
    view = wide.timeline_pane.timeline
    data, _ = view.shown()
    row = next(r for r in range(len(data)) if data.date_of(r).first == date(2022, 3, 9))
    texts = CardTexts(card_fonts(view.font()))
    texts.pixels_per_day = 2.0  # a year is 730 pixels: the axis over a card says its year
    over = Card(row, 0, 300.0, 0.0, 180.0, 30.0, 390.0, COMPACT, 0)  # over its date
    away = replace(over, x=1100.0)  # pushed 400 days along by the cards before it
    said = [text for _x, _y, text, _kind in texts.pieces(data, over)]
    told = [text for _x, _y, text, _kind in texts.pieces(data, away)]
    assert any(text.startswith("9 Mar") and "2022" not in text for text in said)
    assert any(text.startswith("9 Mar 2022") for text in told)
    texts.pixels_per_day = 0.1  # ten years across: a card spans two of them
    assert not texts.year_said(data, over)


def test_a_search_leaves_only_the_lanes_that_hold_its_events(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """At a laptop's size, lanes by source under a search were mostly empty bands of the
    sources it hid, with the lane of the results scrolled out of sight below them."""
    window = laptop(qtbot, workspace, 1366, 768)
    view = window.timeline_pane.timeline
    window.timeline_pane.controls.lanes.setCurrentIndex(1)  # Lanes by source
    assert len(view.current_layout().lanes) == len(workspace.documents)
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    data, mask = view.shown()
    sources = {int(s) for s in data.source[mask]}
    assert 0 < len(sources) < len(workspace.documents)
    layout = view.current_layout()
    assert len(layout.lanes) == len(sources)
    assert layout.content_height <= view.viewport().height()  # no band to scroll past
    bar.search.clear()
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert len(view.current_layout().lanes) == len(workspace.documents)
