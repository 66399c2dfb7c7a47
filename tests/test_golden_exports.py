"""The seeds' exports are golden: they change only with a bump of the extractor's or the
merge's version (viewer/core/versions.py), and the failure says which.

tests/golden/ holds what the seeds give: each article's events as extracted
(seeds_extracted.json), the timeline's events once merged (seeds_merged.json), the CSV and
JSON exports (seeds.csv, seeds.json, whose article paths are made relative) and the versions
they were made with (versions.json). A change of extraction needs a new EXTRACTOR_VERSION (or
projects would reuse their cached extractions), a change of merging a new MERGE_VERSION (or
they would reuse their merge plans); a change of the exports alone is a change of a writer.

After a deliberate change (the extractor is tuned often), bump the version the failure names,
then write the golden files again and read their diff before committing it:

    .venv/bin/python -m pytest tests/test_golden_exports.py --write-golden
    git diff --stat tests/golden/

Writing refuses while a change still needs its bump.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import Dating, Event
from viewer.core.versions import EXTRACTOR_VERSION, MERGE_VERSION
from viewer.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).parent / "golden"
WRITE = ".venv/bin/python -m pytest tests/test_golden_exports.py --write-golden"
VERSIONS = "viewer/core/versions.py"


def _event(e: Event) -> dict[str, Any]:
    """An event as plain data: what the extractor and the merge decide of it."""
    datings = [e.dating_of(k) for k in range(len(e.passages))]
    return {
        "id": e.id,
        "date": [e.date.first.isoformat(), e.date.last.isoformat(), e.date.precision.value],
        "date_text": e.date_text,
        "basis": e.date_basis.value,
        "title": e.title,
        "passages": [[p.document_id, p.start, p.end, p.text] for p in e.passages],
        "datings": [_dating(d) for d in datings],
        "confidence": [round(e.event_confidence, 3), round(e.date_confidence, 3)],
        "merge_reason": e.merge_reason,
        "date_conflict": e.date_conflict,
    }


def _dating(d: Dating) -> list[Any]:
    origin = [d.origin.start, d.origin.end] if d.origin else None
    value = [d.value.first.isoformat(), d.value.last.isoformat(), d.value.precision.value]
    return [*value, d.basis.value, d.text, round(d.confidence, 3), origin]


def _made_now(tmp_path: Path) -> dict[str, Any]:
    """Every golden file's content as the code makes it now, by file name."""
    workspace = Workspace.open([SEEDS], tmp_path / "seeds.tlproj")
    workspace.load_all()
    extracted = {d.id: [_event(e) for e in extract_events(d)] for d in workspace.documents}
    merged = [_event(e) for e in workspace.events]
    workspace.export_csv(tmp_path / "seeds.csv")
    workspace.export_json(tmp_path / "seeds.json")
    workspace.close()
    exported = json.loads((tmp_path / "seeds.json").read_text(encoding="utf-8"))
    for document in exported["documents"]:
        document["path"] = Path(document["path"]).relative_to(ROOT).as_posix()
    return {
        "versions.json": {"extractor": EXTRACTOR_VERSION, "merge": MERGE_VERSION},
        "seeds_extracted.json": extracted,
        "seeds_merged.json": merged,
        "seeds.json": exported,
        "seeds.csv": (tmp_path / "seeds.csv").read_bytes(),
    }


def _kept(name: str) -> Any:
    path = GOLDEN / name
    if not path.exists():
        return None
    if name.endswith(".csv"):
        return path.read_bytes()
    return json.loads(path.read_text(encoding="utf-8"))


def _write(made: dict[str, Any]) -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name, content in made.items():
        if isinstance(content, bytes):
            (GOLDEN / name).write_bytes(content)
        else:
            text = json.dumps(content, ensure_ascii=False, indent=1) + "\n"
            (GOLDEN / name).write_text(text, encoding="utf-8")


def _changed_events(kept: Any, made: Any) -> str:
    """Which events differ, in a few words."""

    def by_id(events: Any) -> dict[str, Any]:
        if isinstance(events, dict):  # extracted: by article
            return {e["id"]: e for article in events.values() for e in article}
        return {e["id"]: e for e in events or []}

    old, new = by_id(kept), by_id(made)
    changed = sorted(k for k in old.keys() & new.keys() if old[k] != new[k])
    parts = [
        f"{len(new.keys() - old.keys())} new",
        f"{len(old.keys() - new.keys())} gone",
        f"{len(changed)} changed" + (f" (first {', '.join(changed[:3])})" if changed else ""),
    ]
    return ", ".join(parts)


def _what_needs_a_bump(kept: dict[str, Any], made: dict[str, Any]) -> str | None:
    """The failure when the seeds' extraction or merge changed while its version did not."""
    versions = kept["versions.json"] or {}
    extraction_changed = kept["seeds_extracted.json"] != made["seeds_extracted.json"]
    if extraction_changed and versions.get("extractor") == EXTRACTOR_VERSION:
        change = _changed_events(kept["seeds_extracted.json"], made["seeds_extracted.json"])
        return (
            f"the seeds' extraction changed ({change}) but EXTRACTOR_VERSION is still "
            f"{EXTRACTOR_VERSION}: bump it in {VERSIONS}, or projects reuse their cached "
            f"extractions; then `{WRITE}`"
        )
    # A new extraction merges otherwise too: the merge is judged on the same extraction only.
    merge_changed = kept["seeds_merged.json"] != made["seeds_merged.json"]
    if not extraction_changed and merge_changed and versions.get("merge") == MERGE_VERSION:
        change = _changed_events(kept["seeds_merged.json"], made["seeds_merged.json"])
        return (
            f"the seeds' merge changed ({change}) but MERGE_VERSION is still "
            f"{MERGE_VERSION}: bump it in {VERSIONS}, or projects reuse their merge plans; "
            f"then `{WRITE}`"
        )
    return None


def test_the_seeds_exports_are_golden(tmp_path: Path, write_golden: bool) -> None:
    made = _made_now(tmp_path)
    kept = {name: _kept(name) for name in made}
    needs_a_bump = _what_needs_a_bump(kept, made)
    if needs_a_bump is not None:
        pytest.fail(needs_a_bump + (" (nothing was written)" if write_golden else ""))
    if write_golden:
        _write(made)
        return
    if kept["versions.json"] != made["versions.json"]:
        pytest.fail(
            f"the golden files were made with {kept['versions.json']}, the code is at "
            f"{made['versions.json']}: write them again with `{WRITE}` and read their diff"
        )
    for name in ("seeds.csv", "seeds.json"):
        assert kept[name] == made[name], (
            f"the seeds' {name} export changed while their extraction and merge did not: a "
            f"writer changed. If that was meant, `{WRITE}` and read the diff"
        )
