"""The exported timeline of the seeds keeps the contract, row by row."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from viewer.export import CSV_COLUMNS
from viewer.workspace import Workspace

CONTRACT = [
    "event_id",
    "date",
    "date_end",
    "precision",
    "date_text",
    "date_basis",
    "title",
    "passage",
    "source",
    "published",
    "start",
    "end",
    "source_count",
    "other_sources",
    "tags",
    "status",
    "starred",
    "note",
]
BOILERPLATE = [
    "Advertisement",
    "Latest news",
    "2:43",
    "1:13",
    "2:56",
    "To contact",
    "wsws.org",
    "date 2022-",
    "An air defense umbrella",
    "US naval preparations",
]


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[dict[str, str]], dict[str, Any]]:
    root = tmp_path_factory.mktemp("export")
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    workspace = Workspace.open([seeds], root / "p.tlproj")
    workspace.load_all()
    workspace.export_csv(root / "e.csv")
    workspace.export_json(root / "e.json")
    workspace.close()
    with (root / "e.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows, json.loads((root / "e.json").read_text(encoding="utf-8"))


def _source_text(name: str) -> str:
    path = Path(__file__).resolve().parents[2] / "seeds" / name
    return path.read_text(encoding="utf-8")


def _as_read(written: str) -> str:
    """Seed text as a reader reads it: the seeds' only markup inside a passage is Markdown
    emphasis and the escape of a dollar sign; a paragraph break reads as a space."""
    return " ".join(written.replace("*", "").replace("\\$", "$").split())


def test_columns_are_the_contracts_in_order(exported) -> None:
    rows, _ = exported
    assert list(rows[0].keys())[: len(CONTRACT)] == CONTRACT
    assert CSV_COLUMNS[: len(CONTRACT)] == CONTRACT


def test_every_passage_is_where_its_offsets_say(exported) -> None:
    rows, _ = exported
    assert len(rows) > 30
    for row in rows:
        text = _source_text(row["source"])
        passage = row["passage"]
        if passage.startswith("'") and passage[1:2] in ("=", "+", "-", "@", "\t", "\r"):
            passage = passage[1:]
        assert _as_read(text[int(row["start"]) : int(row["end"])]) == passage
        for other in filter(None, row["other_sources"].split("; ")):
            name, span = other.rsplit(":", 1)
            start, end = (int(x) for x in span.split("-"))
            assert 0 <= start < end <= len(_source_text(name))


def test_passages_and_titles_read_as_a_reader_reads_them(exported) -> None:
    rows, payload = exported
    texts = [r["passage"] for r in rows] + [r["title"] for r in rows]
    texts += [p["text"] for e in payload["events"] for p in e["passages"]]
    for text in texts:
        assert "*" not in text and "\\" not in text and "\n" not in text, text
        assert text == text.strip() and "  " not in text, text


def test_the_markdown_seed_exports_as_it_reads(exported) -> None:
    rows, _ = exported
    passages = [r["passage"] for r in rows if r["source"].startswith("004")]
    aid = next(p for p in passages if "$350 million" in p)  # "\\$350" in the file
    assert "when the president approved $350 million in military aid on Feb. 26" in aid
    report = next(p for p in passages if "in a report in the New York Times Monday morning" in p)
    assert "weapons transfers to Ukraine was spelled out" in report  # no paragraph break inside


def test_rows_are_chronological(exported) -> None:
    rows, _ = exported
    days = [(r["date"], r["date_end"] or r["date"]) for r in rows]
    # By first day; of those, a longer span (a week, a month) before the days it holds.
    order = [(first, -date.fromisoformat(last).toordinal()) for first, last in days]
    assert order == sorted(order)


def test_no_boilerplate_becomes_an_event(exported) -> None:
    rows, _ = exported
    for row in rows:
        for junk in BOILERPLATE:
            assert junk not in row["passage"], (junk, row["passage"])


def test_no_cell_starts_a_formula(exported) -> None:
    rows, _ = exported
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_dates_are_iso_and_precise(exported) -> None:
    rows, _ = exported
    for row in rows:
        assert row["precision"] in {"day", "week", "month", "year", "range"}
        assert row["date_basis"] in {"explicit", "relative", "context", "publication", "user"}
        assert 0 <= float(row["event_confidence"]) <= 1
        assert 0 <= float(row["date_confidence"]) <= 1
        assert (row["date_end"] == "") == (row["precision"] == "day")
        assert row["starred"] in {"true", "false"}


def test_documents_carry_their_publication_dates(exported) -> None:
    _, payload = exported
    dates = {d["file"]: (d["date"], d["date_basis"]) for d in payload["documents"]}
    assert dates == {
        "000_faa9ce2b65bbefc6.txt": ("2022-06-29", "year_inferred"),
        "001_a77c1693b97e3827.txt": ("2022-03-09", "found"),
        "002_609513afdff7ba00.txt": ("2022-06-29", "found"),
        "003_4562f5bd9218622e.txt": ("2022-11-29", "found"),
        "004_b890c7d492dc02e3.txt": ("2022-03-08", "found"),
    }


def test_json_events_carry_every_passage(exported) -> None:
    rows, payload = exported
    assert len(payload["events"]) == len(rows)
    for event in payload["events"]:
        assert event["passages"][0]["start"] == event["start"]
        assert len(event["passages"]) >= event["source_count"]
        for passage in event["passages"]:
            written = _source_text(passage["document"])[passage["start"] : passage["end"]]
            assert _as_read(written) == passage["text"]


def test_relative_dates_in_the_seeds_resolve_right(exported) -> None:
    rows, _ = exported
    by_text: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        by_text.setdefault((row["source"], row["date_text"]), set()).add(row["date"])
    # "made public by the Pentagon on Monday", article of Tuesday 8 March 2022
    assert by_text[("004_b890c7d492dc02e3.txt", "Monday")] == {"2022-03-07"}
    # "met in Bucharest, Romania on Tuesday", article of Tuesday 29 November 2022
    assert "2022-11-29" in by_text[("003_4562f5bd9218622e.txt", "Tuesday")]
