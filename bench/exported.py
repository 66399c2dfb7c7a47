"""What the event scorers read from the viewer: its JSON export, through its command line."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The copy of the package with its reader and core compiled (`make compiled`), as the bundle
# runs them; built once its build has marked it so.
COMPILED = ROOT / "build" / "compiled"
# The folder whose package the exports run: the source tree, or with this set (bench.events
# --compiled) the compiled copy.
PACKAGE_VARIABLE = "TIMELINE_BENCH_PACKAGE"


def compiled_built() -> bool:
    """Whether the compiled copy is there to run."""
    return (COMPILED / ".built").is_file()


@dataclass(frozen=True, slots=True)
class Passage:
    """A half-open span of characters in one article file, named by its file name."""

    file: str
    start: int
    end: int

    def overlap(self, other: Passage) -> int:
        if self.file != other.file:
            return 0
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date as an interval of days, both ends inclusive, with its stated precision."""

    first: date
    last: date
    precision: str

    def within(self, other: DateSpan) -> bool:
        """True when every day of this date lies inside `other`: agreement at its precision."""
        return other.first <= self.first and self.last <= other.last

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()} ({self.precision})"


@dataclass(frozen=True, slots=True)
class ExportedEvent:
    """One exported event: its passages (primary first), date, how it was dated, its title
    and the words of its primary passage as a reader sees them; the extractor's confidence
    that it is a reported happening, and how many articles report it."""

    event_id: str
    passages: tuple[Passage, ...]
    date: DateSpan | None
    basis: str
    date_text: str
    title: str
    words: str = ""
    confidence: float = math.nan
    sources: int = 1


@dataclass(frozen=True, slots=True)
class Export:
    """A whole export: the events, each article's publication date by file name, and how
    many passages' offsets do not point at their words in the file (should be none)."""

    events: tuple[ExportedEvent, ...]
    published: Mapping[str, date | None]
    misplaced: int = 0

    def warn_misplaced(self, where: str) -> None:
        """Say so when passages' offsets miss their words: they are matched by offsets."""
        if self.misplaced:
            print(
                f"warning: {self.misplaced} exported passages' offsets do not point at their "
                f"words in their files ({where}); passages are matched by offsets"
            )


def date_span(first: str, last: str, precision: str) -> DateSpan | None:
    """A date from the export's `date`, `date_end` and `precision` cells; None if undated."""
    if not first:
        return None
    start = date.fromisoformat(first)
    end = date.fromisoformat(last) if last else start
    return DateSpan(start, end, precision or "day")


def read_export(data: Mapping[str, Any]) -> Export:
    """The parts of a `python -m viewer export --json` document that scoring needs."""
    files: dict[str, str] = {}
    published: dict[str, date | None] = {}
    for document in data["documents"]:
        files[document["id"]] = document["file"]
        published[document["file"]] = (
            date.fromisoformat(document["date"]) if document.get("date") else None
        )
    events = []
    for event in data["events"]:
        passages = tuple(
            Passage(files.get(p["document"], p["document"]), int(p["start"]), int(p["end"]))
            for p in event["passages"]
        )
        events.append(
            ExportedEvent(
                event_id=str(event["event_id"]),
                passages=passages,
                date=date_span(
                    event.get("date", ""), event.get("date_end", ""), event.get("precision", "")
                ),
                basis=str(event.get("date_basis", "")),
                date_text=str(event.get("date_text", "")),
                title=str(event.get("title", "")),
                words=str(event["passages"][0].get("text", "")) if event["passages"] else "",
                confidence=float(event.get("event_confidence", math.nan)),
                sources=int(event.get("source_count", 1)),
            )
        )
    return Export(tuple(events), published, _misplaced(data))


def _misplaced(data: Mapping[str, Any]) -> int:
    """Passages whose `start`/`end` in their file do not hold their text's letters and digits
    (the text is shown without markup, so only letters and digits are compared)."""
    paths = {document["id"]: document.get("path", "") for document in data["documents"]}
    texts: dict[str, str | None] = {}
    wrong = 0
    for event in data["events"]:
        for passage in event["passages"]:
            path = paths.get(passage["document"], "")
            if path not in texts:
                texts[path] = _file_text(Path(path)) if path else None
            text = texts[path]
            if text is None:
                continue
            found = text[int(passage["start"]) : int(passage["end"])]
            wrong += _letters(found) != _letters(str(passage.get("text", found)))
    return wrong


def _file_text(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", newline="") as file:
            return file.read()
    except (OSError, UnicodeDecodeError):
        return None


def _letters(text: str) -> str:
    return "".join(character for character in text if character.isalnum())


def run_export(paths: Sequence[Path]) -> Export:
    """`python -m viewer export PATH… --json OUT` as a user runs it (no PATH: the seeds)."""
    with tempfile.TemporaryDirectory(prefix="timeline-events-") as scratch:
        out = Path(scratch) / "export.json"
        command = [sys.executable, "-m", "viewer", "export", *map(str, paths), "--json", str(out)]
        env = dict(os.environ, XDG_DATA_HOME=scratch, XDG_CONFIG_HOME=scratch)
        package = os.environ.get(PACKAGE_VARIABLE) or ROOT
        done = subprocess.run(command, cwd=package, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"export failed: {' '.join(command)}\n{done.stderr.strip()}")
        return read_export(json.loads(out.read_text(encoding="utf-8")))
