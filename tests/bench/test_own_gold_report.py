"""An own ECB+ gold's report: its figures, and its misses for the development gold only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.exported import DateSpan, Export, ExportedEvent, Passage, read_export
from bench.unseen_gold import OwnGold, report

ARTICLE = (
    "2013-03-14\n\n"
    "An earthquake struck near The Geysers this morning.\n\n"
    "Officials said two bridges were closed on Friday.\n\n"
    "The region is close to a geothermal plant.\n"
)
HEADER = "happening\twhat\tfile\tpassage\tdate\tdate_end\tprecision\tbasis\tdate_words\talso\tnote"
ROWS = [
    "quake\tA quake\t38_1ecb.txt\tAn earthquake struck near The Geysers this morning."
    "\t2013-03-14\t\tday\trelative\tthis morning\t\t",
    "bridges\tBridges closed\t38_1ecb.txt\tOfficials said two bridges were closed on Friday."
    "\t2013-03-08\t\tday\trelative\ton Friday\t\t",
]


def _event(text: str, day: date) -> ExportedEvent:
    start = ARTICLE.index(text)
    return ExportedEvent(
        event_id=text[:8],
        passages=(Passage("38_1ecb.txt", start, start + len(text)),),
        date=DateSpan(day, day, "day"),
        basis="relative",
        date_text="",
        title=text[:20],
        words=text,
    )


def _report(tmp_path: Path, tuned_on: bool, misses: bool) -> None:
    folder = tmp_path / "dev"
    (folder / "38").mkdir(parents=True)
    (folder / "38" / "38_1ecb.txt").write_text(ARTICLE, encoding="utf-8")
    gold_file = tmp_path / "gold.tsv"
    gold_file.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    events = (
        _event("An earthquake struck near The Geysers this morning.", date(2013, 3, 14)),
        _event("The region is close to a geothermal plant.", date(2013, 3, 14)),
    )
    export = Export(events, {"38_1ecb.txt": date(2013, 3, 14)})
    gold = OwnGold(gold_file, "dev", "own sentence gold, ECB+ development part", tuned_on)
    report(gold, folder, export, misses)


def test_the_figures_are_headed_by_the_part_and_count_the_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _report(tmp_path, tuned_on=True, misses=False)
    printed = capsys.readouterr().out
    assert (
        "== events: own sentence gold, ECB+ development part, 1 articles "
        "(gold.tsv: 2 happenings in 2 passages)" in printed
    )
    assert "event precision                        0.50 (1 of 2)" in printed
    assert "event recall (happenings)              0.50 (1 of 2)" in printed
    assert "--" not in printed


def test_the_development_gold_lists_the_passages_not_found_and_the_events_paired_with_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _report(tmp_path, tuned_on=True, misses=True)
    printed = capsys.readouterr().out
    not_found = printed.split("-- gold passages not found")[1].split("--")[0]
    assert "38_1ecb.txt bridges: Officials said two bridges were closed on Friday." in not_found
    assert "earthquake" not in not_found
    unpaired = printed.split("-- exported events paired with no gold passage")[1]
    assert "38_1ecb.txt 2013-03-14 The region is close to a geothermal plant." in unpaired
    assert "earthquake" not in unpaired


def test_a_held_out_gold_never_lists_its_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _report(tmp_path, tuned_on=False, misses=True)
    printed = capsys.readouterr().out
    assert "event precision" in printed
    assert "--" not in printed and "bridges" not in printed and "region" not in printed


def test_an_exported_event_keeps_the_words_of_its_first_passage() -> None:
    data = {
        "documents": [{"id": "d", "file": "a.txt", "date": "2013-03-14"}],
        "events": [
            {
                "event_id": "e1",
                "date": "2013-03-14",
                "passages": [
                    {"document": "d", "start": 0, "end": 5, "text": "Quake hits"},
                    {"document": "d", "start": 9, "end": 20, "text": "It struck"},
                ],
            }
        ],
    }
    assert read_export(data).events[0].words == "Quake hits"
