"""extract_events over the first articles of a folder, timed: the best of several passes, in
seconds an article. Run from the folder of the package to time, so that the compiled copy is
timed from build/compiled (`python -m bench.extraction_pass FOLDER COUNT PASSES`, with the
project on PYTHONPATH for `bench`)."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from viewer.core.extract import extract_events
from viewer.corpus import read_corpus


def best_pass(run: Callable[[], None], passes: int) -> float:
    """The shortest of `passes` timed runs, in seconds: a busy machine slows some, not all."""
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def seconds_an_article(folder: Path, count: int, passes: int) -> float:
    """The best of `passes` runs of extract_events over the folder's first `count` articles,
    after one to warm up (its patterns compiled once), divided by the articles."""
    documents, _ = read_corpus(sorted(folder.iterdir())[:count])
    extract_events(documents[0])

    def extract_every_article() -> None:
        for doc in documents:
            extract_events(doc)

    return best_pass(extract_every_article, passes) / len(documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("passes", type=int)
    args = parser.parse_args()
    print(seconds_an_article(args.folder, args.count, args.passes))


if __name__ == "__main__":
    main()
