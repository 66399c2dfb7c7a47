"""The event benchmark's entry point: a missing snapshot is one line; offsets are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.events import tempeval_figures
from bench.exported import read_export


def test_without_the_snapshot_tempeval_is_skipped_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tempeval_figures(tmp_path / "no-snapshot", tmp_path / "cache", misses=True)
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1 and "skipped" in printed[0]
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    ("start", "end", "text", "misplaced"),
    [
        (0, 29, "Politico reported on Sunday.", 0),  # markup left out of the shown text
        (0, 29, "*Politico* reported on Sunday.", 0),
        (2, 29, "*Politico* reported on Sunday.", 1),  # one letter off
        (11, 29, "*Politico* reported on Sunday.", 1),
    ],
)
def test_passages_whose_offsets_miss_their_words_are_counted(
    tmp_path: Path, start: int, end: int, text: str, misplaced: int
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("*Politico* reported on Sunday.\n", encoding="utf-8")
    data = {
        "documents": [{"id": "a.txt", "file": "a.txt", "path": str(article), "date": ""}],
        "events": [
            {
                "event_id": "e1",
                "date": "",
                "passages": [{"document": "a.txt", "start": start, "end": end, "text": text}],
            }
        ],
    }
    assert read_export(data).misplaced == misplaced
