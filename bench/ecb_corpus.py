"""Rebuild the ECB+ merge benchmark: news articles of 43 topics, and which sentences of
different articles report the same happening.

Source: ECB+ (Cybulska and Vossen, LREC 2014) as the public repository
tommasoc80/EventStoryLine keeps it: `ECB+_LREC2014/ECB+/<topic>/<n>ecb.xml` and
`<n>ecbplus.xml` (bench/ecb_xml.py reads them), and
`ECB+_LREC2014/ECBplus_coreference_sentences.csv`, the sentences whose coreference was
annotated. Each topic has two happenings of one kind (two check-ins into rehab, two
earthquakes), each reported by several articles: the `ecb` articles report the first, the
`ecbplus` ones the second. The snapshot is read as a bare git directory or a checkout;
nothing fetched or derived is committed: articles and gold go to a cache folder outside the
repository, rebuilt when the snapshot's commit or this builder changes.

Each document becomes `<cache>/<part>/<topic>/<name>.txt`:

    <publication date, YYYY-MM-DD: first, where the reader takes it whatever follows>
    <blank line>
    <each sentence, detokenised (bench/ecb_text.py), one paragraph each: an ecbplus
     article's header lines (title, byline…) first, as the page had them>

without the page's address (sentence 0 of an ecbplus article) and the date line the first
line stands for (unless their coreference was annotated).

Dates. An ecbplus article is dated by its date line, else by the date in its address
(bench/ecb_dates.py). The original ECB articles carry no date at all, nor do a few ecbplus
ones: they are dated on a stand-in, the middle date of their topic's dated articles (a topic with
none would be left out; ECB+ has no such topic). So
both happenings of a topic appear on the same days, and dates cannot keep them apart: only
what they are about can (which is what the hard negatives measure). `gold.json` says which
date each article has (`date_basis`: "date line", "address", "stand-in").

Gold (`<cache>/gold.json`): per document, its annotated sentences, each with its span in
the article file and the happening instances it mentions (bench/ecb_xml.py says which
count); per topic, its part and its two seminal happenings: the instance that most `ecb`
articles mention, and the one that most `ecbplus` articles mention.

Parts: the topics ordered by the SHA-256 of their number; the first half is held out, never
tuned on; the rest is the development part.

    python -m bench.ecb_corpus [--snapshot DIR] [--cache DIR] [--force]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import shutil
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bench.ecb_dates import FoundDate, address_date, date_line
from bench.ecb_text import write_sentence
from bench.ecb_xml import ECBPLUS, EcbDocument, document_name, parse_document
from bench.tempeval_corpus import (
    DEV,
    HELD_OUT,
    bench_cache,
    git_blobs,
    git_output,
    listed_files,
)

SNAPSHOT_FOLDER = "EventStoryLine"
SNAPSHOT_VARIABLE = "ECBPLUS_SNAPSHOT"
CORPUS_FOLDER = "ECB+_LREC2014/ECB+"
SENTENCES_FILE = "ECB+_LREC2014/ECBplus_coreference_sentences.csv"
# Bump when the articles or the gold change, so that every cache is rebuilt.
BUILDER_VERSION = "1"
# How many sentences after the address may be header lines holding the date.
HEADER_LINES = 6
DATE_LINE, ADDRESS, STAND_IN = "date line", "address", "stand-in"


@dataclass(slots=True)
class Article:
    """One document on its way to an article file: its sentences and how it is dated."""

    document: EcbDocument
    sentences: dict[int, str]
    found: FoundDate | None = None
    date_sentence: int | None = None
    basis: str = STAND_IN
    published: date | None = None
    annotated: set[int] = field(default_factory=set)


def default_snapshot() -> Path:
    """$ECBPLUS_SNAPSHOT, else EventStoryLine in the benchmark's cache folder."""
    if os.environ.get(SNAPSHOT_VARIABLE):
        return Path(os.environ[SNAPSHOT_VARIABLE])
    return bench_cache() / SNAPSHOT_FOLDER


def default_cache() -> Path:
    """Where the articles are rebuilt: the benchmark's cache folder, never the repository."""
    return bench_cache() / "ecbplus"


def snapshot_available(snapshot: Path) -> bool:
    return (snapshot / CORPUS_FOLDER).is_dir() or (snapshot / "HEAD").is_file()


def held_out_topics(topics: list[str]) -> set[str]:
    """The first half of the topics when ordered by the SHA-256 of their number."""
    ordered = sorted(topics, key=lambda topic: hashlib.sha256(topic.encode()).hexdigest())
    return set(ordered[: len(ordered) // 2])


def snapshot_version(snapshot: Path) -> str:
    """The snapshot's commit for a git directory; for a checkout, a hash of its file list."""
    if (snapshot / CORPUS_FOLDER).is_dir():
        names = sorted(str(p.relative_to(snapshot)) for p in (snapshot / CORPUS_FOLDER).rglob("*"))
        return "checkout-" + hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
    return git_output(snapshot, "rev-parse", "HEAD").decode().strip()


def read_snapshot(snapshot: Path) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of every ECB+ document of the snapshot, and of the sentence list
    under its own path."""
    if (snapshot / CORPUS_FOLDER).is_dir():
        for path in sorted((snapshot / CORPUS_FOLDER).glob("*/*.xml")):
            if document_name(path.name) is not None:
                yield path.name, path.read_bytes()
        yield SENTENCES_FILE, (snapshot / SENTENCES_FILE).read_bytes()
        return
    wanted = [
        (path.rsplit("/", 1)[-1], sha)
        for path, sha in listed_files(snapshot, CORPUS_FOLDER)
        if document_name(path.rsplit("/", 1)[-1]) is not None
    ]
    sentences = git_output(snapshot, "rev-parse", f"HEAD:{SENTENCES_FILE}").decode().strip()
    wanted.append((SENTENCES_FILE, sentences))
    blobs = git_blobs(snapshot, [sha for _, sha in wanted])
    yield from sorted(zip((name for name, _ in wanted), blobs, strict=True))


def annotated_sentences(data: bytes) -> dict[str, set[int]]:
    """The annotated sentence numbers of each document, by name ("1_10ecbplus")."""
    found: dict[str, set[int]] = defaultdict(set)
    for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"))):
        found[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return found


def article_of(document: EcbDocument, annotated: set[int]) -> Article:
    """A document's written sentences and the date its header gives, if any."""
    sentences = {
        number: write_sentence([token.text for token in tokens]).text
        for number, tokens in document.sentences().items()
    }
    article = Article(document, sentences, annotated=annotated)
    if document.kind == ECBPLUS:
        for number in sorted(sentences)[1 : 1 + HEADER_LINES]:
            found = date_line(sentences[number])
            if found is not None:
                article.found, article.date_sentence, article.basis = found, number, DATE_LINE
                break
        if article.found is None and 0 in sentences:
            in_address = address_date(sentences[0].replace(" ", ""))
            if in_address is not None:
                article.found, article.basis = FoundDate((in_address,)), ADDRESS
    return article


def date_articles(articles: list[Article]) -> list[Article]:
    """The articles with their publication dates: their own, read nearest the middle of
    their topic's dates where it could be read two ways, else the stand-in (the middle
    date). A topic none of whose articles gives a date is left out."""
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_topic[article.document.topic].append(article)
    dated: list[Article] = []
    for members in by_topic.values():
        sure = [a.found.readings[0] for a in members if a.found and len(a.found.readings) == 1]
        if not sure:
            sure = [a.found.readings[0] for a in members if a.found and a.found.readings]
        if not sure:
            continue
        dated.extend(members)
        middle = date.fromordinal(int(statistics.median_low(d.toordinal() for d in sure)))
        for article in members:
            if article.found is None:
                article.published, article.basis = middle, STAND_IN
            else:
                article.published = article.found.nearest(middle)
    return dated


def article_text(article: Article) -> tuple[str, dict[int, tuple[int, int]]]:
    """The article file's text, and the span of each sentence written in it."""
    assert article.published is not None
    pieces = [article.published.isoformat() + "\n\n"]
    at = len(pieces[0])
    spans: dict[int, tuple[int, int]] = {}
    for number, sentence in sorted(article.sentences.items()):
        if number not in article.annotated and (
            number == article.date_sentence or (article.document.kind == ECBPLUS and number == 0)
        ):
            continue  # the page's address, or the date line the first line replaces
        spans[number] = (at, at + len(sentence))
        pieces.append(sentence + "\n\n")
        at += len(pieces[-1])
    return "".join(pieces).rstrip("\n") + "\n", spans


def seminal_happenings(articles: list[Article]) -> dict[str, dict[str, str]]:
    """Per topic and kind, the happening instance that most of its articles mention."""
    reach: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for article in articles:
        document = article.document
        mentioned = {
            instance
            for number in article.annotated
            for instance in document.instances.get(number, set())
        }
        reach[(document.topic, document.kind)].update(mentioned)
    seminal: dict[str, dict[str, str]] = defaultdict(dict)
    for (topic, kind), counts in reach.items():
        if counts:
            instance, _ = min(counts.items(), key=lambda item: (-item[1], item[0]))
            seminal[topic][kind] = instance
    return seminal


def build(snapshot: Path, cache: Path, *, force: bool = False) -> Path:
    """Write the articles and gold.json under `cache` unless they are current; returns `cache`."""
    stamp = f"{snapshot_version(snapshot)} builder {BUILDER_VERSION}"
    stamp_file = cache / "stamp"
    if not force and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return cache
    files = dict(read_snapshot(snapshot))
    annotated = annotated_sentences(files.pop(SENTENCES_FILE))
    articles = []
    for name, data in files.items():
        document = parse_document(name, data)
        articles.append(article_of(document, annotated.get(document.name, set())))
    articles = date_articles(articles)
    if not articles:
        raise SystemExit(f"{snapshot}: no dated ECB+ documents under {CORPUS_FOLDER}")
    held = held_out_topics(sorted({a.document.topic for a in articles}))
    for part in (DEV, HELD_OUT):
        shutil.rmtree(cache / part, ignore_errors=True)
    records = [_write(article, cache, held) for article in articles]
    seminal = seminal_happenings(articles)
    topics = {
        topic: {"part": HELD_OUT if topic in held else DEV, "seminal": seminal.get(topic, {})}
        for topic in sorted({a.document.topic for a in articles}, key=int)
    }
    gold = {"documents": records, "topics": topics}
    (cache / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    stamp_file.write_text(stamp)
    return cache


def _write(article: Article, cache: Path, held: set[str]) -> dict[str, Any]:
    """Write one article file; its gold record."""
    document = article.document
    text, spans = article_text(article)
    part = HELD_OUT if document.topic in held else DEV
    folder = cache / part / document.topic
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{document.name}.txt").write_text(text, encoding="utf-8")
    sentences = [
        {
            "number": number,
            "start": spans[number][0],
            "end": spans[number][1],
            "instances": sorted(document.instances.get(number, set())),
        }
        for number in sorted(article.annotated)
        if number in spans
    ]
    assert article.published is not None
    return {
        "name": document.name,
        "file": f"{document.name}.txt",
        "topic": document.topic,
        "kind": document.kind,
        "part": part,
        "date": article.published.isoformat(),
        "date_basis": article.basis,
        "sentences": sentences,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", type=Path, default=default_snapshot())
    parser.add_argument("--cache", type=Path, default=default_cache())
    parser.add_argument("--force", action="store_true", help="rebuild even when current")
    args = parser.parse_args()
    if not snapshot_available(args.snapshot):
        raise SystemExit(f"{args.snapshot}: no ECB+ snapshot there")
    cache = build(args.snapshot, args.cache, force=args.force)
    gold = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    print(f"{cache}:")
    for part in (DEV, HELD_OUT):
        records = [record for record in gold["documents"] if record["part"] == part]
        bases = Counter(record["date_basis"] for record in records)
        topics = sum(1 for topic in gold["topics"].values() if topic["part"] == part)
        sentences = sum(len(record["sentences"]) for record in records)
        print(
            f"  {part}: {topics} topics, {len(records)} articles "
            f"({', '.join(f'{n} dated by {basis}' for basis, n in sorted(bases.items()))}), "
            f"{sentences} annotated sentences"
        )


if __name__ == "__main__":
    main()
