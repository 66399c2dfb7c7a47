"""The kept timeline's format: the timeline as last shown, kept so that reopening paints at once.

The project keeps the events and what the articles said of themselves (title, author, date),
without their text, which is read again when the project opens (workspace/kept_timeline.py
decides whether the kept timeline is still the timeline of the articles read).
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

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

FORMAT = 4  # bump when the layout below changes: an older kept timeline is then ignored
# Events per line of JSON. One json.loads of a whole large timeline holds the interpreter for
# seconds, and the window with it; line by line, the window gets its turn in between.
CHUNK = 2_000
_READ = 1 << 16  # compressed bytes decompressed at a time

_PRECISION = {p.value: p for p in Precision}
_BASIS = {b.value: b for b in DateBasis}
_DOC_BASIS = {b.value: b for b in DocDateBasis}


@dataclass(frozen=True)
class KeptTimeline:
    """Articles known by their metadata only (empty text), and the events they gave."""

    documents: list[Document]
    events: list[Event]
    made_with: str = ""  # the recipe it was made with (codecs.recipe.timeline_recipe)


def encode(documents: Sequence[Document], events: Sequence[Event], made_with: str = "") -> bytes:
    """The timeline in a compact form: passages by position, their text left to the articles."""
    index = {doc.id: k for k, doc in enumerate(documents)}
    head = {
        "format": FORMAT,
        "made_with": made_with,
        "documents": [document_row(d) for d in documents],
    }
    # Compressed line by line: the whole text of a large timeline, then its bytes, would
    # each hold several times the result while the window closes.
    deflate = zlib.compressobj(1)
    out = [deflate.compress(json.dumps(head, ensure_ascii=False).encode())]
    for k in range(0, len(events), CHUNK):
        rows = [_row(e, index) for e in events[k : k + CHUNK]]
        # json.dumps escapes every newline inside a string: lines split cleanly.
        out.append(deflate.compress(b"\n" + json.dumps(rows, ensure_ascii=False).encode()))
    out.append(deflate.flush())
    return b"".join(out)


def document_row(d: Document) -> list[Any]:
    """What the kept timeline says of a document: all that must match for it to be reused."""
    return [
        d.id,
        d.path,
        d.title,
        d.author,
        d.date.toordinal() if d.date else 0,
        d.date_basis,
        d.date_text,
        d.content_hash,
        d.problems,
    ]


def _row(e: Event, index: dict[str, int]) -> list[Any]:
    passages = e.passages
    if len(passages) == 1:  # most events: spared a comprehension
        p = passages[0]
        places = [index[p.document_id], p.start, p.end]
    else:
        places = [n for p in passages for n in (index[p.document_id], p.start, p.end)]
    # 0 when the event's one dating is its own date (most events), spared the comparison
    # when there are several; compared field by field as Dating's own == does, without
    # making a Dating of the event's date to compare with.
    dating = e.dating
    if not dating or (
        len(dating) == 1
        and type(one := dating[0]) is Dating
        and (one.value, one.basis, one.text, one.confidence, one.origin)
        == (e.date, e.date_basis, e.date_text, e.date_confidence, None)
    ):
        datings: int | list[list[Any]] = 0
    else:
        datings = [_dating(d) for d in dating]
    value = e.date
    return [
        e.id,
        value.first.toordinal(),
        value.last.toordinal(),
        value.precision,
        e.date_text,
        e.date_basis,
        e.title,
        e.merge_reason,
        e.date_conflict,
        places,
        datings,
        round(e.event_confidence, 3),
        round(e.date_confidence, 3),
    ]


def decode(data: bytes) -> KeptTimeline | None:
    """The kept timeline, or None when it is damaged or was kept by another format."""
    try:
        lines = _lines(data)
        kept = json.loads(next(lines))
        if kept.get("format") != FORMAT:
            return None
        documents = [_document(row) for row in kept["documents"]]
        ids = [d.id for d in documents]
        values: dict[tuple[int, int, str], DateValue] = {}
        datings: dict[tuple[Any, ...], Dating] = {}
        events = [_event(row, ids, values, datings) for line in lines for row in json.loads(line)]
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, StopIteration, zlib.error):
        return None
    return KeptTimeline(documents, events, str(kept.get("made_with", "")))


def _lines(data: bytes) -> Iterator[bytes]:
    """The kept text line by line as it is decompressed: the whole of it, decompressed and
    then decoded, would hold several times its compressed size (125 MB of text for 100,000
    events) while a large project opens."""
    inflate = zlib.decompressobj()
    rest = b""
    for start in range(0, len(data), _READ):
        rest += inflate.decompress(data[start : start + _READ])
        *whole, rest = rest.split(b"\n")
        yield from whole
    rest += inflate.flush()
    if not inflate.eof:
        raise zlib.error("the kept timeline is cut short")
    yield from rest.split(b"\n")


# The enums are str: json writes them as their values, without the slow `.value` look-up.


def _value(value: DateValue) -> tuple[int, int, str]:
    return value.first.toordinal(), value.last.toordinal(), value.precision


def _dating(dating: Dating) -> list[Any]:
    origin = [dating.origin.start, dating.origin.end] if dating.origin else 0
    return [*_value(dating.value), dating.basis, dating.text, round(dating.confidence, 3), origin]


def _date_value(
    first: int, last: int, precision: str, values: dict[tuple[int, int, str], DateValue]
) -> DateValue:
    # Thousands of events share a day: one object each, not one per event.
    key = (first, last, precision)
    found = values.get(key)
    if found is None:
        found = DateValue(date.fromordinal(first), date.fromordinal(last), _PRECISION[precision])
        values[key] = found
    return found


def _document(row: list[Any]) -> Document:
    doc_id, path, title, author, day, basis, date_text, content_hash, problems = row
    return Document(
        id=str(doc_id),
        path=str(path),
        text="",
        title=str(title),
        author=str(author),
        date=date.fromordinal(day) if day else None,
        date_basis=_DOC_BASIS[basis],
        date_text=str(date_text),
        content_hash=str(content_hash),
        problems=[str(p) for p in problems],
    )


def _shared_dating(
    key: tuple[Any, ...],
    values: dict[tuple[int, int, str], DateValue],
    datings: dict[tuple[Any, ...], Dating],
) -> Dating:
    # Hundreds of thousands of passages say "last week" of a few hundred days: one each.
    found = datings.get(key)
    if found is None:
        first, last, precision, basis, text, confidence, origin = key
        value = _date_value(first, last, precision, values)
        where = Span(int(origin[0]), int(origin[1])) if origin else None
        found = Dating(value, _BASIS[basis], sys.intern(str(text)), float(confidence), where)
        datings[key] = found
    return found


def _event(
    row: list[Any],
    ids: list[str],
    values: dict[tuple[int, int, str], DateValue],
    datings: dict[tuple[Any, ...], Dating],
) -> Event:
    (
        event_id,
        first,
        last,
        precision,
        date_text,
        basis,
        title,
        reason,
        conflict,
        places,
        each,
        event_confidence,
        date_confidence,
    ) = row
    value = _date_value(first, last, precision, values)
    passages = [
        Passage.unread(ids[places[k]], places[k + 1], places[k + 2])
        for k in range(0, len(places), 3)
    ]
    own_key = (first, last, precision, basis, date_text, date_confidence, 0)
    own = _shared_dating(own_key, values, datings)
    dating = [_shared_dating(_key(d), values, datings) for d in each] if each else [own]
    return Event(
        str(event_id),
        value,
        own.text,
        own.basis,
        str(title),
        passages,
        str(reason),
        str(conflict),
        dating,
        float(event_confidence),
        float(date_confidence),
    )


def _key(dating: list[Any]) -> tuple[Any, ...]:
    """A kept dating as a hashable key; its sentence of origin as a tuple, not a list."""
    *head, origin = dating
    return (*head, tuple(origin) if origin else 0)
