"""Scoring an export against the seed gold: events, dates and merges.

Matching. A gold passage and an exported passage are candidates when they are in the same
file and overlap by at least half of the shorter of the two (so a sentence-long passage holds
a clause-long gold passage, and a clause-long passage counts inside a sentence-long one).
Candidates are paired one to one, best first: by the Jaccard overlap of their characters, then
(between equal overlaps) a pair whose dates agree, then text order. Each exported passage and
each gold passage is used at most once, so one sentence-long event cannot stand for two
happenings its sentence reports, and two events cannot both claim one happening's passage.

Figures.
- Event precision: the share of exported events with at least one passage paired.
- Event recall: the share of gold happenings with at least one passage paired.
- Event recall as events of their own: the share of gold happenings with a passage paired
  to an exported event's first passage, the one it is listed and dated by. A happening whose
  passages were all joined to events of other happenings is found but hidden: a rule that
  joins sentences to the event before them shows here what it costs.
- Passage recall: the share of gold passages paired.
- Dates right: among paired passages, the share whose exported event's date lies within the
  gold date of that passage or of another passage of the same happening (a merged event may
  rightly take its date from another source); a week within its month agrees, a week that
  holds the gold day does not.
- Basis as gold: among paired passages, the share whose exported `date_basis` is the gold's.
- Publication baseline: the share of all gold passages whose gold date holds their article's
  publication date, as if every event were dated on it.
- Merge pairs: a gold pair is two passages of one happening; an exported pair is two passages
  of one exported event, both paired to gold passages. Merge precision is the share of
  exported pairs that are gold pairs, or that join a passage to a happening it names in
  `also`; merge recall is the share of gold pairs whose two passages are paired with passages
  of one exported event. Both are given across articles and within one article (a headline
  and its lede, two mentions of one happening).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from bench.exported import DateSpan, ExportedEvent, Passage
from bench.seed_gold import GoldPassage


@dataclass(frozen=True, slots=True)
class Pairing:
    """A gold passage paired with one passage of one exported event."""

    gold: int  # index into the gold list
    event: int  # index into the exported events
    passage: int  # index into that event's passages
    jaccard: float


@dataclass(slots=True)
class Ratio:
    """A count of successes out of a count of trials."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def add(self, hit: bool) -> None:
        """One more trial, a success or not."""
        self.hits += hit
        self.total += 1

    def __str__(self) -> str:
        value = self.value
        shown = "  -  " if value is None else f"{value:5.2f}"
        return f"{shown} ({self.hits} of {self.total})"


@dataclass(slots=True)
class SeedScore:
    """The seed figures, and the pairings behind them for listing misses."""

    event_precision: Ratio = field(default_factory=Ratio)
    event_recall: Ratio = field(default_factory=Ratio)
    own_recall: Ratio = field(default_factory=Ratio)
    passage_recall: Ratio = field(default_factory=Ratio)
    dates_right: Ratio = field(default_factory=Ratio)
    basis_right: Ratio = field(default_factory=Ratio)
    baseline: Ratio = field(default_factory=Ratio)
    merge_precision_across: Ratio = field(default_factory=Ratio)
    merge_recall_across: Ratio = field(default_factory=Ratio)
    merge_precision_within: Ratio = field(default_factory=Ratio)
    merge_recall_within: Ratio = field(default_factory=Ratio)
    pairings: list[Pairing] = field(default_factory=list)


def overlap_enough(a: Passage, b: Passage) -> bool:
    """Same file, and overlapping by at least half of the shorter span."""
    shared = a.overlap(b)
    return shared > 0 and 2 * shared >= min(len(a), len(b))


def jaccard(a: Passage, b: Passage) -> float:
    shared = a.overlap(b)
    return shared / (len(a) + len(b) - shared) if shared else 0.0


def date_agrees(found: DateSpan | None, gold: list[DateSpan]) -> bool:
    """An exported date agrees when it lies within one of the accepted gold dates."""
    return found is not None and any(found.within(accepted) for accepted in gold)


def pair_passages(gold: list[GoldPassage], events: list[ExportedEvent]) -> list[Pairing]:
    """The one-to-one pairing of gold and exported passages described in the docstring."""
    accepted = _accepted_dates(gold)
    by_file: dict[str, list[tuple[int, int, Passage]]] = defaultdict(list)
    for e, event in enumerate(events):
        for p, passage in enumerate(event.passages):
            by_file[passage.file].append((e, p, passage))
    candidates = []
    for g, item in enumerate(gold):
        for e, p, passage in by_file.get(item.passage.file, []):
            if overlap_enough(item.passage, passage):
                agrees = date_agrees(events[e].date, accepted[item.happening])
                score = jaccard(item.passage, passage)
                candidates.append((-score, not agrees, passage.start, g, e, p, score))
    candidates.sort()
    used_gold: set[int] = set()
    used_passages: set[tuple[int, int]] = set()
    pairings = []
    for *_, g, e, p, score in candidates:
        if g in used_gold or (e, p) in used_passages:
            continue
        used_gold.add(g)
        used_passages.add((e, p))
        pairings.append(Pairing(g, e, p, score))
    return sorted(pairings, key=lambda pairing: pairing.gold)


def score_seeds(
    gold: list[GoldPassage],
    events: list[ExportedEvent],
    published: Mapping[str, date | None] | None = None,
) -> SeedScore:
    """Every seed figure of the module docstring (the baseline when `published` is given)."""
    score = SeedScore(pairings=pair_passages(gold, events))
    for item in gold:
        day = (published or {}).get(item.passage.file)
        score.baseline.total += published is not None
        score.baseline.hits += day is not None and item.date.first <= day <= item.date.last
    accepted = _accepted_dates(gold)
    paired_events = {pairing.event for pairing in score.pairings}
    score.event_precision = Ratio(len(paired_events), len(events))
    happenings = {item.happening for item in gold}
    found = {gold[pairing.gold].happening for pairing in score.pairings}
    score.event_recall = Ratio(len(found), len(happenings))
    own = {gold[pairing.gold].happening for pairing in score.pairings if pairing.passage == 0}
    score.own_recall = Ratio(len(own), len(happenings))
    score.passage_recall = Ratio(len(score.pairings), len(gold))
    for pairing in score.pairings:
        item, event = gold[pairing.gold], events[pairing.event]
        score.dates_right.total += 1
        score.dates_right.hits += date_agrees(event.date, accepted[item.happening])
        score.basis_right.total += 1
        score.basis_right.hits += event.basis == item.basis
    _score_merges(gold, score)
    return score


def figure_rows(score: SeedScore, exported: int, across: bool = True) -> list[tuple[str, str]]:
    """The figures as `python -m bench.events` prints them, label and value; merges across
    articles only with `across` (a gold whose happenings are each within one article)."""
    rows = [
        ("events exported", str(exported)),
        ("event precision", str(score.event_precision)),
        ("event recall (happenings)", str(score.event_recall)),
        ("  as events of their own", str(score.own_recall)),
        ("passage recall", str(score.passage_recall)),
        ("dates right (paired passages)", str(score.dates_right)),
        ("date basis as gold", str(score.basis_right)),
        ("publication date right (all passages)", str(score.baseline)),
    ]
    if across:
        rows += [
            ("merges across articles: precision", str(score.merge_precision_across)),
            ("                        recall", str(score.merge_recall_across)),
        ]
    return [
        *rows,
        ("merges within an article: precision", str(score.merge_precision_within)),
        ("                          recall", str(score.merge_recall_within)),
    ]


def _accepted_dates(gold: list[GoldPassage]) -> dict[str, list[DateSpan]]:
    accepted: dict[str, list[DateSpan]] = defaultdict(list)
    for item in gold:
        accepted[item.happening].append(item.date)
    return accepted


def _score_merges(gold: list[GoldPassage], score: SeedScore) -> None:
    """Merge precision and recall over passage pairs, across and within articles."""
    event_of = {pairing.gold: pairing.event for pairing in score.pairings}
    for a, b in combinations(range(len(gold)), 2):
        if gold[a].happening != gold[b].happening:
            continue
        recall = (
            score.merge_recall_across
            if gold[a].passage.file != gold[b].passage.file
            else score.merge_recall_within
        )
        recall.total += 1
        recall.hits += a in event_of and event_of.get(a) == event_of.get(b)
    golds_of: dict[int, list[int]] = defaultdict(list)
    for pairing in score.pairings:
        golds_of[pairing.event].append(pairing.gold)
    for members in golds_of.values():
        for a, b in combinations(sorted(members), 2):
            first, second = gold[a], gold[b]
            precision = (
                score.merge_precision_across
                if first.passage.file != second.passage.file
                else score.merge_precision_within
            )
            precision.total += 1
            precision.hits += (
                first.happening == second.happening
                or second.happening in first.also
                or first.happening in second.also
            )
