"""Merge benchmark: time to merge 10k, 50k and 100k events, to show it grows about linearly.

Run: python -m bench.merge_bench [--sizes 10000 50000 100000]
"""

from __future__ import annotations

import argparse
import random
import re
import time
from dataclasses import replace
from datetime import timedelta

from viewer.core.extract import extract_events
from viewer.core.merge import merge_events
from viewer.core.model import DateValue, Dating, Event, Passage
from viewer.corpus import read_corpus
from viewer.corpus.seeds import seed_folder

_NUMBER = re.compile(r"\d[\d,]*")
_NAMES = ["Poland", "Romania", "Latvia", "Spain", "Italy", "Germany", "Estonia", "Finland"]


def synthetic_events(count: int, seed: int = 11) -> list[Event]:
    """Seed events copied at a steady ~70 a day, 10 per article, numbers and places varied.

    The span grows with the count, so the benchmark measures growth in corpus size at the
    density of real coverage, not ever more events crammed into the same weeks.
    """
    documents, _ = read_corpus([seed_folder()])
    templates = [e for d in documents for e in extract_events(d)]
    rng = random.Random(seed)
    events = []
    for i in range(count):
        base = templates[i % len(templates)]
        shift = timedelta(days=rng.randrange(0, max(1, count // 70)))
        text = _NUMBER.sub(lambda _m: str(rng.randrange(10, 90_000)), base.primary.text)
        text = text.replace("Poland", rng.choice(_NAMES))
        value = DateValue(base.date.first + shift, base.date.last + shift, base.date.precision)
        passage = Passage(f"doc{i // 10:06d}.txt", 0, len(text), text)
        dating = Dating(value, base.date_basis, base.date_text)
        events.append(replace(base, id=f"e{i}", date=value, passages=[passage], dating=[dating]))
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    args = parser.parse_args()
    print(f"{'events':>8} {'seconds':>8} {'µs/event':>9} {'merged events':>14}")
    for size in args.sizes:
        events = synthetic_events(size)
        started = time.perf_counter()
        merged = merge_events(events)
        elapsed = time.perf_counter() - started
        multi = sum(1 for e in merged if len(e.passages) > 1)
        print(f"{size:>8} {elapsed:>8.2f} {elapsed / size * 1e6:>9.1f} {multi:>14}")


if __name__ == "__main__":
    main()
