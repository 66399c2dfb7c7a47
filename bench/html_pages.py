"""How the loader reads real web pages: title, author, publication date and article text of
the test pages of a reader mode, against what that reader mode reads in them.

Source: the public repository mozilla/readability, `test/test-pages/<name>/`: `source.html`
(the page as saved), `expected-metadata.json` (title, byline, publishedTime…) and
`expected.html` (the article's content as the reader mode shows it). News pages of many outlets,
blogs, and small made-up cases. The snapshot is read as a bare git directory or a checkout;
nothing of it is committed: the pages go to a cache folder outside the repository
(`<cache>/<part>/<name>.html`, the expectations in `<cache>/gold.json`), rebuilt when the
snapshot's commit or this builder changes.

Parts, fixed before any page was read: the page names sorted, every other one held out (the
second, the fourth…); the rest is the development half. Misses are listed for the development
half only. bench/html_scoring.py says how each figure is compared.

    python -m bench.html_pages [--snapshot DIR] [--cache DIR] [--misses]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.html_scoring import (
    PartScore,
    author_right,
    expected_day,
    html_text,
    person_named,
    title_right,
)
from bench.tempeval_corpus import DEV, HELD_OUT, bench_cache, git_blobs, git_output, listed_files
from viewer.core.sentences import visible_body
from viewer.corpus.errors import CorpusError
from viewer.corpus.reader import read_document

SNAPSHOT_FOLDER = "readability"
SNAPSHOT_VARIABLE = "READABILITY_SNAPSHOT"
PAGES_FOLDER = "test/test-pages"
PAGE_FILES = ("source.html", "expected.html", "expected-metadata.json")
# Bump when the pages or the expectations written change, so that every cache is rebuilt.
BUILDER_VERSION = "1"


def default_snapshot() -> Path:
    """$READABILITY_SNAPSHOT, else `readability` in the benchmarks' cache folder."""
    if os.environ.get(SNAPSHOT_VARIABLE):
        return Path(os.environ[SNAPSHOT_VARIABLE])
    return bench_cache() / SNAPSHOT_FOLDER


def default_cache() -> Path:
    return bench_cache() / "html-pages"


def snapshot_available(snapshot: Path) -> bool:
    return (snapshot / PAGES_FOLDER).is_dir() or (snapshot / "HEAD").is_file()


def held_out(names: list[str]) -> set[str]:
    """Every other page of the names sorted: the second, the fourth…"""
    return set(sorted(names)[1::2])


def snapshot_version(snapshot: Path) -> str:
    if (snapshot / PAGES_FOLDER).is_dir():
        names = sorted(str(p.relative_to(snapshot)) for p in (snapshot / PAGES_FOLDER).rglob("*"))
        return "checkout-" + hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
    return git_output(snapshot, "rev-parse", "HEAD").decode().strip()


def read_snapshot(snapshot: Path) -> Iterator[tuple[str, dict[str, bytes]]]:
    """(page name, its files by name) of every page with all three files."""
    files: dict[str, dict[str, bytes]] = {}
    if (snapshot / PAGES_FOLDER).is_dir():
        for path in sorted((snapshot / PAGES_FOLDER).glob("*/*")):
            if path.name in PAGE_FILES:
                files.setdefault(path.parent.name, {})[path.name] = path.read_bytes()
    else:
        wanted = [
            (path, sha)
            for path, sha in listed_files(snapshot, PAGES_FOLDER)
            if path.rsplit("/", 1)[-1] in PAGE_FILES
        ]
        blobs = git_blobs(snapshot, [sha for _, sha in wanted])
        for (listed, _), data in zip(wanted, blobs, strict=True):
            page, name = listed.rsplit("/", 2)[-2:]
            files.setdefault(page, {})[name] = data
    for page in sorted(files):
        if len(files[page]) == len(PAGE_FILES):
            yield page, files[page]


def build(snapshot: Path, cache: Path, *, force: bool = False) -> Path:
    """Write the pages and gold.json under `cache` unless they are current; returns `cache`."""
    stamp = f"{snapshot_version(snapshot)} builder {BUILDER_VERSION}"
    stamp_file = cache / "stamp"
    if not force and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return cache
    pages = dict(read_snapshot(snapshot))
    if not pages:
        raise SystemExit(f"{snapshot}: no pages under {PAGES_FOLDER}")
    held = held_out(list(pages))
    for part in (DEV, HELD_OUT):
        shutil.rmtree(cache / part, ignore_errors=True)
        (cache / part).mkdir(parents=True)
    records = []
    for name, files in pages.items():
        part = HELD_OUT if name in held else DEV
        (cache / part / f"{name}.html").write_bytes(files["source.html"])
        meta = json.loads(files["expected-metadata.json"].decode("utf-8"))
        expected = html_text(files["expected.html"].decode("utf-8", "replace"))
        records.append({
            "name": name,
            "part": part,
            "file": f"{part}/{name}.html",
            "title": meta.get("title") or "",
            "byline": meta.get("byline") or "",
            "published": meta.get("publishedTime") or "",
            "content": expected,
        })  # fmt: skip
    (cache / "gold.json").write_text(json.dumps({"pages": records}), encoding="utf-8")
    stamp_file.write_text(stamp)
    return cache


def score_part(cache: Path, records: list[dict[str, Any]], misses: bool) -> PartScore:
    """Read each page of one part with the loader and score it; print its misses if asked."""
    score = PartScore()
    for record in records:
        score.pages += 1
        lines = _score_page(cache, record, score)
        if misses and lines:
            print(f"-- {record['name']}")
            for line in lines:
                print(f"   {line}")
    return score


def _score_page(cache: Path, record: dict[str, Any], score: PartScore) -> list[str]:
    """Score one page into `score`; what it got wrong, one line each."""
    person = person_named(record["byline"])
    day = expected_day(record["published"])
    try:
        document = read_document(cache / record["file"])
    except CorpusError as error:
        document, why = None, str(error)
        score.failed.append(record["name"])
    except Exception as error:  # a page that breaks the loader is a figure, not a stop
        document, why = None, f"{type(error).__name__}: {error}"
        score.raised.append(record["name"])
    if document is None:
        score.title.add(False)
        if person:
            score.author.add(False)
        if day is not None:
            score.date.add(False)
            score.date_missing += 1
        score.add_body("", record["content"])
        return [f"not read: {why}"]
    wrong: list[str] = []
    ok = title_right(document.title, record["title"])
    score.title.add(ok)
    if not ok:
        wrong.append(f"title {document.title!r}, expected {record['title']!r}")
    if person:
        ok = author_right(document.author, person)
        score.author.add(ok)
        if not ok:
            wrong.append(f"author {document.author!r}, expected {person!r}")
    score.dated += document.date is not None
    if day is not None:
        score.date.add(document.date == day)
        score.date_missing += document.date is None
        if document.date != day:
            wrong.append(f"date {document.date} ({document.date_text!r}), expected {day}")
    text, body = visible_body(document)
    ours = "\n".join(text[span.start : span.end] for span in body)
    recall, precision = score.add_body(ours, record["content"])
    if recall < 0.8 or precision < 0.8:
        wrong.append(f"body recall {recall:.2f}, precision {precision:.2f}")
    return wrong


def print_scores(scores: dict[str, PartScore], seconds: dict[str, float]) -> None:
    dev, held = scores[DEV], scores[HELD_OUT]
    rows = [
        ("pages", dev.pages, held.pages),
        ("title right", dev.title, held.title),
        ("author right (byline names a person)", dev.author, held.author),
        ("date right (publishedTime given)", dev.date, held.date),
        ("  of those, no date found", dev.date_missing, held.date_missing),
        ("pages read with a date (scored or not)", dev.dated, held.dated),
        ("body recall (expected trigrams in ours)", f"{dev.recall:.3f}", f"{held.recall:.3f}"),
        ("body precision (ours in expected)", f"{dev.precision:.3f}", f"{held.precision:.3f}"),
        ("pages with body recall and precision >= 0.8", dev.good_bodies, held.good_bodies),
        ("failed to load", len(dev.failed), len(held.failed)),
        ("raised", len(dev.raised), len(held.raised)),
        ("seconds to read the pages", f"{seconds[DEV]:.2f}", f"{seconds[HELD_OUT]:.2f}"),
    ]
    print(f"{'':<46}{'development':<24}held out")
    for label, mine, theirs in rows:
        print(f"{label:<46}{mine!s:<24}{theirs!s}")
    for name in (*dev.failed, *dev.raised):
        print(f"  development page not read: {name}")


def figures(snapshot: Path, cache: Path, misses: bool = False) -> None:
    """Rebuild the pages if needed, read and score both halves, print them side by side."""
    if not snapshot_available(snapshot):
        print(
            f"== HTML pages skipped: no snapshot at {snapshot} "
            f"(--snapshot DIR or {SNAPSHOT_VARIABLE})"
        )
        return
    build(snapshot, cache)
    records = json.loads((cache / "gold.json").read_text(encoding="utf-8"))["pages"]
    scores: dict[str, PartScore] = {}
    seconds: dict[str, float] = {}
    for part in (DEV, HELD_OUT):
        start = time.perf_counter()
        mine = [record for record in records if record["part"] == part]
        scores[part] = score_part(cache, mine, misses and part == DEV)
        seconds[part] = time.perf_counter() - start
    print(f"== HTML pages: {snapshot} (mozilla/readability test pages)")
    print_scores(scores, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", type=Path, default=default_snapshot())
    parser.add_argument("--cache", type=Path, default=default_cache())
    parser.add_argument("--misses", action="store_true", help="list the development misses")
    args = parser.parse_args()
    figures(args.snapshot, args.cache, args.misses)


if __name__ == "__main__":
    main()
