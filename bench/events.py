"""Event figures: the seed gold, the ECB+ development and unseen golds, TempEval-3, ECB+.

    python -m bench.events             # the figures (well under a minute)
    python -m bench.events --misses    # and what was missed: seeds, and the development parts
    python -m bench.events --misses --article wsj_0173   # one article's misses
    python -m bench.events --merges-only   # the seeds and ECB+, not TempEval-3

Each corpus is exported with `python -m viewer export … --json` as a user runs it and scored
by bench/seed_scoring.py, bench/tempeval_scoring.py and bench/ecb_scoring.py (their
docstrings define the figures); the own golds of ECB+ development articles (three: 24
and 20 articles, and 12 long ones) and of 24 unseen ECB+ held-out articles
(bench/unseen_gold.py), and of 12 TempEval-3 held-out articles of other outlets and years
(bench/tempeval_own_gold.py), are scored like the seeds. The
TempEval-3 articles are rebuilt from a snapshot of jspotter/TempEval-3 by
bench/tempeval_corpus.py, the ECB+ ones from a snapshot of tommasoc80/EventStoryLine by
bench/ecb_corpus.py, each into a cache folder; without its snapshot a corpus is skipped in
one line. Details of the held-out parts are never printed:
they are for measuring, not for tuning.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from bench import ecb_corpus
from bench.calibration import calibrate, calibration_rows
from bench.ecb_figures import ecbplus_figures
from bench.exported import COMPILED, PACKAGE_VARIABLE, compiled_built, run_export
from bench.gold_misses import print_misses
from bench.seed_gold import SEED_GOLD, load_gold
from bench.seed_scoring import figure_rows, score_seeds
from bench.tempeval_corpus import (
    DEV,
    HELD_OUT,
    build,
    default_cache,
    default_snapshot,
    snapshot_available,
)
from bench.tempeval_own_gold import tempeval_dev_figures, tempeval_unseen_figures
from bench.tempeval_scoring import GoldArticle, TempevalScore, gold_articles, score_tempeval
from bench.unseen_gold import dev_figures, unseen_figures

_CONTEXT = 70  # characters shown either side of a missed gold event


def seed_figures(misses: bool, article: str) -> None:
    """Export the seeds, score them against the gold, print the figures (and misses)."""
    gold = load_gold()
    export = run_export([])
    export.warn_misplaced("seeds")
    score = score_seeds(gold, list(export.events), export.published)
    happenings = len({item.happening for item in gold})
    print(
        f"== events: seed gold ({SEED_GOLD.name}: {happenings} happenings in "
        f"{len(gold)} passages) against `python -m viewer export --json`"
    )
    rows = figure_rows(score, len(export.events))
    rows += calibration_rows(calibrate(gold, export.events, score))
    for label, value in rows:
        print(f"{label:<38}{value}")
    if misses:
        print_misses(gold, export, score, article, label=lambda file: file[:3])


def tempeval_figures(snapshot: Path, cache: Path, misses: bool, article: str = "") -> None:
    """Rebuild the corpus if needed, export and score both parts, print them side by side."""
    if not snapshot_available(snapshot):
        print(
            f"== events: TempEval-3 skipped: no snapshot at {snapshot} "
            "(--snapshot DIR or TEMPEVAL3_SNAPSHOT)"
        )
        return
    build(snapshot, cache)
    data = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    scores: dict[str, TempevalScore] = {}
    articles: dict[str, list[GoldArticle]] = {}
    for part in (DEV, HELD_OUT):
        articles[part] = gold_articles(data, part)
        export = run_export([cache / part])
        export.warn_misplaced(f"TempEval-3 {part}")
        scores[part] = score_tempeval(articles[part], export)
    dev, held = scores[DEV], scores[HELD_OUT]
    print("\n== events: TempEval-3 (TimeBank, AQUAINT), gold dates derived from TLINKs")
    print(f"{'':<44}{'development':<24}held out")
    print(f"{'articles':<44}{dev.articles:<24}{held.articles}")
    print(f"{'dated gold happenings':<44}{dev.found.total:<24}{held.found.total}")
    rows = [
        ("inside an exported passage (recall-like)", "found"),
        ("  of those, exported date right", "dates_right"),
        ("  of those, publication date right", "baseline_found"),
        ("  of those, right at best with one date each", "one_date_best"),
        ("all, publication date right (baseline)", "baseline_all"),
        ("exported events holding a dated gold one", "precision"),
        ("exported events holding any happening", "precision_loose"),
    ]
    for label, name in rows:
        print(f"{label:<44}{getattr(dev, name)!s:<24}{getattr(held, name)!s}")
    if misses:
        _tempeval_misses(cache, dev, article)


def _tempeval_misses(cache: Path, score: TempevalScore, article: str) -> None:
    """Per development article: gold happenings not found, and dates not right."""
    print("\n-- development part: gold happenings missed or misdated, per article")
    texts: dict[str, str] = {}
    current = ""
    for outcome in score.outcomes:
        gold = outcome.gold
        if (outcome.event is not None and outcome.date_right) or article not in gold.file:
            continue
        if gold.file != current:
            current = gold.file
            print(f"\n{gold.file}")
        if gold.file not in texts:
            texts[gold.file] = (cache / DEV / gold.file).read_text(encoding="utf-8")
        text = texts[gold.file]
        left = text[max(0, gold.start - _CONTEXT) : gold.start].replace("\n", " ")
        right = text[gold.end : gold.end + _CONTEXT].replace("\n", " ")
        where = f"…{left}[{gold.text}]{right}…"
        if outcome.event is None:
            print(f"  missed  {gold.eid} gold {gold.date} ({gold.value}): {where}")
        else:
            event = outcome.event
            print(
                f"  date    {gold.eid} gold {gold.date} ({gold.value}) | exported "
                f"{event.date} {event.basis} '{event.date_text}': {where}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list what was missed: the seeds and the development part only",
    )
    parser.add_argument(
        "--snapshot",
        type=Path,
        default=default_snapshot(),
        help="a git snapshot (or checkout) of jspotter/TempEval-3",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=default_cache(),
        help="where the TempEval-3 articles are rebuilt (outside the repository)",
    )
    parser.add_argument(
        "--article",
        default="",
        metavar="TEXT",
        help="with --misses: only articles whose file name holds TEXT",
    )
    parser.add_argument(
        "--ecbplus-snapshot",
        type=Path,
        default=ecb_corpus.default_snapshot(),
        help="a git snapshot (or checkout) of tommasoc80/EventStoryLine",
    )
    parser.add_argument(
        "--ecbplus-cache",
        type=Path,
        default=ecb_corpus.default_cache(),
        help="where the ECB+ articles are rebuilt (outside the repository)",
    )
    parser.add_argument("--seeds-only", action="store_true", help="skip TempEval-3 and ECB+")
    parser.add_argument("--merges-only", action="store_true", help="the seeds and ECB+ only")
    parser.add_argument(
        "--compiled",
        action="store_true",
        help="export with the compiled core (build/compiled, `make compiled`): the same figures",
    )
    args = parser.parse_args()
    if args.compiled:
        if not compiled_built():
            raise SystemExit("no compiled core: make compiled")
        os.environ[PACKAGE_VARIABLE] = str(COMPILED)
    start = time.perf_counter()
    seed_figures(args.misses, args.article)
    if not args.seeds_only:
        dev_figures(args.ecbplus_snapshot, args.ecbplus_cache, args.misses, args.article)
        tempeval_dev_figures(args.snapshot, args.cache, args.misses, args.article)
        unseen_figures(args.ecbplus_snapshot, args.ecbplus_cache)
        tempeval_unseen_figures(args.snapshot, args.cache)
    if not args.seeds_only and not args.merges_only:
        tempeval_figures(args.snapshot, args.cache, args.misses, args.article)
    if not args.seeds_only:
        ecbplus_figures(args.ecbplus_snapshot, args.ecbplus_cache, args.misses, args.article)
    print(f"\n({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
