"""An event the user makes from a passage says how it was dated: by the passage's words or
by its article's publication, never as a date the user chose, and keeps saying so."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from viewer.core.model import DateBasis, DateValue
from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = "003_4562f5bd9218622e.txt"  # published Tuesday 29 November 2022


MET = "NATO foreign ministers met in Bucharest, Romania on Tuesday"


def _open(corpus: Path, project: Path) -> Workspace:
    workspace = Workspace.open([corpus], project)
    workspace.load_all()
    return workspace


def _make(tmp_path: Path, words: str) -> tuple[Workspace, str]:
    """A workspace on a copy of the seeds and a project, with an event made from `words`."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ws = _open(corpus, tmp_path / "p.tlproj")
    doc = ws.document(ARTICLE)
    assert doc is not None
    start = doc.text.index(words)
    return ws, ws.add_event(ARTICLE, start, start + len(words)).id


@pytest.mark.parametrize(
    ("words", "basis", "date_text"),
    [
        (MET, DateBasis.RELATIVE, "Tuesday"),
        ("we are raising the readiness of our troops", DateBasis.PUBLICATION, "2022-11-29"),
    ],
)
def test_an_own_event_says_how_it_was_dated_after_reopening_and_in_the_csv(
    tmp_path: Path, words: str, basis: DateBasis, date_text: str
) -> None:
    ws, made = _make(tmp_path, words)
    ws.close()

    ws = _open(tmp_path / "corpus", tmp_path / "p.tlproj")
    event = ws.event(made)
    assert (event.date, event.date_basis, event.date_text) == (
        DateValue.day(date(2022, 11, 29)),
        basis,
        date_text,
    )
    out = tmp_path / "out.csv"
    ws.export_csv(out)
    ws.close()
    with out.open(encoding="utf-8", newline="") as f:
        (row,) = [r for r in csv.DictReader(f) if r["event_id"] == made]
    assert (row["date"], row["date_basis"], row["date_text"]) == ("2022-11-29", basis, date_text)


def test_an_own_event_dated_by_its_words_follows_a_corrected_publication_date(
    tmp_path: Path,
) -> None:
    ws, made = _make(tmp_path, MET)
    ws.set_document_date(ARTICLE, date(2022, 12, 7))  # a Wednesday: "on Tuesday" is the 6th
    assert ws.event(made).date == DateValue.day(date(2022, 12, 6))
    ws.close()
