"""One long article: extraction time for 1, 4 and 16 MB, as one long line and as paragraphs;
then articles of many small pieces (bench/piece_shapes.py) at 0.25, 1 and 4 MB.

Each article is seed articles retold (bench/synthetic_corpus.py) one after another under one
publication date line. Prints the time to read the file and extract its events in this
process, and the time of `python -m viewer export FILE --csv OUT` as a user runs it (reading,
extraction, merging and writing). Extraction that is linear in the article's size takes about
four times as long for each step.

Run: python -m bench.long_article_bench [--sizes 1 4 16] [--piece-sizes 0.25 1 4]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.piece_shapes import SHAPES, write_shape
from bench.synthetic_corpus import seed_texts, vary

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
TARGET_SECONDS = 30  # for 16 MB
PIECES_TARGET = 2  # seconds a MB to export an article of any shape


def _paragraphs(size: int) -> list[str]:
    """Paragraphs of retold seed articles, their header lines left out, `size` characters."""
    seeds = seed_texts()
    paragraphs: list[str] = []
    total, i = 0, 0
    while total < size:
        _, text = seeds[i % len(seeds)]
        for block in vary(text, random.Random(i)).split("\n\n")[1:]:
            block = " ".join(block.split())
            if len(block) > 80:
                paragraphs.append(block)
                total += len(block) + 2
        i += 1
    return paragraphs


def write_article(path: Path, size: int, *, one_line: bool) -> None:
    """An article of about `size` characters: one line, or paragraphs between blank lines."""
    body = (" " if one_line else "\n\n").join(_paragraphs(size))
    path.write_text(f"8 March 2022\n\n{body}\n", encoding="utf-8")


def extraction_seconds(path: Path) -> tuple[float, float, int]:
    """Seconds to read the article, seconds to extract its events, and how many."""
    from viewer.core.extract import extract_events
    from viewer.corpus import read_document

    start = time.perf_counter()
    document = read_document(path)
    read = time.perf_counter() - start
    start = time.perf_counter()
    events = extract_events(document)
    return read, time.perf_counter() - start, len(events)


def export_seconds(path: Path, scratch: Path) -> float:
    """The whole headless export of the one article, timed from outside."""
    command = [sys.executable, "-m", "viewer", "export", str(path), "--csv", str(scratch / "o.csv")]
    command += ["--project", str(scratch / f"{path.stem}.tlproj")]
    start = time.perf_counter()
    # Its note on stderr (the new project made on purpose) is shown only if the export fails.
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise SystemExit(f"export failed ({done.returncode}): {done.stderr.decode()}")
    return time.perf_counter() - start


def _row(label: str, path: Path, scratch: Path) -> None:
    read, extract, events = extraction_seconds(path)
    export = export_seconds(path, scratch)
    print(f"{label:<30}{read:>7.1f}s{extract:>8.1f}s{events:>9,}{export:>8.1f}s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="in MB")
    parser.add_argument("--piece-sizes", type=float, nargs="*", default=[0.25, 1, 4])
    args = parser.parse_args()
    print(f"{'article':<30}{'read':>8}{'extract':>9}{'events':>9}{'export':>9}")
    with tempfile.TemporaryDirectory(prefix="timeline-long-") as tmp:
        scratch = Path(tmp)
        for one_line in (True, False):
            shape = "one line" if one_line else "paragraphs"
            for size in args.sizes:
                path = scratch / f"{shape.replace(' ', '-')}-{size:g}MB.txt"
                write_article(path, int(size * MB), one_line=one_line)
                _row(f"{size:g} MB, {shape}", path, scratch)
        for name in SHAPES:
            for size in args.piece_sizes:
                _row(f"{size:g} MB, {name}", write_shape(scratch, name, int(size * MB)), scratch)
    print(f"(target: 16 MB exported in under {TARGET_SECONDS} s; an article of many small pieces")
    print(f"exported in about {PIECES_TARGET} s a MB)")


if __name__ == "__main__":
    main()
