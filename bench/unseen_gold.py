"""A second sentence-level gold, made like the seed gold, on articles no rule was written for.

The articles are news items of the ECB+ held-out topics, as bench/ecb_corpus.py rebuilds them
in its cache (`<cache>/heldout/<topic>/<name>.txt`: a date line, then the sentences). They
stay outside the repository: the gold (bench/unseen_events.tsv, the columns of
bench/seed_gold.py) names the files and holds the passages' words, and is located in the
rebuilt articles. Each happening's passages are in one article (the two articles of a topic
report different happenings, and an `ecb` article's date is a stand-in), so merges are
scored within articles only; ECB+ has its own figures for merges across articles.

Which articles: fixed by this rule, never by what the extractor does on them. The held-out
topics are ordered by the SHA-256 of their number (as bench/ecb_corpus.py orders them to hold
them out) and the first TOPICS are taken; in each, the `ecb` article and the `ecbplus` article
whose file names have the lowest SHA-256: one article of each of the topic's two happenings,
from two outlets.

The gold was made by reading the articles' text only, before any export of them was run or
looked at. The articles are held out: the figures are printed, the misses never.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from bench.ecb_corpus import build, snapshot_available
from bench.exported import run_export
from bench.seed_gold import ROOT, load_gold, read_rows
from bench.seed_scoring import figure_rows, score_seeds
from bench.tempeval_corpus import HELD_OUT

UNSEEN_GOLD = ROOT / "bench" / "unseen_events.tsv"
TOPICS = 12
KINDS = ("ecb", "ecbplus")
# An ECB+ article's file name: its topic, its number within the topic, its kind.
_NAME = re.compile(r"(?P<topic>\d+)_(?P<number>\d+)(?P<kind>ecb|ecbplus)\.txt")


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def article_kind(name: str) -> tuple[str, str] | None:
    """(topic, kind) of an ECB+ article's file name, None for any other name."""
    match = _NAME.fullmatch(name)
    return (match["topic"], match["kind"]) if match else None


def choose(names: list[str], topics: int = TOPICS) -> list[str]:
    """The article names the rule above picks from the names of a part's articles."""
    by_topic: dict[str, dict[str, list[str]]] = {}
    for name in names:
        found = article_kind(name)
        if found is not None:
            topic, kind = found
            by_topic.setdefault(topic, {}).setdefault(kind, []).append(name)
    chosen = []
    for topic in sorted(by_topic, key=_sha)[:topics]:
        for kind in KINDS:
            if by_topic[topic].get(kind):
                chosen.append(min(by_topic[topic][kind], key=_sha))
    return chosen


def chosen_articles(folder: Path, topics: int = TOPICS) -> list[Path]:
    """The chosen articles' paths in a folder of topic folders (the held-out part)."""
    paths = {path.name: path for path in folder.glob("*/*.txt")}
    return [paths[name] for name in choose(sorted(paths), topics)]


def unseen_figures(snapshot: Path, cache: Path) -> None:
    """Rebuild the ECB+ articles if needed, export the chosen ones, print the gold's figures."""
    if not snapshot_available(snapshot):
        print(
            f"\n== events: own gold on unseen articles skipped: no ECB+ snapshot at {snapshot} "
            "(--ecbplus-snapshot DIR or ECBPLUS_SNAPSHOT)"
        )
        return
    build(snapshot, cache)
    folder = cache / HELD_OUT
    articles = chosen_articles(folder)
    named = {row["file"] for _, row in read_rows(UNSEEN_GOLD)}
    if named != {path.name for path in articles}:
        print(
            f"\n== events: own gold on unseen articles skipped: {UNSEEN_GOLD.name} names other "
            f"articles than the rule picks from {folder}"
        )
        return
    gold = load_gold(UNSEEN_GOLD, folder)
    export = run_export(articles)
    export.warn_misplaced("unseen articles")
    score = score_seeds(gold, list(export.events), export.published)
    happenings = len({item.happening for item in gold})
    print(
        f"\n== events: own sentence gold on unseen articles (ECB+ held out, {len(articles)} "
        f"articles; {UNSEEN_GOLD.name}: {happenings} happenings in {len(gold)} passages)"
    )
    for label, value in figure_rows(score, len(export.events), across=False):
        print(f"{label:<38}{value}")
