"""Gold dates from TimeML links: each rule of bench/timeml_gold.py as table cases."""

from __future__ import annotations

from datetime import date

import pytest

from bench.timeml import TmlTimex, parse_tml
from bench.timeml_gold import derive_gold_dates, happening_ids, timex_bound, value_bound
from tests.bench.tml_samples import event, instance, link, timex, tml

# "Rebels attacked the town Friday and seized a bridge this month, while talks on Aug. 3 failed."
TEXT = (
    f"Rebels {event('e1', 'attacked')} the town {timex('t1', 'Friday', '1998-08-07')} and "
    f"{event('e2', 'seized')} a bridge {timex('t2', 'this month', '1998-08')}, while "
    f"{event('e3', 'talks')} {timex('t3', 'on Aug. 3', '1998-08-03')} {event('e4', 'failed')}."
)
INSTANCES = "".join(instance(eid) for eid in ("e1", "e2", "e3", "e4"))
AUG_7 = (date(1998, 8, 7), date(1998, 8, 7), "day")
AUG_3 = (date(1998, 8, 3), date(1998, 8, 3), "day")
AUGUST = (date(1998, 8, 1), date(1998, 8, 31), "month")


def gold_of_e1(*links: tuple[str, str, str]) -> tuple[date, date, str] | None:
    document = parse_tml(
        tml(TEXT, instances=INSTANCES, links="".join(link(*each) for each in links))
    )
    gold = derive_gold_dates(document).get("e1")
    return None if gold is None else (gold.bound.first, gold.bound.last, gold.bound.precision)


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        # an event inside a date, said either way round
        ([("e1", "IS_INCLUDED", "t1")], AUG_7),
        ([("t1", "INCLUDES", "e1")], AUG_7),
        ([("e1", "SIMULTANEOUS", "t1")], AUG_7),
        ([("t1", "SIMULTANEOUS", "e1")], AUG_7),
        ([("e1", "DURING", "t2")], AUGUST),
        ([("e1", "BEGINS", "t2")], AUGUST),
        ([("e1", "ENDS", "t2")], AUGUST),
        ([("t2", "BEGUN_BY", "e1")], AUGUST),
        ([("t2", "ENDED_BY", "e1")], AUGUST),
        # the event holds the time, starts or ends at it, or is only ordered with it: no date
        ([("e1", "INCLUDES", "t1")], None),
        ([("e1", "DURING_INV", "t2")], None),
        ([("e1", "BEGUN_BY", "t1")], None),
        ([("e1", "ENDED_BY", "t1")], None),
        ([("e1", "BEFORE", "t1")], None),
        ([("e1", "AFTER", "t3")], None),
        ([("e1", "IBEFORE", "t1")], None),
        ([], None),
        # the document creation time is a date like any other
        ([("e1", "IS_INCLUDED", "t0")], AUG_7),
        # through other events: simultaneity and inclusion carry, containment does not
        ([("e1", "SIMULTANEOUS", "e3"), ("e3", "IS_INCLUDED", "t3")], AUG_3),
        ([("e1", "IDENTITY", "e3"), ("t3", "INCLUDES", "e3")], AUG_3),
        ([("e2", "INCLUDES", "e1"), ("e2", "IS_INCLUDED", "t2")], AUGUST),
        ([("e1", "INCLUDES", "e3"), ("e3", "IS_INCLUDED", "t3")], None),
        ([("e1", "BEFORE", "e3"), ("e3", "IS_INCLUDED", "t3")], None),
        # several bounds: the narrowest when the others hold it, none when they disagree
        ([("e1", "IS_INCLUDED", "t2"), ("e1", "IS_INCLUDED", "t3")], AUG_3),
        ([("e1", "IS_INCLUDED", "t1"), ("e1", "IS_INCLUDED", "t3")], None),
        (
            [
                ("e1", "IS_INCLUDED", "t1"),
                ("e1", "SIMULTANEOUS", "e3"),
                ("e3", "IS_INCLUDED", "t3"),
            ],
            None,
        ),
    ],
)
def test_gold_date_from_links(links: list[tuple[str, str, str]], expected: object) -> None:
    assert gold_of_e1(*links) == expected


def test_the_gold_date_says_where_it_came_from() -> None:
    links = link("e1", "SIMULTANEOUS", "e3") + link("e3", "IS_INCLUDED", "t0")
    gold = derive_gold_dates(parse_tml(tml(TEXT, instances=INSTANCES, links=links)))["e1"]
    assert (gold.tid, gold.value, gold.hops, gold.creation_time) == ("t0", "1998-08-07", 2, True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-08-07", (date(1998, 8, 7), date(1998, 8, 7), "day")),
        ("1998-08-07T06:18", (date(1998, 8, 7), date(1998, 8, 7), "day")),
        ("1998-08-07TNI", (date(1998, 8, 7), date(1998, 8, 7), "day")),
        ("1998-W32", (date(1998, 8, 3), date(1998, 8, 9), "week")),
        ("1998-W32-WE", (date(1998, 8, 8), date(1998, 8, 9), "range")),
        ("1998-02", (date(1998, 2, 1), date(1998, 2, 28), "month")),
        ("1998", (date(1998, 1, 1), date(1998, 12, 31), "year")),
        ("1998-Q3", (date(1998, 7, 1), date(1998, 9, 30), "range")),
        ("1998-H2", (date(1998, 7, 1), date(1998, 12, 31), "range")),
        ("PRESENT_REF", None),
        ("PAST_REF", None),
        ("1998-XX-XX", None),
        ("XXXX-WXX", None),
        ("199X", None),
        ("1998-SU", None),
        ("P1W", None),
    ],
)
def test_timex_values_as_intervals(value: str, expected: object) -> None:
    bound = value_bound(value)
    assert (None if bound is None else (bound.first, bound.last, bound.precision)) == expected


def _timex(value: str, kind: str = "DATE", mod: str = "") -> TmlTimex:
    return TmlTimex("t1", kind, value, mod, 0, 4, "word")


@pytest.mark.parametrize(
    ("timex_", "has_date"),
    [
        (_timex("1998-08-07"), True),
        (_timex("1998-08-07T10:00", kind="TIME"), True),
        (_timex("P3D", kind="DURATION"), False),
        (_timex("1998", kind="DURATION"), False),
        (_timex("XXXX-WXX", kind="SET"), False),
        (_timex("1998", mod="START"), True),
        (_timex("1998-08", mod="END"), True),
        (_timex("1998-08-07", mod="APPROX"), False),
        (_timex("1998", mod="BEFORE"), False),
        (_timex("1998", mod="ON_OR_AFTER"), False),
        (_timex("1998-02-30"), False),
    ],
)
def test_which_timexes_bound_an_event(timex_: TmlTimex, has_date: bool) -> None:
    assert (timex_bound(timex_) is not None) is has_date


@pytest.mark.parametrize(
    ("event_class", "polarity", "modality", "happening"),
    [
        ("OCCURRENCE", "POS", "", True),
        ("REPORTING", "POS", "", True),
        ("I_ACTION", "POS", "", True),
        ("ASPECTUAL", "POS", "", True),
        ("PERCEPTION", "POS", "", True),
        ("STATE", "POS", "", False),
        ("I_STATE", "POS", "", False),
        ("OCCURRENCE", "POS", "would", False),
        ("OCCURRENCE", "POS", "COULD", False),
        ("OCCURRENCE", "POS", "none", True),
        # polarity is not trusted: some files mark plain happenings NEG
        ("OCCURRENCE", "NEG", "", True),
    ],
)
def test_which_events_are_happenings(
    event_class: str, polarity: str, modality: str, happening: bool
) -> None:
    text = f"Talks {event('e1', 'collapsed', event_class)} on Friday."
    document = parse_tml(tml(text, instances=instance("e1", polarity=polarity, modality=modality)))
    assert ("e1" in happening_ids(document)) is happening


def test_parsed_text_keeps_every_tag_at_its_words() -> None:
    friday = timex("t1", "Friday", "1998-08-07")
    text = f"Smith &amp; Co. {event('e1', 'said')} {friday} it {event('e2', 'won')}."
    document = parse_tml(tml(text, title="Smith &amp; Co. wins", instances=instance("e1")))
    assert document.title == "Smith & Co. wins"
    assert document.creation_time is not None and document.creation_time.value == "1998-08-07"
    for tagged in document.events:
        assert document.text[tagged.start : tagged.end] == tagged.text
    for time_words in document.timexes:
        assert document.text[time_words.start : time_words.end] == time_words.text
    assert [e.text for e in document.events] == ["said", "won"]
    assert "Smith & Co. said Friday it won." in document.text


def test_not_timeml_is_refused() -> None:
    with pytest.raises(ValueError, match="TEXT"):
        parse_tml("<TimeML><DOCID>x</DOCID></TimeML>")
    with pytest.raises(ValueError, match="XML"):
        parse_tml("<TimeML><TEXT>unclosed")
