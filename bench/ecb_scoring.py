"""Scoring an export's merges against ECB+: which sentences of different articles report
the same happening.

Only the sentences whose coreference ECB+ annotated count (bench/ecb_corpus.py); the rest
of an article is neither right nor wrong. An exported passage stands for the annotated
sentence it overlaps most in its file (none if it overlaps none); a sentence is exported
when some passage stands for it. Two sentences are in one event when passages of one
exported event stand for them.

Figures, over pairs of annotated sentences of different articles:
- gold pairs: two sentences that mention one happening instance;
- exported pairs: two sentences in one event;
- merge precision: the share of exported pairs that are gold pairs;
- merge recall: the share of gold pairs whose two sentences are both exported that are in
  one event (`covered`: the share of gold pairs whose two sentences are both exported);
- hard negatives merged: of the pairs of exported sentences, one mentioning its topic's
  first seminal happening (ecb) and the other its second (ecbplus), that mention no
  happening in common, the share in one event: two earthquakes, two check-ins into rehab,
  told as one.

And by sentence, each once (as B-cubed counts): pairs grow with the square of an event's
size, so one sentence leaving a large event costs tens of pairs; by sentence it costs one.
- precision by sentence: over exported sentences in an event with sentences of other
  articles, the mean share of those that mention a happening in common with it;
- recall by sentence: over exported sentences with exported gold partners in other
  articles, the mean share of those partners in its event.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from bench.exported import Export
from bench.seed_scoring import Ratio

Pair = tuple[int, int]  # indexes of two gold sentences, lower first


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """An annotated sentence: where it is, what it mentions, and of which seminal happening."""

    file: str
    number: int
    start: int
    end: int
    topic: str
    instances: frozenset[str]
    seminal: str  # "ecb" or "ecbplus" when it mentions that seminal happening, else ""


@dataclass(slots=True)
class Mean:
    """The mean of shares, one for each sentence it is taken over."""

    sum: float = 0.0
    count: int = 0

    def add(self, hits: int, total: int) -> None:
        self.sum += hits / total
        self.count += 1

    def __str__(self) -> str:
        shown = "  -  " if not self.count else f"{self.sum / self.count:5.3f}"
        return f"{shown} ({self.count} sentences)"


@dataclass(slots=True)
class MergeScore:
    """The merge figures of one part, and the pairs behind them for listing mistakes."""

    articles: int = 0
    gold_pairs: int = 0
    covered: Ratio = field(default_factory=Ratio)
    precision: Ratio = field(default_factory=Ratio)
    recall: Ratio = field(default_factory=Ratio)
    hard_negatives: Ratio = field(default_factory=Ratio)
    by_sentence_precision: Mean = field(default_factory=Mean)
    by_sentence_recall: Mean = field(default_factory=Mean)
    wrong: list[Pair] = field(default_factory=list)
    missed: list[Pair] = field(default_factory=list)


def gold_sentences(data: Mapping[str, Any], part: str) -> tuple[list[GoldSentence], int]:
    """The annotated sentences of one part's articles, and how many articles it has."""
    topics = data["topics"]
    sentences: list[GoldSentence] = []
    articles = 0
    for record in data["documents"]:
        if record["part"] != part:
            continue
        articles += 1
        seminal = topics[record["topic"]]["seminal"].get(record["kind"], "")
        for sentence in record["sentences"]:
            instances = frozenset(sentence["instances"])
            sentences.append(
                GoldSentence(
                    file=record["file"],
                    number=int(sentence["number"]),
                    start=int(sentence["start"]),
                    end=int(sentence["end"]),
                    topic=record["topic"],
                    instances=instances,
                    seminal=record["kind"] if seminal and seminal in instances else "",
                )
            )
    return sentences, articles


def score_merges(sentences: list[GoldSentence], export: Export, articles: int = 0) -> MergeScore:
    """Every figure of the module docstring for one part's sentences and its export."""
    score = MergeScore(articles=articles)
    together, exported = _events_by_sentence(sentences, export)
    for a, b in sorted(together):
        score.precision.total += 1
        if sentences[a].instances & sentences[b].instances:
            score.precision.hits += 1
        else:
            score.wrong.append((a, b))
    gold = gold_pairs(sentences)
    score.gold_pairs = len(gold)
    for pair in sorted(gold):
        both = pair[0] in exported and pair[1] in exported
        score.covered.total += 1
        score.covered.hits += both
        if both:
            score.recall.total += 1
            if pair in together:
                score.recall.hits += 1
            else:
                score.missed.append(pair)
    for pair in _hard_negatives(sentences, exported):
        score.hard_negatives.total += 1
        score.hard_negatives.hits += pair in together
    _by_sentence(score, together, {p for p in gold if p[0] in exported and p[1] in exported})
    return score


def _by_sentence(score: MergeScore, together: set[Pair], gold: set[Pair]) -> None:
    """The merge figures by sentence, each sentence once (module docstring)."""
    merged: dict[int, set[int]] = defaultdict(set)
    partners: dict[int, set[int]] = defaultdict(set)
    for a, b in together:
        merged[a].add(b)
        merged[b].add(a)
    for a, b in gold:
        partners[a].add(b)
        partners[b].add(a)
    none: set[int] = set()
    for sentence, others in sorted(merged.items()):
        right = len(others & partners.get(sentence, none))
        score.by_sentence_precision.add(right, len(others))
    for sentence, others in sorted(partners.items()):
        right = len(others & merged.get(sentence, none))
        score.by_sentence_recall.add(right, len(others))


def gold_pairs(sentences: list[GoldSentence]) -> set[Pair]:
    """Pairs of sentences of different articles that mention one happening instance."""
    mentions: dict[str, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        for instance in sentence.instances:
            mentions[instance].append(index)
    return {
        (a, b)
        for members in mentions.values()
        for a, b in combinations(members, 2)
        if sentences[a].file != sentences[b].file
    }


def _events_by_sentence(
    sentences: list[GoldSentence], export: Export
) -> tuple[set[Pair], set[int]]:
    """The pairs of sentences of different articles in one event, and the sentences exported."""
    sentence_of = SentenceFinder(sentences)
    together: set[Pair] = set()
    exported: set[int] = set()
    for event in export.events:
        held = set()
        for passage in event.passages:
            found = sentence_of(passage.file, passage)
            if found is not None:
                held.add(found)
        exported |= held
        together |= {
            (a, b) if a < b else (b, a)
            for a, b in combinations(held, 2)
            if sentences[a].file != sentences[b].file
        }
    return together, exported


class SentenceFinder:
    """The annotated sentence a passage stands for: the one of its file it overlaps most."""

    def __init__(self, sentences: list[GoldSentence]) -> None:
        self.sentences = sentences
        self.by_file: dict[str, list[int]] = defaultdict(list)
        for index, sentence in enumerate(sentences):
            self.by_file[sentence.file].append(index)
        for members in self.by_file.values():
            members.sort(key=lambda index: sentences[index].start)
        self.starts = {f: [sentences[i].start for i in m] for f, m in self.by_file.items()}

    def __call__(self, file: str, passage: Any) -> int | None:
        """The sentence of `file` that `passage` (with its start and end) overlaps most."""
        members = self.by_file.get(file, [])
        return _sentence_at(self.sentences, members, self.starts.get(file, []), passage)


def _sentence_at(
    sentences: list[GoldSentence], members: list[int], starts: list[int], passage: Any
) -> int | None:
    """The annotated sentence a passage overlaps most, if any."""
    best, best_overlap = None, 0
    # Sentences that start before the passage ends; the last few may overlap it.
    right = bisect.bisect_left(starts, passage.end)
    for index in reversed(members[:right]):
        sentence = sentences[index]
        overlap = min(sentence.end, passage.end) - max(sentence.start, passage.start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
        if sentence.end <= passage.start:
            break
    return best


def _hard_negatives(sentences: list[GoldSentence], exported: Iterable[int]) -> Iterable[Pair]:
    """Exported pairs of one topic: one sentence of each seminal happening, none in common."""
    first: dict[str, list[int]] = defaultdict(list)
    second: dict[str, list[int]] = defaultdict(list)
    for index in sorted(exported):
        sentence = sentences[index]
        if sentence.seminal == "ecb":
            first[sentence.topic].append(index)
        elif sentence.seminal == "ecbplus":
            second[sentence.topic].append(index)
    for topic, olds in first.items():
        for a in olds:
            for b in second.get(topic, []):
                if not sentences[a].instances & sentences[b].instances:
                    yield (a, b) if a < b else (b, a)
