"""Loading a corpus: a pure function of what the project held when the load began.

`load_inputs` reads the project on the GUI thread; `run_load` reads the articles, extracts
and merges their events on any thread, touching neither SQLite nor the workspace on screen;
the workspace then installs its result on the GUI thread (Workspace.apply).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.annotations import Annotation, Grouping, UserEvent
from viewer.core.event_index import EventIndex
from viewer.core.model import Document, Event, Passage
from viewer.core.visible import VisibleText
from viewer.core.workers import WorkerPool
from viewer.corpus import read_corpus
from viewer.corpus.errors import cancelled_line
from viewer.store import Project
from viewer.store.codecs import kept_timeline
from viewer.store.codecs.kept_timeline import KeptTimeline
from viewer.store.codecs.recipe import timeline_recipe
from viewer.workspace.document_dates import FoundDate, found_and_corrected
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.extraction import CacheSnapshot, Extraction, cache_snapshot
from viewer.workspace.extraction import extract_off_thread as extract_events
from viewer.workspace.kept_timeline import fits
from viewer.workspace.load_progress import LoadProgress, Partial, PartialResults
from viewer.workspace.merged_events import merged_by_plan
from viewer.workspace.renamed_articles import renamed_articles
from viewer.workspace.shown import Shown, assemble, present

# What the user made: annotations by event id, their own events, their merges and splits.
UserWork = tuple[Mapping[str, Annotation], Sequence[UserEvent], Sequence[Grouping]]

# Hears the timeline a project kept, with its index, before any article is read.
Preview = Callable[[KeptTimeline, EventIndex], None]


@dataclass(frozen=True)
class LoadInputs:
    """Everything a load needs, read from the project on the GUI thread before it starts."""

    sources: tuple[Path, ...]
    snapshot: CacheSnapshot


@dataclass
class Loaded:
    """What a load produced, ready for the workspace to install on the GUI thread."""

    documents: list[Document]
    problems: list[str] = field(default_factory=list)
    extracted: dict[str, Extraction] = field(default_factory=dict)  # by document id
    # The extracted events merged across sources; None with the kept timeline reused, when
    # the user's merges and splits are in it: then made again from the cache if needed.
    merged: list[Event] | None = None
    found_dates: dict[str, FoundDate] = field(default_factory=dict)  # before any correction
    plan_text: str | None = None  # a new merge plan for the project to keep
    shown: Shown | None = None  # the merged events with the user's work, ready to show
    shown_with: UserWork | None = None  # the user's work `shown` was assembled with
    # The kept timeline is the timeline: nothing was extracted or merged. Its passages are
    # read in these texts when it is installed (they may be on screen until then).
    reused_texts: dict[str, VisibleText] | None = None
    renamed: dict[str, str] = field(default_factory=dict)  # articles renamed: old id -> new

    @property
    def reused(self) -> bool:
        return self.reused_texts is not None


def load_inputs(project: Project, sources: Sequence[Path]) -> LoadInputs:
    """What the project holds for a load of these sources; GUI thread, which owns it."""
    return LoadInputs(tuple(sources), cache_snapshot(project, [str(p) for p in sources]))


def run_load(
    inputs: LoadInputs,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    partial: Partial | None = None,
    preview: Preview | None = None,
    searchable: bool = True,
) -> Loaded:
    """Read the articles and make their timeline; cancelled while extracting, it keeps what
    is done. Touches no SQLite and no workspace: it runs on a worker thread.

    `preview` is handed the timeline the project kept, if any, before any article is read;
    `partial` the events found so far, now and then, while extraction goes on. With
    `searchable` False, what a search matches is left to be made when first asked for (a
    load with no window: an export never searches)."""
    stop = cancelled or (lambda: False)
    steps = LoadProgress(progress)
    if stop():
        raise WorkspaceError("loading cancelled")
    snapshot = inputs.snapshot
    kept = _kept_shown(snapshot.kept, preview)
    known = snapshot.cache.known_ids()  # the name each text was read under before
    # One pool of worker processes reads the articles, then extracts their events.
    with WorkerPool() as pool:
        documents, problems = read_corpus(
            list(inputs.sources),
            progress=steps.reading,
            cancelled=stop,
            pool=pool,
            known_ids=known,  # one keeps its name: reader.py
        )
        if stop():
            raise WorkspaceError("loading cancelled")
        if not documents:
            detail = problems[0] if problems else "no articles found"
            raise WorkspaceError(f"nothing to show: {detail}")
        found = found_and_corrected(documents, snapshot.corrected)
        work: UserWork = (snapshot.annotations, snapshot.user_events, snapshot.groupings)
        if kept is not None:
            texts = fits(kept[0], documents, timeline_recipe(*work))
            if texts is not None:
                steps.extracting(0, 0)
                reading = _reading_in(texts)
                shown = present(list(kept[0].events), work[0], kept[1], reading, searchable)
                merged = merged_behind(shown, work)
                return Loaded(documents, problems, {}, merged, found, None, shown, work, texts)
        del kept  # not the timeline of these articles, or not made this way: let it go
        arrived = PartialResults(partial, documents).arrived if partial is not None else None
        extracted = extract_events(documents, snapshot, steps.extracting, stop, arrived, pool)
    # The workers are gone before the merge, which needs the memory most.
    loaded = Loaded(documents, problems, extracted, found_dates=found, shown_with=work)
    loaded.renamed = renamed_articles(known, documents)
    return _merged_and_assembled(loaded, snapshot, searchable)


def _merged_and_assembled(loaded: Loaded, snapshot: CacheSnapshot, searchable: bool) -> Loaded:
    """A load's extractions merged across sources (by the kept plan when it fits) and
    assembled with the user's work; only the documents extracted before a cancel."""
    done = [d for d in loaded.documents if d.id in loaded.extracted]
    if not done:
        raise WorkspaceError("loading cancelled")
    if len(done) < len(loaded.documents):
        cancelled = len(loaded.documents) - len(done)
        loaded.problems.append(cancelled_line(cancelled))
    loaded.documents = done
    events = [e for d in done for e in loaded.extracted[d.id].events]
    loaded.merged, loaded.plan_text = merged_by_plan(events, snapshot.merge_plan)
    by_id = {d.id: d for d in done}
    loaded.shown = assemble(
        by_id,
        loaded.merged,
        snapshot.user_events,
        snapshot.groupings,
        snapshot.annotations,
        searchable,
    )
    return loaded


def _kept_shown(
    data: bytes | None, preview: Preview | None
) -> tuple[KeptTimeline, EventIndex] | None:
    """The timeline the project kept, decoded and indexed, handed to `preview` before any
    article is read; None when there is none or it cannot be read."""
    kept = kept_timeline.decode(data) if data else None
    if kept is None:
        return None
    index = EventIndex(kept.events)
    if preview is not None:
        # Documents of its own for the window, which reads them as they are opened.
        own = [copy.copy(d) for d in kept.documents]
        preview(KeptTimeline(own, kept.events, kept.made_with), index)
    return kept, index


def merged_behind(shown: Shown, work: UserWork) -> list[Event] | None:
    """The merged events behind a reused timeline: its own events but the user's, unless
    the user's merges and splits are in it (then None: they are made again when needed)."""
    _, user_events, groupings = work
    if groupings:
        return None
    own = {u.id for u in user_events}
    return [e for e in shown.events if e.id not in own]


def _reading_in(texts: Mapping[str, VisibleText]) -> Callable[[Passage], str]:
    """A kept passage's text as it reads in its document, before the passage is given it."""
    return lambda p: texts[p.document_id].reading(p.start, p.end)
