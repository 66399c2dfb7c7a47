"""A synthetic news corpus grown from the seed articles: dates, numbers and names varied.

Every article is a seed with its years shifted, its days and months, its figures and its
people and places drawn afresh, so that no two files share a content hash and the dates
spread over years as a season of coverage would, not all on the seeds' few weeks.

Run: python -m bench.synthetic_corpus DIR --docs N
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

_FULL = "January February March April May June July August September October November December"
_SHORT = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec."
_MONTHS = "|".join(re.escape(m) for m in f"{_FULL} {_SHORT}".split())
# One pass over the text, so that a changed date is never changed again as a figure.
_VARIABLE = re.compile(
    r"\b(?P<iso>20\d\d-\d\d-\d\d)\b"
    rf"|\b(?P<day>\d{{1,2}})(?P<space>\s+)(?P<dmonth>{_MONTHS})\b"
    rf"|(?P<month>{_MONTHS})(?P<mspace>\s+)(?P<mday>\d{{1,2}})\b"
    r"|\b(?P<year>20[0-2]\d)\b"
    r"|(?<![\d,.:-])(?P<figure>\d{1,3}(?:,\d{3})+|\d{2,3})(?![\d,]*\d|:\d|-\d)"
)

_PEOPLE = {
    "Biden": ["Harris", "Carter", "Whitman", "Delgado", "Okafor"],
    "Stoltenberg": ["Rasmussen", "Solberg", "Lindqvist", "Moretti"],
    "Putin": ["Volkov", "Sokolov", "Morozov"],
    "Austin": ["Reyes", "Brennan", "Kowalski"],
    "Cordesman": ["Haddad", "Nakamura", "Fischer"],
}
_PLACES = {
    "Poland": ["Slovakia", "Hungary", "Czechia", "Bulgaria"],
    "Romania": ["Moldova", "Croatia", "Slovenia"],
    "Madrid": ["Vilnius", "Lisbon", "Prague", "Athens"],
    "Bucharest": ["Riga", "Tallinn", "Sofia"],
    "Germany": ["Italy", "France", "Norway", "Denmark"],
    "Spain": ["Portugal", "Greece", "Belgium"],
}
_NAMES = re.compile(r"\b(" + "|".join([*_PEOPLE, *_PLACES]) + r")\b")


def seed_texts() -> list[tuple[str, str]]:
    """(file stem, text) of every seed article."""
    return [(p.stem[:3], p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """One seed retold: years shifted together, days, figures and names drawn afresh."""
    shift = rng.randint(-12, 2)
    names = {old: rng.choice(new) for old, new in (_PEOPLE | _PLACES).items()}

    def replace(m: re.Match[str]) -> str:
        if m["iso"]:
            return f"{int(m['iso'][:4]) + shift}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if m["day"]:
            return f"{rng.randint(1, 28)}{m['space']}{_month_like(m['dmonth'], rng)}"
        if m["mday"]:
            return f"{_month_like(m['month'], rng)}{m['mspace']}{rng.randint(1, 28)}"
        if m["year"]:
            return str(int(m["year"]) + shift)
        return _figure(m["figure"], rng)

    text = _VARIABLE.sub(replace, text)
    return _NAMES.sub(lambda m: names[m[1]], text)


def _month_like(old: str, rng: random.Random) -> str:
    """Another month, written the way the old one was (in full or abbreviated)."""
    return rng.choice((_SHORT if old.endswith(".") else _FULL).split())


def _figure(old: str, rng: random.Random) -> str:
    digits = len(old.replace(",", ""))
    value = rng.randint(10 ** (digits - 1), 10**digits - 1)
    return f"{value:,}" if "," in old else str(value)


def write_corpus(folder: Path, count: int, seed: int = 2022) -> list[Path]:
    """`count` varied articles in `folder`, the same ones for the same seed."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = seed_texts()
    written = []
    for i in range(count):
        stem, text = seeds[i % len(seeds)]
        path = folder / f"{i:05d}_{stem}.txt"
        path.write_text(vary(text, random.Random(seed * 1_000_003 + i)), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    print(f"wrote {len(write_corpus(args.folder, args.docs))} articles to {args.folder}")


if __name__ == "__main__":
    main()
