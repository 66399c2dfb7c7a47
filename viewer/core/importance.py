"""How much each event matters, so that where space is short the key events are drawn first.

A score from 0 to 1 made of what a reader of a chronology weighs: how many articles report
the event, whether it states its own date, whether it is an announcement or a decision,
whether it is an article's lead, the user's star and review status, and the extractor's
confidence where it gives one (neutral where it does not).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from viewer.core.annotations import Status
from viewer.core.event_cues import DECISION, LEAD
from viewer.core.model import DateBasis
from viewer.core.timeline import BASIS_CODE, STATUS_CODE, TimelineData

FloatArray = npt.NDArray[np.float32]
KEY_THRESHOLD = 0.45  # the default line between key events and the rest

_BASE = 0.2
_PER_SOURCE_DOUBLING = 0.2  # 2 sources +0.2, 4 sources +0.4 (the most a source count gives)
_OWN_DATE = 0.1  # dated by its own words (or by the user), not by its article's date
_CUE = {LEAD: 0.15, DECISION: 0.15}
_STAR = 0.5  # the user said so: above any count of sources
_STATUS = {
    Status.UNREVIEWED: 0.0,
    Status.CONFIRMED: 0.1,
    Status.DISPUTED: 0.05,
    Status.REJECTED: -0.5,
}
_CONFIDENCE = 0.3  # confidence 1 adds 0.15, confidence 0 takes 0.15 away


def importance(data: TimelineData) -> FloatArray:
    """Each row's score, 0 to 1: higher matters more."""
    n = len(data)
    score = np.full(n, _BASE, np.float32)
    sources = np.maximum(data.source_count.astype(np.float32), 1.0)
    score += np.minimum(np.log2(sources) * _PER_SOURCE_DOUBLING, 2 * _PER_SOURCE_DOUBLING)
    publication = BASIS_CODE[DateBasis.PUBLICATION]
    score += np.where(data.basis != publication, _OWN_DATE, 0.0).astype(np.float32)
    for flag, weight in _CUE.items():
        score += np.where(data.cues & flag, weight, 0.0).astype(np.float32)
    score += np.where(data.starred, _STAR, 0.0).astype(np.float32)
    by_status = np.zeros(len(STATUS_CODE), np.float32)
    for status, weight in _STATUS.items():
        by_status[STATUS_CODE[status]] = weight
    score += by_status[data.status]
    known = ~np.isnan(data.confidence)
    score[known] += (data.confidence[known] - 0.5) * _CONFIDENCE
    return np.clip(score, 0.0, 1.0)


def priority(score: FloatArray) -> npt.NDArray[np.int32]:
    """Each row's place in order of importance (0 first); equal scores keep row order, so
    the order is the same on every run and for every part of the timeline."""
    order = np.lexsort((np.arange(len(score)), -score))
    place = np.empty(len(score), np.int32)
    place[order] = np.arange(len(score), dtype=np.int32)
    return place
