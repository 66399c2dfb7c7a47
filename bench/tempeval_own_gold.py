"""An own sentence gold on TempEval-3 held-out articles: news of other outlets and years.

The ECB+ golds (bench/unseen_gold.py) are all web news of 2005-2013. This one is made by the
same rules (docs/events.md) and with the same columns (bench/seed_gold.py), on articles of the
TempEval-3 held-out part (TimeBank and AQUAINT: 1989 Wall Street Journal, 1990s AP, NYT, APW,
ABC, CNN, VOA, Xinhua...) as bench/tempeval_corpus.py rebuilds them in its cache
(`<cache>/heldout/<NAME>.txt`: a date line, then the text). That part has never been tuned on
by any rule (only its TimeML dates are scored). The gold, bench/tempeval_unseen_events.tsv,
names the files and holds the passages' words, and is located in the rebuilt articles; each
happening's passages are in one article, so merges are scored within articles only.

Which articles: fixed by this rule before any of them was read, never by what the extractor
does on them. Among the held-out part's articles whose text (the file's characters after its
date line, white space trimmed at both ends) holds at least MIN_CHARS and at most MAX_CHARS
characters (long enough to hold several happenings, short enough to annotate), take them in
the order of the SHA-256 of their file names (`APW19980807.0261.txt`), skipping an article
whose source already gives MAX_PER_SOURCE, until ARTICLES are taken. An article's source is
the letters its file name opens on, in capitals (`APW`, `NYT`, `WSJ` for `wsj_0173`, `ABC`).

The gold was made by reading the articles' text only, and committed before any export of them
was run or looked at. Held out: its figures are printed, its misses never.

A development gold of the same kind, bench/tempeval_dev_events.tsv, is made by the same rule on
the TempEval-3 development part, its first DEV_ARTICLES articles (`<cache>/dev/`): news of other
outlets and years to write rules on and check them by, as the ECB+ development golds are for web
news. It too was made by reading the articles' text only, before any export of them was looked
at; its misses are listed with `--misses`.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bench.seed_gold import ROOT
from bench.tempeval_corpus import DEV, HELD_OUT, build, snapshot_available
from bench.unseen_gold import OwnGold, report_chosen

TEMPEVAL_UNSEEN_GOLD = ROOT / "bench" / "tempeval_unseen_events.tsv"
TEMPEVAL_DEV_GOLD = ROOT / "bench" / "tempeval_dev_events.tsv"
ARTICLES = 12
DEV_ARTICLES = 8
MIN_CHARS = 1500
MAX_CHARS = 3000
MAX_PER_SOURCE = 3
TEMPEVAL_UNSEEN_EVENTS = OwnGold(
    TEMPEVAL_UNSEEN_GOLD,
    HELD_OUT,
    "own sentence gold on unseen articles of other outlets and years, TempEval-3 held out",
    tuned_on=False,
)
TEMPEVAL_DEV_EVENTS = OwnGold(
    TEMPEVAL_DEV_GOLD,
    DEV,
    "own sentence gold, TempEval-3 development part (other outlets and years)",
    tuned_on=True,
)
_DATE_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.MULTILINE)
_SOURCE = re.compile(r"[A-Za-z]+")


def text_length(article: str) -> int:
    """Characters of an article's text: after its date line, trimmed (all of it without one)."""
    found = _DATE_LINE.search(article)
    body = article[found.end() :] if found else article
    return len(body.strip())


def source(name: str) -> str:
    """The source of an article by its file name: the letters it opens on, in capitals."""
    found = _SOURCE.match(name)
    return found.group().upper() if found else ""


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def choose(sizes: dict[str, int], articles: int = ARTICLES) -> list[str]:
    """The names the rule above picks, in its order, from the characters of text by file name:
    the first `articles` of them."""
    chosen: list[str] = []
    per_source: dict[str, int] = {}
    for name in sorted(sizes, key=_sha):
        if not MIN_CHARS <= sizes[name] <= MAX_CHARS:
            continue
        if per_source.get(source(name), 0) >= MAX_PER_SOURCE:
            continue
        per_source[source(name)] = per_source.get(source(name), 0) + 1
        chosen.append(name)
        if len(chosen) == articles:
            break
    return chosen


def chosen_articles(folder: Path, articles: int = ARTICLES) -> list[Path]:
    """The chosen articles' paths in a folder of rebuilt articles (`<cache>/heldout`, or
    `<cache>/dev` with DEV_ARTICLES)."""
    paths = {path.name: path for path in folder.glob("*.txt")}
    sizes = {name: text_length(path.read_text(encoding="utf-8")) for name, path in paths.items()}
    return [paths[name] for name in choose(sizes, articles)]


def tempeval_unseen_figures(snapshot: Path, cache: Path) -> None:
    """Rebuild the TempEval-3 articles if needed, export the chosen ones, print the gold's
    figures (never its misses)."""
    _own_gold_figures(TEMPEVAL_UNSEEN_EVENTS, ARTICLES, snapshot, cache)


def tempeval_dev_figures(snapshot: Path, cache: Path, misses: bool, article: str = "") -> None:
    """The development gold's figures, and with `misses` what was missed."""
    _own_gold_figures(TEMPEVAL_DEV_EVENTS, DEV_ARTICLES, snapshot, cache, misses, article)


def _own_gold_figures(
    gold: OwnGold,
    articles: int,
    snapshot: Path,
    cache: Path,
    misses: bool = False,
    article: str = "",
) -> None:
    skipped = f"\n== events: {gold.heading} skipped:"
    if not snapshot_available(snapshot):
        print(
            f"{skipped} no TempEval-3 snapshot at {snapshot} (--snapshot DIR or TEMPEVAL3_SNAPSHOT)"
        )
        return
    if not gold.file.is_file():
        print(f"{skipped} no {gold.file.name}")
        return
    build(snapshot, cache)
    chosen = chosen_articles(cache / gold.part, articles)
    report_chosen(gold, cache / gold.part, chosen, misses and gold.tuned_on, article)
