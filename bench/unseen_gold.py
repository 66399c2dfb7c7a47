"""Own sentence golds, made like the seed gold, on chosen ECB+ articles of one part.

The articles are news items of ECB+ as bench/ecb_corpus.py rebuilds them in its cache
(`<cache>/<part>/<topic>/<name>.txt`: a date line, then the sentences). They stay outside the
repository: a gold (the columns of bench/seed_gold.py) names the files and holds the passages'
words, and is located in the rebuilt articles. Each happening's passages are in one article
(the two articles of a topic report different happenings, and an `ecb` article's date is a
stand-in), so merges are scored within articles only; ECB+ has its own figures for merges
across articles.

Which articles: fixed by this rule, never by what the extractor does on them. A part's topics
are ordered by the SHA-256 of their number (as bench/ecb_corpus.py orders them to hold them
out) and the first TOPICS are taken; in each, the `ecb` article and the `ecbplus` article
whose file names have the lowest SHA-256: one article of each of the topic's two happenings,
from two outlets.

Three golds follow the rule, each made by reading the articles' text only, before any export
of them was run or looked at:
- bench/ecb_dev_events.tsv, on the development part's first 12 topics: tuned on, and its
  misses are listed;
- bench/ecb_dev2_events.tsv, on the development part's other topics (the 13th on): made
  later, when the first had been tuned on for long; its first figures were a fresh reading,
  and it is tuned on since, its misses listed;
- bench/unseen_events.tsv, on the held-out part: the figures are printed, the misses never.

A fourth, bench/ecb_dev3_events.tsv, takes long articles (the unseen articles are about twice as
long as the development ones, and lose more precision): in each of the development part's first
12 topics, the longest article (by characters; ties by the lowest SHA-256 of its name) that the
rule above does not pick in any topic of the part. It was made the same way, by reading the
texts only, and is tuned on, its misses listed. A fifth, bench/ecb_dev4_events.tsv, takes the
longest article the same way in each of the development part's other topics (the 13th on, 10 of
them). It was made when the third had been tuned on for many rounds, the same way, by reading the
texts only before any export of them was run or looked at; it is tuned on, its misses listed. A
sixth, bench/ecb_dev5_events.tsv, takes in each of the development part's first 8 topics the
next longest article the same way (`rank` 1: the second of `choose_longest`'s pool, after the
article bench/ecb_dev3_events.tsv takes), made the same way, by reading the texts only before
any export of them was run or looked at; it is tuned on, its misses listed. A seventh,
bench/ecb_dev6_events.tsv, takes the same next longest article (`rank` 1) in the part's topics 9
to 16 of the rule's order, none of them an article of another gold, made the same way. An
eighth, bench/ecb_dev7_events.tsv, takes the same next longest article (`rank` 1) in the part's
topics 17 to 22 of the rule's order (the 6 left), none of them an article of another gold, made
the same way. A ninth, bench/ecb_dev8_events.tsv, takes the third longest article the same way
(`rank` 2) in the part's first 8 topics of the rule's order, none of them an article of another
gold, made the same way. A tenth, bench/ecb_dev9_events.tsv, takes the same third longest article
(`rank` 2) in the part's topics 9 to 16 of the rule's order, none of them an article of another
gold, made the same way.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from bench.calibration import calibrate, calibration_rows
from bench.ecb_corpus import build, snapshot_available
from bench.exported import Export, run_export
from bench.gold_misses import print_misses
from bench.seed_gold import ROOT, load_gold, read_rows
from bench.seed_scoring import figure_rows, score_seeds
from bench.tempeval_corpus import DEV, HELD_OUT

UNSEEN_GOLD = ROOT / "bench" / "unseen_events.tsv"
DEV_GOLD = ROOT / "bench" / "ecb_dev_events.tsv"
DEV2_GOLD = ROOT / "bench" / "ecb_dev2_events.tsv"
DEV3_GOLD = ROOT / "bench" / "ecb_dev3_events.tsv"
DEV4_GOLD = ROOT / "bench" / "ecb_dev4_events.tsv"
DEV5_GOLD = ROOT / "bench" / "ecb_dev5_events.tsv"
DEV6_GOLD = ROOT / "bench" / "ecb_dev6_events.tsv"
DEV7_GOLD = ROOT / "bench" / "ecb_dev7_events.tsv"
DEV8_GOLD = ROOT / "bench" / "ecb_dev8_events.tsv"
DEV9_GOLD = ROOT / "bench" / "ecb_dev9_events.tsv"
TOPICS = 12
KINDS = ("ecb", "ecbplus")
# An ECB+ article's file name: its topic, its number within the topic, its kind.
_NAME = re.compile(r"(?P<topic>\d+)_(?P<number>\d+)(?P<kind>ecb|ecbplus)\.txt")


@dataclass(frozen=True, slots=True)
class OwnGold:
    """An own sentence gold on the chosen articles of one ECB+ part, and how it is reported."""

    file: Path
    part: str  # the cache folder of the part: DEV or HELD_OUT
    heading: str  # what the figures are headed, before the counts
    tuned_on: bool  # a development gold: its misses may be listed
    topics: range = range(TOPICS)  # which topics of the part, in the rule's order
    longest: bool = False  # one article a topic, the longest the other rule leaves (choose_longest)
    rank: int = 0  # with `longest`: 0 the longest article left, 1 the next, … (choose_longest)

    def title(self, articles: int, happenings: int, passages: int) -> str:
        """The heading line of its figures."""
        return (
            f"== events: {self.heading}, {articles} articles ({self.file.name}: {happenings} "
            f"happenings in {passages} passages)"
        )


DEV_EVENTS = OwnGold(DEV_GOLD, DEV, "own sentence gold, ECB+ development part", tuned_on=True)
DEV2_EVENTS = OwnGold(
    DEV2_GOLD,
    DEV,
    "second own sentence gold, ECB+ development part",
    tuned_on=True,
    topics=range(TOPICS, 2 * TOPICS),
)
DEV3_EVENTS = OwnGold(
    DEV3_GOLD,
    DEV,
    "third own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    longest=True,
)
DEV4_EVENTS = OwnGold(
    DEV4_GOLD,
    DEV,
    "fourth own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    topics=range(TOPICS, 2 * TOPICS),
    longest=True,
)
DEV5_EVENTS = OwnGold(
    DEV5_GOLD,
    DEV,
    "fifth own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    topics=range(0, 8),
    longest=True,
    rank=1,
)
DEV6_EVENTS = OwnGold(
    DEV6_GOLD,
    DEV,
    "sixth own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    topics=range(8, 16),
    longest=True,
    rank=1,
)
DEV7_EVENTS = OwnGold(
    DEV7_GOLD,
    DEV,
    "seventh own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    topics=range(16, 22),
    longest=True,
    rank=1,
)
DEV8_EVENTS = OwnGold(
    DEV8_GOLD,
    DEV,
    "eighth own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    topics=range(0, 8),
    longest=True,
    rank=2,
)
DEV9_EVENTS = OwnGold(
    DEV9_GOLD,
    DEV,
    "ninth own sentence gold, ECB+ development part (long articles)",
    tuned_on=True,
    topics=range(8, 16),
    longest=True,
    rank=2,
)
UNSEEN_EVENTS = OwnGold(
    UNSEEN_GOLD, HELD_OUT, "own sentence gold on unseen articles, ECB+ held out", tuned_on=False
)


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def article_kind(name: str) -> tuple[str, str] | None:
    """(topic, kind) of an ECB+ article's file name, None for any other name."""
    match = _NAME.fullmatch(name)
    return (match["topic"], match["kind"]) if match else None


def choose(names: list[str], topics: range = range(TOPICS)) -> list[str]:
    """The article names the rule above picks from the names of a part's articles, in the
    given topics of the rule's order (a part with fewer topics gives what it has)."""
    by_topic: dict[str, dict[str, list[str]]] = {}
    for name in names:
        found = article_kind(name)
        if found is not None:
            topic, kind = found
            by_topic.setdefault(topic, {}).setdefault(kind, []).append(name)
    chosen = []
    for topic in sorted(by_topic, key=_sha)[topics.start : topics.stop]:
        for kind in KINDS:
            if by_topic[topic].get(kind):
                chosen.append(min(by_topic[topic][kind], key=_sha))
    return chosen


def choose_longest(
    sizes: dict[str, int], topics: range = range(TOPICS), rank: int = 0
) -> list[str]:
    """In the given topics of the rule's order, the longest article of each (`sizes`: characters
    by article name; ties by the lowest SHA-256 of the name) among those that `choose` does not
    pick in any topic of the part, or with `rank` 1 the next longest (2 the one after); a topic
    with too few left gives none."""
    taken = set(choose(sorted(sizes), range(len(sizes))))
    by_topic: dict[str, list[str]] = {}
    for name in sizes:
        found = article_kind(name)
        if found is not None:
            by_topic.setdefault(found[0], [])
            if name not in taken:
                by_topic[found[0]].append(name)
    chosen = []
    for topic in sorted(by_topic, key=_sha)[topics.start : topics.stop]:
        pool = sorted(by_topic[topic], key=lambda name: (-sizes[name], _sha(name)))
        if len(pool) > rank:
            chosen.append(pool[rank])
    return chosen


def chosen_articles(
    cache: Path, part: str, topics: range = range(TOPICS), longest: bool = False, rank: int = 0
) -> list[Path]:
    """The chosen articles' paths in one part (`cache/part`, a folder of topic folders), by
    `choose`, or with `longest` by `choose_longest` (of that `rank`)."""
    paths = {path.name: path for path in (cache / part).glob("*/*.txt")}
    if longest:
        sizes = {name: len(path.read_text(encoding="utf-8")) for name, path in paths.items()}
        return [paths[name] for name in choose_longest(sizes, topics, rank)]
    return [paths[name] for name in choose(sorted(paths), topics)]


def unseen_figures(snapshot: Path, cache: Path) -> None:
    """The held-out gold's figures (never its misses)."""
    own_gold_figures(UNSEEN_EVENTS, snapshot, cache)


def dev_figures(snapshot: Path, cache: Path, misses: bool = False, article: str = "") -> None:
    """The development golds' figures, and with `misses` what was missed."""
    own_gold_figures(DEV_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV2_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV3_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV4_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV5_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV6_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV7_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV8_EVENTS, snapshot, cache, misses, article)
    own_gold_figures(DEV9_EVENTS, snapshot, cache, misses, article)


def own_gold_figures(
    gold: OwnGold, snapshot: Path, cache: Path, misses: bool = False, article: str = ""
) -> None:
    """Rebuild the ECB+ articles if needed, export the chosen ones, print the gold's figures."""
    skipped = f"\n== events: {gold.heading} skipped:"
    if not snapshot_available(snapshot):
        print(
            f"{skipped} no ECB+ snapshot at {snapshot} (--ecbplus-snapshot DIR or ECBPLUS_SNAPSHOT)"
        )
        return
    if not gold.file.is_file():
        print(f"{skipped} no {gold.file.name}")
        return
    build(snapshot, cache)
    articles = chosen_articles(cache, gold.part, gold.topics, gold.longest, gold.rank)
    report_chosen(gold, cache / gold.part, articles, misses, article)


def report_chosen(
    gold: OwnGold, folder: Path, articles: list[Path], misses: bool, article: str = ""
) -> None:
    """Export the articles the rule chose and print the gold's figures (`report`), unless the
    gold names other articles: then one line says so."""
    named = {row["file"] for _, row in read_rows(gold.file)}
    if named != {path.name for path in articles}:
        print(
            f"\n== events: {gold.heading} skipped: {gold.file.name} names other articles than "
            "the rule picks"
        )
        return
    export = run_export(articles)
    export.warn_misplaced(gold.heading)
    report(gold, folder, export, misses, article)


def report(gold: OwnGold, folder: Path, export: Export, misses: bool, article: str = "") -> None:
    """Score an export of the gold's articles (in `folder`) and print the figures; the misses
    too when asked and the gold is tuned on, never for a held-out gold."""
    items = load_gold(gold.file, folder)
    score = score_seeds(items, list(export.events), export.published)
    happenings = len({item.happening for item in items})
    articles = len({item.passage.file for item in items})
    print("\n" + gold.title(articles, happenings, len(items)))
    rows = figure_rows(score, len(export.events), across=False)
    for label, value in rows + calibration_rows(calibrate(items, export.events, score)):
        print(f"{label:<38}{value}")
    if misses and gold.tuned_on:
        print_misses(items, export, score, article)
