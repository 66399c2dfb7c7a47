"""The own golds on TempEval-3 held-out and development articles: the rule that picks them, the
gold files' rows, the skip without the snapshot."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from bench.exported import date_span
from bench.seed_gold import BASES, COLUMNS, PRECISIONS, GoldError, load_gold, read_rows
from bench.tempeval_own_gold import (
    ARTICLES,
    DEV_ARTICLES,
    MAX_CHARS,
    MAX_PER_SOURCE,
    MIN_CHARS,
    TEMPEVAL_DEV_GOLD,
    TEMPEVAL_UNSEEN_GOLD,
    choose,
    chosen_articles,
    source,
    tempeval_unseen_figures,
    text_length,
)

# A TempEval-3 article's file name: AQUAINT's and TimeBank's.
_NAME_START = ("APW", "NYT", "XIE", "wsj_", "ABC", "CNN", "VOA", "PRI", "ea", "ed", "AP", "SJMN")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("APW19980807.0261.txt", "APW"),
        ("NYT19981120.0362.txt", "NYT"),
        ("wsj_0173.txt", "WSJ"),
        ("WSJ900813-0157.txt", "WSJ"),
        ("CNN19980213.2130.0155.txt", "CNN"),
        ("ea980120.1830.0071.txt", "EA"),
        ("1234.txt", ""),
    ],
)
def test_an_articles_source_is_the_letters_its_name_opens_on(name: str, expected: str) -> None:
    assert source(name) == expected


def test_the_text_is_counted_after_the_date_line_trimmed() -> None:
    assert text_length("A title\n\n1998-02-13\n\n  Twelve characters  \n") == len(
        "Twelve characters"
    )
    assert text_length("1989-10-30\n\nabc\n") == 3
    assert text_length("no date line at all") == len("no date line at all")


def test_the_rule_takes_the_lowest_hashes_in_the_size_band_at_most_three_a_source() -> None:
    sizes = {}
    for index in range(40):
        for prefix, size in (("APW1998", 2000), ("NYT1999", 1500), ("wsj_0", 3000)):
            sizes[f"{prefix}{index:03d}.txt"] = size
        sizes[f"XIE1998{index:03d}.txt"] = 1499 if index % 2 else 3001  # outside the band
        sizes[f"CNN1998{index:03d}.txt"] = 2500 if index < 2 else 100
    chosen = choose(sizes)
    expected: list[str] = []
    counts: dict[str, int] = {}
    for name in sorted(sizes, key=_sha):
        prefix = name[:3].upper()
        if MIN_CHARS <= sizes[name] <= MAX_CHARS and counts.get(prefix, 0) < MAX_PER_SOURCE:
            counts[prefix] = counts.get(prefix, 0) + 1
            expected.append(name)
    assert chosen == expected[:ARTICLES]
    assert len(chosen) == 11  # three sources of three, and the two CNN articles in the band
    assert {source(name) for name in chosen} == {"APW", "NYT", "WSJ", "CNN"}
    assert not any(name.startswith("XIE") for name in chosen)


def test_the_rule_stops_at_twelve_articles() -> None:
    sizes = {
        f"{prefix}{index}.txt": 2000 for prefix in ("A", "B", "C", "D", "E") for index in (1, 2, 3)
    }
    chosen = choose(sizes)
    assert len(chosen) == ARTICLES
    assert chosen == sorted(sizes, key=_sha)[:ARTICLES]


def test_chosen_articles_are_read_from_a_folder_by_their_text(tmp_path: Path) -> None:
    body = "They voted on Monday. " * 100  # 2,200 characters, trimmed
    (tmp_path / "APW1.txt").write_text(f"A title\n\n1998-02-13\n\n{body}\n", encoding="utf-8")
    (tmp_path / "APW2.txt").write_text(f"1998-02-13\n\n{body[:1400]}\n", encoding="utf-8")
    (tmp_path / "NYT1.txt").write_text(f"1998-02-13\n\n{body}{body}\n", encoding="utf-8")
    (tmp_path / "wsj_1.txt").write_text(f"1989-10-30\n\n{body}\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text(body, encoding="utf-8")
    chosen = chosen_articles(tmp_path)
    assert [path.name for path in chosen] == sorted(["APW1.txt", "wsj_1.txt"], key=_sha)
    gold_file = tmp_path / "gold.tsv"
    row = "h\tA vote\tAPW1.txt\tvoted on Monday.\t1998-02-09\t\tday\trelative\ton Monday\t\t"
    gold_file.write_text("\t".join(COLUMNS) + f"\n{row}\n", encoding="utf-8")
    with pytest.raises(GoldError, match="occurs 100 times"):
        load_gold(gold_file, tmp_path)
    missing = row.replace("voted on Monday.", "voted on Tuesday.")
    gold_file.write_text("\t".join(COLUMNS) + f"\n{missing}\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.tsv:2: the passage occurs 0 times"):
        load_gold(gold_file, tmp_path)


@pytest.mark.parametrize(
    ("gold_file", "count", "least"),
    [(TEMPEVAL_UNSEEN_GOLD, ARTICLES, 60), (TEMPEVAL_DEV_GOLD, DEV_ARTICLES, 30)],
)
def test_each_gold_file_is_its_articles_and_every_row_is_sound(
    gold_file: Path, count: int, least: int
) -> None:
    rows = read_rows(gold_file)
    files = {row["file"] for _, row in rows}
    assert len(files) == count
    assert all(name.endswith(".txt") and name.startswith(_NAME_START) for name in files)
    per_source: dict[str, int] = {}
    for name in files:
        per_source[source(name)] = per_source.get(source(name), 0) + 1
    assert max(per_source.values()) <= MAX_PER_SOURCE
    happenings = {row["happening"] for _, row in rows}
    assert len(happenings) >= least and len(rows) >= len(happenings)
    articles: dict[str, set[str]] = {}
    described: set[str] = set()
    for number, row in rows:
        assert all(row[column] == row[column].strip() for column in COLUMNS), number
        assert row["passage"] and row["file"] in files, number
        assert row["precision"] in PRECISIONS and row["basis"] in BASES, number
        span = date_span(row["date"], row["date_end"], row["precision"])
        assert span is not None and span.first <= span.last, number
        assert date(1985, 1, 1) <= span.first and span.last <= date(2001, 12, 31), number
        if row["precision"] == "day":
            assert not row["date_end"], number
        else:
            assert row["date_end"], number
        if row["basis"] in ("explicit", "relative"):
            assert row["date_words"].lower() in " ".join(row["passage"].split()).lower(), number
        if row["basis"] == "publication":
            assert not row["date_words"], number
        also = {part.strip() for part in row["also"].split(";") if part.strip()}
        assert also <= happenings - {row["happening"]}, number
        if row["happening"] not in described:
            assert row["what"], number
            described.add(row["happening"])
        else:
            assert not row["what"], number
        articles.setdefault(row["happening"], set()).add(row["file"])
    assert all(len(names) == 1 for names in articles.values())


def test_the_development_gold_is_the_rules_first_articles_of_the_development_part() -> None:
    sizes = {f"APW{index}.txt": 2000 for index in range(20)}
    assert choose(sizes, DEV_ARTICLES) == choose(sizes)[:DEV_ARTICLES]


def test_without_the_snapshot_the_gold_is_skipped_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tempeval_unseen_figures(tmp_path / "no-snapshot", tmp_path / "cache")
    printed = [line for line in capsys.readouterr().out.splitlines() if line]
    assert len(printed) == 1 and "skipped" in printed[0] and "TempEval-3 held out" in printed[0]
    assert not (tmp_path / "cache").exists()
