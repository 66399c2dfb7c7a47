"""The strip's layout: no overlaps, every event a card or in exactly one cluster, nothing moves
while scrolling, the most important events are the cards, lanes hold their own events."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from viewer.core.importance import importance
from viewer.core.lanes import LaneKind, assign_lanes
from viewer.core.strip_layout import (
    BLOCK_PX,
    StripLayout,
    StripLayouter,
    StripSizes,
    View,
    fit_window,
)
from viewer.core.timeline import TimelineData

BASE = date(2022, 1, 1).toordinal()
SIZES = StripSizes()
AXIS = 40.0
# where cards (by row) and chips (by their rows) are, in pixels from day 0: scroll-free
PlacedBoxes = tuple[dict[int, tuple[float, float, float, float, int]], dict[tuple[int, ...], float]]


def synthetic(n: int, days: int, seed: int = 3) -> TimelineData:
    """Events in bursts (many on a few days) and scattered, days and spans, several sources."""
    rng = np.random.default_rng(seed)
    bursts = rng.choice(rng.integers(0, days, 6), n // 2)
    scattered = rng.integers(0, days, n - n // 2)
    first = BASE + np.concatenate((bursts, scattered))
    precision = rng.choice([0, 0, 0, 0, 1, 2, 4], n)
    length = np.choose(np.minimum(precision, 3), [0, 6, 30, 3])
    return TimelineData.from_arrays(
        first,
        first + length,
        precision=precision,
        status=rng.choice([0, 0, 1, 2, 3], n),
        starred=rng.random(n) < 0.05,
        source_count=rng.integers(1, 4, n),
        titles=[f"Event number {i}" for i in range(n)],
        source=rng.integers(0, 5, n),
        source_names=[f"s{k}.txt" for k in range(5)],
        tags=[("alpha",) if i % 3 == 0 else () for i in range(n)],
        cues=rng.integers(0, 4, n),
    )


def boxes(layout: StripLayout) -> list[tuple[float, float, float, float]]:
    return [(c.x, c.y, c.x + c.w, c.y + c.h) for c in layout.cards] + [
        (c.x, c.y, c.x + c.w, c.y + c.h) for c in layout.clusters
    ]


def overlapping(layout: StripLayout) -> list[tuple[int, int]]:
    found = []
    for (i, a), (j, b) in itertools.combinations(enumerate(boxes(layout)), 2):
        if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
            found.append((i, j))
    return found


def in_view(data: TimelineData, mask: np.ndarray, view: View) -> set[int]:
    """Rows shown whose middle is in view."""
    middle = (data.first.astype(float) + data.last + 1) / 2
    end = view.first_day + view.width / view.pixels_per_day
    return set(np.flatnonzero(mask & (middle >= view.first_day) & (middle < end)).tolist())


VIEWS = [
    # (days of data, events, pixels per day, width, height)
    (60, 400, 120.0, 1400, 420),  # zoomed in on bursts of events
    (365, 2000, 5.0, 1400, 420),  # a month per 150 pixels
    (1460, 20000, 0.6, 1200, 300),  # years: far more events than cards
    (20, 30, 60.0, 900, 260),  # few events, short pane
]


@pytest.mark.parametrize(("days", "n", "ppd", "width", "height"), VIEWS)
def test_no_two_cards_or_chips_overlap(days: int, n: int, ppd: float, width: int, height: int):
    data = synthetic(n, days)
    layouter = StripLayouter(data, score=importance(data))
    for start in (BASE - 3, BASE + days / 3, BASE + days / 2):
        layout = layouter.layout(View(start, ppd, width, height, AXIS))
        assert layout.cards
        assert overlapping(layout) == []
        for box in boxes(layout):  # nothing on the axis, nothing below the strip
            assert box[1] >= AXIS and box[3] <= layout.content_height


@pytest.mark.parametrize(("days", "n", "ppd", "width", "height"), VIEWS)
def test_every_event_in_view_is_a_card_or_in_exactly_one_cluster(
    days: int, n: int, ppd: float, width: int, height: int
) -> None:
    data = synthetic(n, days)
    mask = np.ones(n, np.bool_)
    mask[::7] = False  # filtered out: neither a card nor clustered
    layouter = StripLayouter(data, mask, importance(data))
    view = View(BASE + days / 3, ppd, width, height, AXIS)
    layout = layouter.layout(view)
    placed = [c.row for c in layout.cards] + [int(r) for c in layout.clusters for r in c.rows]
    assert len(placed) == len(set(placed))  # no event twice
    assert in_view(data, mask, view) <= set(placed)
    assert all(mask[row] for row in placed)
    for cluster in layout.clusters:
        assert len(cluster.rows) >= 1 and cluster.first_day <= cluster.last_day


@pytest.mark.parametrize(("days", "n", "ppd", "width", "height"), VIEWS)
def test_scrolling_moves_no_card_and_no_cluster(
    days: int, n: int, ppd: float, width: int, height: int
) -> None:
    data = synthetic(n, days)
    layouter = StripLayouter(data, score=importance(data))
    start = BASE + days / 4

    def placed(shift_px: float) -> PlacedBoxes:
        first_day = start + shift_px / ppd
        layout = layouter.layout(View(first_day, ppd, width, height, AXIS))
        origin = first_day * ppd
        cards = {c.row: (round(c.x + origin, 3), c.y, c.w, c.h, c.lane) for c in layout.cards}
        chips = {tuple(int(r) for r in c.rows): round(c.x + origin, 3) for c in layout.clusters}
        return cards, chips

    before_cards, before_chips = placed(0)
    for shift in (37.0, width / 2, BLOCK_PX * 0.8, BLOCK_PX * 1.3):  # across block edges too
        after_cards, after_chips = placed(shift)
        for row in before_cards.keys() & after_cards.keys():
            assert before_cards[row] == after_cards[row]
        for rows in before_chips.keys() & after_chips.keys():
            assert before_chips[rows] == after_chips[rows]
        # a fresh layouter (another filter keystroke that changed nothing) agrees too
    fresh = StripLayouter(data, score=importance(data))
    layout = fresh.layout(View(start, ppd, width, height, AXIS))
    assert {c.row for c in layout.cards} == set(before_cards)


@pytest.mark.parametrize(("days", "n", "ppd", "width", "height"), VIEWS)
def test_cards_are_the_most_important_events_of_their_stretch(
    days: int, n: int, ppd: float, width: int, height: int
) -> None:
    data = synthetic(n, days)
    score = importance(data)
    layout = StripLayouter(data, score=score).layout(
        View(BASE + days / 3, ppd, width, height, AXIS)
    )
    for cluster in layout.clusters:
        rivals = [c.row for c in layout.cards if c.segment == cluster.segment]
        if rivals:
            assert min(score[rivals]) >= max(score[cluster.rows])


def test_the_selected_event_is_always_a_card() -> None:
    data = synthetic(20000, 1460)
    score = importance(data)
    view = View(BASE + 400, 0.6, 1200, 300, AXIS)
    clustered = StripLayouter(data, score=score).layout(view).clusters[0].rows
    chosen = int(clustered[len(clustered) // 2])
    layout = StripLayouter(data, score=score, pinned=chosen).layout(view)
    assert layout.card_of(chosen) is not None
    assert layout.cluster_of(chosen) is None


def test_selecting_a_card_moves_no_card() -> None:
    """A click on a card selects it where it is: the cards of its day keep their places."""
    day = BASE + 10
    data = TimelineData.from_arrays(  # three events of one day, as a fire's report has them
        [day] * 3, [day] * 3, titles=["Fire rips through store", "Crews fought", "Store shut"]
    )
    view = View(day - 1, 200.0, 1366, 200, AXIS)
    unselected = StripLayouter(data).layout(view)
    assert len(unselected.cards) == 3 and not unselected.clusters
    places = {c.row: (c.x, c.y) for c in unselected.cards}
    for row in range(3):
        selected = StripLayouter(data, pinned=row).layout(view)
        assert {c.row: (c.x, c.y) for c in selected.cards} == places


def test_key_events_only_leaves_the_rest_in_clusters_even_with_room() -> None:
    data = synthetic(60, 40)
    score = importance(data)
    view = View(BASE - 2, 40.0, 1400, 500, AXIS)
    everything = StripLayouter(data, score=score).layout(view)
    assert not everything.clusters  # room for all of them
    key = StripLayouter(data, score=score, threshold=0.5).layout(view)
    assert key.cards and all(score[c.row] >= 0.5 for c in key.cards)
    clustered = {int(r) for c in key.clusters for r in c.rows}
    assert clustered == {c.row for c in everything.cards} - {c.row for c in key.cards}


def test_each_lane_holds_its_own_events_in_its_own_band() -> None:
    data = synthetic(2000, 365)
    lanes = assign_lanes(data, LaneKind.SOURCE)
    layout = StripLayouter(data, score=importance(data), lanes=lanes).layout(
        View(BASE + 100, 5.0, 1400, 700, AXIS)
    )
    assert [band.name for band in layout.lanes] == lanes.names
    for card in layout.cards:
        band = layout.lanes[card.lane]
        assert card.lane == lanes.of_row[card.row]
        assert band.top <= card.y and card.y + card.h <= band.top + band.height
    for cluster in layout.clusters:
        assert set(lanes.of_row[cluster.rows].tolist()) == {cluster.lane}
    assert overlapping(layout) == []


def test_only_the_lanes_scrolled_into_sight_are_laid_out_each_as_with_all() -> None:
    data = synthetic(3000, 365)
    lanes = assign_lanes(data, LaneKind.SOURCE)
    view = View(BASE + 100, 5.0, 1400, 300, AXIS)  # too short for all lanes: they scroll
    everything = StripLayouter(data, score=importance(data), lanes=lanes).layout(view)
    band = everything.lanes[3]
    scrolled = replace(view, shown=(band.top + 10, band.top + band.height - 10))
    seen = StripLayouter(data, score=importance(data), lanes=lanes).layout(scrolled)

    def of_lane(layout: StripLayout, lane: int) -> list[tuple[object, ...]]:
        cards = [(c.row, c.x, c.y, c.style) for c in layout.cards if c.lane == lane]
        chips = [(c.rows.tolist(), c.x, c.y) for c in layout.clusters if c.lane == lane]
        return [*cards, *chips]

    assert {c.lane for c in seen.cards} | {c.lane for c in seen.clusters} == {3}
    assert of_lane(seen, 3) == of_lane(everything, 3) and seen.cards
    assert seen.visible.tolist() == everything.visible.tolist()  # every lane's header count
    assert seen.content_height == everything.content_height


def test_too_many_lanes_scroll_rather_than_shrink() -> None:
    data = synthetic(500, 100)
    lanes = assign_lanes(data, LaneKind.SOURCE)
    layout = StripLayouter(data, lanes=lanes).layout(View(BASE, 10.0, 900, 250, AXIS))
    assert layout.content_height >= AXIS + len(lanes) * SIZES.min_lane_h
    assert all(band.height >= SIZES.min_lane_h for band in layout.lanes)


def test_a_pile_of_events_on_one_day_gets_cards_near_that_day() -> None:
    day = BASE + 10
    data = TimelineData.from_arrays(
        [day] * 30 + [day + 1] * 18,
        [day] * 30 + [day + 1] * 18,
        titles=[f"t{i}" for i in range(48)],
    )
    first_day, ppd = fit_window(day, day + 2, 1420, SIZES.reach)
    layout = StripLayouter(data).layout(View(first_day, ppd, 1420, 330, AXIS))
    assert {c.row for c in layout.cards} == set(range(48))  # every one reachable in a click
    assert all(c.x >= 0 and c.x + c.w <= 1420 for c in layout.cards)


def test_fit_window_leaves_room_for_the_outer_cards() -> None:
    first_day, ppd = fit_window(100, 110, 1000, 120)
    assert (100 - first_day) * ppd == pytest.approx(124)
    assert (first_day + 1000 / ppd - 110) * ppd == pytest.approx(124)


def test_nothing_to_lay_out() -> None:
    layout = StripLayouter(TimelineData.empty()).layout(View(BASE, 5.0, 800, 300, AXIS))
    assert layout.cards == [] and layout.clusters == [] and len(layout.lanes) == 1
