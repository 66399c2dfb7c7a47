"""A project written before the formats were gathered in store/codecs opens with all the
user's work, and what it kept for speed (timeline, columns, cache, merge plan) still reads.

fixtures/seeds-written-by-4d1e2aa.tlproj was written by commit 4d1e2aa (schema 3, extractor
10, merge 5, kept timeline format 4, columns format 3, cache codec 2) on the seeds: two
annotations (the event "met in Bucharest" confirmed, starred, tagged, noted and retitled; the
one of "Keep calm and give tanks" disputed and re-dated), the second event merged into the
first, the first article's date corrected to 29 June 2022, an event of the user's own with a
note, two named views, a display of key events in lanes by source, then the timeline kept.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.core.lanes import LaneKind
from viewer.core.model import DateValue
from viewer.core.timeline_display import TimelineDisplay
from viewer.corpus import read_corpus
from viewer.store import Project
from viewer.store.codecs import kept_timeline, timeline_columns
from viewer.store.codecs.extraction_cache import decode_events
from viewer.store.codecs.merge_plan import decode_plan
from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
WRITTEN = Path(__file__).parent / "fixtures" / "seeds-written-by-4d1e2aa.tlproj"
KEPT_EVENTS = 64  # what the timeline showed when it was kept


def _moved_here(tmp_path: Path) -> Path:
    """The project as if its articles were where this checkout keeps the seeds."""
    project = tmp_path / "old.tlproj"
    shutil.copyfile(WRITTEN, project)
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE sources SET path = ?", (str(SEEDS),))
        conn.execute("UPDATE kept_timeline SET sources = ?", (json.dumps([str(SEEDS)]),))
    return project


def _event_with(workspace: Workspace, words: str) -> str:
    (found,) = [e.id for e in workspace.events if any(words in p.text for p in e.passages)]
    return found


def test_the_users_work_is_all_there(tmp_path: Path) -> None:
    workspace = Workspace.open([SEEDS], _moved_here(tmp_path))
    workspace.load_all()
    bucharest = workspace.event(_event_with(workspace, "met in Bucharest"))
    assert any("Keep calm and give tanks" in p.text for p in bucharest.passages)  # the merge
    note = workspace.annotation(bucharest.id)
    assert note.note == "Check the date against the NATO release"
    assert note.tags == ("nato", "summit")
    assert (note.status, note.starred) == (Status.CONFIRMED, True)
    assert workspace.effective(bucharest).title == "Ministers meet in Bucharest"
    (own,) = [e for e in workspace.events if e.id.startswith("u")]
    assert workspace.annotation(own.id).note == "my own event"
    first = workspace.documents[0]
    assert first.id.startswith("000_") and first.date == date(2022, 6, 29)
    # The re-dated event's annotation: its event merged into another, it is kept as an orphan.
    (orphan,) = workspace.orphans()
    assert (orphan.date, orphan.status) == (DateValue.day(date(2022, 11, 28)), Status.DISPUTED)
    assert workspace.named_views() == {
        "Summit": Filter(text="madrid", date_from=date(2022, 6, 1)),
        "Troops": Filter(text="troops", starred_only=True),
    }
    assert workspace.timeline_display() == TimelineDisplay(True, 0.4, LaneKind.SOURCE)
    workspace.close()


def test_what_it_kept_for_speed_still_reads(tmp_path: Path) -> None:
    project = _moved_here(tmp_path)
    with Project.open(project) as store:
        kept_columns, kept_events = store.kept_columns(), store.kept_timeline()
    assert kept_columns is not None and kept_events is not None
    columns = timeline_columns.from_bytes(kept_columns[1])
    assert columns is not None and len(columns.ids) == KEPT_EVENTS
    kept = kept_timeline.decode(kept_events[1])
    assert kept is not None and len(kept.events) == KEPT_EVENTS
    assert [d.id[:4] for d in kept.documents] == ["000_", "001_", "002_", "003_", "004_"]
    documents, _ = read_corpus([SEEDS])
    by_hash = {d.content_hash: d for d in documents}
    with sqlite3.connect(project) as conn:
        cached = conn.execute("SELECT content_hash, payload FROM extraction_cache").fetchall()
        (plan,) = conn.execute("SELECT value FROM settings WHERE key = 'merge-plan'").fetchone()
    assert len(cached) == len(documents)
    extracted = []
    for content_hash, payload in cached:
        events = decode_events(by_hash[content_hash], payload)
        assert events, content_hash
        extracted += events
    groups = decode_plan(plan, json.loads(plan)["key"], len(extracted))
    assert groups is not None and any(len(ids) > 1 for ids, _ in groups)
