"""How far an export's `event_confidence` can be taken at its word, against an own gold.

An exported event is right when one of its passages is paired with a gold passage (the
pairing of bench/seed_scoring.py, as for event precision). Its `event_confidence` says how
sure the extractor is that it reports a happening, so among events exported with 0.8 about
8 in 10 should be right.

- Brier score: the mean of (confidence - right)² over the exported events, right being 1 or
  0; lower is better. Always saying the share of right events would score share × (1 - share).
- Reliability: per confidence band, how many events and the share of them right.
- Key events: the events the window shows first, those whose importance (viewer/core/
  importance.py, computed from the export's columns as the window does for unreviewed
  events) reaches KEY_THRESHOLD. Their precision is the share right; their happening recall
  the share of gold happenings with a passage paired to a key event.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from bench.exported import ExportedEvent
from bench.seed_gold import GoldPassage
from bench.seed_scoring import Ratio, SeedScore
from viewer.core.event_cues import DECISION, LEAD, reports_decision
from viewer.core.importance import KEY_THRESHOLD, importance
from viewer.core.model import DateBasis
from viewer.core.timeline import BASIS_CODE, TimelineData

# The lower ends of the reliability bands; the last band holds 1.0 too.
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Band:
    """Events whose confidence lies in [low, high): how many, how many right, their mean."""

    low: float
    high: float
    right: Ratio
    mean: float


@dataclass(slots=True)
class Calibration:
    """The figures of the module docstring for one export against one gold."""

    brier: float | None = None
    events: int = 0
    bands: list[Band] = field(default_factory=list)
    key_precision: Ratio = field(default_factory=Ratio)
    key_recall: Ratio = field(default_factory=Ratio)


def brier_score(pairs: Sequence[tuple[float, bool]]) -> float | None:
    """The mean squared difference of each confidence from 1 (right) or 0 (wrong)."""
    if not pairs:
        return None
    return sum((confidence - right) ** 2 for confidence, right in pairs) / len(pairs)


def reliability(pairs: Sequence[tuple[float, bool]], lows: Sequence[float] = BANDS) -> list[Band]:
    """Per band of confidence (`lows`: the lower ends), the events in it; empty bands left out."""
    bands = []
    for i, low in enumerate(lows):
        high = lows[i + 1] if i + 1 < len(lows) else math.inf
        inside = [(c, right) for c, right in pairs if low <= c < high]
        if inside:
            hits = sum(right for _, right in inside)
            mean = sum(c for c, _ in inside) / len(inside)
            bands.append(Band(low, min(high, 1.0), Ratio(hits, len(inside)), mean))
    return bands


def key_events(events: Sequence[ExportedEvent]) -> list[bool]:
    """Whether each exported event is a key event: its importance as the window computes it
    for an unreviewed, unstarred event reaches KEY_THRESHOLD."""
    first: dict[str, int] = {}
    for event in events:
        for p in event.passages:
            first[p.file] = min(first.get(p.file, p.start), p.start)
    cues = [
        (DECISION if reports_decision(event.title) else 0)
        | (LEAD if any(first[p.file] == p.start for p in event.passages) else 0)
        for event in events
    ]
    codes = {basis.value: code for basis, code in BASIS_CODE.items()}
    n = len(events)
    data = TimelineData.from_arrays(
        np.zeros(n),
        np.zeros(n),
        ids=[f"{i:09d}" for i in range(n)],  # one day for all: rows stay in this order
        source_count=[event.sources for event in events],
        basis=[codes.get(event.basis, BASIS_CODE[DateBasis.PUBLICATION]) for event in events],
        cues=cues,
        confidence=[event.confidence for event in events],
    )
    score = importance(data)
    row = {event_id: i for i, event_id in enumerate(data.ids)}
    return [bool(score[row[f"{i:09d}"]] >= KEY_THRESHOLD) for i in range(n)]


def calibrate(
    gold: Sequence[GoldPassage], events: Sequence[ExportedEvent], score: SeedScore
) -> Calibration:
    """The calibration figures of an export scored against a gold by `score_seeds`."""
    paired = {pairing.event for pairing in score.pairings}
    pairs = [
        (event.confidence, i in paired)
        for i, event in enumerate(events)
        if not math.isnan(event.confidence)
    ]
    key = key_events(events)
    happenings = {item.happening for item in gold}
    found = {gold[p.gold].happening for p in score.pairings if key[p.event]}
    return Calibration(
        brier=brier_score(pairs),
        events=len(pairs),
        bands=reliability(pairs),
        key_precision=Ratio(sum(key[i] for i in paired), sum(key)),
        key_recall=Ratio(len(found), len(happenings)),
    )


def calibration_rows(calibration: Calibration) -> list[tuple[str, str]]:
    """The figures as `python -m bench.events` prints them, label and value."""
    brier = "  -  " if calibration.brier is None else f"{calibration.brier:6.3f}"
    bands = " | ".join(
        f"{f'<{band.high:.1f}' if band.low == 0 else f'{band.low:.1f}+'} "
        f"{band.right.value or 0:.2f} of {band.right.total}"
        for band in calibration.bands
    )
    return [
        ("confidence: Brier score", f"{brier} ({calibration.events} events)"),
        ("  right by band of confidence", bands),
        ("key events: precision", str(calibration.key_precision)),
        ("            happening recall", str(calibration.key_recall)),
    ]
