"""Scoring an export of the TempEval-3 corpus against the gold dates derived from its TLINKs.

A gold event is one annotated EVENT (a word or two); the scored ones are dated happenings
(bench/timeml_gold.py). A gold event is found when it lies wholly inside a passage of an
exported event in its article; when several passages hold it, the shortest is its event.

- Found: the share of dated gold happenings that are found (recall-like: TimeML annotates
  every verb of a sentence, and an event passage is a sentence or a clause).
- Dates right: among those found, the share whose event's date lies within the gold date (at
  the gold's precision: a day within the gold month agrees, a week holding the gold day not).
- Publication baseline: the same share when every event is dated on its article's publication
  date (as the viewer read it), over the same found events, and over all dated happenings.
- One date per event, at best: the share of found gold events whose date would be right if
  each exported event had the one date that agrees with most of the gold events it holds.
  A passage holds every annotated verb of its sentence ("said" today, "bought" last year),
  so this is the most that better dating alone, with the same passages, could reach.
- Precision-like: among exported events with a passage in an article's annotated text (the
  headline and the date line carry no annotation and are left out), the share with a passage
  holding a dated gold happening, and the looser share holding any TimeML happening.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bench.exported import DateSpan, Export, ExportedEvent, Passage
from bench.seed_scoring import Ratio


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event of an article: where, its words, and its gold date if any."""

    file: str
    eid: str
    start: int
    end: int
    text: str
    happening: bool
    date: DateSpan | None
    value: str  # the TIMEX3 value the gold date came from


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of the corpus: its file, part, annotated text bounds and events."""

    file: str
    part: str
    body_start: int
    body_end: int
    events: tuple[GoldEvent, ...]

    def scored(self) -> list[GoldEvent]:
        return [event for event in self.events if event.happening and event.date is not None]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one scored gold event."""

    gold: GoldEvent
    event: ExportedEvent | None
    date_right: bool
    baseline_right: bool


@dataclass(slots=True)
class TempevalScore:
    """The TempEval figures of one part, with each gold event's outcome for listing misses."""

    articles: int = 0
    found: Ratio = field(default_factory=Ratio)
    dates_right: Ratio = field(default_factory=Ratio)
    baseline_found: Ratio = field(default_factory=Ratio)
    baseline_all: Ratio = field(default_factory=Ratio)
    one_date_best: Ratio = field(default_factory=Ratio)
    precision: Ratio = field(default_factory=Ratio)
    precision_loose: Ratio = field(default_factory=Ratio)
    outcomes: list[Outcome] = field(default_factory=list)


def gold_articles(data: Mapping[str, Any], part: str) -> list[GoldArticle]:
    """The articles of one part from the corpus builder's gold.json."""
    articles = []
    for record in data["documents"]:
        if record["part"] != part:
            continue
        events = tuple(
            GoldEvent(
                file=record["file"],
                eid=event["eid"],
                start=event["start"],
                end=event["end"],
                text=event["text"],
                happening=event["happening"],
                date=None
                if event["gold"] is None
                else DateSpan(
                    date.fromisoformat(event["gold"]["first"]),
                    date.fromisoformat(event["gold"]["last"]),
                    event["gold"]["precision"],
                ),
                value="" if event["gold"] is None else event["gold"]["value"],
            )
            for event in record["events"]
        )
        articles.append(
            GoldArticle(record["file"], part, record["body_start"], record["body_end"], events)
        )
    return articles


def score_tempeval(articles: Sequence[GoldArticle], export: Export) -> TempevalScore:
    """Every TempEval figure of the module docstring, for the articles given."""
    score = TempevalScore(articles=len(articles))
    passages = _passages_by_file(export.events)
    for article in articles:
        published = export.published.get(article.file)
        publication = None if published is None else DateSpan(published, published, "day")
        for gold in article.scored():
            assert gold.date is not None
            event = _holder(gold, passages.get(article.file, []))
            date_right = (
                event is not None and event.date is not None and event.date.within(gold.date)
            )
            baseline_right = publication is not None and publication.within(gold.date)
            score.outcomes.append(Outcome(gold, event, date_right, baseline_right))
            score.found.total += 1
            score.baseline_all.total += 1
            score.baseline_all.hits += baseline_right
            if event is not None:
                score.found.hits += 1
                score.dates_right.total += 1
                score.dates_right.hits += date_right
                score.baseline_found.total += 1
                score.baseline_found.hits += baseline_right
    _score_one_date_best(score)
    _score_precision(articles, export.events, score)
    return score


def _score_one_date_best(score: TempevalScore) -> None:
    """How many found gold events the best single date of each exported event would get."""
    held: dict[int, list[DateSpan]] = defaultdict(list)
    for outcome in score.outcomes:
        if outcome.event is not None and outcome.gold.date is not None:
            held[id(outcome.event)].append(outcome.gold.date)
    for golds in held.values():
        score.one_date_best.total += len(golds)
        score.one_date_best.hits += max(
            sum(candidate.within(gold) for gold in golds) for candidate in golds
        )


def _passages_by_file(
    events: Sequence[ExportedEvent],
) -> dict[str, list[tuple[Passage, ExportedEvent]]]:
    by_file: dict[str, list[tuple[Passage, ExportedEvent]]] = defaultdict(list)
    for event in events:
        for passage in event.passages:
            by_file[passage.file].append((passage, event))
    return by_file


def _holder(gold: GoldEvent, passages: list[tuple[Passage, ExportedEvent]]) -> ExportedEvent | None:
    """The event whose shortest passage wholly holds the gold event's words."""
    holding = [
        (len(passage), passage.start, event)
        for passage, event in passages
        if passage.start <= gold.start and gold.end <= passage.end
    ]
    return min(holding, key=lambda h: (h[0], h[1]))[2] if holding else None


def _score_precision(
    articles: Sequence[GoldArticle], events: Sequence[ExportedEvent], score: TempevalScore
) -> None:
    """The share of exported events in annotated text that hold a (dated) gold happening."""
    by_file = {article.file: article for article in articles}
    for event in events:
        inside = [
            (passage, by_file[passage.file])
            for passage in event.passages
            if passage.file in by_file
            and passage.start < by_file[passage.file].body_end
            and by_file[passage.file].body_start < passage.end
        ]
        if not inside:
            continue
        score.precision.total += 1
        score.precision_loose.total += 1
        held = [
            gold
            for passage, article in inside
            for gold in article.events
            if gold.happening and passage.start <= gold.start and gold.end <= passage.end
        ]
        score.precision.hits += any(gold.date is not None for gold in held)
        score.precision_loose.hits += bool(held)
