"""Each format the project keeps, with a fixed sample input, for tests/store/test_formats.py.

The input is made here, by hand, not by the extractor: a sample must change only when its
format does. Each format says its version, how to write the input, the form in which two
writings compare (what the bytes say, not how a compressor packed them), and whether a
written sample still reads back as the input.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.filters import Filter
from viewer.core.lanes import LaneKind
from viewer.core.merge import MergePlan
from viewer.core.model import (
    DateBasis,
    DateValue,
    Dating,
    DocDateBasis,
    Document,
    Event,
    Passage,
    Precision,
    Span,
)
from viewer.core.timeline import TimelineData
from viewer.core.timeline_display import TimelineDisplay
from viewer.core.versions import MERGE_VERSION
from viewer.store.codecs import extraction_cache, kept_timeline, timeline_columns, views
from viewer.store.codecs.merge_plan import decode_plan, encode_plan

SAMPLES = Path(__file__).parent / "format_samples"

A_TEXT = (
    "US to send 500 more troops to Europe\n\n"
    "WASHINGTON, 8 March 2022. The Pentagon said on Monday it would send 500 more troops "
    "to Europe. The deployment follows talks in Brussels last week.\n"
)
B_TEXT = (
    "NATO allies meet in Madrid\n\n"
    "Defence officials confirmed on Tuesday that 500 additional troops were ordered to "
    "Germany. She also said the allies would meet from June 28 to June 30.\n"
)


def documents() -> list[Document]:
    return [
        Document(
            id="a.txt",
            path="/corpus/a.txt",
            text=A_TEXT,
            title="US to send 500 more troops to Europe",
            author="A. Reporter",
            date=date(2022, 3, 8),
            date_basis=DocDateBasis.FOUND,
            date_text="8 March 2022",
            content_hash="a" * 64,
        ),
        Document(
            id="b.txt",
            path="/corpus/b.txt",
            text=B_TEXT,
            title="NATO allies meet in Madrid",
            date=date(2022, 3, 9),
            date_basis=DocDateBasis.YEAR_INFERRED,
            date_text="(9 March)",
            content_hash="b" * 64,
            problems=["year inferred from the corpus"],
        ),
    ]


def _span(text: str, words: str, to: str = ".") -> tuple[int, int]:
    start = text.index(words)
    return start, text.index(to, start) + 1


def events() -> list[Event]:
    """Four events: a day, a headline and its lede, a week merged across both articles with
    a date in conflict, and a range dated by the narrative."""
    a, b = documents()
    day = DateValue.day(date(2022, 3, 7))
    week = DateValue(date(2022, 2, 28), date(2022, 3, 6), Precision.WEEK)
    june = DateValue(date(2022, 6, 28), date(2022, 6, 30), Precision.RANGE)
    monday = Dating(day, DateBasis.RELATIVE, "Monday", 0.9)
    headline = Passage.of(a.id, a.visible, 0, A_TEXT.index("\n"))
    talks = Passage.of(a.id, a.visible, *_span(A_TEXT, "The deployment"))
    ordered = Passage.of(b.id, b.visible, *_span(B_TEXT, "Defence officials"))
    meet = Passage.of(b.id, b.visible, *_span(B_TEXT, "She also"))
    said = Span(*_span(B_TEXT, "Defence officials"))
    return [
        Event("e1", day, "Monday", DateBasis.RELATIVE, "Pentagon: 500 more troops",
              [Passage.of(a.id, a.visible, *_span(A_TEXT, "The Pentagon")), headline],
              dating=[monday, monday], event_confidence=0.9125, date_confidence=0.9),
        Event("e2", week, "last week", DateBasis.RELATIVE, "Talks in Brussels",
              [talks, ordered], "a.txt ~ b.txt: shares 500, troops",
              "b.txt dates it 8 Mar 2022",
              [Dating(week, DateBasis.RELATIVE, "last week", 0.7),
               Dating(DateValue.day(date(2022, 3, 8)), DateBasis.RELATIVE, "Tuesday", 0.8)],
              0.75, 0.55),
        Event("e3", june, "from June 28 to June 30", DateBasis.CONTEXT, "Allies to meet",
              [meet], dating=[Dating(june, DateBasis.CONTEXT, "from June 28 to June 30",
                                     0.66, said)],
              event_confidence=0.6, date_confidence=0.66),
    ]  # fmt: skip


def _annotations() -> dict[str, Annotation]:
    anchor = Anchor("a.txt", 0, 10, "US to send")
    return {
        "e1": Annotation(
            "e1",
            anchor,
            note="check",
            tags=("troops", "nato"),
            status=Status.CONFIRMED,
            starred=True,
            title="My title",
            date=DateValue.day(date(2022, 3, 6)),
        )
    }


def columns() -> TimelineData:
    return TimelineData.from_events(events(), _annotations())


def plan() -> MergePlan:
    return [([0, 2], "a.txt ~ b.txt: shares 500, troops"), ([1], ""), ([3], "")]


NAMED_VIEWS = {
    "Summit": Filter(text="madrid", date_from=date(2022, 6, 1)),
    "Stars": Filter(starred_only=True, statuses=frozenset({Status.DISPUTED})),
    "Sure": Filter(min_sure=0.7, min_date_sure=0.85),
}
DISPLAY = TimelineDisplay(True, 0.4, LaneKind.SOURCE)


def event_fields(e: Event) -> tuple[object, ...]:
    """What a format must give back of an event."""
    datings = [
        (d.value, d.basis, d.text, round(d.confidence, 3), d.origin)
        for d in (e.dating_of(k) for k in range(len(e.passages)))
    ]
    passages = [(p.document_id, p.start, p.end) for p in e.passages]
    confidence = (round(e.event_confidence, 3), round(e.date_confidence, 3))
    return (e.id, e.date, e.date_text, e.date_basis, e.title, passages, datings, confidence)


def _event_reason(e: Event) -> tuple[object, ...]:
    return (*event_fields(e), e.merge_reason, e.date_conflict)


# --- each format ------------------------------------------------------------------------


def _own_events(doc: Document) -> list[Event]:
    """The events all of whose passages are in one article: what its cache entry holds."""
    return [e for e in events() if all(p.document_id == doc.id for p in e.passages)]


def _cache_write() -> bytes:
    """Both articles' cache entries, by article."""
    payloads = {d.id: extraction_cache.encode_events(_own_events(d)) for d in documents()}
    return json.dumps(payloads, indent=1, ensure_ascii=False).encode()


def _cache_reads(sample: bytes) -> bool:
    payloads = json.loads(sample)
    for doc in documents():
        decoded = extraction_cache.decode_events(doc, payloads[doc.id])
        if decoded is None:
            return False
        if [event_fields(e) for e in decoded] != [event_fields(e) for e in _own_events(doc)]:
            return False
    return True


def _kept_write() -> bytes:
    return kept_timeline.encode(documents(), events(), "recipe")


def _kept_reads(sample: bytes) -> bool:
    kept = kept_timeline.decode(sample)
    if kept is None or kept.made_with != "recipe":
        return False
    rows = [kept_timeline.document_row(d) for d in kept.documents]
    same_documents = rows == [kept_timeline.document_row(d) for d in documents()]
    same_events = [_event_reason(e) for e in kept.events] == [_event_reason(e) for e in events()]
    return same_documents and same_events


def _columns_compared(blob: bytes) -> object:
    """The columns' bytes as they compare: header, strings, and each array's type and data
    (the numpy archive inside also holds the time it was written)."""
    body = zlib.decompress(blob)
    header = struct.Struct("<II")
    version, size = header.unpack_from(body)
    strings = json.loads(body[header.size : header.size + size])
    with np.load(io.BytesIO(body[header.size + size :]), allow_pickle=False) as arrays:
        described = {k: (arrays[k].dtype.str, arrays[k].shape, arrays[k].tobytes()) for k in arrays}
    return (version, strings, described)


def _columns_reads(sample: bytes) -> bool:
    got, want = timeline_columns.from_bytes(sample), columns()
    if got is None:
        return False
    lists = ("ids", "titles", "source_names", "tags")
    arrays = [name for name in vars(want) if name not in lists]
    return all(getattr(got, n) == getattr(want, n) for n in lists) and all(
        np.array_equal(getattr(got, n), getattr(want, n)) for n in arrays
    )


def _plan_write() -> bytes:
    return encode_plan("key", plan()).encode()


def _plan_reads(sample: bytes) -> bool:
    return decode_plan(sample.decode(), "key", 4) == plan()


def _views_write() -> bytes:
    both = {
        "named_views": views.encode_named_views(NAMED_VIEWS),
        "display": views.encode_display(DISPLAY),
    }
    return json.dumps(both, indent=1, sort_keys=True).encode()


def _views_reads(sample: bytes) -> bool:
    both = json.loads(sample)
    named = views.decode_named_views(both["named_views"])
    return named == NAMED_VIEWS and views.decode_display(both["display"]) == DISPLAY


@dataclass(frozen=True)
class Format:
    """One kept format: its name, where its version is, how a sample is written, compared
    and read back."""

    name: str
    version: str
    bump: str  # where to bump the version when the layout changes
    suffix: str
    write: Callable[[], bytes]
    compared: Callable[[bytes], object]
    reads: Callable[[bytes], bool]

    def sample(self, version: str | None = None) -> Path:
        return SAMPLES / f"{self.name}.v{version or self.version}{self.suffix}"

    def older_samples(self) -> list[Path]:
        mine = self.sample().name
        found = SAMPLES.glob(f"{self.name}.v*{self.suffix}")
        return sorted(p for p in found if p.name != mine)


def _same(data: bytes) -> object:
    return data


FORMATS = [
    Format(
        "extraction_cache",
        extraction_cache.CODEC_VERSION,
        "CODEC_VERSION in viewer/store/codecs/extraction_cache.py",
        ".json",
        _cache_write,
        _same,
        _cache_reads,
    ),
    Format(
        "kept_timeline",
        str(kept_timeline.FORMAT),
        "FORMAT in viewer/store/codecs/kept_timeline.py",
        ".bin",
        _kept_write,
        zlib.decompress,
        _kept_reads,
    ),
    Format(
        "timeline_columns",
        str(timeline_columns.FORMAT),
        "FORMAT in viewer/store/codecs/timeline_columns.py",
        ".bin",
        lambda: timeline_columns.to_bytes(columns()),
        _columns_compared,
        _columns_reads,
    ),
    Format(
        "merge_plan",
        MERGE_VERSION,
        "MERGE_VERSION in viewer/core/versions.py (a plan's key holds it)",
        ".json",
        _plan_write,
        _same,
        _plan_reads,
    ),
    Format(
        "views",
        str(views.FORMAT),
        "FORMAT in viewer/store/codecs/views.py",
        ".json",
        _views_write,
        _same,
        _views_reads,
    ),
]
