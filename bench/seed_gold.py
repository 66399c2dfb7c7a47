"""The sentence-level gold of the seed articles (bench/seed_events.tsv), located in their files.

One row per gold passage, tab-separated, no quoting, with a header row:

- `happening`: an id shared by every passage that reports the same happening, in one article
  or several (a headline and its lede, two articles on one announcement);
- `what`: a short description of the happening (on its first row);
- `file`: the article's file name; `passage`: its exact words, where any run of white space
  stands for any run of white space (so a passage may cross a line break);
- `date`, `date_end`, `precision`, `basis`, `date_words`: the date a reader following
  docs/events.md gives it, as the CSV export writes dates (`date_end` empty for one day);
- `also`: other happenings this passage reports too (a list sentence naming several
  decisions), joined by "; ": merging it with their passages is not an error, nor required;
- `note`: why, where the call was not obvious.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bench.exported import DateSpan, Passage, date_span

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "bench" / "seed_events.tsv"
SEEDS = ROOT / "seeds"
COLUMNS = (
    "happening", "what", "file", "passage", "date", "date_end", "precision", "basis",
    "date_words", "also", "note",
)  # fmt: skip
PRECISIONS = frozenset({"day", "week", "month", "year", "range"})
BASES = frozenset({"explicit", "relative", "context", "publication"})


@dataclass(frozen=True, slots=True)
class GoldPassage:
    """A gold passage: where it is, which happening it reports, and its date."""

    happening: str
    passage: Passage
    words: str
    date: DateSpan
    basis: str
    date_words: str
    also: frozenset[str]
    note: str
    line: int  # line of the gold file, for messages


class GoldError(ValueError):
    """A gold row that cannot be read or located, with its line number."""


def read_rows(gold_file: Path) -> list[tuple[int, dict[str, str]]]:
    """Each row of a gold file as (line number, cells by column); GoldError names a bad row."""
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise GoldError(f"{gold_file.name}:1: the header must be {' | '.join(COLUMNS)}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise GoldError(f"{gold_file.name}:{number}: {len(cells)} cells, not {len(COLUMNS)}")
        rows.append((number, dict(zip(COLUMNS, cells, strict=True))))
    return rows


def load_gold(gold_file: Path = SEED_GOLD, articles: Path = SEEDS) -> list[GoldPassage]:
    """Every gold passage, located in its article's text; GoldError names a bad row.

    An article is looked for in `articles`, then in its subfolders (a corpus of topic
    folders, such as the ECB+ articles); file names are unique across them."""
    texts: dict[str, str] = {}
    gold = []
    for number, row in read_rows(gold_file):
        if row["file"] not in texts:
            path = _article_path(articles, row["file"])
            if path is None:
                raise GoldError(f"{gold_file.name}:{number}: no article {row['file']}")
            with path.open(encoding="utf-8", newline="") as article:  # offsets: no \r\n folding
                texts[row["file"]] = article.read()
        gold.append(_passage(row, texts[row["file"]], f"{gold_file.name}:{number}", number))
    return gold


def _article_path(articles: Path, name: str) -> Path | None:
    """`articles/name`, else `articles/<folder>/name`: the one file of that name."""
    direct = articles / name
    if direct.is_file():
        return direct
    found = sorted(path for path in articles.glob(f"*/{name}") if path.is_file())
    return found[0] if len(found) == 1 else None


def locate(words: str, text: str) -> list[tuple[int, int]]:
    """Every place `words` occur in `text`, any white space matching any white space."""
    pattern = r"\s+".join(re.escape(token) for token in words.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _passage(row: dict[str, str], text: str, where: str, number: int) -> GoldPassage:
    found = locate(row["passage"], text)
    if len(found) != 1:
        raise GoldError(f"{where}: the passage occurs {len(found)} times in {row['file']}")
    if row["precision"] not in PRECISIONS or row["basis"] not in BASES:
        raise GoldError(f"{where}: precision {row['precision']!r} or basis {row['basis']!r}")
    try:
        span = date_span(row["date"], row["date_end"], row["precision"])
    except ValueError as error:
        raise GoldError(f"{where}: {error}") from error
    if span is None or span.last < span.first:
        raise GoldError(f"{where}: no date, or it ends before it starts")
    start, end = found[0]
    also = frozenset(part.strip() for part in row["also"].split(";") if part.strip())
    return GoldPassage(
        happening=row["happening"],
        passage=Passage(row["file"], start, end),
        words=text[start:end],
        date=span,
        basis=row["basis"],
        date_words=row["date_words"],
        also=also,
        note=row["note"],
        line=number,
    )
