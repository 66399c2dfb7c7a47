"""The workspace: a corpus, its events and the project that keeps the user's work, without Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from viewer.core.anchoring import AnchorStatus, reanchor
from viewer.core.annotations import (
    Anchor,
    Annotation,
    GroupAction,
    Grouping,
    UserEvent,
    anchor_for,
)
from viewer.core.effective import Effective, effective
from viewer.core.event_index import EventIndex
from viewer.core.filters import SearchTexts, search_text
from viewer.core.grouping import (
    auto_merge,
    decode_plan,
    encode_plan,
    plan_key,
    user_event,
)
from viewer.core.merge import plan_merge
from viewer.core.model import (
    DocDateBasis,
    Document,
    Event,
    Passage,
    Span,
    passage_id,
)
from viewer.core.timeline import TimelineData
from viewer.core.timeline_bytes import from_bytes as columns_from_bytes
from viewer.core.timeline_bytes import to_bytes as columns_to_bytes
from viewer.corpus import read_corpus, read_document
from viewer.corpus.seeds import seed_folder
from viewer.export import write_csv, write_json, write_timelinejs, write_timelinejs_csv
from viewer.store import Project, ProjectError
from viewer.workspace.anchor_follow import follow_by_reading, follow_moved_passages
from viewer.workspace.annotation_edits import AnnotationEdits
from viewer.workspace.annotation_service import AnnotationChange, AnnotationService
from viewer.workspace.corpus_projects import corpus_project_path
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.export_paths import protected_files, refusal
from viewer.workspace.extraction import (
    MERGE_PLAN,
    CacheSnapshot,
    Extraction,
    cache_snapshot,
    extract_all,
    extract_off_thread,
)
from viewer.workspace.kept_timeline import KeptTimeline, recipe, reread
from viewer.workspace.kept_timeline import decode as decode_kept
from viewer.workspace.kept_timeline import encode as encode_kept
from viewer.workspace.load_progress import LoadProgress, Partial, PartialResults
from viewer.workspace.picked_up import PickedUp, Structure
from viewer.workspace.shown import (
    Shown,
    assemble,
    columns_for,
    present,
    search_texts_for,
    sort_events,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
_NOWHERE = Anchor("", 0, 0, "")  # the anchor of an annotation just deleted, for its columns


# What the user made: annotations by event id, their own events, their merges and splits.
UserWork = tuple[Mapping[str, Annotation], Sequence[UserEvent], Sequence[Grouping]]

# Hears the timeline a project kept, with its index, before any article is read.
Preview = Callable[[KeptTimeline, EventIndex], None]

# A publication date as the file gave it: value, how it was found, its words and where.
FoundDate = tuple[date | None, DocDateBasis, str, Span | None]


def is_project_file(path: Path) -> bool:
    """Whether a path names a project rather than an article."""
    if path.suffix == ".tlproj":
        return True
    if not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


@dataclass
class Loaded:
    """What the heavy part of loading produced, ready to install on the GUI thread."""

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
    reused: bool = False  # `shown` is the kept timeline: nothing was extracted or merged


class Workspace(AnnotationEdits):
    """A corpus with its events and the project that keeps every annotation."""

    def __init__(self, project: Project, sources: list[Path]) -> None:
        self.project = project
        self.sources = sources
        self.documents: list[Document] = []
        self.documents_by_id: dict[str, Document] = {}
        self.events: list[Event] = []
        self.problems: list[str] = []
        # The one owner of annotations: reads, field-level writes, other sessions' changes.
        self.annotation_service = AnnotationService(project)
        self.annotation_service.subscribe(self._annotations_changed)
        self._structure = Structure()  # the user's events, merges, splits and dates, as shown
        self._orphans: list[Annotation] = []
        self._index = EventIndex([])
        self._merged: list[Event] | None = []  # None: to be made from the cache when needed
        self._snapshot: CacheSnapshot | None = None
        self._found_dates: dict[str, FoundDate] = {}
        # Shown before the articles are read (kept timeline, or a load under way): nothing
        # can be edited, and articles known only by their metadata are read when opened.
        self.reading = False
        self._unread: set[str] = set()
        self._changed_since_kept = False
        self._columns: TimelineData | None = None
        self._searchable: SearchTexts | None = None  # made with the columns

    # opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, paths: Sequence[Path] = (), project_path: Path | None = None) -> Workspace:
        """Open a project and decide which articles it reads; fast, no article is read yet."""
        corpus: list[Path] = []
        for path in paths:
            if not path.exists() and path.suffix != ".tlproj":
                raise WorkspaceError(f"{path}: no such file or folder")
            if is_project_file(path):
                if project_path is not None and path != project_path:
                    raise WorkspaceError("give at most one project file")
                if not path.exists():
                    raise WorkspaceError(f"{path}: no such project")
                project_path = path
            else:
                corpus.append(path.resolve())
        try:
            # Named, or the corpus's own: the seeds' default, or one for this folder.
            project = Project.open(project_path or corpus_project_path(corpus))
        except ProjectError as error:
            raise WorkspaceError(str(error)) from None
        if not corpus:
            stored = [Path(s) for s in project.sources()]
            corpus = [p for p in stored if p.exists()] or [seed_folder()]
        return cls(project, corpus)

    def prepare_load(self) -> None:
        """GUI thread, before load(): note what the project has cached, for load() to skip."""
        self._snapshot = cache_snapshot(self.project, self._source_names())

    def load(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        partial: Partial | None = None,
        preview: Preview | None = None,
    ) -> Loaded:
        """Read the articles and, if prepared, extract their events; touches no SQLite, so it
        may run on a worker thread. Cancelled while extracting, it keeps what is done.

        `preview` is handed the timeline the project kept, if any, before any article is
        read; `partial` the events found so far, now and then, while extraction goes on."""
        stop = cancelled or (lambda: False)
        steps = LoadProgress(progress)
        if stop():
            raise WorkspaceError("loading cancelled")
        timeline = None
        if self._snapshot is not None and self._snapshot.kept:
            timeline = decode_kept(self._snapshot.kept)
        if timeline is not None:
            index = EventIndex(timeline.events)
            if preview is not None:
                preview(timeline, index)
        documents, problems = read_corpus(self.sources, progress=steps.reading, cancelled=stop)
        if stop():
            raise WorkspaceError("loading cancelled")
        if not documents:
            detail = problems[0] if problems else "no articles found"
            raise WorkspaceError(f"nothing to show: {detail}")
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is None:
            return Loaded(documents, problems)  # apply() extracts
        found = _found_and_corrected(documents, snapshot.corrected)
        work: UserWork = (snapshot.annotations, snapshot.user_events, snapshot.groupings)
        if timeline is not None:
            reused = _reused(timeline, index, documents, work)
            if reused is not None:
                steps.extracting(0, 0)
                return Loaded(
                    documents,
                    problems,
                    found_dates=found,
                    shown=reused,
                    shown_with=work,
                    merged=_unmerged(reused, work),
                    reused=True,
                )
        del timeline  # not the timeline of these articles, or not made this way
        arrived = PartialResults(partial, documents).arrived if partial is not None else None
        extracted = extract_off_thread(documents, snapshot, steps.extracting, stop, arrived)
        kept = [d for d in documents if d.id in extracted]
        if not kept:
            raise WorkspaceError("loading cancelled")
        if len(kept) < len(documents):
            problems.append(f"{len(documents) - len(kept)} articles not shown: loading cancelled")
        events = [e for d in kept for e in extracted[d.id].events]
        merged, plan_text = _merged(events, snapshot.merge_plan)
        by_id = {d.id: d for d in kept}
        shown = assemble(
            by_id, merged, snapshot.user_events, snapshot.groupings, snapshot.annotations
        )
        return Loaded(kept, problems, extracted, merged, found, plan_text, shown, work)

    def apply(self, loaded: Loaded) -> None:
        """Install the documents, extract their events and attach the user's work."""
        self.documents = loaded.documents
        self.documents_by_id = {d.id: d for d in loaded.documents}
        self.problems = loaded.problems
        # The project remembers its articles only once they have loaded.
        wanted = self._source_names()
        if wanted != self.project.sources():
            self.project.set_sources(wanted)
        self._found_dates = loaded.found_dates | _found_and_corrected(
            self.documents, self.project.document_dates()
        )
        if loaded.reused:
            self._merged = loaded.merged  # None: made from the cache at the first regrouping
            fresh = True
        else:
            fresh = self._merge_loaded(loaded)
        self.annotation_service.load()
        self._structure = Structure.of(self.project)
        self.reading = False
        self._unread = set()
        if fresh and loaded.shown is not None and loaded.shown_with == self._user_work():
            # Assembled on the worker with the user's work, which has not changed since.
            self._install(loaded.shown)
            self._reattach_annotations()
            if loaded.reused:
                # The kept timeline itself: kept again at closing only if a note moved.
                self._changed_since_kept = self._user_work() != loaded.shown_with
        else:
            self._rebuild()

    def _merge_loaded(self, loaded: Loaded) -> bool:
        """Cache what the load extracted and take its merge; whether the load's events were
        all used as they were (else they are extracted or merged again here)."""
        extracted = extract_all(self.project, self.documents, loaded.extracted)
        fresh = loaded.merged is not None and all(
            loaded.extracted.get(d.id) is not None
            and loaded.extracted[d.id].events is extracted[d.id]
            for d in self.documents
        )
        if fresh and loaded.merged is not None:
            self._merged = loaded.merged
            if loaded.plan_text is not None:
                self.project.set_setting(MERGE_PLAN, loaded.plan_text)
        else:
            self._merged = self._merge(extracted)
        # Not kept: the merged events hold every passage, and a re-merge reads the cache.
        loaded.extracted.clear()
        return fresh

    def _user_work(self) -> UserWork:
        project = self.project
        return (project.annotations(), project.user_events(), project.groupings())

    def load_all(self) -> None:
        """Load and apply in one go, for the command line and tests."""
        self.prepare_load()
        self.apply(self.load())

    def kept_columns(self) -> TimelineData | None:
        """The timeline's columns as kept for these articles, to paint before anything else
        is ready; GUI thread, fast. None when there are none (first opening, other articles)."""
        kept = self.project.kept_columns()
        if kept is None or kept[0] != self._source_names():
            return None
        return columns_from_bytes(kept[1])

    def show_kept(
        self, kept: KeptTimeline, index: EventIndex, columns: TimelineData | None = None
    ) -> None:
        """Show the timeline the project kept (from load's `preview`), read-only; articles
        are read one by one as they are opened."""
        self._show_unchecked(kept.documents, kept.events, index, columns)
        self._unread = {d.id for d in kept.documents}
        if columns is not None:
            # Kept passages have no text yet: a search finds titles, notes and tags.
            annotated = [e for e in kept.events if e.id in self.annotation_service.current()]
            self._searchable = search_texts_for(columns, annotated, self.annotations())

    def show_columns(self, columns: TimelineData) -> None:
        """Only the timeline's columns, kept in the project: painted before any event is."""
        self._show_unchecked([], [], EventIndex([]), columns)

    def show_partial(self, documents: list[Document], events: list[Event]) -> None:
        """Show what a load has found so far (not merged yet), while it goes on."""
        self._show_unchecked(documents, events, EventIndex(events))

    def _show_unchecked(
        self,
        documents: list[Document],
        events: list[Event],
        index: EventIndex,
        columns: TimelineData | None = None,
    ) -> None:
        self.reading = True
        self._unread = set()
        self.documents = documents
        self.documents_by_id = {d.id: d for d in documents}
        self.annotation_service.load()
        self._orphans = []
        self.events = list(events)
        self._index = index
        self._columns = columns
        self._searchable = None
        if columns is None:
            self._sort()

    def document(self, document_id: str) -> Document | None:
        """A document with its text: one shown from the kept timeline is read now, alone.
        (Its kept passages stay without their text until the load under way replaces them.)"""
        doc = self.documents_by_id.get(document_id)
        if doc is None or document_id not in self._unread:
            return doc
        self._unread.discard(document_id)
        try:
            fresh = read_document(Path(doc.path))
        except (OSError, ValueError):
            return doc  # shown without its text; the load under way will say what is wrong
        if fresh.content_hash != doc.content_hash:
            return doc  # changed since: its events will be found again by the load
        # What the file says of itself was kept (with the corpus's inferred years and the
        # user's corrections): take only the text and its layout from the new reading.
        doc.text, doc.date_span, doc.visible = fresh.text, fresh.date_span, fresh.visible
        doc.body, doc.boilerplate, doc.header = fresh.body, fresh.boilerplate, fresh.header
        return doc

    def keep_timeline(self) -> None:
        """Keep the timeline shown in the project, for the next opening to paint at once."""
        if self.reading or not self.documents:
            return
        self.project.keep_timeline(
            self._source_names(),
            encode_kept(self.documents, self.events, recipe(*self._user_work())),
            columns_to_bytes(self.timeline_columns()),
        )
        self._changed_since_kept = False

    def _source_names(self) -> list[str]:
        return [str(p) for p in self.sources]

    def close(self) -> None:
        if self._changed_since_kept:
            self.keep_timeline()
        self.project.close()

    # reading ---------------------------------------------------------------------------

    def has_event(self, event_id: str) -> bool:
        return event_id in self._index.by_id

    def event(self, event_id: str) -> Event:
        return self._index.by_id[event_id]

    def annotations(self) -> dict[str, Annotation]:
        """Annotations of events that exist now, keyed by event id."""
        shown = self._index.by_id
        return {k: v for k, v in self.annotation_service.current().items() if k in shown}

    def annotation(self, event_id: str) -> Annotation:
        """The event's annotation, or a fresh one anchored to its primary passage."""
        found = self.annotation_service.current().get(event_id)
        if found is not None:
            return found
        primary = self.event(event_id).primary
        doc = self.document(primary.document_id)
        text = doc.text if doc is not None else ""
        return Annotation(
            event_id, anchor_for(primary.document_id, text, primary.start, primary.end)
        )

    def effective(self, event: Event) -> Effective:
        """The event's date and title as the user sees them: their corrections win."""
        return effective(event, self.annotation_service.get(event.id))

    def timeline_columns(self) -> TimelineData:
        """The events in columns for the timeline view, made once per change of the events;
        the view folds annotation edits into them itself."""
        if self._columns is None:
            self._columns = columns_for(self.events, self.annotations())
            self._searchable = None
        return self._columns

    def search_texts(self) -> SearchTexts:
        """What a search matches, row by row of timeline_columns(); the view keeps it up to
        date with annotation edits itself."""
        columns = self.timeline_columns()
        if self._searchable is None:
            self._searchable = search_texts_for(columns, self.events, self.annotations())
        return self._searchable

    def events_at(self, document_id: str, offset: int) -> list[Event]:
        return self._index.at(document_id, offset)

    def passages_in(self, document_id: str) -> list[tuple[Passage, str]]:
        return self._index.passages_in(document_id)

    def orphans(self) -> list[Annotation]:
        return list(self._orphans)

    # editing ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether the project cannot be written: shown, never changed."""
        return self.project.read_only

    def _annotations_changed(self, changes: Sequence[AnnotationChange]) -> None:
        """Hears every annotation change, this session's or another's, first of all
        listeners: the timeline's columns and search texts follow before any view reads them."""
        self._changed_since_kept = True
        if any("date" in c.fields for c in changes):
            self._sort()  # a corrected date moves its event: columns made again when asked
            return
        for change in changes:
            self._fold_in(change.event_id)

    def _fold_in(self, event_id: str) -> None:
        """One event's annotation into the columns and the search texts, in place."""
        event = self._index.by_id.get(event_id)
        columns = self._columns
        if event is None or columns is None:
            return  # not shown (an orphan's), or the columns are made afresh when asked
        note = self.annotation_service.get(event_id) or Annotation(event_id, _NOWHERE)
        title = effective(event, note).title
        row = columns.index_of(event_id)
        if row < 0 or not columns.update_annotation(note, title):
            self._columns = self._searchable = None
        elif self._searchable is not None:
            self._searchable.replace(row, search_text(event, note, title))

    def pick_up_changes(self) -> PickedUp:
        """What other sessions (another window, an import) saved in the project since this
        one last looked, now shown here: annotations as they are, and the events rebuilt when
        the user's own events, merges, splits or publication dates changed."""
        if self.reading:
            return PickedUp()
        changes = self.annotation_service.pick_up()
        if changes is None:
            return PickedUp()
        now = Structure.of(self.project)
        if now == self._structure:
            return PickedUp(changes)
        if now.document_dates != self._structure.document_dates:
            self._redate(dict(now.document_dates))
        self._rebuild()
        return PickedUp(changes, rebuilt=True)

    def _redate(self, corrected: Mapping[str, date]) -> None:
        """Publication dates as another session corrected them, and the events they date."""
        for doc in self.documents:
            found = self._found_dates.get(doc.id)
            if doc.id in corrected:
                _set_date(doc, corrected[doc.id])
            elif found is not None:
                doc.date, doc.date_basis, doc.date_text, doc.date_span = found
        self._merged = self._merge(extract_all(self.project, self.documents))

    def set_document_date(self, document_id: str, value: date | None) -> date | None:
        """Correct a document's publication date; every relative date in it follows."""
        self._check_editable()
        previous = self.project.document_dates().get(document_id)
        self.project.set_document_date(document_id, value)
        doc = self.documents_by_id[document_id]
        if value is None:
            found = self._found_dates.get(document_id)
            if found is not None:
                doc.date, doc.date_basis, doc.date_text, doc.date_span = found
        else:
            _set_date(doc, value)
        # Every other article's events come back from the project's cache.
        self._merged = self._merge(extract_all(self.project, self.documents))
        self._rebuild()
        return previous

    def add_event(self, document_id: str, start: int, end: int) -> Event:
        """A new event from a passage the user selected, dated by its own words if it has any."""
        self._check_editable()
        doc = self.documents_by_id[document_id]
        if not 0 <= start < end <= len(doc.text):
            raise WorkspaceError("select some article text first")
        draft = user_event(doc, start, end)
        record = UserEvent(
            draft.id, anchor_for(doc.id, doc.text, start, end), draft.date, draft.title
        )
        self.project.save_user_event(record)
        self._rebuild()
        return self.event(draft.id)

    def remove_user_event(self, event_id: str) -> None:
        self._check_editable()
        self.project.delete_user_event(event_id)
        self._rebuild()

    def merge(self, target_id: str, other_id: str) -> list[Grouping]:
        """Join every passage of one event to another; returns what it replaced, for undo."""
        self._check_editable()
        target = self.event(target_id).primary
        moved = self.event(other_id).passages
        return self._regroup(
            [Grouping(_pid(p), GroupAction.JOIN, _pid(target)) for p in moved], moved
        )

    def split(self, event_id: str, passage: Passage) -> list[Grouping]:
        """Take one passage out of its event into an event of its own."""
        self._check_editable()
        del event_id  # the passage says where it is
        return self._regroup([Grouping(_pid(passage), GroupAction.SPLIT)], [passage])

    def restore_groupings(self, passage_ids: Sequence[str], previous: Sequence[Grouping]) -> None:
        """Undo a merge or split: drop the new groupings and put the old ones back."""
        with self.project.batch():
            for pid in passage_ids:
                self.project.delete_grouping(pid)
            for grouping in previous:
                self.project.save_grouping(grouping)
        self._rebuild()

    def _check_editable(self) -> None:
        if self.project.read_only:
            raise WorkspaceError(
                f"{self.project.path.name} is read-only: nothing can be changed or saved in it"
            )
        if self.reading:
            raise WorkspaceError("the articles are still being read: edits wait until they are")

    def _regroup(self, groupings: list[Grouping], passages: Sequence[Passage]) -> list[Grouping]:
        existing = {g.passage_id: g for g in self.project.groupings()}
        previous = [existing[_pid(p)] for p in passages if _pid(p) in existing]
        with self.project.batch():
            for grouping in groupings:
                self.project.save_grouping(grouping)
        self._rebuild()
        return previous

    # exporting -------------------------------------------------------------------------

    def export_csv(self, path: Path, events: Sequence[Event] | None = None) -> int:
        self._check_exportable(path)
        chosen = self.events if events is None else events
        return _exporting(
            path, lambda: write_csv(path, chosen, self.documents_by_id, self.annotations())
        )

    def export_json(self, path: Path, events: Sequence[Event] | None = None) -> int:
        self._check_exportable(path)
        chosen = self.events if events is None else events
        return _exporting(
            path, lambda: write_json(path, chosen, self.documents_by_id, self.annotations())
        )

    def export_timelinejs(
        self, path: Path, events: Sequence[Event] | None = None, *, template_csv: bool = False
    ) -> int:
        """TimelineJS JSON, or its 18-column spreadsheet template, for publishing."""
        self._check_exportable(path)
        chosen = self.events if events is None else events
        writer = write_timelinejs_csv if template_csv else write_timelinejs
        return _exporting(
            path, lambda: writer(path, chosen, self.documents_by_id, self.annotations())
        )

    def _check_exportable(self, path: Path) -> None:
        if self.reading:
            raise WorkspaceError("the articles are still being read: export when they are")
        self.check_exports([("", path)])

    def check_exports(self, outputs: Sequence[tuple[str, Path]]) -> None:
        """Refuse, in one line, exports (option, path) that would write over the project, an
        article the timeline is made from, or one another."""
        articles = [Path(d.path) for d in self.documents]
        reason = refusal(outputs, protected_files(self.project.path, articles))
        if reason is not None:
            raise WorkspaceError(reason)

    # internals -------------------------------------------------------------------------

    def _merge(self, extracted: Mapping[str, list[Event]]) -> list[Event]:
        """Merge every document's events across sources: the slow step, redone only when
        extraction changes, never for a user's merge or split."""
        events = [e for doc in self.documents for e in extracted.get(doc.id, [])]
        merged, plan_text = _merged(events, self.project.setting(MERGE_PLAN))
        if plan_text is not None:
            self.project.set_setting(MERGE_PLAN, plan_text)
        return merged

    def _merged_events(self) -> list[Event]:
        """The events merged across sources, before the user's work: when the kept timeline
        was reused with the user's merges and splits in it, made from the cache now."""
        if self._merged is None:
            self._merged = self._merge(extract_all(self.project, self.documents))
        return self._merged

    def _rebuild(self) -> None:
        self._install(
            assemble(
                self.documents_by_id,
                self._merged_events(),
                self.project.user_events(),
                self.project.groupings(),
                self.annotation_service.current(),
            )
        )
        self._structure = Structure.of(self.project)
        self._reattach_annotations()

    def _install(self, shown: Shown) -> None:
        self.events, self._index, self._columns = shown.events, shown.index, shown.columns
        self._searchable = shown.searchable
        self._changed_since_kept = True

    def _sort(self) -> None:
        sort_events(self.events, self.annotation_service.current())
        self._columns = self._searchable = None

    def _reattach_annotations(self) -> None:
        """Keep each annotation on its passage; what cannot be found again is an orphan."""
        self._orphans = []
        for event_id, note in list(self.annotation_service.current().items()):
            if event_id in self._index.by_id:
                continue
            doc = self.documents_by_id.get(note.anchor.document_id)
            found = reanchor(note.anchor, doc.text) if doc is not None else None
            target = None
            if doc is not None and found is not None and found.status is not AnchorStatus.ORPHANED:
                target = self._index.covering(doc.id, found.anchor)
                if target is None:
                    found, target = follow_by_reading(self._index, doc, found)
            moved = (
                target is not None
                and found is not None
                and target.id not in self.annotation_service.current()
                and self.annotation_service.move(event_id, target.id, found.anchor, found.reason)
            )
            if not moved:
                self._orphans.append(note.with_(orphaned=True))
                continue
            self._sort()  # the moved annotation may date its new event otherwise
        follow_moved_passages(self.annotation_service, self._index, self.documents_by_id)

    def history(self, event_id: str) -> list[str]:
        """What happened to an event's annotation (re-anchored, imported…), oldest first."""
        return [f"{at[:10]} {message}" for at, message in self.project.history(event_id)]


def _pid(passage: Passage) -> str:
    return passage_id(passage.document_id, passage.source_text)


def _merged(events: list[Event], kept_plan: str | None) -> tuple[list[Event], str | None]:
    """The events merged across sources, by the kept plan when it fits them, and the new plan
    to keep when it did not (merging is the slow step of opening a large project)."""
    key = plan_key(events)
    plan = decode_plan(kept_plan, key, len(events))
    if plan is not None:
        return auto_merge(events, plan), None
    plan = plan_merge(events)
    return auto_merge(events, plan), encode_plan(key, plan)


def _reused(
    kept: KeptTimeline, index: EventIndex, documents: list[Document], work: UserWork
) -> Shown | None:
    """The kept timeline as it is to be shown, if it was made of these very articles in the
    way they would be made now; else None. Nothing is extracted or merged for it, and the
    events and index shown meanwhile are the ones it keeps."""
    if not reread(kept, documents, recipe(*work)):
        return None
    return present(list(kept.events), work[0], index)


def _unmerged(shown: Shown, work: UserWork) -> list[Event] | None:
    """The merged events behind a reused timeline: its own events but the user's, unless
    the user's merges and splits are in it (then None: they are made again when needed)."""
    _, user_events, groupings = work
    if groupings:
        return None
    own = {u.id for u in user_events}
    return [e for e in shown.events if e.id not in own]


def _found_and_corrected(
    documents: Sequence[Document], corrected: Mapping[str, date]
) -> dict[str, FoundDate]:
    """Put the user's corrected dates on the documents; return the dates the files gave."""
    found: dict[str, FoundDate] = {}
    for doc in documents:
        if doc.date_basis is DocDateBasis.USER:
            continue  # corrected already, on the worker thread
        found[doc.id] = (doc.date, doc.date_basis, doc.date_text, doc.date_span)
        if doc.id in corrected:
            _set_date(doc, corrected[doc.id])
    return found


def _set_date(doc: Document, value: date) -> None:
    doc.date = value
    doc.date_basis = DocDateBasis.USER
    doc.date_text = value.isoformat()


def _exporting(path: Path, write: Callable[[], int]) -> int:
    try:
        return write()
    except OSError as error:
        raise WorkspaceError(f"{path}: cannot write ({error.strerror or error})") from None
