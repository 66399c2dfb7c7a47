"""The seed gold file: every row located once in its article, dated, and consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.seed_gold import COLUMNS, SEED_GOLD, GoldError, load_gold, locate


def test_every_gold_passage_is_found_once_and_holds_its_dating_words() -> None:
    gold = load_gold()
    happenings = {item.happening for item in gold}
    assert len(gold) >= 50 and len(happenings) >= 40
    for item in gold:
        assert item.also <= happenings - {item.happening}, item.line
        if item.basis in ("explicit", "relative"):
            assert item.date_words.lower() in " ".join(item.words.split()).lower(), item.line
        if item.date.precision == "day":
            assert item.date.first == item.date.last, item.line


def test_each_happening_is_described_on_its_first_row() -> None:
    described: set[str] = set()
    for line in SEED_GOLD.read_text(encoding="utf-8").splitlines()[1:]:
        happening, what = line.split("\t")[:2]
        if happening not in described:
            assert what, happening
            described.add(happening)


def test_passages_match_across_line_breaks() -> None:
    text = "The pace of transfers to\n\nUkraine was spelled out on Monday."
    assert locate("transfers to Ukraine was", text) == [(12, 37)]
    assert locate("missing words", text) == []


HEADER = "\t".join(COLUMNS)
ROW = "h\tA vote\ta.txt\tvoted on Monday\t2022-03-07\t\tday\trelative\ton Monday\t\t"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["happening\tfile", ROW], "header"),
        ([HEADER, ROW.replace("\t\t", "\t", 1)], "cells"),
        ([HEADER, ROW.replace("a.txt", "b.txt")], "no article"),
        ([HEADER, ROW.replace("voted on Monday", "voted on Sunday")], "occurs 0 times"),
        ([HEADER, ROW.replace("voted on Monday", "voted")], "occurs 2 times"),
        ([HEADER, ROW.replace("\tday\t", "\tdays\t")], "precision"),
        ([HEADER, ROW.replace("2022-03-07", "2022-03-32")], "a.tsv:2"),
        ([HEADER, ROW.replace("2022-03-07\t", "2022-03-07\t2022-03-01")], "ends before"),
    ],
)
def test_bad_rows_are_named(tmp_path: Path, lines: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text(
        "They voted on Monday; then they voted again.", encoding="utf-8"
    )
    gold_file = tmp_path / "a.tsv"
    gold_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_gold(gold_file, tmp_path)
