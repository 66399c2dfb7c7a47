"""The filter bar over the painted timeline, fed from the session's workspace and kept in
step with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.core import filters
from viewer.core.filters import Filter, Mask, TextSearch
from viewer.core.lanes import LaneKind
from viewer.core.source_names import document_labels, document_names
from viewer.core.timeline import TimelineData
from viewer.ui.filter_bar import FilterBar
from viewer.ui.session_controller import SessionController
from viewer.ui.timeline_controls import TimelineControls
from viewer.ui.timeline_view import TimelineView
from viewer.workspace import Workspace


class TimelinePane(QWidget):
    """Filters and timeline over one workspace; tells which events the filters let through."""

    event_selected = Signal(str)
    shown_changed = Signal()  # the filters' result changed: read shown()
    display_shown = Signal(bool)  # the strip now shows key events only (True) or all

    def __init__(self, session: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._data = TimelineData.empty()
        self._search = TextSearch()  # this view's search, building on its last mask
        self._mask: Mask = np.zeros(0, np.bool_)  # the rows of _data the filters show
        self._dates: tuple[date | None, date | None] = (None, None)  # the date filter applied
        self._source_names: dict[str, str] = {}
        self._short_names: dict[str, str] = {}
        self.filter_bar = FilterBar(self)
        self.filter_bar.set_source_label(self.source_label, self.source_rank, self.source_words)
        self.timeline = TimelineView(self)
        self.timeline.setObjectName("timeline")
        self.timeline.event_selected.connect(self.event_selected)
        self.timeline.set_source_names(self.source_name)
        self.timeline.set_detail(self._sentence)
        self.controls = TimelineControls(self.timeline)
        self.controls.changed.connect(self._display_changed)
        self.filter_bar.filters_changed.connect(self._filtered)
        self.filter_bar.search.returnPressed.connect(self._searched)
        self.filter_bar.set_view_store(self._named_views, self._save_view)
        # The controls sit in the strip's top right corner, over the axis: no row of their own.
        self.timeline.set_corner_widget(self.controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.timeline, 1)
        session.workspace_changed.connect(lambda same, _kept: self._workspace_shown(same))
        session.events_changed.connect(lambda _follow: self.rebuild())
        session.selection_changed.connect(lambda event_id, _passage: self.select(event_id))

    @property
    def _workspace(self) -> Workspace:
        return self._session.workspace

    def _workspace_shown(self, same: bool) -> None:
        """Another workspace (or this one made whole): its display settings and events, and
        the filters it was left with (reopened, a date range set before was gone)."""
        self.controls.restore(self._workspace.timeline_display())
        self._show_display()
        self.rebuild()
        if not same:
            self.filter_bar.set_filter(self._workspace.kept_filter())

    def source_label(self, document_id: str) -> str:
        """A source as a reader knows it: "CNN · 9 Mar 2022" (the file name if unknown)."""
        return self._source_names.get(document_id, document_id)

    def source_words(self, document_id: str) -> str:
        """What finds a source in the Source menu besides its label: its whole title (the
        label's is cut), its author or outlet and its file name."""
        doc = self._workspace.documents_by_id.get(document_id)
        if doc is None:
            return document_id
        return " ".join(filter(None, (doc.title, doc.author, document_id)))

    def source_name(self, document_id: str) -> str:
        """A source's name alone, for chips and lanes (with its date where names clash)."""
        return self._short_names.get(document_id) or self.source_label(document_id)

    def source_rank(self, document_id: str) -> tuple[str, date, str]:
        """Where a source comes in the Source menu: by name, then by publication date (its
        label's "1 Dec 2016" came before "2 Apr 2011")."""
        doc = self._workspace.documents_by_id.get(document_id)
        day = doc.date if doc is not None and doc.date is not None else date.min
        name = self.source_label(document_id).split(" · ")[0]  # its date is ranked as a date
        return name.lower(), day, document_id

    def _sentence(self, event_id: str) -> str:
        try:
            return " ".join(self._workspace.event(event_id).primary.text.split())
        except KeyError:
            return ""

    def toggle_key_events(self) -> None:
        """Key events only, or all events again."""
        self.controls.set_key_only(not self.controls.key_only())

    def set_lanes(self, kind: LaneKind) -> None:
        self.controls.set_lane_kind(kind)

    def _display_changed(self) -> None:
        self._show_display()
        self._workspace.set_timeline_display(self.controls.display())

    def _show_display(self) -> None:
        self.timeline.set_display(
            key_only=self.controls.key_only(),
            threshold=self.controls.threshold_value(),
            lanes=self.controls.lane_kind(),
        )
        self.display_shown.emit(self.controls.key_only())

    def rebuild(self) -> None:
        """Re-read every event (after loading, or an edit that rebuilt the events)."""
        ws = self._workspace
        self._source_names = document_labels(ws.documents)
        self._short_names = document_names(self._source_names)
        self.timeline.set_source_names(self.source_name)
        self._data = ws.timeline_columns()
        if len(self._data):
            first, last = self._data.span()
            self.filter_bar.set_span(date.fromordinal(first), date.fromordinal(last))
        self._apply()

    def annotation_changed(self) -> None:
        """Annotations changed: the workspace has folded them into its columns and search
        texts; filter again, or show its new columns if it had to make them afresh."""
        if self._workspace.timeline_columns() is not self._data:
            self.rebuild()
        else:
            self._apply()

    def shown(self) -> tuple[Workspace, TimelineData, Mask]:
        """The workspace, its events' columns and which of their rows the filters show."""
        return self._workspace, self._data, self._mask

    def shown_ids(self) -> list[str]:
        ids = self._data.ids
        return [ids[i] for i in np.flatnonzero(self._mask).tolist()]

    def row_of(self, event_id: str) -> int:
        """The timeline's row of an event (-1 if none), for marker_rect()."""
        return self._data.index_of(event_id)

    def select(self, event_id: str) -> None:
        if event_id:
            self.timeline.select(event_id)

    def filter(self) -> Filter:
        return self.filter_bar.filter()

    def set_show_rejected(self, show: bool) -> None:
        self.filter_bar.set_filter(replace(self.filter_bar.filter(), show_rejected=show))

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def _filtered(self, f: Filter) -> None:
        """The filters changed (and are kept for the next opening): a new date range brings
        its events into view, as cards rather than one cluster of the whole corpus' zoom; any
        other filter fits a fitted timeline to what it leaves, or a moved one where it leaves
        nothing in view."""
        self._workspace.keep_filter(f)
        dates, self._dates = self._dates, (f.date_from, f.date_to)
        self._apply()
        if self._dates != dates and self._dates != (None, None) and self._mask.any():
            self.timeline.fit_all()
        else:
            self.timeline.fit_to_filter()

    def _searched(self) -> None:
        """A search applied with Enter brings what it found into view: a story's events a few
        days apart were one cluster chip on the whole corpus' decades."""
        if self.filter_bar.filter().words() and self._mask.any():
            self.timeline.fit_all()

    def _apply(self) -> None:
        f = self.filter_bar.filter()
        # Made when first searched: the timeline filled in a second sooner on a first opening.
        searchable = self._workspace.search_texts() if f.words() else ()
        mask = filters.apply(f, self._data, searchable, self._search)
        self.timeline.set_events(self._data, mask)
        self.controls.set_scores(self.timeline.importance_scores(), mask)
        counts = filters.facet_counts(f, self._data, searchable, self._search)
        self.filter_bar.set_facets(counts)
        self._mask = mask
        self.shown_changed.emit()

    def _named_views(self) -> dict[str, Filter]:
        return self._workspace.named_views()

    def _save_view(self, name: str, view: Filter) -> None:
        self._workspace.save_named_view(name, view)
