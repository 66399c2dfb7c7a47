"""The user's date and title win over the extracted ones, everywhere they are shown."""

from __future__ import annotations

from datetime import date

from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.effective import CORRECTED_DATE_TEXT, effective, shown_date
from viewer.core.model import DateBasis, DateValue, Event, Passage

EVENT = Event(
    "e1",
    DateValue.day(date(2022, 3, 8)),
    "on Tuesday",
    DateBasis.RELATIVE,
    "US sends 500 more troops",
    [Passage("a.txt", 0, 10, "The US sent")],
)
ANCHOR = Anchor("a.txt", 0, 10, "The US sent")


def test_without_an_annotation_the_extracted_date_and_title_show() -> None:
    shown = effective(EVENT, None)
    assert (shown.date, shown.title) == (EVENT.date, EVENT.title)
    assert (shown.date_basis, shown.date_text) == (DateBasis.RELATIVE, "on Tuesday")


def test_a_note_alone_changes_neither_date_nor_title() -> None:
    shown = effective(EVENT, Annotation("e1", ANCHOR, note="check", status=Status.DISPUTED))
    assert (shown.date, shown.title, shown.date_basis) == (
        EVENT.date,
        EVENT.title,
        DateBasis.RELATIVE,
    )


def test_the_users_title_wins_and_an_empty_one_does_not() -> None:
    assert effective(EVENT, Annotation("e1", ANCHOR, title="Troops sent")).title == "Troops sent"
    assert effective(EVENT, Annotation("e1", ANCHOR, title="")).title == EVENT.title


def test_the_users_date_wins_and_says_so() -> None:
    corrected = DateValue.month_of(date(2022, 2, 1))
    shown = effective(EVENT, Annotation("e1", ANCHOR, date=corrected))
    assert shown.date == corrected
    assert (shown.date_basis, shown.date_text) == (DateBasis.USER, CORRECTED_DATE_TEXT)
    assert shown.date_confidence == 1.0  # the user's date is theirs, wholly
    assert shown.title == EVENT.title


def test_the_shown_date_alone_is_the_effective_ones() -> None:
    corrected = DateValue.month_of(date(2022, 2, 1))
    for annotation in (
        None,
        Annotation("e1", ANCHOR, note="check"),
        Annotation("e1", ANCHOR, title="Troops sent"),
        Annotation("e1", ANCHOR, date=corrected),
    ):
        assert shown_date(EVENT, annotation) == effective(EVENT, annotation).date
