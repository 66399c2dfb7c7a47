"""Search and facet filters over TimelineData, as numpy masks, with their chips."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import repeat

import numpy as np
import numpy.typing as npt

from viewer.core.annotations import Annotation, Status
from viewer.core.model import Event, Passage
from viewer.core.timeline import STATUS_CODE, STATUSES, TimelineData

Mask = npt.NDArray[np.bool_]
PassageReading = Callable[[Passage], str]  # a passage's text as a reader reads it
FACETS = ("text", "date", "source", "tag", "status", "starred", "sure", "date_sure")
# The choices of how sure the extractor must be that an event is a reported happening.
SURE_STEPS = (0.5, 0.7, 0.85)


@dataclass(frozen=True, slots=True)
class Filter:
    """What the user asked to see; the default shows everything but rejected events."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sources: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[Status] = field(default_factory=frozenset)
    show_rejected: bool = False
    starred_only: bool = False
    min_sure: float = 0.0  # the least event confidence shown; 0: any, even none given
    min_date_sure: float = 0.0  # the least date confidence shown (a user's date: wholly sure)

    def words(self) -> list[str]:
        """What the search text looks for: its words, and its "quoted phrases" whole."""
        return search_terms(self.text)

    def is_default(self) -> bool:
        return self == Filter()


_QUOTES = str.maketrans("“”„", '"""')


def search_terms(text: str) -> list[str]:
    """The words of a search, and its quoted phrases ("500 troops", straight or curly
    quotes) whole, with their white space folded: a phrase matches only as a phrase."""
    return [term for term, _ in _terms(text)]


def _terms(text: str) -> list[tuple[str, bool]]:
    """Each term of a search, and whether it was a quoted phrase."""
    terms: list[tuple[str, bool]] = []
    for i, part in enumerate(text.lower().translate(_QUOTES).split('"')):
        if i % 2:
            phrase = " ".join(part.split())
            if phrase:
                terms.append((phrase, True))
        else:
            terms.extend((word, False) for word in part.split())
    return terms


def _as_read(passage: Passage) -> str:
    return passage.text


def search_text(
    event: Event,
    annotation: Annotation | None,
    title: str,
    reading: PassageReading | None = None,
) -> bytes:
    """The lowercase text a search matches: title, every passage, the note and the tags,
    one to a line, each with its white space folded (a phrase matches across a line break
    of the article). A passage that several articles repeat word for word is in it once.
    `reading` gives a passage's text where the passage has none yet (a kept timeline).

    Kept as UTF-8: one curly quote would make a str two bytes a character throughout, and a
    word is found in UTF-8 exactly where it is found in the text."""
    read = reading or _as_read
    parts = [title, *dict.fromkeys(read(p) for p in event.passages)]
    if annotation is not None:
        parts.append(annotation.note)
        parts.extend(annotation.tags)
    return "\n".join(" ".join(part.split()) for part in parts).lower().encode()


def search_texts(
    data: TimelineData,
    events: Sequence[Event],
    annotations: Mapping[str, Annotation],
    titles: Mapping[str, str] | None = None,
    reading: PassageReading | None = None,
) -> SearchTexts:
    """Search texts aligned with the rows of data, built once per load; rows without their
    event yet (a kept timeline shown before its events) are found by their titles."""
    out = SearchTexts(title.lower().encode() for title in data.titles)
    for ev in events:
        row = data.index_of(ev.id)
        if row >= 0:
            title = titles[ev.id] if titles is not None else data.titles[row]
            out[row] = search_text(ev, annotations.get(ev.id), title, reading)
    return out


class SearchTexts(list[bytes]):
    """What a search matches, row by row of a TimelineData (see search_text), counting the
    rows changed in place since it was made: a search that kept its last mask notices."""

    def __init__(self, texts: Iterable[bytes] = ()) -> None:
        super().__init__(texts)
        self.revision = 0

    def replace(self, row: int, text: bytes) -> None:
        """A row's text after an edit of its event's annotation."""
        self[row] = text
        self.revision += 1


class TextSearch:
    """The text search of one view, kept by whoever shows its results: the last search's
    mask, so that typing one more letter only re-checks the rows that matched."""

    def __init__(self) -> None:
        self._data: TimelineData | None = None
        self._searchable: Sequence[bytes] | None = None
        self._revision = 0
        self._text = ""
        self._mask: Mask | None = None

    def mask_for(self, text: str, data: TimelineData, searchable: Sequence[bytes]) -> Mask:
        """The rows whose search text holds every term of `text`."""
        text = text.lower()
        revision = searchable.revision if isinstance(searchable, SearchTexts) else 0
        same_source = (
            self._data is data and self._searchable is searchable and self._revision == revision
        )
        if same_source and self._mask is not None and text == self._text:
            return self._mask
        terms = search_terms(text)
        if same_source and self._mask is not None and _narrows(self._text, terms):
            # Every term of the last search is inside a term of this one: only its rows.
            rows = np.flatnonzero(self._mask)
        else:
            rows = np.arange(len(data))
        for word in (w.encode() for w in terms):
            if not len(rows):
                break
            whole = len(rows) == len(searchable)
            texts = searchable if whole else [searchable[i] for i in rows.tolist()]
            # bytes.find through map: `word in text` on bytes costs half as much again.
            where = np.fromiter(map(bytes.find, texts, repeat(word)), np.int64, len(texts))
            rows = rows[where >= 0]
        mask = np.zeros(len(data), np.bool_)
        mask[rows] = True
        self._data, self._searchable, self._revision = data, searchable, revision
        self._text, self._mask = text, mask
        return mask


def _narrows(before: str, terms: Sequence[str]) -> bool:
    """Whether a search for `terms` can only find rows the search `before` found."""
    earlier = search_terms(before)
    return bool(earlier) and all(any(old in new for new in terms) for old in earlier)


def _codes(names: Sequence[str], wanted: frozenset[str]) -> npt.NDArray[np.int32]:
    return np.asarray([i for i, n in enumerate(names) if n in wanted], np.int32)


def _rows_with(
    n: int, rows: npt.NDArray[np.int32], codes: npt.NDArray[np.int32], wanted: npt.NDArray[np.int32]
) -> Mask:
    mask = np.zeros(n, np.bool_)
    mask[rows[np.isin(codes, wanted)]] = True
    return mask


def component_masks(
    f: Filter, data: TimelineData, searchable: Sequence[bytes], search: TextSearch | None = None
) -> dict[str, Mask]:
    """One mask per active facet; a row is shown when every one of them holds. A view that
    filters as the user types hands in its TextSearch, to build on its last search."""
    n = len(data)
    masks: dict[str, Mask] = {}
    if f.words():
        masks["text"] = (search or TextSearch()).mask_for(f.text, data, searchable)
    if f.date_from is not None or f.date_to is not None:
        lo = f.date_from.toordinal() if f.date_from else -(2**31)
        hi = f.date_to.toordinal() if f.date_to else 2**31 - 1
        # An event is in a date range when any of its days is.
        masks["date"] = (data.last >= lo) & (data.first <= hi)
    if f.sources:
        wanted = _codes(data.source_names, f.sources)
        masks["source"] = _rows_with(n, data.doc_event, data.doc_code, wanted)
    if f.tags:
        names, rows, codes = data.tag_pairs()
        masks["tag"] = _rows_with(n, rows, codes, _codes(names, f.tags))
    if f.statuses:
        wanted_status = np.asarray([STATUS_CODE[s] for s in f.statuses], np.uint8)
        masks["status"] = np.isin(data.status, wanted_status)
    elif not f.show_rejected:
        masks["status"] = data.status != STATUS_CODE[Status.REJECTED]
    if f.starred_only:
        masks["starred"] = data.starred.copy()
    if f.min_sure > 0:
        masks["sure"] = sure_at_least(data, f.min_sure)
    if f.min_date_sure > 0:
        masks["date_sure"] = date_sure_at_least(data, f.min_date_sure)
    return masks


def sure_at_least(data: TimelineData, least: float) -> Mask:
    """The rows the extractor is at least `least` sure are reported happenings (an event
    with no confidence given, from an older export, is not)."""
    with np.errstate(invalid="ignore"):
        return np.asarray(data.confidence >= np.float32(least) - 1e-6, np.bool_)


def date_sure_at_least(data: TimelineData, least: float) -> Mask:
    """The rows whose date the extractor is at least `least` sure of, or the user gave."""
    with np.errstate(invalid="ignore"):
        sure = data.date_confidence >= np.float32(least) - 1e-6
    return np.asarray(sure | data.user_dated, np.bool_)


def _combine(n: int, masks: Mapping[str, Mask], leave_out: str = "") -> Mask:
    out = np.ones(n, np.bool_)
    for key, mask in masks.items():
        if key != leave_out:
            out &= mask
    return out


def apply(
    f: Filter, data: TimelineData, searchable: Sequence[bytes], search: TextSearch | None = None
) -> Mask:
    """Which rows of data the filter shows."""
    return _combine(len(data), component_masks(f, data, searchable, search))


def facet_counts(
    f: Filter, data: TimelineData, searchable: Sequence[bytes], search: TextSearch | None = None
) -> dict[str, dict[str, int]]:
    """How many rows each status, tag, source and the star would show, under the other filters."""
    masks = component_masks(f, data, searchable, search)
    n = len(data)
    status_mask = _combine(n, masks, "status")
    status_counts = np.bincount(data.status[status_mask], minlength=len(STATUSES))
    tag_names, tag_rows, tag_codes = data.tag_pairs()
    tag_mask = _combine(n, masks, "tag")
    tag_counts = np.bincount(tag_codes[tag_mask[tag_rows]], minlength=len(tag_names))
    source_mask = _combine(n, masks, "source")
    source_counts = np.bincount(
        data.doc_code[source_mask[data.doc_event]], minlength=len(data.source_names)
    )
    starred = int(np.count_nonzero(data.starred & _combine(n, masks, "starred")))
    sure_mask = _combine(n, masks, "sure")
    sure = {
        f"{step:g}": int(np.count_nonzero(sure_at_least(data, step) & sure_mask))
        for step in SURE_STEPS
    }
    sure["0"] = int(np.count_nonzero(sure_mask))
    date_mask = _combine(n, masks, "date_sure")
    date_sure = {
        f"{step:g}": int(np.count_nonzero(date_sure_at_least(data, step) & date_mask))
        for step in SURE_STEPS
    }
    date_sure["0"] = int(np.count_nonzero(date_mask))
    return {
        "status": {s.value: int(c) for s, c in zip(STATUSES, status_counts, strict=True)},
        "tag": {t: int(c) for t, c in sorted(zip(tag_names, tag_counts, strict=True))},
        "source": {
            s: int(c) for s, c in sorted(zip(data.source_names, source_counts, strict=True))
        },
        "starred": {"starred": starred},
        "sure": sure,
        "date_sure": date_sure,
    }


def describe(f: Filter) -> list[tuple[str, str]]:
    """The active filters as chips: a key that clear() understands and a label to show."""
    chips: list[tuple[str, str]] = []
    terms = _terms(f.text)
    if terms:
        # As it matches: each phrase in quotes, each word bare, every one of them required.
        shown = " + ".join(f"“{t}”" if quoted else t for t, quoted in terms)
        chips.append(("text", f"text: {shown}"))
    if f.date_from is not None:
        chips.append(("date_from", f"from {f.date_from:%d %b %Y}"))
    if f.date_to is not None:
        chips.append(("date_to", f"until {f.date_to:%d %b %Y}"))
    chips.extend((f"source:{s}", f"source: {s}") for s in sorted(f.sources))
    chips.extend((f"tag:{t}", f"tag: {t}") for t in sorted(f.tags))
    chips.extend((f"status:{s.value}", s.value) for s in STATUSES if s in f.statuses)
    if f.show_rejected and Status.REJECTED not in f.statuses:
        chips.append(("show_rejected", "with rejected"))
    if f.starred_only:
        chips.append(("starred", "★ starred"))
    if f.min_sure > 0:
        chips.append(("sure", f"sure ≥ {f.min_sure:.0%}"))
    if f.min_date_sure > 0:
        chips.append(("date_sure", f"date sure ≥ {f.min_date_sure:.0%}"))
    return chips


def clear(f: Filter, key: str) -> Filter:
    """The filter without the chip named key (an unknown key changes nothing)."""
    kind, _, value = key.partition(":")
    if kind == "text":
        return replace(f, text="")
    if kind == "date_from":
        return replace(f, date_from=None)
    if kind == "date_to":
        return replace(f, date_to=None)
    if kind == "source":
        return replace(f, sources=f.sources - {value})
    if kind == "tag":
        return replace(f, tags=f.tags - {value})
    if kind == "status" and value in {s.value for s in STATUSES}:
        return replace(f, statuses=f.statuses - {Status(value)})
    if kind == "show_rejected":
        return replace(f, show_rejected=False)
    if kind == "starred":
        return replace(f, starred_only=False)
    if kind == "sure":
        return replace(f, min_sure=0.0)
    if kind == "date_sure":
        return replace(f, min_date_sure=0.0)
    return f
