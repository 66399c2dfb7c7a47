"""Dates scored against the EventStoryLine time links, on the ECB+ development articles.

EventStoryLine (Caselli and Vossen, 2017) annotates ECB+ articles again with time expressions
(TIME_DATE, with a normalised value) and time links: a time that CONTAINS a happening's
mention, or one SIMULTANEOUS with it, says the day it happened. Each such link to a whole day
("2005-06-24") is one gold date, of the sentence the mention is in; those of the sentences
ECB+ annotated are scored (EventStoryLine annotated more). An exported event whose passage
covers most of that sentence holds the mention; its date is right when it is that day. Only
the development topics are read (the held-out ones are left alone).

Prints one line; skips (one line) when the EventStoryLine snapshot is absent.

    python -m bench.esc_dates [--snapshot DIR] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.ecb_corpus import build, default_cache, default_snapshot, snapshot_available
from bench.exported import Export, Passage, run_export
from bench.tempeval_corpus import DEV, git_blobs, listed_files

ANNOTATED = "annotated_data/v1.5"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_NAME = re.compile(r"(?P<name>\d+_\d+(?:ecb|ecbplus))\.xml\.xml")
# A time link that puts a happening within a time: time CONTAINS it, or they are SIMULTANEOUS.
_WITHIN = frozenset({"CONTAINS", "SIMULTANEOUS"})


@dataclass(frozen=True, slots=True)
class GoldDate:
    """The day a happening mentioned in one annotated sentence of an article happened on."""

    file: str
    sentence: int
    day: date


def read_documents(snapshot: Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every EventStoryLine document: "16_1ecbplus", its XML."""
    if (snapshot / ANNOTATED).is_dir():
        for path in sorted((snapshot / ANNOTATED).glob("*/*.xml.xml")):
            yield path.name.removesuffix(".xml.xml"), path.read_bytes()
        return
    wanted: list[tuple[str, str]] = []
    for file_path, sha in listed_files(snapshot, ANNOTATED):
        found = _NAME.fullmatch(file_path.rsplit("/", 1)[-1])
        if found is not None:
            wanted.append((found.group("name"), sha))
    blobs = git_blobs(snapshot, [sha for _, sha in wanted])
    yield from zip((name for name, _ in wanted), blobs, strict=True)


def gold_days(name: str, data: bytes) -> list[tuple[int, date]]:
    """(sentence number, day) of each happening mention a time link puts within a whole day."""
    root = ElementTree.fromstring(data)
    sentence_of = {t.get("t_id"): int(t.get("sentence", "-1")) for t in root.iter("token")}
    days: dict[str, date] = {}
    mentions: dict[str, int] = {}
    for markable in root.find("Markables") or ():
        anchors = [a.get("t_id") for a in markable.iter("token_anchor")]
        m_id = markable.get("m_id", "")
        value = markable.get("value", "")
        if markable.tag == "TIME_DATE" and _DAY.fullmatch(value):
            days[m_id] = date.fromisoformat(value)
        elif "ACTION" in markable.tag and anchors:
            mentions[m_id] = sentence_of.get(anchors[0], -1)
    found: set[tuple[int, date]] = set()
    for link in root.iter("TLINK"):
        if link.get("relType") not in _WITHIN:
            continue
        source, target = link.find("source"), link.find("target")
        if source is None or target is None:
            continue
        ends = (source.get("m_id", ""), target.get("m_id", ""))
        time = next((days[m] for m in ends if m in days), None)
        mention = next((mentions[m] for m in ends if m in mentions), None)
        if time is not None and mention is not None:
            found.add((mention, time))
    return sorted(found)


def score(gold: list[GoldDate], spans: Mapping[tuple[str, int], Passage], export: Export) -> str:
    """The line of figures: right dates among the gold dates whose sentence was exported."""
    held = right = annotated = 0
    for item in gold:
        sentence = spans.get((item.file, item.sentence))
        if sentence is None:
            continue
        annotated += 1
        covering = [(p.overlap(sentence), e) for e in export.events for p in e.passages]
        overlap, event = max(covering, key=lambda pair: pair[0], default=(0, None))
        if event is None or overlap * 2 < len(sentence):
            continue
        held += 1
        day = event.date
        right += day is not None and day.first == day.last == item.day
    share = right / held if held else 0.0
    return (
        f"ESC dates (EventStoryLine time links, ECB+ development): right {share:.2f} "
        f"({right} of {held} held by an exported event; {annotated} gold dates)"
    )


def _annotated_spans(data: Mapping[str, Any]) -> dict[tuple[str, int], Passage]:
    """Each annotated development sentence's span in its article file, by (file, number)."""
    spans: dict[tuple[str, int], Passage] = {}
    for record in data["documents"]:
        if record["part"] == DEV:
            for s in record["sentences"]:
                spans[record["file"], int(s["number"])] = Passage(
                    record["file"], int(s["start"]), int(s["end"])
                )
    return spans


def esc_figures(snapshot: Path, cache: Path) -> None:
    """Print the line of figures, or one saying why there is none."""
    if not snapshot_available(snapshot):
        print(f"ESC dates skipped: no EventStoryLine snapshot at {snapshot}")
        return
    build(snapshot, cache)
    data = json.loads((cache / "gold.json").read_text(encoding="utf-8"))
    spans = _annotated_spans(data)
    files = {file for file, _ in spans}
    gold = [
        GoldDate(f"{name}.txt", sentence, day)
        for name, xml in read_documents(snapshot)
        if f"{name}.txt" in files
        for sentence, day in gold_days(name, xml)
    ]
    print(score(gold, spans, run_export([cache / DEV])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--snapshot", type=Path, default=default_snapshot())
    parser.add_argument("--cache", type=Path, default=default_cache())
    args = parser.parse_args()
    esc_figures(args.snapshot, args.cache)


if __name__ == "__main__":
    main()
