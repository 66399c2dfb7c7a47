"""Merge figures against ECB+ sentences: what counts as a right merge, a missed one, and two
happenings of one kind told as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.ecb_figures import ecbplus_figures
from bench.ecb_scoring import GoldSentence, gold_sentences, score_merges
from bench.exported import Export, ExportedEvent, Passage


def _sentence(file: str, start: int, end: int, instances: str, seminal: str = "") -> GoldSentence:
    return GoldSentence(file, start, start, end, "1", frozenset(instances.split()), seminal)


# Three articles on Lohan's check-in (X) and one on Tara Reid's (Y); another happening (Z).
GOLD = [
    _sentence("a.txt", 0, 50, "X", "ecbplus"),
    _sentence("b.txt", 0, 50, "X", "ecbplus"),
    _sentence("c.txt", 0, 50, "X", "ecbplus"),
    _sentence("d.txt", 0, 50, "Y", "ecb"),
    _sentence("a.txt", 60, 100, "Z"),
]


def _export(*events: str) -> Export:
    """Events written as "a.txt:0-50 b.txt:10-40", one string each."""
    made = []
    for number, written in enumerate(events):
        passages = []
        for passage in written.split():
            file, span = passage.split(":")
            start, end = span.split("-")
            passages.append(Passage(file, int(start), int(end)))
        made.append(ExportedEvent(f"e{number}", tuple(passages), None, "", "", ""))
    return Export(tuple(made), {})


@pytest.mark.parametrize(
    ("events", "covered", "precision", "recall", "hard"),
    [
        # Two of the three reports of X merged; Y and Z alone.
        (("a.txt:0-50 b.txt:10-40", "c.txt:0-50", "d.txt:0-50", "a.txt:60-100"),
         (3, 3), (1, 1), (1, 3), (0, 3)),
        # Everything in one event: the two check-ins told as one.
        (("a.txt:0-50 b.txt:0-50 c.txt:0-50 d.txt:0-50",), (3, 3), (3, 6), (3, 3), (3, 3)),
        # c.txt's sentence is not exported: its pairs count for neither recall nor misses;
        # a passage outside the annotated sentences is neither right nor wrong.
        (("a.txt:0-50 b.txt:0-50", "a.txt:52-58 d.txt:0-50"), (1, 3), (1, 1), (1, 1), (0, 2)),
        # A passage over two sentences stands for the one it overlaps most (Z, not X).
        (("a.txt:45-100 b.txt:0-50",), (0, 3), (0, 1), (0, 0), (0, 0)),
        # Two passages of one article in one event are not a merge across articles.
        (("a.txt:0-50 a.txt:60-100",), (0, 3), (0, 0), (0, 0), (0, 0)),
    ],
)  # fmt: skip
def test_merge_figures_count_pairs_of_sentences_of_different_articles(
    events: tuple[str, ...],
    covered: tuple[int, int],
    precision: tuple[int, int],
    recall: tuple[int, int],
    hard: tuple[int, int],
) -> None:
    score = score_merges(GOLD, _export(*events))
    assert score.gold_pairs == 3
    assert (score.covered.hits, score.covered.total) == covered
    assert (score.precision.hits, score.precision.total) == precision
    assert (score.recall.hits, score.recall.total) == recall
    assert (score.hard_negatives.hits, score.hard_negatives.total) == hard


def test_gold_sentences_know_their_seminal_happening() -> None:
    data = {
        "topics": {"1": {"part": "dev", "seminal": {"ecb": "Y", "ecbplus": "X"}}},
        "documents": [
            {
                "file": "a.txt",
                "topic": "1",
                "kind": "ecbplus",
                "part": "dev",
                "sentences": [
                    {"number": 1, "start": 0, "end": 9, "instances": ["X"]},
                    {"number": 3, "start": 11, "end": 20, "instances": ["Y", "Z"]},
                ],
            },
            {"file": "b.txt", "topic": "1", "kind": "ecb", "part": "heldout", "sentences": []},
        ],
    }
    sentences, articles = gold_sentences(data, "dev")
    assert articles == 1
    assert [(s.number, s.seminal) for s in sentences] == [(1, "ecbplus"), (3, "")]


def test_without_the_snapshot_ecbplus_is_skipped_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ecbplus_figures(tmp_path / "no-snapshot", tmp_path / "cache", misses=True)
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1 and "skipped" in printed[0]
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    ("events", "precision", "recall"),
    [
        # a and b merged, c alone: each merged sentence right; a and b find one of their two
        # partners, c none.
        (("a.txt:0-50 b.txt:10-40", "c.txt:0-50", "d.txt:0-50"), (1.0, 2), (1 / 3, 3)),
        # Everything in one event: X's three each with two of three right, d with none.
        (("a.txt:0-50 b.txt:0-50 c.txt:0-50 d.txt:0-50",), (0.5, 4), (1.0, 3)),
    ],
)
def test_merge_figures_by_sentence_count_each_sentence_once(
    events: tuple[str, ...], precision: tuple[float, int], recall: tuple[float, int]
) -> None:
    score = score_merges(GOLD, _export(*events))
    by_precision, by_recall = score.by_sentence_precision, score.by_sentence_recall
    assert (by_precision.sum / by_precision.count, by_precision.count) == pytest.approx(precision)
    assert (by_recall.sum / by_recall.count, by_recall.count) == pytest.approx(recall)
