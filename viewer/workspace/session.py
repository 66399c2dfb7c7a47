"""The workspace: one session's corpus, events and project, for the window and the command
line, without Qt. It lives on the GUI thread: a load runs elsewhere as a pure function
(loading.run_load) and its result is installed here (apply)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from viewer.core.annotations import Anchor, Annotation, Grouping, anchor_for
from viewer.core.effective import Effective, effective
from viewer.core.event_index import EventIndex
from viewer.core.filters import SearchTexts, search_text
from viewer.core.model import DateValue, Document, Event, Passage
from viewer.core.timeline import TimelineData
from viewer.corpus.errors import is_cancelled_line
from viewer.store import Project
from viewer.store.codecs import kept_timeline, timeline_columns
from viewer.store.codecs.kept_timeline import KeptTimeline
from viewer.store.codecs.recipe import timeline_recipe
from viewer.workspace.annotation_edits import AnnotationEdits
from viewer.workspace.annotation_service import AnnotationChange, AnnotationService
from viewer.workspace.article_changes import (
    ArticleChanges,
    changes_between,
    gone_made_told,
    told,
    unapplied_told,
    unplaced_told,
    with_redated,
    with_renamed,
)
from viewer.workspace.corpus_projects import is_corpus_project
from viewer.workspace.document_dates import (
    FoundDate,
    found_and_corrected,
    redate,
)
from viewer.workspace.errors import WorkspaceError, project_errors_told
from viewer.workspace.event_edits import EventEdits
from viewer.workspace.exports import Exports
from viewer.workspace.kept_timeline import read_in
from viewer.workspace.last_selected import keep_selected, kept_selected
from viewer.workspace.loading import Loaded, LoadInputs, UserWork, load_inputs, run_load
from viewer.workspace.merged_events import MergedEvents
from viewer.workspace.opening import SAVED_AS, open_project
from viewer.workspace.orphan_attach import OrphanAttaching
from viewer.workspace.orphans import reattach
from viewer.workspace.picked_up import PickedUp, Structure
from viewer.workspace.renamed_articles import renaming
from viewer.workspace.saved_views import SavedViews
from viewer.workspace.session_state import SessionState, UnreadArticles
from viewer.workspace.shown import (
    Shown,
    assemble,
    columns_for,
    search_texts_for,
    sort_events,
    unplaced,
)

_NOWHERE = Anchor("", 0, 0, "")  # the anchor of an annotation just deleted, for its columns


class Workspace(AnnotationEdits, OrphanAttaching, EventEdits, Exports, SavedViews):
    """A corpus with its events and the project that keeps every annotation."""

    def __init__(self, project: Project, sources: list[Path]) -> None:
        self.project = project
        self.sources = sources
        self.state = SessionState.OPENED
        self.documents: list[Document] = []
        self.documents_by_id: dict[str, Document] = {}
        self.events: list[Event] = []
        self.problems: list[str] = []
        # The one owner of annotations: reads, field-level writes, other sessions' changes.
        self.annotation_service = AnnotationService(project)
        self.annotation_service.subscribe(self._annotations_changed)
        self._unread = UnreadArticles()  # a kept timeline's articles not opened yet
        self._merged = MergedEvents(project)
        self._found_dates: dict[str, FoundDate] = {}
        self._structure = Structure()  # the user's events, merges, splits and dates, as shown
        self._orphans: list[Annotation] = []
        self._index = EventIndex([])
        self._columns: TimelineData | None = None
        self._searchable: SearchTexts | None = None  # made with the columns
        self._changed_since_kept = False
        self.article_changes = ArticleChanges()  # since the timeline shown before the last load
        self.found_elsewhere = ""  # where its work was found when it opened, if not in its own
        self._renamed: dict[str, str] = {}  # articles renamed on disk at the last load
        # The lines of _unapplied_told, with the events and the groupings they were made of.
        self._unapplied: tuple[list[Event], tuple[Grouping, ...], list[str]] | None = None

    @classmethod
    def open(cls, paths: Sequence[Path] = (), project_path: Path | None = None) -> Workspace:
        """Open a project and decide which articles it reads; fast, no article is read yet."""
        project, sources, found = open_project(paths, project_path)
        workspace = cls(project, sources)
        workspace.found_elsewhere = found
        return workspace

    # loading (see loading.py) ----------------------------------------------------------

    @project_errors_told
    def load_inputs(self) -> LoadInputs:
        """What a load of this workspace's articles needs from the project; GUI thread."""
        return load_inputs(self.project, self.sources)

    def load_all(self) -> None:
        """Load and install in one go, for the command line and tests; what a search matches
        is made only if a search asks for it."""
        self.apply(run_load(self.load_inputs(), searchable=False))

    @project_errors_told
    def apply(self, loaded: Loaded) -> None:
        """Install what a load made, cache its extractions and attach the user's work."""
        dated_before = self._compare_articles(loaded)
        self.documents = loaded.documents
        self.documents_by_id = {d.id: d for d in loaded.documents}
        self.problems = loaded.problems
        self.remember_sources()  # the project remembers its articles once they have loaded
        self._follow_renamed(loaded)
        self.article_changes = with_renamed(self.article_changes, self._renamed)
        self._found_dates = loaded.found_dates | found_and_corrected(
            self.documents, self.project.document_dates()
        )
        if loaded.reused_texts is not None and loaded.shown is not None:
            read_in(loaded.shown.events, loaded.reused_texts)
            self._merged.reused(loaded.merged)  # None: made from the cache when needed
            fresh = True
        else:
            fresh = self._merged.take_load(
                self.documents, loaded.extracted, loaded.merged, loaded.plan_text
            )
        self.annotation_service.load()
        self._structure = Structure.of(self.project)
        self.state = SessionState.READY
        self._unread = UnreadArticles()
        if fresh and loaded.shown is not None and loaded.shown_with == self._user_work():
            # Made by the load with the user's work, which has not changed since.
            self._install(loaded.shown)
            self._reattach_annotations()
            if loaded.reused:
                # The kept timeline itself: kept again at closing only if a note moved.
                self._changed_since_kept = self._user_work() != loaded.shown_with
        else:
            self._rebuild()
        if dated_before:
            changes, notes = self.article_changes, self.annotation_service.current()
            self.article_changes = with_redated(changes, dated_before, self.events, notes)

    def _follow_renamed(self, loaded: Loaded) -> None:
        """Articles renamed on disk: the user's events, dates, merges and splits of each go
        to its new name now, its annotations as they are attached again (_reattach)."""
        self._renamed = {} if self.project.read_only else loaded.renamed
        if self._renamed:
            events = (e for done in loaded.extracted.values() for e in done.events)
            ids = renaming(self._renamed, events, self.project.user_events())
            self.project.rename_articles(ids.documents, ids.passages, ids.user_events)

    def _compare_articles(self, loaded: Loaded) -> dict[str, DateValue]:
        """Which articles changed since those shown (as last read, or as the kept timeline
        knew them); the dates of the events shown, if any did, to tell what moved. A load
        cancelled part way compares nothing: the articles it did not read are not gone."""
        cancelled = any(is_cancelled_line(line) for line in loaded.problems)
        if cancelled or self.state not in (SessionState.KEPT, SessionState.READY):
            self.article_changes = ArticleChanges()  # nothing whole to compare with
            return {}
        hashes = {d.id: d.content_hash for d in self.documents}
        self.article_changes = changes_between(hashes, loaded.documents)
        return {e.id: e.date for e in self.events} if self.article_changes else {}

    @project_errors_told
    def remember_sources(self) -> None:
        """The project keeps this workspace's articles as the ones it reads."""
        wanted = self._source_names()
        here = str(self.project.path.absolute().parent)  # a project moved: its new place too
        if wanted != self.project.sources() or self.project.sources_folder() != here:
            self.project.set_sources(wanted)

    @project_errors_told
    def save_project_as(self, target: Path) -> None:
        """Write this project whole to `target`, reading these articles where they are
        (File › Save Project As…); the window then opens it and goes on saving there."""
        if target.absolute() == self.project.path.absolute():
            raise WorkspaceError(f"{target.name} is this project: every edit is saved already")
        self.project.copy_to(target)
        with Project.open(target, create=False) as copy:
            copy.set_sources(self._source_names())  # and its own place, to find them from
        if is_corpus_project(self.project.path):  # the folder opened again opens the copy
            self.project.set_setting(SAVED_AS, str(target.absolute()))

    def kept_columns(self) -> TimelineData | None:
        """The timeline's columns as kept for these articles, to paint before anything else
        is ready; GUI thread, fast. None when there are none (first opening, other articles)."""
        kept = self.project.kept_columns()
        if kept is None or kept[0] != self._source_names():
            return None
        return timeline_columns.from_bytes(kept[1])

    def show_columns(self, columns: TimelineData) -> None:
        """Only the timeline's columns, kept in the project: painted before any event is."""
        self._show_unchecked(SessionState.COLUMNS, [], [], EventIndex([]), columns)

    def show_kept(
        self, kept: KeptTimeline, index: EventIndex, columns: TimelineData | None = None
    ) -> None:
        """Show the timeline the project kept (a load's preview), read-only; its articles
        are read one by one as they are opened."""
        self._show_unchecked(SessionState.KEPT, kept.documents, kept.events, index, columns)
        self._unread = UnreadArticles(d.id for d in kept.documents)
        if columns is not None:
            # Kept passages have no text yet: a search finds titles, notes and tags.
            notes = self.annotation_service.current()
            annotated = [e for e in kept.events if e.id in notes]
            self._searchable = search_texts_for(columns, annotated, self.annotations())

    def show_partial(self, documents: list[Document], events: list[Event]) -> None:
        """Show what a load has found so far (not merged yet), while it goes on."""
        self._show_unchecked(SessionState.PARTIAL, documents, events, EventIndex(events))

    def _show_unchecked(
        self,
        state: SessionState,
        documents: list[Document],
        events: list[Event],
        index: EventIndex,
        columns: TimelineData | None = None,
    ) -> None:
        self.state = state
        self._unread = UnreadArticles()
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

    def keep_selected(self, event_id: str) -> None:
        """The event selected as the window closes, for the next opening to select."""
        keep_selected(self.project, event_id)

    def kept_selected(self) -> str:
        """The event selected when the project was last closed ("" for none): maybe one no
        longer, or not yet loaded."""
        return kept_selected(self.project)

    @project_errors_told
    def keep_timeline(self) -> None:
        """Keep the timeline shown in the project, for the next opening to paint at once."""
        if not self.state.checked or not self.documents:
            return
        self.project.keep_timeline(
            self._source_names(),
            kept_timeline.encode(self.documents, self.events, timeline_recipe(*self._user_work())),
            timeline_columns.to_bytes(self.timeline_columns()),
        )
        self._changed_since_kept = False

    @project_errors_told
    def close(self, keep: bool = True) -> None:
        """Close the project, keeping the timeline for the next opening if it can: a project
        that cannot be written just then (a full disk) closes all the same, with every edit,
        saved as it was made; only the faster opening is given up. With `keep` False the
        timeline is not kept: a project thrown away once closed is never opened again."""
        try:
            if keep and self._changed_since_kept:
                self.keep_timeline()
        except WorkspaceError:
            pass
        finally:
            self.project.close()

    # reading ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether the project cannot be written: shown, never changed."""
        return self.project.read_only

    @property
    def editable(self) -> bool:
        """Whether the user can change anything now: articles checked, project writable."""
        return self.state.checked and not self.project.read_only

    @property
    def project_path(self) -> Path:
        return self.project.path

    @property
    def is_open(self) -> bool:
        return self.project.is_open

    def article_changes_told(self) -> list[str]:
        """What changed in the articles on disk at the last load, and the user's work in them."""
        notes = list(self.annotation_service.current().values())
        lines = told(self.article_changes, notes, self._orphans)
        lines += gone_made_told(self.article_changes, self.project.user_events())
        if self.state.checked:  # the articles' texts read: what of the user's finds no words
            lines += unplaced_told(unplaced(self.documents_by_id, self.project.user_events()))
            if not any(is_cancelled_line(p) for p in self.problems):
                lines += self._unapplied_told()
        return [self.found_elsewhere, *lines] if self.found_elsewhere else lines

    def _unapplied_told(self) -> list[str]:
        """unapplied_told, worked out again only when the events or the groupings change:
        every passage's id of a large timeline is a moment's work for each look."""
        groupings = tuple(self.project.groupings())
        seen = self._unapplied
        if seen is None or seen[0] is not self.events or seen[1] != groupings:
            lines = unapplied_told(groupings, self.events)
            seen = self._unapplied = (self.events, groupings, lines)
        return list(seen[2])

    def project_problems(self) -> list[str]:
        """Damaged values the project held, each named in one line and left out."""
        return list(self.project.problems)

    def document(self, document_id: str) -> Document | None:
        """A document with its text: one shown from the kept timeline is read now, alone."""
        doc = self.documents_by_id.get(document_id)
        return self._unread.read(doc) if doc is not None else None

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
        found = self.annotation_service.get(event_id)
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
        """The events in columns for the timeline view, made once per change of the events
        and kept up to date with every annotation change."""
        if self._columns is None:
            self._columns = columns_for(self.events, self.annotations())
            self._searchable = None
        return self._columns

    def search_texts(self) -> SearchTexts:
        """What a search matches, row by row of timeline_columns(), kept up to date too."""
        columns = self.timeline_columns()
        if self._searchable is None:
            self._searchable = search_texts_for(columns, self.events, self.annotations())
        return self._searchable

    def events_at(self, document_id: str, offset: int) -> list[Event]:
        return self._index.at(document_id, offset)

    def event_reporting(self, passage: Passage) -> Event | None:
        """The event that reports this passage now (a merge or a split moved it)."""
        for event in self.events_at(passage.document_id, passage.start):
            if any(q.key() == passage.key() for q in event.passages):
                return event
        return None

    def passages_in(self, document_id: str) -> list[tuple[Passage, str]]:
        return self._index.passages_in(document_id)

    def orphans(self) -> list[Annotation]:
        return list(self._orphans)

    @project_errors_told
    def history(self, event_id: str) -> list[str]:
        """What happened to an event's annotation (re-anchored, imported…), oldest first."""
        return [f"{at[:10]} {message}" for at, message in self.project.history(event_id)]

    # annotations, this session's and others' --------------------------------------------

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

    @project_errors_told
    def pick_up_changes(self) -> PickedUp:
        """What other sessions (another window, an import) saved in the project since this
        one last looked, now shown here: annotations as they are, and the events rebuilt when
        the user's own events, merges, splits or publication dates changed."""
        if not self.state.checked:
            return PickedUp()
        changes = self.annotation_service.pick_up()
        if changes is None:
            return PickedUp()
        if Structure.of(self.project) == self._structure:
            return PickedUp(changes)
        self._rebuild()
        return PickedUp(changes, rebuilt=True)

    def _check_editable(self) -> None:
        if self.project.read_only:
            raise WorkspaceError(
                f"{self.project.path.name} is read-only: nothing can be changed or saved in it"
            )
        if not self.state.checked:
            raise WorkspaceError("the articles are still being read: edits wait until they are")

    # internals -------------------------------------------------------------------------

    def _user_work(self) -> UserWork:
        project = self.project
        return (project.annotations(), project.user_events(), project.groupings())

    def _source_names(self) -> list[str]:
        return [str(p) for p in self.sources]

    def _rebuild(self) -> None:
        """The events made again from the merged ones and the user's work as stored, the
        articles dated as the project now says (whichever window corrected them: an edit
        here rebuilt with another window's correction unread, and this window went on
        showing the old dates while counting them as shown)."""
        structure = Structure.of(self.project)
        if structure.document_dates != self._structure.document_dates:
            redate(self.documents, dict(structure.document_dates), self._found_dates)
            self._merged.remerge(self.documents)  # the others come back from the cache
        self._install(
            assemble(
                self.documents_by_id,
                self._merged.of(self.documents),
                self.project.user_events(),
                self.project.groupings(),
                self.annotation_service.current(),
            )
        )
        self._structure = structure
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
        self._orphans, moved = reattach(
            self.annotation_service, self._index, self.documents_by_id, self._renamed
        )
        if moved:
            self._sort()  # a moved annotation may date its new event otherwise
