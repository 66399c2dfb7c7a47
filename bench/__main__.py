"""`make bench`: start-up, event quality, extraction throughput, dateparser comparison, HTML
pages read against a reader mode, long articles, timeline paint and project open.

Prints figures only; nothing here passes or fails. Run: python -m bench [--quick] [--million]
(the event figures alone: python -m bench.events)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.exported import COMPILED, compiled_built
from bench.synthetic_corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
# Articles of the synthetic corpus that give a little over 100,000 merged events.
HUNDRED_THOUSAND_EVENTS = 22_000
DATEPARSER_SAMPLE = 20  # search_dates takes about a second per article: a sample, extrapolated
DATEPARSER_PASSES = 3  # over the sample, the fastest counted
EXTRACT_PASSES = 7  # a pass of extract_events over the sample is over in a tenth of a second


@dataclass
class Run:
    """One headless export: wall time and the peak memory of its largest process."""

    seconds: float
    peak_mb: float
    output: str


def export(
    folder: Path, out: Path, workers: int | None, project: Path | None = None, package: Path = ROOT
) -> Run:
    """`python -m viewer export FOLDER --json OUT` as a user runs it, timed from outside, with
    the package found in `package` (the source tree, or the compiled copy)."""
    env = dict(os.environ)
    env.pop("TIMELINE_WORKERS", None)
    if workers is not None:
        env["TIMELINE_WORKERS"] = str(workers)
    command = [sys.executable, "-m", "viewer", "export", str(folder), "--json", str(out)]
    if project is not None:
        command += ["--project", str(project)]
    start = time.perf_counter()
    # Its notes on stderr (the new project each run makes on purpose) are shown on failure only.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as notes:
        child = subprocess.Popen(
            command, env=env, cwd=package, stdout=subprocess.PIPE, stderr=notes, text=True
        )
        output = child.stdout.read() if child.stdout is not None else ""
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if status != 0:
            notes.seek(0)
            raise SystemExit(f"export failed ({status}): {' '.join(command)}\n{notes.read()}")
    return Run(seconds, usage.ru_maxrss / 1024, output.strip())


def extraction(folder: Path, count: int, scratch: Path) -> float:
    """Print documents per second on one core and on all; returns seconds per document on one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    # Each run on a project of its own, new: nothing cached from an earlier run.
    one = export(folder, scratch / "one.json", 1, scratch / f"one-{count}.tlproj")
    print(
        f"{count:>6,} articles, 1 worker:  {one.seconds:7.1f} s  {count / one.seconds:7.1f} docs/s"
    )
    print(f"{'':>16}{one.output}; peak {one.peak_mb:.0f} MB")
    every = export(folder, scratch / "all.json", None, scratch / f"cached-{count}.tlproj")
    print(
        f"{count:>6,} articles, {cores} workers: {every.seconds:7.1f} s  "
        f"{count / every.seconds:7.1f} docs/s  ({one.seconds / every.seconds:.2f}x)"
    )
    print(f"{'':>16}{every.output}; peak {every.peak_mb:.0f} MB")
    if compiled_built():
        built = export(
            folder, scratch / "c.json", None, scratch / f"compiled-{count}.tlproj", COMPILED
        )
        print(  # as the bundle runs: reader and core compiled, every core
            f"{count:>6,} articles, {cores} workers, compiled (build/compiled): "
            f"{built.seconds:7.1f} s  {count / built.seconds:7.1f} docs/s"
        )
        print(f"{'':>16}{built.output}; peak {built.peak_mb:.0f} MB")
    return one.seconds / count


def against_dateparser(folder: Path, ours_per_doc: float) -> None:
    """search_dates over every sentence of a sample of articles, against our whole export."""
    from datetime import datetime

    from dateparser.search import search_dates

    from bench.extraction_pass import best_pass, seconds_an_article
    from viewer.core.sentences import split_sentences, visible_body
    from viewer.corpus import read_corpus

    files = sorted(folder.iterdir())[:DATEPARSER_SAMPLE]
    documents, _ = read_corpus(files)
    search_dates("warm up on Tuesday", languages=["en"])
    sentences = []
    for doc in documents:
        anchor = doc.date or datetime(2022, 1, 1).date()
        settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)}
        text, body = visible_body(doc)
        sentences += [(text[s.start : s.end], settings) for s in split_sentences(text, body)]

    def search_every_sentence() -> None:
        for sentence, settings in sentences:
            search_dates(sentence, languages=["en"], settings=settings)

    # Each the best of several passes, so that a busy machine slows neither alone.
    theirs = best_pass(search_every_sentence, DATEPARSER_PASSES) / len(documents)
    extract_only = seconds_an_article(folder, DATEPARSER_SAMPLE, EXTRACT_PASSES)
    print(
        f"dateparser search_dates over every sentence: {theirs * 1000:7.1f} ms/article "
        f"(sample of {len(documents)} articles, {len(sentences)} sentences, best of "
        f"{DATEPARSER_PASSES} passes; ours best of {EXTRACT_PASSES})"
    )
    print(
        f"our whole export on one core:                {ours_per_doc * 1000:7.1f} ms/article "
        f"-> {theirs / ours_per_doc:.0f}x faster"
    )
    print(
        f"our extract_events alone, same sample:       {extract_only * 1000:7.1f} ms/article "
        f"-> {theirs / extract_only:.1f}x faster"
    )
    if compiled_built():
        timing = [str(folder), str(DATEPARSER_SAMPLE), str(EXTRACT_PASSES)]
        env = dict(os.environ, PYTHONPATH=str(ROOT))  # bench from here, viewer compiled
        compiled = float(
            subprocess.run(
                [sys.executable, "-m", "bench.extraction_pass", *timing],
                env=env,
                cwd=COMPILED,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        print(
            f"the same, compiled (build/compiled):         {compiled * 1000:7.1f} ms/article "
            f"-> {theirs / compiled:.1f}x faster"
        )


def run_module(title: str, *args: str) -> None:
    """Another benchmark of the project, in its own process so its memory figure is its own."""
    print(f"\n== {title}", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", *args], env=env, cwd=ROOT, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 articles only")
    parser.add_argument("--million", action="store_true", help="also paint 1,000,000 events")
    args = parser.parse_args()
    run_module(
        "start-up: launch to the first painted window, against a bare PySide6 window "
        "(python -m bench.startup_bench)",
        "bench.startup_bench",
    )
    run_module("event quality: seed gold and TempEval-3 (python -m bench.events)", "bench.events")
    sizes = [1_000] if args.quick else [1_000, 10_000]
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        scratch = Path(tmp)
        print("== extraction, headless: python -m viewer export DIR --json OUT")
        per_doc = 0.0
        for count in sizes:
            folder = scratch / f"corpus-{count}"
            write_corpus(folder, count)
            per_doc = extraction(folder, count, scratch)
        print("\n== against dateparser")
        against_dateparser(scratch / f"corpus-{sizes[0]}", per_doc)
        largest = sizes[-1]
        run_module(
            f"opening the {largest:,}-article project in the window (timeline kept)",
            "bench.open_bench",
            str(scratch / f"corpus-{largest}"),
            "--project",
            str(scratch / f"cached-{largest}.tlproj"),
        )
        if not args.quick:
            count = HUNDRED_THOUSAND_EVENTS
            folder = scratch / f"corpus-{count}"
            write_corpus(folder, count)
            project = scratch / f"cached-{count}.tlproj"
            made = export(folder, scratch / "big.json", None, project)
            print(f"\n{count:,} articles exported, all workers: {made.seconds:.1f} s")
            print(f"{'':>16}{made.output}; peak {made.peak_mb:.0f} MB")
            run_module(
                f"opening the {count:,}-article project in the window (timeline kept)",
                "bench.open_bench",
                str(folder),
                "--project",
                str(project),
            )
    run_module(
        "reading plain text, Markdown and HTML (python -m bench.reading_bench)",
        "bench.reading_bench",
    )
    run_module(
        "HTML pages of many outlets against a reader mode (python -m bench.html_pages)",
        "bench.html_pages",
    )
    run_module("one long article: 1, 4 and 16 MB", "bench.long_article_bench")
    run_module("a note typed key by key, every key saved", "bench.keystroke_bench")
    run_module("timeline, synthetic 100,000 events", "bench.timeline_bench", "--events", "100000")
    if args.million:
        run_module(
            "timeline, synthetic 1,000,000 events", "bench.timeline_bench", "--events", "1000000"
        )


if __name__ == "__main__":
    main()
