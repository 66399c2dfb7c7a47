"""Columnar, chronologically sorted event data for the timeline: numpy arrays, not rows."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from viewer.core.annotations import Annotation, Status
from viewer.core.effective import effective
from viewer.core.event_cues import confidence_of, event_cues
from viewer.core.model import DateBasis, DateValue, Event, Precision

PRECISIONS: tuple[Precision, ...] = tuple(Precision)
STATUSES: tuple[Status, ...] = tuple(Status)
PRECISION_CODE: dict[Precision, int] = {p: i for i, p in enumerate(PRECISIONS)}
STATUS_CODE: dict[Status, int] = {s: i for i, s in enumerate(STATUSES)}
BASES: tuple[DateBasis, ...] = tuple(DateBasis)
BASIS_CODE: dict[DateBasis, int] = {b: i for i, b in enumerate(BASES)}

IntArray = npt.NDArray[np.int64]
_NO_TAGS: tuple[str, ...] = ()


@dataclass(eq=False)
class TimelineData:
    """Every event as parallel arrays sorted by first day, then the longer span first (as
    `DateValue.order`), then id; row i is one event."""

    ids: list[str]
    first: npt.NDArray[np.int32]  # date.toordinal() of the first day
    last: npt.NDArray[np.int32]  # date.toordinal() of the last day (inclusive)
    precision: npt.NDArray[np.uint8]  # index into PRECISIONS
    status: npt.NDArray[np.uint8]  # index into STATUSES
    starred: npt.NDArray[np.bool_]
    has_note: npt.NDArray[np.bool_]
    source_count: npt.NDArray[np.uint16]
    titles: list[str]
    source: npt.NDArray[np.int32]  # primary passage's document, index into source_names
    source_names: list[str]
    tags: list[tuple[str, ...]]  # mostly the shared empty tuple, so it costs one pointer a row
    doc_event: npt.NDArray[np.int32]  # (row, document) pairs: every document reporting a row
    doc_code: npt.NDArray[np.int32]
    # What ranks events beside the user's star and status (see importance): how the extractor
    # dated each, event_cues flags, its confidence (NaN where it gives none), and whether the
    # user changed its date or title. Empty arrays are made whole by __post_init__.
    basis: npt.NDArray[np.uint8] = field(default_factory=lambda: np.zeros(0, np.uint8))
    cues: npt.NDArray[np.uint8] = field(default_factory=lambda: np.zeros(0, np.uint8))
    confidence: npt.NDArray[np.float32] = field(default_factory=lambda: np.zeros(0, np.float32))
    edited: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, np.bool_))
    # How sure the extractor is of each date (NaN where it says nothing), and whether the user
    # gave the date (then wholly sure), for the filter by how sure a date is.
    date_confidence: npt.NDArray[np.float32] = field(
        default_factory=lambda: np.zeros(0, np.float32)
    )
    user_dated: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, np.bool_))
    last_cummax: npt.NDArray[np.int32] = field(init=False)
    _index: dict[str, int] | None = field(init=False, default=None)
    _tag_pairs: tuple[list[str], npt.NDArray[np.int32], npt.NDArray[np.int32]] | None = field(
        init=False, default=None
    )

    def __post_init__(self) -> None:
        n = len(self.ids)
        if len(self.basis) != n:
            self.basis = np.full(n, BASIS_CODE[DateBasis.PUBLICATION], np.uint8)
        if len(self.cues) != n:
            self.cues = np.zeros(n, np.uint8)
        if len(self.confidence) != n:
            self.confidence = np.full(n, np.nan, np.float32)
        if len(self.edited) != n:
            self.edited = np.zeros(n, np.bool_)
        if len(self.date_confidence) != n:
            self.date_confidence = np.full(n, np.nan, np.float32)
        if len(self.user_dated) != n:
            self.user_dated = np.zeros(n, np.bool_)
        # A running maximum of the last day lets range queries use searchsorted on both ends.
        self.last_cummax = (
            np.maximum.accumulate(self.last) if len(self.last) else self.last.copy()
        ).astype(np.int32)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def empty(cls) -> TimelineData:
        """No events at all."""
        return cls.from_arrays(np.zeros(0, np.int32), np.zeros(0, np.int32))

    # Long: one pass over the events fills every column side by side; a helper per event
    # would add a call per event to opening a project of a hundred thousand.
    @classmethod
    def from_events(
        cls, events: Sequence[Event], annotations: Mapping[str, Annotation]
    ) -> TimelineData:
        """Columns for the given events, with each event's annotation folded in: its status,
        star, note and tags, and the date and title the user sees."""
        n = len(events)
        first = np.empty(n, np.int32)
        last = np.empty(n, np.int32)
        precision = np.empty(n, np.uint8)
        status = np.zeros(n, np.uint8)
        starred = np.zeros(n, np.bool_)
        has_note = np.zeros(n, np.bool_)
        source_count = np.empty(n, np.uint16)
        source = np.empty(n, np.int32)
        basis = np.empty(n, np.uint8)
        confidence = np.empty(n, np.float32)
        edited = np.zeros(n, np.bool_)
        date_confidence = np.empty(n, np.float32)
        user_dated = np.zeros(n, np.bool_)
        titles: list[str] = []
        tags: list[tuple[str, ...]] = []
        names: dict[str, int] = {}
        doc_event: list[int] = []
        doc_code: list[int] = []
        for i, ev in enumerate(events):
            ann = annotations.get(ev.id)
            if ann is None:  # its own date and title, as effective() gives them: none made
                value, title = ev.date, ev.title
            else:
                shown = effective(ev, ann)
                value, title = shown.date, shown.title
            first[i] = value.first.toordinal()
            last[i] = value.last.toordinal()
            precision[i] = PRECISION_CODE[value.precision]
            basis[i] = BASIS_CODE[ev.date_basis]
            confidence[i] = confidence_of(ev)
            date_confidence[i] = ev.date_confidence
            titles.append(title)
            docs: list[int] = []
            for p in ev.passages:
                code = names.setdefault(p.document_id, len(names))
                if code not in docs:
                    docs.append(code)
            source[i] = docs[0] if docs else -1
            source_count[i] = len(docs)
            doc_event.extend([i] * len(docs))
            doc_code.extend(docs)
            if ann is None:
                tags.append(_NO_TAGS)
                continue
            status[i] = STATUS_CODE[ann.status]
            starred[i] = ann.starred
            has_note[i] = bool(ann.note.strip())
            edited[i] = ann.date is not None or bool(ann.title)
            user_dated[i] = ann.date is not None
            tags.append(tuple(ann.tags) if ann.tags else _NO_TAGS)
        return cls.from_arrays(
            first,
            last,
            precision=precision,
            status=status,
            starred=starred,
            has_note=has_note,
            source_count=source_count,
            ids=[ev.id for ev in events],
            titles=titles,
            source=source,
            source_names=list(names),
            tags=tags,
            doc_pairs=(np.asarray(doc_event, np.int32), np.asarray(doc_code, np.int32)),
            basis=basis,
            cues=event_cues(events),
            confidence=confidence,
            edited=edited,
            date_confidence=date_confidence,
            user_dated=user_dated,
        )

    # Long: its signature names every column, one a line; the body is forty lines.
    @classmethod
    def from_arrays(
        cls,
        first: npt.ArrayLike,
        last: npt.ArrayLike,
        *,
        precision: npt.ArrayLike | None = None,
        status: npt.ArrayLike | None = None,
        starred: npt.ArrayLike | None = None,
        has_note: npt.ArrayLike | None = None,
        source_count: npt.ArrayLike | None = None,
        ids: Sequence[str] | None = None,
        titles: Sequence[str] | None = None,
        source: npt.ArrayLike | None = None,
        source_names: Sequence[str] | None = None,
        tags: Sequence[tuple[str, ...]] | None = None,
        doc_pairs: tuple[npt.ArrayLike, npt.ArrayLike] | None = None,
        basis: npt.ArrayLike | None = None,
        cues: npt.ArrayLike | None = None,
        confidence: npt.ArrayLike | None = None,
        edited: npt.ArrayLike | None = None,
        date_confidence: npt.ArrayLike | None = None,
        user_dated: npt.ArrayLike | None = None,
    ) -> TimelineData:
        """Columns from ready-made arrays (benchmarks, imports); rows are sorted here."""
        f = np.asarray(first, np.int32)
        n = len(f)
        lst = np.asarray(last, np.int32)
        id_list = list(ids) if ids is not None else [f"e{i:07d}" for i in range(n)]

        def column(values: npt.ArrayLike | None, dtype: type[np.generic]) -> npt.NDArray[Any]:
            return np.zeros(n, dtype) if values is None else np.asarray(values, dtype)

        src = np.asarray(source, np.int32) if source is not None else np.zeros(n, np.int32)
        if doc_pairs is None:
            pair_event = np.arange(n, dtype=np.int32)[src >= 0]
            pair_code = src[src >= 0]
        else:
            pair_event = np.asarray(doc_pairs[0], np.int32)
            pair_code = np.asarray(doc_pairs[1], np.int32)
        # Ids break ties so the order is the same on every run; rank them once for lexsort.
        rank = np.arange(n, dtype=np.int64)
        if ids is not None:
            rank[np.argsort(np.asarray(id_list, dtype=object), kind="stable")] = np.arange(n)
        order = np.lexsort((rank, -lst, f))  # as DateValue.order: a longer span first
        inverse = np.empty(n, np.int32)
        inverse[order] = np.arange(n, dtype=np.int32)
        title_list = list(titles) if titles is not None else [""] * n
        tag_list = list(tags) if tags is not None else [_NO_TAGS] * n
        counts = (
            np.asarray(source_count, np.uint16)
            if source_count is not None
            else np.ones(n, np.uint16)
        )
        return cls(
            ids=[id_list[i] for i in order],
            first=f[order],
            last=lst[order],
            precision=column(precision, np.uint8)[order],
            status=column(status, np.uint8)[order],
            starred=column(starred, np.bool_)[order],
            has_note=column(has_note, np.bool_)[order],
            source_count=counts[order],
            titles=[title_list[i] for i in order],
            source=src[order],
            source_names=list(source_names) if source_names is not None else ["source"],
            tags=[tag_list[i] for i in order],
            doc_event=inverse[pair_event] if len(pair_event) else pair_event,
            doc_code=pair_code,
            basis=_ordered(basis, np.uint8, order),
            cues=_ordered(cues, np.uint8, order),
            confidence=_ordered(confidence, np.float32, order),
            edited=_ordered(edited, np.bool_, order),
            date_confidence=_ordered(date_confidence, np.float32, order),
            user_dated=_ordered(user_dated, np.bool_, order),
        )

    def index_of(self, event_id: str) -> int:
        """The row of an event, or -1 when it is not here."""
        if self._index is None:
            self._index = {eid: i for i, eid in enumerate(self.ids)}
        return self._index.get(event_id, -1)

    def range_indices(self, first_ord: int, last_ord: int) -> IntArray:
        """Rows whose interval overlaps the days [first_ord, last_ord], in order."""
        hi = int(np.searchsorted(self.first, _day_key(last_ord, floor=True), side="right"))
        lo = int(np.searchsorted(self.last_cummax, _day_key(first_ord), side="left"))
        if lo >= hi:
            return np.zeros(0, np.int64)
        rows = np.arange(lo, hi, dtype=np.int64)
        return rows[self.last[lo:hi] >= first_ord]

    def first_index(self, day: float) -> int:
        """The first row starting on or after day (len(self) when none does)."""
        return int(np.searchsorted(self.first, _day_key(day), side="left"))

    def first_indices(self, days: Sequence[int]) -> IntArray:
        """first_index for many whole days at once."""
        keys = np.clip(np.asarray(days, np.int64), _I32.min, _I32.max).astype(np.int32)
        return np.searchsorted(self.first, keys, side="left").astype(np.int64)

    def span(self) -> tuple[int, int]:
        """First and last day covered by any event; today when there is none."""
        if not len(self):
            today = date.today().toordinal()
            return today, today
        return int(self.first[0]), int(self.last_cummax[-1])

    def density(
        self,
        bins_first: float,
        bins_last: float,
        nbins: int,
        mask: npt.NDArray[np.bool_] | None = None,
    ) -> IntArray:
        """Events per bin over days [bins_first, bins_last), by the day each event starts."""
        counts = np.zeros(max(nbins, 0), np.int64)
        if nbins <= 0 or bins_last <= bins_first or not len(self):
            return counts
        lo = self.first_index(bins_first)
        hi = self.first_index(bins_last)
        starts = self.first[lo:hi]
        if mask is not None:
            starts = starts[mask[lo:hi]]
        pos = ((starts - bins_first) * (nbins / (bins_last - bins_first))).astype(np.int64)
        np.clip(pos, 0, nbins - 1, out=pos)
        return np.bincount(pos, minlength=nbins)

    def tag_pairs(self) -> tuple[list[str], npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        """Tag names and (row, tag) pairs, built once for vectorised tag filters and counts."""
        if self._tag_pairs is None:
            names: dict[str, int] = {}
            rows: list[int] = []
            codes: list[int] = []
            for i, event_tags in enumerate(self.tags):
                for tag in event_tags:
                    rows.append(i)
                    codes.append(names.setdefault(tag, len(names)))
            self._tag_pairs = (
                list(names),
                np.asarray(rows, np.int32),
                np.asarray(codes, np.int32),
            )
        return self._tag_pairs

    def update_annotation(self, annotation: Annotation, title: str | None = None) -> bool:
        """Fold one edited annotation in; False when its date moved and the data must be rebuilt."""
        i = self.index_of(annotation.event_id)
        if i < 0:
            return False
        if annotation.date is not None and (
            annotation.date.first.toordinal() != self.first[i]
            or annotation.date.last.toordinal() != self.last[i]
            or PRECISION_CODE[annotation.date.precision] != self.precision[i]
        ):
            return False
        self.status[i] = STATUS_CODE[annotation.status]
        self.starred[i] = annotation.starred
        self.has_note[i] = bool(annotation.note.strip())
        self.edited[i] = annotation.date is not None or bool(annotation.title)
        self.user_dated[i] = annotation.date is not None
        new_tags = tuple(annotation.tags) if annotation.tags else _NO_TAGS
        if new_tags != self.tags[i]:
            self.tags[i] = new_tags
            self._tag_pairs = None
        if title is not None:
            self.titles[i] = title
        return True

    def date_of(self, row: int) -> DateValue:
        """The effective date of a row, as the model's DateValue."""
        return DateValue(
            date.fromordinal(int(self.first[row])),
            date.fromordinal(int(self.last[row])),
            PRECISIONS[int(self.precision[row])],
        )


_I32 = np.iinfo(np.int32)


def _ordered(
    values: npt.ArrayLike | None, dtype: type[np.generic], order: npt.NDArray[np.intp]
) -> npt.NDArray[Any]:
    """A column given in input order, in the rows' order; empty (filled later) when not given."""
    if values is None:
        return np.zeros(0, dtype)
    return np.asarray(values, dtype)[order]


def _day_key(day: float, *, floor: bool = False) -> np.int32:
    """A search key of the columns' own type: a Python number would make numpy copy the column."""
    whole = math.floor(day) if floor else math.ceil(day)
    return np.int32(min(max(whole, _I32.min), _I32.max))
