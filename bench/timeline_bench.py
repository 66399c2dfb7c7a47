"""Timeline benchmark with the strip's cards on: build, first paint, scroll and zoom steps
(layout and painting of cards, clusters and density), lanes, filter keystrokes, memory."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial

import numpy as np

from viewer.core import filters
from viewer.core.annotations import Status
from viewer.core.filters import Filter, TextSearch
from viewer.core.lanes import LaneKind
from viewer.core.timeline import TimelineData

WORDS = "nato troops poland madrid summit germany aid pledge border ukraine deploy brigade".split()


def synthetic(n: int, seed: int = 7) -> tuple[TimelineData, list[bytes]]:
    """n events over four years, a mix of days, weeks and months, with search texts."""
    rng = np.random.default_rng(seed)
    base = date(2021, 1, 1).toordinal()
    first = base + rng.integers(0, 4 * 365, n)
    precision = rng.choice([0, 0, 0, 0, 0, 1, 1, 2], n).astype(np.uint8)
    last = first + np.choose(precision, [0, 6, 30])
    words = np.asarray(WORDS)
    picks = rng.integers(0, len(WORDS), (n, 6))
    titles = [f"{' '.join(words[row[:3]])} {i}" for i, row in enumerate(picks)]
    texts = [
        f"{t} reported that {' '.join(words[row[3:]])}".lower().encode()
        for t, row in zip(titles, picks, strict=True)
    ]
    data = TimelineData.from_arrays(
        first,
        last,
        precision=precision,
        status=rng.choice([0, 0, 0, 1, 2, 3], n),
        starred=rng.random(n) < 0.05,
        has_note=rng.random(n) < 0.1,
        source_count=rng.choice([1, 1, 1, 1, 2, 3], n),
        titles=titles,
        source=rng.integers(0, 200, n),
        source_names=[f"article_{k:04d}.txt" for k in range(200)],
        tags=[("nato",) if i % 7 == 0 else () for i in range(n)],
        basis=rng.choice([1, 2, 2], n),
        cues=rng.choice([0, 0, 0, 1, 2], n),
    )
    order = {eid: i for i, eid in enumerate(f"e{i:07d}" for i in range(n))}
    searchable = [texts[order[eid]] for eid in data.ids]
    return data, searchable


CPU_SAMPLES: list[float] = []  # the processor time of each timed() call, for pcts()


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds of wall-clock time fn takes; its processor time goes to CPU_SAMPLES."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU_SAMPLES.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def pcts(samples: list[float]) -> str:
    """Percentiles of the samples (wall-clock), and the p95 of the processor time they took:
    on a machine others share, waiting for a core shows in the first, not the second."""
    qs = statistics.quantiles(samples, n=20)
    p50, p95 = statistics.median(samples), qs[18]
    cpu = CPU_SAMPLES[-len(samples) :]
    cpu_p95 = statistics.quantiles(cpu, n=20)[18] if len(cpu) >= 2 else 0.0
    spread = f"p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  max {max(samples):6.2f} ms"
    return f"{spread}  (cpu p95 {cpu_p95:5.2f})"


def drawn(view: object) -> str:
    """What the view draws now: its cards and clusters, and whether density bars."""
    from viewer.ui.timeline_view import TimelineView

    assert isinstance(view, TimelineView)
    layout = view.current_layout()
    clustered = sum(len(c.rows) for c in layout.clusters)
    dense = " + density" if layout.dense else ""
    return f"{len(layout.cards)} cards, {len(layout.clusters)} clusters of {clustered:,}{dense}"


def zoom_steps(view: object, count: int, period: int) -> list[float]:
    """Zoom steps by 1.25 in, then out, period at a time, each timed from the zoom to its
    frame painted: the layout of the new zoom and its paint, as a wheel step costs."""
    from viewer.ui.timeline_view import TimelineView

    assert isinstance(view, TimelineView)
    samples = []
    for k in range(count):
        factor = 1.25 if (k // period) % 2 == 0 else 0.8

        def step(factor: float = factor) -> None:
            view.zoom_by(factor)
            view.viewport().repaint()

        samples.append(timed(step))
    return samples


def run(n: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from viewer.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"== {n:,} events")
    start = time.perf_counter()
    data, searchable = synthetic(n)
    built = (time.perf_counter() - start) * 1000
    print(f"build synthetic data (from_arrays + texts): {built:8.1f} ms")
    view = TimelineView()
    view.resize(1400, 420)  # a laptop's strip: axis, chips and rows of cards
    view.show()
    app.processEvents()
    start = time.perf_counter()
    view.set_events(data)
    view.grab()
    print(
        f"set_events to first paint (grab):          {(time.perf_counter() - start) * 1000:8.1f} ms"
    )

    vp = view.viewport()
    bar = view.horizontalScrollBar()
    for level in ("day", "week", "month", "year"):
        view.zoom_to(level)
        view.center_on(data.span()[0] + 400)
        samples = []
        for _ in range(100):
            bar.setValue(bar.value() + bar.singleStep())
            samples.append(timed(vp.repaint))
        print(f"scroll step at {level:5} zoom ({drawn(view)}): {pcts(samples)}")
    mask = np.zeros(len(data), np.bool_)
    mask[:: max(1, n // 2000)] = True
    view.set_events(data, mask)
    view.zoom_to("week")
    samples = []
    for _ in range(100):
        bar.setValue(bar.value() + bar.singleStep())
        samples.append(timed(vp.repaint))
    print(f"scroll step, filtered to {int(mask.sum()):,} ({drawn(view)}): {pcts(samples)}")
    view.set_events(data)

    view.zoom_to("year")
    samples = zoom_steps(view, 100, 25)
    print(f"zoom step (year ⇄ ~month, layout + paint):  {pcts(samples)}")

    view.set_display(key_only=False, threshold=0.45, lanes=LaneKind.SOURCE)
    view.zoom_to("month")
    samples = []
    for _ in range(100):
        bar.setValue(bar.value() + bar.singleStep())
        samples.append(timed(vp.repaint))
    print(f"scroll step, 8 lanes by source ({drawn(view)}): {pcts(samples)}")
    samples = zoom_steps(view, 60, 15)
    print(f"zoom step, 8 lanes by source:              {pcts(samples)}")
    # The lane of all the other sources holds nearly every event: scrolled down to it, and
    # a strip tall enough for all eight lanes at once.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.zoom_to("month")
    samples = zoom_steps(view, 60, 15)
    print(f"  the same, scrolled to the busiest lane:  {pcts(samples)}")
    tall = TimelineView()  # a new one: no card drawn before
    tall.resize(1400, 1000)
    tall.show()
    tall.set_events(data)
    tall.set_display(key_only=False, threshold=0.45, lanes=LaneKind.SOURCE)
    tall.zoom_to("month")
    tall.center_on(data.span()[0] + 400)
    app.processEvents()
    samples = zoom_steps(tall, 60, 15)
    print(f"  the same, all 8 lanes in a 1000 px strip: {pcts(samples)}")
    tall.deleteLater()
    view.set_display(key_only=False, threshold=0.45, lanes=LaneKind.NONE)

    for label, query in (("rare word", "madrid summit 12"), ("common word", "troops")):
        keys, with_facets = [], []
        search = TextSearch()  # the search box's own, as the timeline pane keeps it
        for i in range(1, len(query) + 1):
            f = Filter(text=query[:i])
            keys.append(timed(partial(filters.apply, f, data, searchable, search)))
        search = TextSearch()
        for i in range(1, len(query) + 1):
            f = Filter(text=query[:i])

            def both(f: Filter = f, search: TextSearch = search) -> None:
                view.set_events(data, filters.apply(f, data, searchable, search))
                filters.facet_counts(f, data, searchable, search)
                vp.repaint()  # the strip is laid out for the new filter when painted

            with_facets.append(timed(both))
        facets_cpu = CPU_SAMPLES[-len(with_facets) :]
        print(
            f"filter keystroke, {label:11} apply:         first {keys[0]:6.1f} ms, "
            f"max {max(keys):6.1f} ms, mean {statistics.fmean(keys):6.1f} ms"
        )
        print(
            f"  + facet counts, set_events and paint:    first {with_facets[0]:6.1f} ms, "
            f"max {max(with_facets):6.1f} ms  (cpu max {max(facets_cpu):5.1f})"
        )
    status_only = Filter(statuses=frozenset({Status.CONFIRMED}))
    took = timed(partial(filters.apply, status_only, data, searchable))
    print(f"filter by status (no text):                {took:8.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss):                   {peak:8.0f} MB")
    view.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="how many events")
    args = parser.parse_args()
    run(args.events)


if __name__ == "__main__":
    main()
