"""Why merging left apart two passages that report one happening: each gold pair of ECB+
sentences left apart, by the first step of merging that kept them apart, counted
(`python -m bench.events --misses`, the development part only).

The steps, in merging's order (viewer/core/merge.py):
- "one article": the two passages are of one article (never a pair across articles);
- "dates apart": their date windows share no day;
- "share too little": they score under half the threshold (0.15), most often two sentences
  of one story about different moments of it;
- "score under the threshold": 0.15 to 0.3;
- "never compared": they score enough but share none of the rare tokens each is filed
  under in the same week, so the pair is never scored;
- "refused: days", "refused: figures", "refused: one article's passages": compared and
  scored enough, but the groups they were in by then allowed no day in common, stated no
  figure in common, or held passages of one article that are not alike (merge_groups.py).

A sentence several passages stand for counts by its furthest step: the pair is as close to
merged as its closest two passages came. The merge's own private steps are read here on
purpose: a measurement of where recall is lost, not a second merger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import viewer.core.merge as merge
from viewer.core.merge_groups import share_a_figure
from viewer.core.model import Event

STEPS = (
    "refused: one article's passages",
    "refused: figures",
    "refused: days",
    "never compared",
    "score under the threshold",
    "share too little",
    "dates apart",
    "one article",
)
LOW_SCORE = merge.MERGE_THRESHOLD / 2


class _Refusals:
    """Merging's groups joined as plan_merge joins them, each refusal kept with its reason."""

    def __init__(self, features: Sequence[merge._Features], scorer: merge._Scorer) -> None:
        groups = merge._groups(features, scorer)
        self.compared: set[tuple[int, int]] = set()
        self.refused: dict[tuple[int, int], str] = {}
        for _score, i, j in merge._candidates(features, scorer):
            self.compared.add((i, j))
            a, b = groups.find(i), groups.find(j)
            if a == b or groups.join(i, j) is not None:
                continue
            first = max(groups.window[a][0], groups.window[b][0])
            last = min(groups.window[a][1], groups.window[b][1])
            if first > last:
                self.refused[(i, j)] = "refused: days"
            elif not share_a_figure(groups.figures[a], groups.figures[b]):
                self.refused[(i, j)] = "refused: figures"
            else:
                self.refused[(i, j)] = "refused: one article's passages"
        self.groups = groups


def apart_steps(
    events: Sequence[Event], pairs: Iterable[tuple[list[int], list[int]]]
) -> Counter[str]:
    """For each pair (the events holding one sentence, those holding the other) not in one
    merged event, the step that kept them apart, counted. `events` are single passages, as
    extraction gives them before merging."""
    features = merge._all_features(events)
    scorer = merge._Scorer(features)
    refusals = _Refusals(features, scorer)
    find = refusals.groups.find
    counts: Counter[str] = Counter()
    for left, right in pairs:
        if any(find(x) == find(y) for x in left for y in right):
            continue
        steps = [_step(features, scorer, refusals, x, y) for x in left for y in right]
        counts[min(steps, key=STEPS.index)] += 1
    return counts


def _step(
    features: Sequence[merge._Features], scorer: merge._Scorer, refusals: _Refusals, x: int, y: int
) -> str:
    fx, fy = features[x], features[y]
    if fx.document == fy.document:
        return "one article"
    if fx.first > fy.last or fy.first > fx.last:
        return "dates apart"
    score = scorer.score(x, y)
    if score < LOW_SCORE:
        return "share too little"
    if score < merge.MERGE_THRESHOLD:
        return "score under the threshold"
    pair = (x, y) if x < y else (y, x)
    if pair not in refusals.compared:
        return "never compared"
    return refusals.refused.get(pair, "refused: one article's passages")
