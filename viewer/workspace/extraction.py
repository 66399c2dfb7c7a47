"""Extraction with a cache in the project, keyed by each document's content and date.

The heavy part runs on a worker thread from a snapshot of the cache; the project, whose
connection belongs to the GUI thread, is read before and written after.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from viewer.core.annotations import Annotation, Grouping, UserEvent
from viewer.core.model import Document, Event
from viewer.core.workers import WorkerPool
from viewer.store import Project
from viewer.store.cache_reader import CacheReader
from viewer.store.codecs import merge_plan
from viewer.store.codecs.extraction_cache import (
    DateCache,
    cache_version,
    decode_events,
    encode_events,
)
from viewer.workspace.extraction_pool import (
    Arrived,
    Cancelled,
    Progress,
    extract_and_encode,
    extract_many,
)


@dataclass(frozen=True)
class CacheSnapshot:
    """The project's cached results and its re-dated documents, read on the GUI thread."""

    cache: CacheReader  # each document's cached result, looked up from the worker
    corrected: Mapping[str, date]  # publication dates the user corrected, by document id
    merge_plan: str | None = None  # the last merge plan, kept in the project
    # The user's work, so the worker can assemble the timeline as it will be shown.
    annotations: Mapping[str, Annotation] = field(default_factory=dict)
    user_events: Sequence[UserEvent] = ()
    groupings: Sequence[Grouping] = ()
    kept: bytes | None = None  # the timeline kept for these sources, encoded


@dataclass(frozen=True)
class Extraction:
    """One document's events, the cache version they belong to, and a payload not yet cached."""

    version: str
    events: list[Event]
    payload: str | None = None


def cache_snapshot(project: Project, sources: Sequence[str]) -> CacheSnapshot:
    """Everything a worker needs from the project to skip cached documents and assemble the
    timeline; GUI thread."""
    kept = project.kept_timeline()
    return CacheSnapshot(
        project.cache_reader(),
        project.document_dates(),
        project.setting(merge_plan.SETTING),
        project.annotations(),
        project.user_events(),
        project.groupings(),
        kept[1] if kept is not None and kept[0] == list(sources) else None,
    )


def extract_off_thread(
    documents: Sequence[Document],
    snapshot: CacheSnapshot,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    arrived: Arrived | None = None,
    pool: WorkerPool | None = None,
) -> dict[str, Extraction]:
    """Events by document id, from the snapshot or extracted across `pool`'s processes;
    touches no SQLite.

    Once cancelled, the documents not extracted yet are left out. `arrived` hears each
    document's events as they are found, cached ones first.
    """
    ready: dict[str, Extraction] = {}
    todo: list[Document] = []
    dates = DateCache()
    try:
        for doc in documents:
            version = cache_version(doc)
            payload = snapshot.cache.payload(doc.content_hash, version)
            events = decode_events(doc, payload, dates) if payload is not None else None
            if events is None:
                todo.append(doc)
            else:
                ready[doc.id] = Extraction(version, events)
                if arrived is not None:
                    arrived(events)
    finally:
        snapshot.cache.close()
    if progress is not None:
        progress(0, len(todo))
    found = extract_and_encode(
        todo, progress=progress, cancelled=cancelled, arrived=arrived, pool=pool
    )
    for doc, (events, payload) in zip(todo, found, strict=False):
        ready[doc.id] = Extraction(cache_version(doc), events, payload)
    return ready


def extract_all(
    project: Project,
    documents: Sequence[Document],
    ready: Mapping[str, Extraction] | None = None,
) -> dict[str, list[Event]]:
    """Events of each document: made off-thread, cached, or extracted now; caches new ones."""
    result: dict[str, list[Event]] = {}
    fresh: list[tuple[str, str, str]] = []
    missing: list[Document] = []
    dates = DateCache()
    for doc in documents:
        version = cache_version(doc)
        done = ready.get(doc.id) if ready is not None else None
        if done is not None and done.version == version:
            result[doc.id] = done.events
            if done.payload is not None:
                fresh.append((doc.content_hash, version, done.payload))
            continue
        cached = project.cached_extraction(doc.content_hash, version)
        events = decode_events(doc, cached, dates) if cached is not None else None
        if events is None:
            missing.append(doc)
        else:
            result[doc.id] = events
    for doc, events in zip(missing, extract_many(missing), strict=True):
        result[doc.id] = events
        fresh.append((doc.content_hash, cache_version(doc), encode_events(events)))
    if fresh:
        project.cache_extractions(fresh)
    return result
