"""The extracted events merged across sources, before the user's own events, merges and
splits: the slow step of making a timeline, made once per load and kept between rebuilds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from viewer.core.grouping import auto_merge
from viewer.core.merge import plan_merge
from viewer.core.model import Document, Event
from viewer.store import Project
from viewer.store.codecs import merge_plan
from viewer.store.codecs.merge_plan import decode_plan, encode_plan, plan_key
from viewer.workspace.extraction import Extraction, extract_all


def merged_by_plan(events: list[Event], kept_plan: str | None) -> tuple[list[Event], str | None]:
    """The events merged across sources, by the kept plan when it fits them, and the new plan
    to keep when it did not (merging is the slow step of opening a large project)."""
    key = plan_key(events)
    plan = decode_plan(kept_plan, key, len(events))
    if plan is not None:
        return auto_merge(events, plan), None
    plan = plan_merge(events)
    return auto_merge(events, plan), encode_plan(key, plan)


class MergedEvents:
    """The merged events of one workspace's documents; GUI thread, with the project."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._events: list[Event] | None = []  # None: to be made from the cache when needed

    def of(self, documents: Sequence[Document]) -> list[Event]:
        """The merged events: when a reused kept timeline had the user's merges and splits in
        it, made now from the project's cache."""
        if self._events is None:
            self._events = self._merge(documents, extract_all(self._project, documents))
        return self._events

    def reused(self, events: list[Event] | None) -> None:
        """The merged events behind a kept timeline a load reused (None: not known)."""
        self._events = events

    def remerge(self, documents: Sequence[Document]) -> None:
        """Extract (from the cache, mostly) and merge again: publication dates changed."""
        self._events = self._merge(documents, extract_all(self._project, documents))

    def take_load(
        self,
        documents: Sequence[Document],
        extracted: dict[str, Extraction],
        merged: list[Event] | None,
        plan_text: str | None,
    ) -> bool:
        """Cache what a load extracted and take its merge; whether the load's events were all
        used as they were (else they are extracted or merged again here)."""
        events = extract_all(self._project, documents, extracted)
        fresh = merged is not None and all(
            extracted.get(d.id) is not None and extracted[d.id].events is events[d.id]
            for d in documents
        )
        if fresh and merged is not None:
            self._events = merged
            if plan_text is not None:
                self._project.set_setting(merge_plan.SETTING, plan_text)
        else:
            self._events = self._merge(documents, events)
        # Not kept: the merged events hold every passage, and a re-merge reads the cache.
        extracted.clear()
        return fresh

    def _merge(
        self, documents: Sequence[Document], extracted: Mapping[str, list[Event]]
    ) -> list[Event]:
        """Merge every document's events across sources: redone only when extraction
        changes, never for a user's merge or split."""
        events = [e for doc in documents for e in extracted.get(doc.id, [])]
        merged, plan_text = merged_by_plan(events, self._project.setting(merge_plan.SETTING))
        if plan_text is not None:
            self._project.set_setting(merge_plan.SETTING, plan_text)
        return merged
