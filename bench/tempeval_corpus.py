"""Rebuild the TempEval-3 event benchmark corpus: TimeBank and AQUAINT as articles the viewer reads.

Source: the public repository jspotter/TempEval-3, files data/TBAQ-cleaned/{TimeBank,AQUAINT}/
*.tml (macOS `._*` resource forks skipped), read from a git snapshot (a bare git directory or
a checkout). Nothing fetched or derived is committed: the articles and their gold go to a cache
folder outside the repository, rebuilt when the snapshot's commit or this builder changes.

Each document becomes `<cache>/<part>/<DOCID>.txt`:

    <TITLE, when the document has one>
    <blank line>
    <creation date, YYYY-MM-DD: a date line the reader takes as the publication date>
    <blank line>
    <the TEXT element, tags removed, trimmed; `` and '' written as “ and ”>

and `<cache>/gold.json` maps every EVENT from its offsets in the TEXT element (`source_start`,
`source_end`) to its offsets in that file (`start`, `end`: `file_text[start:end]` is the
event's words), with its class, whether it is a happening and its gold date
(bench/timeml_gold.py says how both are derived).

Parts: all of AQUAINT (other outlets, 1998-2000) and the TimeBank documents whose SHA-256 of
the document id is 0 modulo 3 are held out, never tuned on; the rest of TimeBank is the
development part.

    python -m bench.tempeval_corpus [--snapshot DIR] [--cache DIR] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.timeml import TmlDocument, parse_tml
from bench.timeml_gold import derive_gold_dates, happening_ids

# A copy of the public repository jspotter/TempEval-3 (a checkout or a bare git directory) is
# looked for in the user's cache folder, or where --snapshot or TEMPEVAL3_SNAPSHOT says.
SNAPSHOT_FOLDER = "TempEval-3"
SNAPSHOT_VARIABLE = "TEMPEVAL3_SNAPSHOT"
CACHE_VARIABLE = "TIMELINE_BENCH_CACHE"
CORPUS_FOLDER = "data/TBAQ-cleaned"
PARTS = ("TimeBank", "AQUAINT")
DEV, HELD_OUT = "dev", "heldout"
# Bump when the articles or the gold change, so that every cache is rebuilt.
BUILDER_VERSION = "3"
_PTB_QUOTES = re.compile(r"``|''")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One .tml file of the snapshot: its corpus (TimeBank or AQUAINT), name and bytes."""

    corpus: str
    name: str
    data: bytes


def default_snapshot() -> Path:
    """$TEMPEVAL3_SNAPSHOT, else TempEval-3 in the benchmark's cache folder."""
    if os.environ.get(SNAPSHOT_VARIABLE):
        return Path(os.environ[SNAPSHOT_VARIABLE])
    return bench_cache() / SNAPSHOT_FOLDER


def default_cache() -> Path:
    """$TIMELINE_BENCH_CACHE, else the user's cache folder: never inside the repository."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    return bench_cache() / "tempeval3"


def bench_cache() -> Path:
    """$XDG_CACHE_HOME (else ~/.cache)/timeline-viewer-bench: the benchmarks' corpora."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline-viewer-bench"


def snapshot_available(snapshot: Path) -> bool:
    return (snapshot / CORPUS_FOLDER).is_dir() or (snapshot / "HEAD").is_file()


def held_out(corpus: str, doc_id: str) -> bool:
    """AQUAINT, and a fixed third of TimeBank chosen by a hash of the document id."""
    if corpus == "AQUAINT":
        return True
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 3 == 0


def snapshot_version(snapshot: Path) -> str:
    """The snapshot's commit for a git directory; for a checkout, a hash of its file list."""
    if (snapshot / CORPUS_FOLDER).is_dir():
        names = sorted(str(p.relative_to(snapshot)) for p in (snapshot / CORPUS_FOLDER).rglob("*"))
        return "checkout-" + hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
    return git_output(snapshot, "rev-parse", "HEAD").decode().strip()


def read_snapshot(snapshot: Path) -> Iterator[SourceFile]:
    """Every TimeBank and AQUAINT .tml file of the snapshot, by corpus and name."""
    if (snapshot / CORPUS_FOLDER).is_dir():
        for corpus in sorted(PARTS):
            for path in sorted((snapshot / CORPUS_FOLDER / corpus).glob("*.tml")):
                if _is_tml(path.name):
                    yield SourceFile(corpus, path.name, path.read_bytes())
        return
    wanted: list[tuple[str, str, str]] = []
    for name, sha in listed_files(snapshot, CORPUS_FOLDER):
        parts = name.split("/")
        if len(parts) == 4 and parts[2] in PARTS and _is_tml(parts[3]):
            wanted.append((parts[2], parts[3], sha))
    blobs = git_blobs(snapshot, [sha for _, _, sha in wanted])
    for (corpus, name, _), data in sorted(zip(wanted, blobs, strict=True)):
        yield SourceFile(corpus, name, data)


def _is_tml(name: str) -> bool:
    """A TimeML file, not the `._` resource fork macOS leaves beside it."""
    return name.endswith(".tml") and not name.startswith("._")


def article_for(document: TmlDocument) -> tuple[str, list[int], int, int]:
    """The article file's text for a document, the map from TEXT offsets to article offsets
    (one entry per TEXT offset, and one past the end), and the body's bounds in the article."""
    text = document.text
    lead = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    header = ""
    if document.title:
        header += document.title + "\n\n"
    if document.creation_time is not None:
        header += document.creation_time.value[:10] + "\n\n"
    mapping = [0] * (len(text) + 1)
    pieces: list[str] = []
    at = len(header)
    position = lead
    for match in _PTB_QUOTES.finditer(text, lead, body_end):
        at = _copy(text, position, match.start(), pieces, mapping, at)
        quote = "“" if match.group() == "``" else "”"
        mapping[match.start()] = mapping[match.start() + 1] = at
        pieces.append(quote)
        at += 1
        position = match.end()
    at = _copy(text, position, body_end, pieces, mapping, at)
    for index in range(body_end, len(text) + 1):
        mapping[index] = at
    for index in range(lead):
        mapping[index] = len(header)
    return header + "".join(pieces) + "\n", mapping, len(header), at


def _copy(text: str, start: int, end: int, pieces: list[str], mapping: list[int], at: int) -> int:
    pieces.append(text[start:end])
    for index in range(start, end):
        mapping[index] = at + index - start
    return at + end - start


def document_gold(source: SourceFile) -> tuple[str, dict[str, Any]]:
    """A source file's article text and its gold record for gold.json."""
    document = parse_tml(source.data)
    doc_id = document.doc_id or source.name.removesuffix(".tml")
    article, mapping, body_start, body_end = article_for(document)
    dates = derive_gold_dates(document)
    happenings = happening_ids(document)
    events = []
    for event in document.events:
        gold = dates.get(event.eid)
        events.append(
            {
                "eid": event.eid,
                "source_start": event.start,  # in the TEXT element's text, tags removed
                "source_end": event.end,
                "start": mapping[event.start],
                "end": mapping[event.end],
                "text": article[mapping[event.start] : mapping[event.end]],
                "class": event.event_class,
                "happening": event.eid in happenings,
                "gold": None
                if gold is None
                else {
                    "first": gold.bound.first.isoformat(),
                    "last": gold.bound.last.isoformat(),
                    "precision": gold.bound.precision,
                    "value": gold.value,
                    "tid": gold.tid,
                    "hops": gold.hops,
                    "creation_time": gold.creation_time,
                },
            }
        )
    part = HELD_OUT if held_out(source.corpus, doc_id) else DEV
    record = {
        "doc_id": doc_id,
        "corpus": source.corpus,
        "part": part,
        "file": f"{doc_id}.txt",
        "creation_time": document.creation_time.value[:10] if document.creation_time else "",
        "body_start": body_start,
        "body_end": body_end,
        "events": events,
    }
    return article, record


def build(snapshot: Path, cache: Path, *, force: bool = False) -> Path:
    """Write the articles and gold.json under `cache` unless they are current; returns `cache`."""
    stamp = f"{snapshot_version(snapshot)} builder {BUILDER_VERSION}"
    stamp_file = cache / "stamp"
    if not force and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return cache
    for part in (DEV, HELD_OUT):
        (cache / part).mkdir(parents=True, exist_ok=True)
        for old in (cache / part).glob("*.txt"):
            old.unlink()
    records = []
    for source in read_snapshot(snapshot):
        article, record = document_gold(source)
        (cache / record["part"] / record["file"]).write_text(article, encoding="utf-8")
        records.append(record)
    if not records:
        raise SystemExit(f"{snapshot}: no TimeBank or AQUAINT .tml files under {CORPUS_FOLDER}")
    (cache / "gold.json").write_text(json.dumps({"documents": records}), encoding="utf-8")
    stamp_file.write_text(stamp)
    return cache


def git_output(snapshot: Path, *args: str) -> bytes:
    command = ["git", f"--git-dir={snapshot}", *args]
    return subprocess.run(command, check=True, capture_output=True).stdout


def listed_files(snapshot: Path, folder: str) -> list[tuple[str, str]]:
    """(path, blob id) of every file under `folder` in the snapshot's newest commit."""
    listing = git_output(snapshot, "ls-tree", "-r", "-z", "HEAD", "--", folder)
    found: list[tuple[str, str]] = []
    for entry in listing.decode().split("\0"):
        if entry:
            meta, path = entry.split("\t", 1)
            found.append((path, meta.split()[2]))
    return found


def git_blobs(snapshot: Path, shas: list[str]) -> list[bytes]:
    """The contents of many blobs through one `git cat-file --batch`."""
    command = ["git", f"--git-dir={snapshot}", "cat-file", "--batch"]
    output = subprocess.run(
        command,
        input="".join(f"{sha}\n" for sha in shas).encode(),
        check=True,
        capture_output=True,
    ).stdout
    blobs: list[bytes] = []
    at = 0
    for _ in shas:
        newline = output.index(b"\n", at)
        header = output[at:newline].split()
        if len(header) != 3:
            raise SystemExit(f"{snapshot}: cannot read {header[0].decode()} from the snapshot")
        size = int(header[2])
        blobs.append(output[newline + 1 : newline + 1 + size])
        at = newline + 1 + size + 1
    return blobs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", type=Path, default=default_snapshot())
    parser.add_argument("--cache", type=Path, default=default_cache())
    parser.add_argument("--force", action="store_true", help="rebuild even when current")
    args = parser.parse_args()
    if not snapshot_available(args.snapshot):
        raise SystemExit(f"{args.snapshot}: no TempEval-3 snapshot there")
    cache = build(args.snapshot, args.cache, force=args.force)
    gold = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    print(f"{cache}:")
    for part in (DEV, HELD_OUT):
        records = [record for record in gold["documents"] if record["part"] == part]
        events = [event for record in records for event in record["events"]]
        dated = [event for event in events if event["happening"] and event["gold"]]
        by_creation = sum(event["gold"]["creation_time"] for event in dated)
        chained = sum(event["gold"]["hops"] > 1 for event in dated)
        print(
            f"  {part}: {len(records)} articles, {len(events)} events, "
            f"{sum(event['happening'] for event in events)} happenings, {len(dated)} dated "
            f"({by_creation} by the creation time, {chained} through other events)"
        )


if __name__ == "__main__":
    main()
