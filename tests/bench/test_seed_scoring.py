"""Seed scoring: pairing passages, event precision and recall, dates, merge pairs."""

from __future__ import annotations

from datetime import date

import pytest

from bench.exported import DateSpan, ExportedEvent, Passage, read_export
from bench.seed_gold import GoldPassage
from bench.seed_scoring import overlap_enough, pair_passages, score_seeds

DAY_7 = DateSpan(date(2022, 3, 7), date(2022, 3, 7), "day")
DAY_8 = DateSpan(date(2022, 3, 8), date(2022, 3, 8), "day")
WEEK_10 = DateSpan(date(2022, 3, 7), date(2022, 3, 13), "week")
FEBRUARY = DateSpan(date(2022, 2, 1), date(2022, 2, 28), "month")
DAY_24 = DateSpan(date(2022, 2, 24), date(2022, 2, 24), "day")


def gold(
    happening: str, file: str, start: int, end: int, when: DateSpan, also: str = ""
) -> GoldPassage:
    return GoldPassage(
        happening,
        Passage(file, start, end),
        "words",
        when,
        "relative",
        "",
        frozenset(also.split()),
        "",
        0,
    )


def found(
    *passages: tuple[str, int, int], when: DateSpan | None = DAY_7, basis: str = "relative"
) -> ExportedEvent:
    return ExportedEvent("e", tuple(Passage(*p) for p in passages), when, basis, "", "")


@pytest.mark.parametrize(
    ("a", "b", "enough"),
    [
        (("a", 0, 100), ("a", 20, 60), True),  # a clause inside a sentence
        (("a", 20, 60), ("a", 0, 100), True),
        (("a", 0, 100), ("a", 80, 200), False),  # only a fifth of the shorter
        (("a", 0, 100), ("a", 50, 150), True),  # exactly half
        (("a", 0, 100), ("b", 0, 100), False),  # another file
        (("a", 0, 100), ("a", 100, 200), False),  # touching, not overlapping
    ],
)
def test_overlap_enough(a: tuple[str, int, int], b: tuple[str, int, int], enough: bool) -> None:
    assert overlap_enough(Passage(*a), Passage(*b)) is enough


def test_one_sentence_event_stands_for_one_of_the_happenings_in_it() -> None:
    # "Since the floods began on 24 February [0:40], 40,000 people have left the city [40:120]"
    golds = [gold("floods", "a", 0, 40, DAY_24), gold("exodus", "a", 40, 120, DAY_7)]
    pairings = pair_passages(golds, [found(("a", 0, 120))])
    assert [(p.gold, p.event) for p in pairings] == [(1, 0)]  # the larger overlap wins
    both = pair_passages(golds, [found(("a", 0, 120)), found(("a", 0, 40), when=DAY_24)])
    assert sorted((p.gold, p.event) for p in both) == [(0, 1), (1, 0)]


def test_equal_overlaps_prefer_the_event_whose_date_agrees() -> None:
    golds = [gold("signing", "a", 0, 50, DAY_24), gold("report", "a", 50, 100, DAY_7)]
    events = [found(("a", 0, 100), when=DAY_7), found(("a", 0, 100), when=DAY_24)]
    pairings = pair_passages(golds, events)
    assert sorted((p.gold, p.event) for p in pairings) == [(0, 1), (1, 0)]


def test_precision_recall_and_dates() -> None:
    golds = [
        gold("vote", "a", 0, 100, DAY_7),
        gold("strike", "a", 200, 300, WEEK_10),
        gold("invasion", "a", 400, 440, FEBRUARY),
        gold("invasion", "b", 0, 40, DAY_24),
        gold("missed", "b", 100, 150, DAY_7),
    ]
    events = [
        found(("a", 0, 100), when=DAY_7),  # right
        found(("a", 200, 300), when=DAY_8),  # a day within the gold week: right
        found(("a", 400, 440), ("b", 0, 40), when=DAY_24),  # merged, a day of February: right
        found(("a", 500, 600)),  # a standing fact: no gold passage
        found(("b", 100, 150), when=WEEK_10),  # a week holding the gold day: wrong
    ]
    score = score_seeds(golds, events, {"a": date(2022, 3, 7), "b": None})
    assert (score.event_precision.hits, score.event_precision.total) == (4, 5)
    # 7 March is the vote's day and in the strike's week; "b" has no publication date
    assert (score.baseline.hits, score.baseline.total) == (2, 5)
    assert (score.event_recall.hits, score.event_recall.total) == (4, 4)
    assert (score.passage_recall.hits, score.passage_recall.total) == (5, 5)
    assert (score.dates_right.hits, score.dates_right.total) == (4, 5)
    assert (score.merge_recall_across.hits, score.merge_recall_across.total) == (1, 1)
    assert (score.merge_precision_across.hits, score.merge_precision_across.total) == (1, 1)
    assert (score.own_recall.hits, score.own_recall.total) == (4, 4)


def test_a_happening_joined_to_another_s_event_is_found_but_not_an_event_of_its_own() -> None:
    golds = [gold("arrest", "a", 0, 100, DAY_7), gold("charge", "a", 200, 300, DAY_7)]
    events = [found(("a", 0, 100), ("a", 200, 300), when=DAY_7)]
    score = score_seeds(golds, events)
    assert (score.event_recall.hits, score.event_recall.total) == (2, 2)
    assert (score.own_recall.hits, score.own_recall.total) == (1, 2)


def test_a_merged_event_may_take_its_date_from_another_source() -> None:
    # one article says the decision was announced Monday, the other Tuesday
    golds = [gold("decision", "a", 0, 50, DAY_7), gold("decision", "b", 0, 50, DAY_8)]
    unmerged = score_seeds(
        golds, [found(("a", 0, 50), when=DAY_8), found(("b", 0, 50), when=DAY_8)]
    )
    assert unmerged.dates_right.hits == 2
    assert unmerged.merge_recall_across.hits == 0
    undated = score_seeds(golds, [found(("a", 0, 50), when=None)])
    assert undated.dates_right.hits == 0


def test_merge_pairs_across_and_within_articles() -> None:
    golds = [
        gold("cuts", "a", 0, 50, DAY_7),  # headline
        gold("cuts", "a", 100, 200, DAY_7),  # lede
        gold("cuts", "b", 0, 100, DAY_7),
        gold("fares", "b", 200, 300, DAY_7),
        gold("fares", "d", 0, 100, DAY_7),
        gold("list", "c", 0, 100, DAY_7, also="fares"),  # a list naming several decisions
        gold("list", "a", 300, 400, DAY_7),
    ]
    events = [
        found(("a", 0, 50), ("a", 100, 200)),  # headline and lede together: right
        found(("b", 0, 100), ("b", 200, 300)),  # two happenings of one article merged: wrong
        found(("c", 0, 100), ("d", 0, 100)),  # the list with a happening it names: not wrong
        found(("a", 300, 400)),
    ]
    score = score_seeds(golds, events)
    assert (score.merge_precision_within.hits, score.merge_precision_within.total) == (1, 2)
    assert (score.merge_recall_within.hits, score.merge_recall_within.total) == (1, 1)
    assert (score.merge_precision_across.hits, score.merge_precision_across.total) == (1, 1)
    # cuts a-b (headline, lede), fares b-d, list c-a: none of the four is found
    assert (score.merge_recall_across.hits, score.merge_recall_across.total) == (0, 4)


def test_read_export_uses_file_names_and_dates() -> None:
    data = {
        "documents": [
            {"id": "x/a.txt", "file": "a.txt", "date": "2022-03-08"},
            {"id": "b.txt", "file": "b.txt", "date": ""},
        ],
        "events": [
            {
                "event_id": "e1",
                "date": "2022-03-07",
                "date_end": "2022-03-13",
                "precision": "week",
                "date_basis": "relative",
                "date_text": "this week",
                "title": "t",
                "passages": [{"document": "x/a.txt", "start": 3, "end": 9, "text": "words"}],
            },
            {
                "event_id": "e2",
                "date": "",
                "date_end": "",
                "precision": "",
                "date_basis": "",
                "passages": [{"document": "b.txt", "start": 0, "end": 4, "text": "word"}],
            },
        ],
    }
    export = read_export(data)
    assert export.published == {"a.txt": date(2022, 3, 8), "b.txt": None}
    first, second = export.events
    assert first.passages == (Passage("a.txt", 3, 9),) and first.date == WEEK_10
    assert second.date is None
