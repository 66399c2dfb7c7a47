"""Calibration figures: the Brier score, reliability bands, key events' precision and recall."""

from __future__ import annotations

from datetime import date

import pytest

from bench.calibration import brier_score, calibrate, calibration_rows, key_events, reliability
from bench.exported import DateSpan, ExportedEvent, Passage
from bench.seed_gold import GoldPassage
from bench.seed_scoring import Ratio, score_seeds

DAY = DateSpan(date(2022, 3, 7), date(2022, 3, 7), "day")


def event(start: int, confidence: float, *, title: str = "", sources: int = 1) -> ExportedEvent:
    passage = Passage("a.txt", start, start + 50)
    return ExportedEvent("e", (passage,), DAY, "relative", "", title, "", confidence, sources)


def gold(happening: str, start: int) -> GoldPassage:
    passage = Passage("a.txt", start, start + 50)
    return GoldPassage(happening, passage, "words", DAY, "relative", "", frozenset(), "", 0)


def test_brier_score_is_the_mean_squared_miss() -> None:
    assert brier_score([(0.8, True), (0.8, False)]) == pytest.approx((0.04 + 0.64) / 2)
    assert brier_score([(1.0, True), (0.0, False)]) == 0.0
    assert brier_score([]) is None


def test_reliability_counts_each_band_and_leaves_empty_ones_out() -> None:
    pairs = [(0.55, True), (0.58, False), (0.8, True), (0.85, True), (0.97, True), (1.0, False)]
    bands = reliability(pairs)
    assert [(b.low, b.right.hits, b.right.total) for b in bands] == [
        (0.5, 1, 2),
        (0.8, 2, 2),
        (0.9, 1, 2),
    ]
    assert bands[0].mean == pytest.approx(0.565)
    assert bands[-1].high == 1.0


def test_an_article_lead_reported_by_two_sources_is_a_key_event() -> None:
    # The lead (first passage of its article) with two sources and its own date: 0.2 + 0.2 +
    # 0.1 + 0.15, and the confidence's share; a later event of one source is not key.
    events = [event(0, 0.9, sources=2), event(100, 0.9), event(200, 0.2)]
    assert key_events(events) == [True, False, False]


def test_key_events_precision_and_happening_recall() -> None:
    events = [event(0, 0.9, sources=2), event(100, 0.9), event(300, 0.5)]
    items = [gold("lead", 0), gold("other", 100), gold("missed", 500)]
    score = score_seeds(items, events)
    figures = calibrate(items, events, score)
    assert figures.brier == pytest.approx((0.01 + 0.01 + 0.25) / 3)
    assert figures.key_precision == Ratio(1, 1)
    assert figures.key_recall == Ratio(1, 3)
    labels = [label for label, _ in calibration_rows(figures)]
    assert labels[0] == "confidence: Brier score"
