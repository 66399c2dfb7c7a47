"""Throughput of the temporal tagger on the seed articles, against dateparser's search_dates.

Run: python -m bench.temporal_bench [--docs N]
"""

from __future__ import annotations

import argparse
import time
from datetime import date, datetime
from pathlib import Path

from viewer.core.temporal import tag

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ANCHORS = {
    "000": date(2022, 6, 29),
    "001": date(2022, 3, 9),
    "002": date(2022, 6, 29),
    "003": date(2022, 11, 29),
    "004": date(2022, 3, 8),
}
# search_dates takes tens of milliseconds per article: it runs on a sample of the same corpus
# (every seed equally often), large enough that its rate varies by a few percent between runs.
DATEPARSER_DOCS = 200


def _corpus(n: int) -> list[tuple[str, date]]:
    """The seed texts repeated to n documents, each with its publication date."""
    seeds = [
        (p.read_text(encoding="utf-8"), ANCHORS[p.name[:3]]) for p in sorted(SEEDS.glob("*.txt"))
    ]
    return [seeds[i % len(seeds)] for i in range(n)]


def _report(label: str, docs: int, chars: int, seconds: float, note: str = "") -> float:
    per_second = docs / seconds
    print(
        f"{label:<28} {docs:>7} docs {chars / 1024:>9.0f} KB {seconds:>8.2f} s "
        f"{chars / 1024 / seconds:>10.1f} KB/s {per_second:>10.1f} docs/s {note}"
    )
    return per_second


def main() -> None:
    """Print tagging throughput of tag() and of dateparser.search.search_dates, and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--docs", type=int, default=10_000, help="documents to tag (seeds repeated)"
    )
    parser.add_argument(
        "--dateparser-docs",
        type=int,
        default=DATEPARSER_DOCS,
        help="documents given to search_dates (the same texts, in the same order)",
    )
    args = parser.parse_args()
    corpus = _corpus(args.docs)
    chars = sum(len(text) for text, _ in corpus)

    tag(*corpus[0])  # compile the patterns outside the timing
    start = time.perf_counter()
    found = sum(len(tag(text, anchor)) for text, anchor in corpus)
    ours = _report("viewer.core.temporal.tag", len(corpus), chars, time.perf_counter() - start)
    print(f"{'':<28} {found} time expressions")

    from dateparser.search import search_dates

    sample = corpus[: min(args.dateparser_docs, len(corpus))]
    sample_chars = sum(len(text) for text, _ in sample)
    # Warm up with the same settings as the timed calls: loading the English data is not timed.
    search_dates(
        "warm up on Tuesday", languages=["en"], settings={"RELATIVE_BASE": datetime(2022, 3, 8)}
    )
    start = time.perf_counter()
    for text, anchor in sample:
        base = datetime(anchor.year, anchor.month, anchor.day)
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    theirs = _report(
        "dateparser search_dates",
        len(sample),
        sample_chars,
        time.perf_counter() - start,
        f"(the first {len(sample)} documents)",
    )
    print(f"tag() is {ours / theirs:.0f}x faster than search_dates (documents per second)")


if __name__ == "__main__":
    main()
