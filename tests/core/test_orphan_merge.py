"""The one rule of attaching an orphan's work to an event: nothing the user typed is lost."""

from __future__ import annotations

from datetime import date

from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.model import DateValue
from viewer.core.orphan_merge import attaching, joined_notes

HERE = Anchor("d", 0, 5, "quote")
ORPHAN = Annotation(
    "old",
    HERE,
    note="From before the edit",
    tags=("nato", "check"),
    status=Status.DISPUTED,
    starred=True,
    title="Ministers meet",
    date=DateValue.day(date(2022, 11, 29)),
)


def test_an_event_with_no_annotation_takes_the_orphans_whole() -> None:
    plan = attaching(None, ORPHAN)
    assert plan.whole and not plan.not_applied
    assert plan.fields["note"] == ORPHAN.note
    assert plan.fields["status"] is Status.DISPUTED
    assert plan.fields["date"] == ORPHAN.date


def test_an_annotated_event_keeps_its_own_and_joins_the_rest() -> None:
    own = Annotation("new", HERE, note="Mine", tags=("check", "mine"), status=Status.CONFIRMED)
    plan = attaching(own, ORPHAN)
    assert not plan.whole
    assert plan.fields["note"] == "Mine\n\nFrom before the edit"
    assert plan.fields["tags"] == ("check", "mine", "nato")
    assert plan.fields["starred"] is True
    assert plan.fields["status"] is Status.CONFIRMED  # the event's own
    assert plan.fields["title"] == "Ministers meet"  # it had none: the orphan's fills it
    assert plan.not_applied == ("status “disputed”",)


def test_a_differing_date_and_title_are_named_not_applied() -> None:
    own = Annotation("new", HERE, note="x", title="Talks", date=DateValue.day(date(2022, 11, 30)))
    plan = attaching(own, ORPHAN)
    assert plan.fields["title"] == "Talks"
    assert plan.not_applied == ("corrected date “Tue 29 Nov 2022”", "title “Ministers meet”")


def test_a_note_pasted_by_hand_already_is_not_kept_twice() -> None:
    assert joined_notes("Mine\n\nFrom before", "From before") == "Mine\n\nFrom before"
    assert joined_notes("", "From before") == "From before"
    assert joined_notes("Mine", "") == "Mine"
