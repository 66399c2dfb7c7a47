"""FilterBar: typing, facet menus, chips, dates and named views emit the right Filter."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QWidgetAction

from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.ui.filter_bar import FilterBar

COUNTS = {
    "status": {"unreviewed": 5, "confirmed": 12, "disputed": 1, "rejected": 2},
    "tag": {"nato": 3},
    "source": {"a.txt": 4, "b.txt": 9},
    "starred": {"starred": 2},
}


@pytest.fixture
def bar(qtbot):
    widget = FilterBar()
    qtbot.addWidget(widget)
    widget.set_facets(COUNTS)
    widget.show()
    return widget


def action(button, prefix: str):
    button.menu().aboutToShow.emit()  # what opening the menu does
    return next(a for a in button.menu().actions() if a.text().startswith(prefix))


def test_typing_emits_after_the_debounce(bar, qtbot) -> None:
    with qtbot.waitSignal(bar.filters_changed, timeout=2000) as blocker:
        qtbot.keyClicks(bar.search, "troops")
    assert blocker.args[0].text == "troops"
    assert bar.filter().text == "troops"


def test_typing_fast_emits_once(bar, qtbot) -> None:
    seen: list[Filter] = []
    bar.filters_changed.connect(seen.append)
    qtbot.keyClicks(bar.search, "nato")
    qtbot.wait(400)
    assert [f.text for f in seen] == ["nato"]


def test_menus_show_facet_counts(bar) -> None:
    assert action(bar.status_button, "confirmed").text() == "confirmed (12)"
    assert action(bar.source_button, "b.txt").text() == "b.txt (9)"
    assert action(bar.tag_button, "nato").text() == "nato (3)"
    assert bar.starred.text() == "★ &Starred (2)"


def test_checking_a_status_emits(bar, qtbot) -> None:
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        action(bar.status_button, "confirmed").trigger()
    assert blocker.args[0].statuses == {Status.CONFIRMED}
    qtbot.wait(10)  # the menu is rebuilt on the next turn of the event loop
    assert action(bar.status_button, "confirmed").isChecked()


def test_sources_tags_and_star_emit(bar, qtbot) -> None:
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        action(bar.source_button, "a.txt").trigger()
    assert blocker.args[0].sources == {"a.txt"}
    qtbot.wait(10)
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        action(bar.tag_button, "nato").trigger()
    assert blocker.args[0].tags == {"nato"}
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        qtbot.mouseClick(bar.starred, Qt.MouseButton.LeftButton)
    assert blocker.args[0].starred_only
    assert blocker.args[0].sources == {"a.txt"}


def test_dates_emit_and_clear(bar, qtbot) -> None:
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        bar.date_from.setDate(QDate(2022, 3, 1))
    assert blocker.args[0].date_from == date(2022, 3, 1)
    assert "date_from" in bar.chip_keys()
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        qtbot.mouseClick(bar.chip_button("date_from"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].date_from is None
    assert bar.date_from.text() == "any"


def test_clearing_a_chip_clears_that_filter_only(bar, qtbot) -> None:
    bar.set_filter(Filter(text="troops", tags=frozenset({"nato"}), starred_only=True))
    assert bar.chips.isVisible()
    assert bar.chip_keys() == ["text", "tag:nato", "starred"]
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        qtbot.mouseClick(bar.chip_button("tag:nato"), Qt.MouseButton.LeftButton)
    assert blocker.args[0] == Filter(text="troops", starred_only=True)
    qtbot.mouseClick(bar.chip_button("text"), Qt.MouseButton.LeftButton)
    assert bar.search.text() == ""
    qtbot.mouseClick(bar.chip_button("starred"), Qt.MouseButton.LeftButton)
    assert bar.filter() == Filter()
    assert not bar.starred.isChecked()
    assert not bar.chips.isVisible()


def test_named_views_are_saved_and_applied(bar, qtbot, monkeypatch) -> None:
    store: dict[str, Filter] = {}
    bar.set_view_store(lambda: dict(store), store.__setitem__)
    bar.set_filter(Filter(text="madrid", statuses=frozenset({Status.DISPUTED})))
    monkeypatch.setattr(
        "viewer.ui.filter_bar.QInputDialog.getText", lambda *a, **k: ("Summit", True)
    )
    bar._fill_views_menu()
    action(bar.views_button, "Save view").trigger()
    assert store["Summit"].text == "madrid"
    bar.set_filter(Filter())
    bar._fill_views_menu()
    with qtbot.waitSignal(bar.filters_changed) as blocker:
        action(bar.views_button, "Summit").trigger()
    assert blocker.args[0].statuses == {Status.DISPUTED}
    assert bar.search.text() == "madrid"


@pytest.mark.parametrize("typed", ["2022-03-01", "2022-3-1"])
def test_a_date_typed_in_the_range_is_the_filter(bar, qtbot, typed: str) -> None:
    bar.set_span(date(2022, 2, 24), date(2022, 4, 30))
    bar.date_from.setFocus()
    qtbot.wait(10)  # the field selects its first part once focused
    qtbot.keyClicks(bar.date_from, typed)
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Return)
    assert bar.filter().date_from == date(2022, 3, 1)
    assert "date_from" in bar.chip_keys()


def test_enter_in_an_empty_range_end_takes_the_day_it_offers(bar, qtbot) -> None:
    bar.set_span(date(2022, 2, 24), date(2022, 4, 30))
    bar.date_to.setFocus()
    qtbot.wait(10)
    assert bar.date_to.date() == QDate(2022, 4, 30)  # typing starts from the corpus' last day
    qtbot.keyClick(bar.date_to, Qt.Key.Key_Return)
    assert bar.filter().date_to == date(2022, 4, 30)


def test_an_empty_range_end_left_untouched_stays_any(bar, qtbot) -> None:
    bar.set_span(date(2022, 2, 24), date(2022, 4, 30))
    bar.date_from.setFocus()
    qtbot.wait(10)
    bar.search.setFocus()
    assert bar.date_from.text() == "any"
    assert bar.filter().date_from is None
    assert not bar.chip_keys()


def test_a_long_source_menu_finds_a_source_by_the_words_typed(bar, qtbot) -> None:
    """465 articles made a Source menu to scroll through, entry by entry."""
    many = {f"{topic}_{n}.txt": n for topic in ("fire", "quake", "trial") for n in range(1, 8)}
    bar.set_facets({**COUNTS, "source": many})
    menu = bar.source_button.menu()
    menu.aboutToShow.emit()  # what opening the menu does
    (holder,) = [a for a in menu.actions() if isinstance(a, QWidgetAction)]
    finder = holder.defaultWidget()
    assert isinstance(finder, QLineEdit)

    qtbot.keyClicks(finder, "QUAKE 3")

    shown = [a.text() for a in menu.actions() if a.isVisible() and a.text()]
    assert shown == ["quake_3.txt (3)"]
    next(a for a in menu.actions() if a.text() == "quake_3.txt (3)").trigger()
    assert bar.filter().sources == frozenset({"quake_3.txt"})


def test_a_short_menu_has_no_find_field(bar) -> None:
    menu = bar.source_button.menu()
    menu.aboutToShow.emit()
    assert not [a for a in menu.actions() if isinstance(a, QWidgetAction)]


def test_the_source_menu_finds_an_article_by_words_its_cut_label_leaves_out(bar, qtbot) -> None:
    """Its entries show cut titles ("Council backs emergency… · 12 Mar 2025"): typing the
    outlet, a word of the title's end or the file found nothing, and the menu stood empty."""
    files = {
        f"{n:02}_river_post_{n}.txt" if n % 3 else f"{n:02}_valley_gazette.txt": n
        for n in range(1, 14)
    }
    full = {
        name: f"Council backs emergency pipeline from the Tane, story {n}"
        for name, n in files.items()
    }
    bar.set_source_label(lambda d: full[d][:23] + "…", str.lower, lambda d: f"{full[d]} {d}")
    bar.set_facets({**COUNTS, "source": files})
    menu = bar.source_button.menu()
    menu.aboutToShow.emit()  # what opening the menu does
    (holder,) = [a for a in menu.actions() if isinstance(a, QWidgetAction)]
    finder = holder.defaultWidget()
    assert isinstance(finder, QLineEdit)

    qtbot.keyClicks(finder, "river post tane")  # the outlet in the file, the title's end
    shown = [a for a in menu.actions() if a.isVisible() and a.text() and a.isEnabled()]
    assert len(shown) == len([f for f in files if "river_post" in f]) == 9
    shown[0].trigger()
    assert bar.filter().sources == frozenset({"01_river_post_1.txt"})

    finder.clear()
    qtbot.keyClicks(finder, "reuters")
    said = [a.text() for a in menu.actions() if a.isVisible() and a.text()]
    assert said == ["Nothing holds “reuters”"]


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("1 Jun 2025", date(2025, 6, 1), date(2025, 6, 1)),
        ("June 2025", date(2025, 6, 1), date(2025, 6, 30)),
        ("Jun 1, 2025", date(2025, 6, 1), date(2025, 6, 1)),
        ("1.6.2025", date(2025, 6, 1), date(2025, 6, 1)),
    ],
)
def test_a_date_typed_as_people_write_one_is_the_date_it_names(
    bar, qtbot, monkeypatch, typed: str, first: date, last: date
) -> None:
    """The fields are laid out 2025-06-01: "June 2025" typed there filtered from 1 February,
    "1 Jun 2025" from the year 1202, "1.6.2025" from 1620, each said in a chip as if meant."""
    monkeypatch.setattr("viewer.ui.date_field._day_first", lambda: True)
    bar.set_span(date(2024, 2, 1), date(2025, 12, 10))
    for field in (bar.date_from, bar.date_to):
        field.setFocus()
        qtbot.wait(10)  # the field selects its first part once focused
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (bar.filter().date_from, bar.filter().date_to) == (first, last)


def test_words_that_are_no_date_are_not_taken(bar, qtbot) -> None:
    bar.set_span(date(2024, 2, 1), date(2025, 12, 10))
    bar.date_from.setFocus()
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_from, "Junk 2025")
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Return)
    assert bar.filter().date_from is None
    assert "not a date" in bar.date_from.toolTip()
    bar.search.setFocus()
    assert bar.date_from.text() == "any"


def test_a_bar_closed_before_its_menus_are_rebuilt_raises_nothing(qtbot) -> None:
    """The menus are rebuilt on the next turn of the event loop; a window closed in between
    (its widgets deleted) must not have that late turn touch them."""
    widget = FilterBar()
    widget.set_facets(COUNTS)
    action(widget.status_button, "confirmed").trigger()  # a rebuild is now due
    shiboken6.delete(widget)
    qtbot.wait(20)  # the turn where the rebuild was due: an error here fails the test
