"""Filters: every facet, combinations, facet counts, chips and saved views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core import filters
from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.filters import Filter, apply, clear, describe, facet_counts
from viewer.core.model import DateBasis, DateValue, Event, Passage
from viewer.core.timeline import TimelineData

BASE = date(2022, 3, 1)


def event(eid: str, day: int, text: str, *docs: str) -> Event:
    passages = [Passage(d, 0, len(text), text) for d in docs]
    value = DateValue.day(BASE + timedelta(days=day))
    return Event(eid, value, "", DateBasis.EXPLICIT, f"Title {eid}", passages)


def ann(eid: str, **kw: object) -> Annotation:
    return Annotation(eid, Anchor("a.txt", 0, 1, "x")).with_(**kw)


EVENTS = [
    event("e1", 0, "NATO sends troops to Poland", "a.txt"),
    event("e2", 1, "Germany pledges aid", "b.txt"),
    event("e3", 2, "Troops arrive in Romania", "a.txt", "c.txt"),
    event("e4", 3, "Summit opens in Madrid", "c.txt"),
    event("e5", 4, "A rumour about troops", "b.txt"),
]
ANNOTATIONS = {
    "e1": ann("e1", status=Status.CONFIRMED, starred=True, tags=("nato", "poland")),
    "e2": ann("e2", note="Check the Bundestag vote", tags=("germany",)),
    "e3": ann("e3", status=Status.DISPUTED, tags=("nato",)),
    "e5": ann("e5", status=Status.REJECTED),
}
DATA = TimelineData.from_events(EVENTS, ANNOTATIONS)
TEXTS = filters.search_texts(DATA, EVENTS, ANNOTATIONS)


def shown(f: Filter) -> list[str]:
    return [DATA.ids[i] for i in np.flatnonzero(apply(f, DATA, TEXTS))]


def test_default_hides_only_rejected() -> None:
    assert shown(Filter()) == ["e1", "e2", "e3", "e4"]
    assert shown(Filter(show_rejected=True)) == ["e1", "e2", "e3", "e4", "e5"]
    assert shown(Filter(statuses=frozenset({Status.REJECTED}))) == ["e5"]


def test_a_search_typed_letter_by_letter_finds_what_a_fresh_search_finds() -> None:
    search = filters.TextSearch()
    texts = filters.search_texts(DATA, EVENTS, ANNOTATIONS)
    for typed in ("t", "tr", "troo", "troops", "troops rom", "troops", "madrid"):
        f = Filter(text=typed, show_rejected=True)
        assert list(apply(f, DATA, texts, search)) == list(apply(f, DATA, texts))


def test_a_search_notices_a_row_whose_text_changed_since() -> None:
    search = filters.TextSearch()
    texts = filters.search_texts(DATA, EVENTS, ANNOTATIONS)
    f = Filter(text="zanzibar", show_rejected=True)
    assert not apply(f, DATA, texts, search).any()
    row = DATA.index_of("e4")
    texts.replace(row, filters.search_text(EVENTS[3], ann("e4", note="Zanzibar"), "Title e4"))
    assert [DATA.ids[i] for i in np.flatnonzero(apply(f, DATA, texts, search))] == ["e4"]


def test_text_matches_all_words_anywhere_case_insensitively() -> None:
    assert shown(Filter(text="TROOPS")) == ["e1", "e3"]
    assert shown(Filter(text="troops rom")) == ["e3"]
    assert shown(Filter(text="bundestag")) == ["e2"]  # the note
    assert shown(Filter(text="poland nato")) == ["e1"]  # passage and tags
    assert shown(Filter(text="title e4")) == ["e4"]
    assert shown(Filter(text="zzz")) == []
    assert shown(Filter(text="   ")) == ["e1", "e2", "e3", "e4"]


def test_typing_on_narrows_and_backspace_widens() -> None:
    assert shown(Filter(text="t")) == ["e1", "e2", "e3", "e4"]
    assert shown(Filter(text="tr")) == ["e1", "e3"]
    assert shown(Filter(text="tro")) == ["e1", "e3"]
    assert shown(Filter(text="t")) == ["e1", "e2", "e3", "e4"]


def test_date_range_is_inclusive() -> None:
    f = Filter(date_from=BASE + timedelta(days=1), date_to=BASE + timedelta(days=2))
    assert shown(f) == ["e2", "e3"]
    assert shown(Filter(date_from=BASE + timedelta(days=3))) == ["e4"]
    assert shown(Filter(date_to=BASE)) == ["e1"]


def test_sources_match_any_passage() -> None:
    assert shown(Filter(sources=frozenset({"c.txt"}))) == ["e3", "e4"]
    assert shown(Filter(sources=frozenset({"a.txt", "b.txt"}))) == ["e1", "e2", "e3"]


def test_tags_statuses_and_star() -> None:
    assert shown(Filter(tags=frozenset({"nato"}))) == ["e1", "e3"]
    assert shown(Filter(tags=frozenset({"poland", "germany"}))) == ["e1", "e2"]
    both = frozenset({Status.CONFIRMED, Status.UNREVIEWED})
    assert shown(Filter(statuses=both)) == ["e1", "e2", "e4"]
    assert shown(Filter(starred_only=True)) == ["e1"]


def test_filters_combine() -> None:
    f = Filter(text="troops", tags=frozenset({"nato"}), statuses=frozenset({Status.DISPUTED}))
    assert shown(f) == ["e3"]
    assert shown(Filter(text="troops", show_rejected=True)) == ["e1", "e3", "e5"]


def test_facet_counts_use_the_other_filters() -> None:
    counts = facet_counts(
        Filter(text="troops", statuses=frozenset({Status.CONFIRMED})), DATA, TEXTS
    )
    # Status counts ignore the status filter itself, so other statuses stay discoverable.
    assert counts["status"] == {"unreviewed": 0, "confirmed": 1, "disputed": 1, "rejected": 1}
    assert counts["tag"] == {"germany": 0, "nato": 1, "poland": 1}
    assert counts["source"] == {"a.txt": 1, "b.txt": 0, "c.txt": 0}
    assert counts["starred"] == {"starred": 1}


def test_chips_describe_and_clear_each_filter() -> None:
    f = Filter(
        text="troops",
        date_from=BASE,
        date_to=BASE,
        sources=frozenset({"a.txt"}),
        tags=frozenset({"nato"}),
        statuses=frozenset({Status.CONFIRMED}),
        starred_only=True,
    )
    chips = describe(f)
    keys = [k for k, _ in chips]
    assert keys == [
        "text",
        "date_from",
        "date_to",
        "source:a.txt",
        "tag:nato",
        "status:confirmed",
        "starred",
    ]
    assert ("text", "text: troops") in chips
    for key in keys:
        assert key not in [k for k, _ in describe(clear(f, key))]
    g = f
    for key in keys:
        g = clear(g, key)
    assert g == Filter()
    assert describe(Filter()) == []
    assert clear(f, "nonsense") == f
    assert describe(Filter(show_rejected=True)) == [("show_rejected", "with rejected")]


WORDS = ["troops", "nato", "aid", "madrid", "x", "défense", "kyiv’s"]
QUERIES = ["tro", "NATO", "DÉF", "’s"]  # parts of words, other cases, non-ASCII


@dataclass(frozen=True)
class Row:
    id: str
    first: int
    length: int
    status: int
    starred: bool
    source: int
    tags: tuple[str, ...]
    text: str


Case = tuple[TimelineData, list[bytes], Filter, list[Row]]


@st.composite
def random_case(draw: st.DrawFn) -> Case:
    rows = [
        Row(
            f"r{i:02d}",
            draw(st.integers(1, 20)),
            draw(st.sampled_from([0, 0, 6, 30])),
            draw(st.integers(0, 3)),
            draw(st.booleans()),
            draw(st.integers(0, 2)),
            tuple(draw(st.sets(st.sampled_from(["a", "b", "c"]), max_size=2))),
            " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=3))),
        )
        for i in range(draw(st.integers(0, 30)))
    ]
    data = TimelineData.from_arrays(
        [r.first for r in rows],
        [r.first + r.length for r in rows],
        status=[r.status for r in rows],
        starred=[r.starred for r in rows],
        ids=[r.id for r in rows],
        source=[r.source for r in rows],
        source_names=["s0", "s1", "s2"],
        tags=[r.tags for r in rows],
    )
    by_id = {r.id: r for r in rows}
    day = st.integers(1, 25).map(date.fromordinal)
    f = Filter(
        text=" ".join(draw(st.lists(st.sampled_from([*WORDS, *QUERIES]), max_size=2))),
        date_from=draw(st.none() | day),
        date_to=draw(st.none() | day),
        sources=frozenset(draw(st.sets(st.sampled_from(["s0", "s1", "s2", "zz"])))),
        tags=frozenset(draw(st.sets(st.sampled_from(["a", "b", "c"])))),
        statuses=frozenset(draw(st.sets(st.sampled_from(list(Status))))),
        show_rejected=draw(st.booleans()),
        starred_only=draw(st.booleans()),
    )
    ordered = [by_id[i] for i in data.ids]
    return data, [r.text.encode() for r in ordered], f, ordered


def naive(f: Filter, row: Row) -> bool:
    status = list(Status)[row.status]
    checks = [
        all(w in row.text.lower() for w in f.text.lower().split()),
        f.date_from is None or row.first + row.length >= f.date_from.toordinal(),
        f.date_to is None or row.first <= f.date_to.toordinal(),
        not f.sources or f"s{row.source}" in f.sources,
        not f.tags or bool(set(row.tags) & f.tags),
        status in f.statuses if f.statuses else (f.show_rejected or status != Status.REJECTED),
        not f.starred_only or row.starred,
    ]
    return all(checks)


@settings(max_examples=200, deadline=None)
@given(random_case())
def test_mask_equals_a_naive_filter(case: Case) -> None:
    data, texts, f, rows = case
    assert list(apply(f, data, texts)) == [naive(f, r) for r in rows]


def test_a_quoted_phrase_matches_only_as_a_phrase() -> None:
    assert shown(Filter(text="sends troops")) == ["e1"]
    assert shown(Filter(text='"troops sends"')) == []  # both words, not this phrase
    assert shown(Filter(text="“sends  TROOPS”")) == ["e1"]  # curly quotes, any spacing
    assert shown(Filter(text='"arrive in" romania')) == ["e3"]
    assert shown(Filter(text='"arrive romania"')) == []


def test_typing_a_phrase_on_narrows_it() -> None:
    seen = [
        shown(Filter(text=typed)) for typed in ['"', '"t', '"troops', '"troops a', '"troops ar"']
    ]
    assert seen == [
        ["e1", "e2", "e3", "e4"],
        ["e1", "e2", "e3", "e4"],
        ["e1", "e3"],
        ["e3"],
        ["e3"],
    ]
    assert shown(Filter(text='"troops')) == ["e1", "e3"]  # and back


def test_the_chip_says_what_is_searched() -> None:
    chips = dict(describe(Filter(text='"500 troops" poland')))
    assert chips["text"] == "text: “500 troops” + poland"


def test_how_sure_an_event_must_be() -> None:
    events = [event(f"s{i}", i, f"Sentence {i}", "a.txt") for i in range(4)]
    for e, sure in zip(events, (0.45, 0.7, 0.9, float("nan")), strict=True):
        e.event_confidence = sure
    data = TimelineData.from_events(events, {})
    texts = filters.search_texts(data, events, {})

    def sure_ones(least: float) -> list[str]:
        return [data.ids[i] for i in np.flatnonzero(apply(Filter(min_sure=least), data, texts))]

    assert sure_ones(0.0) == ["s0", "s1", "s2", "s3"]  # any, even with no confidence given
    assert sure_ones(0.7) == ["s1", "s2"]  # 70% is at least 70% sure
    assert sure_ones(0.85) == ["s2"]
    counts = facet_counts(Filter(min_sure=0.85), data, texts)["sure"]
    assert counts == {"0": 4, "0.5": 2, "0.7": 2, "0.85": 1}  # what each choice would show
    assert describe(Filter(min_sure=0.7)) == [("sure", "sure ≥ 70%")]
    assert clear(Filter(min_sure=0.7), "sure") == Filter()
