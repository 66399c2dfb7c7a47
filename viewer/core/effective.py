"""The rule that the user's corrections win: an event's date and title as it is shown,
sorted, filtered, exported and drawn, written once for every view and export (and where the
sources disagree on the date, that the user's date is the one kept)."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.annotations import Annotation
from viewer.core.model import DateBasis, DateValue, Event

CORRECTED_DATE_TEXT = "corrected by the user"


@dataclass(frozen=True, slots=True)
class Effective:
    """An event as the user sees it: their date and title where they gave one, else the
    extracted ones, how the date shown was found and how sure it is (the user's, wholly), and
    where its sources disagree on the date, which date was kept."""

    date: DateValue
    title: str
    date_basis: DateBasis
    date_text: str
    date_confidence: float
    date_conflict: str = ""


def effective(event: Event, annotation: Annotation | None) -> Effective:
    """The event's date and title with the user's corrections winning over the extracted ones."""
    title = (annotation.title if annotation is not None else None) or event.title
    if annotation is None or annotation.date is None:
        basis, words, sure = event.date_basis, event.date_text, event.date_confidence
        return Effective(event.date, title, basis, words, sure, event.date_conflict)
    conflict = event.date_conflict
    if conflict:  # the sources' dates and the one they would keep, then the one kept
        conflict = f"{conflict} Corrected by the user to {annotation.date.iso_span()}."
    return Effective(annotation.date, title, DateBasis.USER, CORRECTED_DATE_TEXT, 1.0, conflict)


def shown_date(event: Event, annotation: Annotation | None) -> DateValue:
    """The date the user sees, `effective(event, annotation).date`, with no Effective made:
    for a sort over every event."""
    if annotation is None or annotation.date is None:
        return event.date
    return annotation.date
